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
    /// and gradients are taken; success is always judged on the images themselves.
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
    /// differentiable in `images` when it is tracked, and the untracked logits
    /// of the images as they are (from the same forward pass when there are no
    /// transforms).
    public func evaluate(
        _ images: Tensor, objective: any Objective, using generator: inout RandomGenerator
    ) -> (losses: Tensor, logits: Tensor) {
        guard !transforms.isEmpty else {
            let logits = model(images, mode: .inference)
            return (objective.loss(logits: logits), logits.detached())
        }
        var transformed = images
        for transform in transforms { transformed = transform(transformed, using: &generator) }
        let rowLosses = objective.loss(logits: model(transformed, mode: .inference))
        let count = images.shape[0]
        let copies = rowLosses.shape[0] / count
        let losses = copies == 1 ? rowLosses : rowLosses.reshaped([count, copies]).mean(alongAxes: [1])
        return (losses, logits(images))
    }

    /// The gradient of each image's loss with respect to that image, the
    /// per-image losses and the logits of the images as they are.
    public func lossAndGradient(
        at images: Tensor, objective: any Objective, using generator: inout RandomGenerator
    ) -> (losses: Tensor, gradient: Tensor, logits: Tensor) {
        let tracked = images.detached().trackingGradient()
        let (losses, logits) = evaluate(tracked, objective: objective, using: &generator)
        let gradient = gradients(of: losses.sum(), withRespectTo: [tracked])[0]
        return (losses.detached(), gradient, logits)
    }
}
