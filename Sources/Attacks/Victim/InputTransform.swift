import Tensors

/// A differentiable, possibly random map applied to images before the model
/// when an attack takes gradients: DI-FGSM's input diversity now, EOT's
/// print-and-photograph samples later.
///
/// It maps `[N, C, H, W]` to `[N·k, C, H', W']`: k ≥ 1 variants of each image
/// in image-major order (rows `i·k ..< (i+1)·k` come from image i). The
/// victim averages the objective's loss over each image's k rows.
public protocol InputTransform {
    /// Transforms a batch, drawing any random choices from `generator`.
    func callAsFunction(_ images: Tensor, using generator: inout RandomGenerator) -> Tensor
}
