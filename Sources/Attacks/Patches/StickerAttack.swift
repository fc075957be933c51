import NeuralNetworks
import PhysicalWorld
import Tensors

/// A sticker attack in the manner of RP2 (Eykholt et al. 2018): one
/// perturbation δ, confined to a mask M on the object's images, such that
/// clip(x + M·δ) meets the goal under sampled physical-world transforms:
/// minimise E_t J(f(t(clip(x + M·δ))), y*) + λ₁‖M·δ‖₁ + λ₂‖M·δ‖₂ + NPS + TV.
///
/// Every step uses all the object's images (photographs of the same object
/// from a similar view, or one image); δ is clamped to [−1, 1].
public struct StickerAttack {
    /// The settings.
    public let settings: StickerSettings
    /// The resolved mask file and palette.
    public let assets: PatchAssets

    /// An attack; throws if the settings are invalid or name a mask file that `assets` lacks.
    public init(settings: StickerSettings, assets: PatchAssets = PatchAssets()) throws {
        try settings.validate()
        try assets.requireMask(forFile: settings.maskFile, key: "sticker.maskFile")
        self.settings = settings
        self.assets = assets
    }

    /// The 0/1 mask of `height`×`width` images: the mask file resized and
    /// rounded, or the pixels whose centres lie in a rectangle.
    public func mask(height: Int, width: Int) -> Tensor {
        if let coverage = assets.mask {
            let resized = PatchMask.resampled(coverage, height: height, width: width)
            return Tensor(shape: resized.shape, scalars: resized.scalars.map { $0 >= 0.5 ? 1 : 0 })
        }
        var values = [Float](repeating: 0, count: height * width)
        for box in settings.rectangles {
            for row in 0..<height {
                let y = (Float(row) + 0.5) / Float(height)
                guard y >= box[1], y <= box[3] else { continue }
                for column in 0..<width {
                    let x = (Float(column) + 0.5) / Float(width)
                    if x >= box[0], x <= box[2] { values[row * width + column] = 1 }
                }
            }
        }
        return Tensor(shape: [1, 1, height, width], scalars: values)
    }

    /// Runs the attack on `classifier`, resolving the target among its labels.
    public func run(
        classifier: Classifier, images: Tensor, labels: [Int], using generator: inout RandomGenerator,
        progress: (PatchTrainingStep) -> Void = { _ in }
    ) throws -> StickerResult {
        try run(
            model: classifier, classNames: classifier.labels, images: images, labels: labels, using: &generator,
            progress: progress)
    }

    /// Runs the attack on any model of logits; the target is resolved among `classNames`.
    public func run(
        model: any Layer, classNames: [String], images: Tensor, labels: [Int], using generator: inout RandomGenerator,
        progress: (PatchTrainingStep) -> Void = { _ in }
    ) throws -> StickerResult {
        let target = try UniversalPatchAttack.goal(settings.target, classNames: classNames, method: "sticker")
        try UniversalPatchAttack.checkImages(images, labels: labels, classCount: classNames.count)
        let (count, channels, height, width) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let mask = mask(height: height, width: width)
        let maskValues = mask.scalars.reduce(0, +) * Float(channels)
        guard maskValues > 0 else {
            throw AttackError.badMask(shape: mask.shape, imageShape: images.shape, reason: "it covers no pixel")
        }
        let victim = Victim(model: model, transforms: try settings.eot.map { [try $0.makeTransform()] } ?? [])
        try victim.check(images)
        let printability = NonPrintabilityScore(palette: assets.palette, form: settings.npsForm)
        let objective = UniversalPatchAttack.objective(for: target, labels: labels)
        let delta = Parameter(name: "sticker", value: Tensor.zeros([1, channels, height, width]))
        let loop = PatchOptimisation(
            steps: settings.steps, optimizer: settings.optimizer, learningRate: settings.learningRate,
            schedule: settings.schedule, earlyStopRate: settings.earlyStopRate, bounds: -1...1)
        let (history, stoppedEarly) = loop.run(delta, progress: progress) { _ in
            let masked = delta.current * mask
            let adversarial = (images + masked).clamped(to: 0...1)
            let (losses, logits, _) = victim.evaluate(adversarial, objective: objective, using: &generator)
            let mean = losses.mean()
            var total = mean
            if settings.l1 > 0 { total = total + settings.l1 * abs(masked).sum() / maskValues }
            if settings.l2 > 0 { total = total + settings.l2 * sqrt((masked * masked).sum() + 1e-12) }
            if settings.nps > 0 {
                let scores = (0..<count).map { printability(adversarial.sliced(alongAxis: 0, $0..<($0 + 1)), mask: mask) }
                total = total + settings.nps * stack(scores).mean()
            }
            if settings.tv > 0 { total = total + settings.tv * masked.totalVariation() }
            return PatchOptimisation.StepValue(
                loss: mean.scalars[0], total: total,
                successRate: UniversalPatchAttack.share(objective.isAdversarial(logits: logits)))
        }
        let perturbation = delta.value * mask
        let adversarial = (images.detached() + perturbation).clamped(to: 0...1)
        return StickerResult(
            adversarial: adversarial, perturbation: perturbation, mask: mask, target: target,
            success: objective.isAdversarial(logits: victim.logits(adversarial)), history: history,
            stoppedEarly: stoppedEarly)
    }
}
