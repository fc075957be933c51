import NeuralNetworks
import PhysicalWorld
import Tensors

/// A universal adversarial patch (Brown et al. 2017): one patch optimised
/// over a set of images so that, pasted anywhere on any of them at a random
/// rotation and scale (and, with EOT, under physical-world transforms),
/// the classifier reports the target class (or, untargeted, not the true one).
///
/// Each step draws a batch of images and one placement per image, pastes the
/// patch on all of them in one batched warp, and follows the gradient of
/// the objective's mean loss plus the weighted non-printability score and
/// total variation; the patch is clamped to [0, 1] after every step.
public struct UniversalPatchAttack {
    /// The settings.
    public let settings: PatchSettings
    /// The resolved mask and palette.
    public let assets: PatchAssets

    /// An attack; throws if the settings are invalid or name a mask file that `assets` lacks.
    public init(settings: PatchSettings, assets: PatchAssets = PatchAssets()) throws {
        try settings.validate()
        try assets.requireMask(forFile: settings.maskFile, key: "patch.maskFile")
        self.settings = settings
        self.assets = assets
    }

    /// The patch's height and width in pixels of an `imageHeight`×`imageWidth`
    /// image, so that its mask covers ``PatchSettings/size`` of the image area.
    public func patchSize(imageHeight: Int, imageWidth: Int) -> (height: Int, width: Int) {
        let (aspect, fill): (Float, Float)
        if let mask = assets.mask {
            aspect = Float(mask.shape[3]) / Float(mask.shape[2])
            fill = Swift.max(mask.scalars.reduce(0, +) / Float(mask.scalarCount), 1e-3)
        } else {
            aspect = settings.shape == .rectangle ? settings.aspectRatio : 1
            fill = settings.shape.fill
        }
        let height = (settings.size * Float(imageHeight * imageWidth) / (fill * aspect)).squareRoot()
        return (Swift.max(2, Int(height.rounded())), Swift.max(2, Int((height * aspect).rounded())))
    }

    /// The patch's mask at `height`×`width` pixels.
    public func mask(height: Int, width: Int) -> Tensor {
        assets.mask.map { PatchMask.resampled($0, height: height, width: width) }
            ?? PatchMask.make(settings.shape, height: height, width: width)
    }

    /// Trains a patch for `classifier` on images N,C,H,W in [0, 1] with their
    /// true labels, resolving the target among the classifier's labels;
    /// `progress` sees every step as it ends.
    public func train(
        classifier: Classifier, images: Tensor, labels: [Int], using generator: inout RandomGenerator,
        progress: (PatchTrainingStep) -> Void = { _ in }
    ) throws -> PatchResult {
        try train(
            model: classifier, classNames: classifier.labels, images: images, labels: labels, using: &generator,
            progress: progress)
    }

    /// Trains a patch for any model of logits; the target is resolved among `classNames`.
    public func train(
        model: any Layer, classNames: [String], images: Tensor, labels: [Int], using generator: inout RandomGenerator,
        progress: (PatchTrainingStep) -> Void = { _ in }
    ) throws -> PatchResult {
        let target = try resolvedTarget(classNames: classNames)
        try Self.checkImages(images, labels: labels, classCount: classNames.count)
        let (count, channels, height, width) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let size = patchSize(imageHeight: height, imageWidth: width)
        let mask = mask(height: size.height, width: size.width)
        let victim = Victim(model: model, transforms: try settings.eot.map { [try $0.makeTransform()] } ?? [])
        try victim.check(images)
        let placement = settings.placements(training: true)
        let printability = NonPrintabilityScore(palette: assets.palette, form: settings.npsForm)
        let patch = Parameter(
            name: "patch", value: Tensor.uniform([1, channels, size.height, size.width], in: 0...1, using: &generator))
        let loop = PatchOptimisation(
            steps: settings.steps, optimizer: settings.optimizer, learningRate: settings.learningRate,
            schedule: settings.schedule, earlyStopRate: settings.earlyStopRate, bounds: 0...1)
        let (history, stoppedEarly) = loop.run(patch, progress: progress) { _ in
            let rows = (0..<settings.batchSize).map { _ in generator.integer(below: count) }
            let objective = Self.objective(for: target, labels: rows.map { labels[$0] })
            let placements = placement.sample(
                count: rows.count, imageWidth: width, imageHeight: height, patchWidth: size.width,
                patchHeight: size.height, using: &generator)
            let pasted = images.gathering(atIndices: rows).pastingPatch(patch.current, mask: mask, placements: placements)
            let (losses, logits, _) = victim.evaluate(pasted, objective: objective, using: &generator)
            let mean = losses.mean()
            var total = mean
            if settings.nps > 0 { total = total + settings.nps * printability(patch.current, mask: mask) }
            if settings.tv > 0 { total = total + settings.tv * patch.current.totalVariation() }
            return PatchOptimisation.StepValue(
                loss: mean.scalars[0], total: total, successRate: Self.share(objective.isAdversarial(logits: logits)))
        }
        return PatchResult(patch: patch.value, mask: mask, target: target, history: history, stoppedEarly: stoppedEarly)
    }

    /// The settings' target among `classNames`; least-likely is refused (a
    /// universal patch has one goal for every image).
    public func resolvedTarget(classNames: [String]) throws -> AttackTarget {
        try Self.goal(settings.target, classNames: classNames, method: "patch")
    }

    /// `text` as a goal among `classNames`: untargeted or one class for every image.
    static func goal(_ text: String, classNames: [String], method: String) throws -> AttackTarget {
        let target = try AttackTarget(parsing: text, classNames: classNames)
        guard target != .leastLikely else {
            throw AttackError.unsupportedTarget(
                method: method, target: "least-likely",
                reason: "a \(method) has one goal for all images; name a class or use 'untargeted'.")
        }
        return target
    }

    /// The objective of `target` for images with these true labels.
    static func objective(for target: AttackTarget, labels: [Int]) -> any Objective {
        switch target {
        case .label(let index): TargetedCrossEntropy(targets: Array(repeating: index, count: labels.count))
        case .untargeted, .leastLikely: UntargetedCrossEntropy(labels: labels)
        }
    }

    /// The share of true values.
    static func share(_ flags: [Bool]) -> Float {
        Float(flags.filter { $0 }.count) / Float(Swift.max(flags.count, 1))
    }

    /// Throws unless `images` is a non-empty N,C,H,W batch in [0, 1] with one valid label each.
    static func checkImages(_ images: Tensor, labels: [Int], classCount: Int) throws {
        guard images.rank == 4, images.shape[0] > 0, images.scalarCount > 0 else {
            throw AttackError.badImageShape(images.shape)
        }
        let (low, high) = (images.scalars.min()!, images.scalars.max()!)
        guard low >= 0, high <= 1 else { throw AttackError.imagesOutOfRange(minimum: low, maximum: high) }
        guard labels.count == images.shape[0] else {
            throw AttackError.labelCountMismatch(images: images.shape[0], labels: labels.count)
        }
        for (image, label) in labels.enumerated() where !(0..<classCount).contains(label) {
            throw AttackError.labelOutOfRange(label, image: image, classCount: classCount)
        }
    }
}
