import NeuralNetworks
import Tensors

/// The model under attack as attacks see it, and the one place where gradient
/// attacks differentiate it: every loss an attack follows is
/// `objective(model(transform(x)))`, so transforms plug in here.
///
/// The model maps images N,C,H,W in [0, 1] to logits `[N, K]` (a classifier
/// includes its own normalisation) and always runs in inference mode. Only the
/// input is tracked, so no parameter gradients are computed.
public struct Victim {
    /// The classifier.
    public let model: any Layer
    /// Transforms applied in order to the images before the model when losses
    /// and gradients are taken; an image's success is judged on the image
    /// itself, and its success rate on its transformed copies.
    public var transforms: [any InputTransform]

    /// Wraps a model, with optional gradient-time transforms.
    public init(model: any Layer, transforms: [any InputTransform] = []) {
        self.model = model
        self.transforms = transforms
    }

    /// Throws the first transform's objection to batches shaped like `images`.
    public func check(_ images: Tensor) throws {
        for transform in transforms { try transform.check(images) }
    }

    /// The logits of the images as they are (no transforms, not tracked).
    public func logits(_ images: Tensor) -> Tensor {
        model(images.detached(), mode: .inference).detached()
    }

    /// Per-image losses `[N]` of the objective through the transforms,
    /// differentiable in `images` when it is tracked; the untracked logits of
    /// the images as they are (from the same forward pass when there are no
    /// transforms); and per image its success rate: the fraction of its
    /// transformed copies that meet the objective when a transform's result
    /// must survive (EOT), otherwise 1 or 0 for the image itself.
    public func evaluate(
        _ images: Tensor, objective: any Objective, using generator: inout RandomGenerator
    ) -> (losses: Tensor, logits: Tensor, successRates: [Float]) {
        guard !transforms.isEmpty else {
            let logits = model(images, mode: .inference)
            let success = objective.isAdversarial(logits: logits.detached())
            return (objective.loss(logits: logits), logits.detached(), success.map { $0 ? 1 : 0 })
        }
        var transformed = images
        for transform in transforms { transformed = transform(transformed, using: &generator) }
        let rowLogits = model(transformed, mode: .inference)
        let rowLosses = objective.loss(logits: rowLogits)
        let count = images.shape[0]
        let copies = rowLosses.shape[0] / count
        let losses = copies == 1 ? rowLosses : rowLosses.reshaped([count, copies]).mean(alongAxes: [1])
        let imageLogits = logits(images)
        let successRates = transforms.contains(where: \.resultMustSurvive)
            ? Self.successRates(rowLogits.detached(), copies: copies, objective: objective)
            : objective.isAdversarial(logits: imageLogits).map { $0 ? 1 : 0 }
        return (losses, imageLogits, successRates)
    }

    /// The gradient of each image's loss with respect to that image, the
    /// per-image losses, the logits of the images as they are, and the
    /// success rates of ``evaluate(_:objective:using:)``.
    public func lossAndGradient(
        at images: Tensor, objective: any Objective, using generator: inout RandomGenerator
    ) -> (losses: Tensor, gradient: Tensor, logits: Tensor, successRates: [Float]) {
        let tracked = images.detached().trackingGradient()
        let (losses, logits, successRates) = evaluate(tracked, objective: objective, using: &generator)
        let gradient = gradients(of: losses.sum(), withRespectTo: [tracked])[0]
        return (losses.detached(), gradient, logits, successRates)
    }

    /// Per image, the fraction of its `copies` rows (image-major) of `rowLogits`
    /// that meet the objective: the objective judges one copy of every image at a time.
    private static func successRates(_ rowLogits: Tensor, copies: Int, objective: any Objective) -> [Float] {
        let count = rowLogits.shape[0] / copies
        var successes = [Int](repeating: 0, count: count)
        for copy in 0..<copies {
            let rows = (0..<count).map { $0 * copies + copy }
            for (image, met) in objective.isAdversarial(logits: rowLogits.gathering(atIndices: rows)).enumerated() where met {
                successes[image] += 1
            }
        }
        return successes.map { Float($0) / Float(copies) }
    }
}
