import Tensors

/// A differentiable, possibly random map applied to images before the model
/// when an attack takes gradients: DI-FGSM's input diversity, EOT's
/// print-and-photograph samples.
///
/// It maps `[N, C, H, W]` to `[N·k, C, H', W']`: k ≥ 1 variants of each image
/// in image-major order (rows `i·k ..< (i+1)·k` come from image i). The
/// victim averages the objective's loss over each image's k rows.
public protocol InputTransform {
    /// Throws if the transform cannot handle batches shaped like `images`;
    /// ``Attack/run(on:labels:target:victim:mask:using:)`` calls it before
    /// the search, so ``callAsFunction(_:using:)`` may assume a valid batch.
    func check(_ images: Tensor) throws
    /// Transforms a batch, drawing any random choices from `generator`.
    func callAsFunction(_ images: Tensor, using generator: inout RandomGenerator) -> Tensor
    /// Whether the attack's result must survive this transform (EOT), so that
    /// iterates are ranked by their success on the transformed copies; false
    /// for a mere aid to the gradient (input diversity), where the images
    /// themselves are judged.
    var resultMustSurvive: Bool { get }
}

extension InputTransform {
    /// Accepts every batch (transforms that work on any N,C,H,W images).
    public func check(_ images: Tensor) throws {}

    /// False: by default a transform only shapes the gradient.
    public var resultMustSurvive: Bool { false }
}
