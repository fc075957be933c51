/// How `resized(height:width:method:)` computes each output pixel.
public enum ResizeMethod: Equatable, Sendable {
    /// Bilinear with half-pixel centres (PyTorch `interpolate(mode="bilinear",
    /// align_corners=False)`): a smooth upsampling, an aliasing downsampling.
    case bilinear
    /// The mean of the input pixels each output pixel covers (PyTorch
    /// `interpolate(mode="area")` = adaptive average pooling): the right
    /// choice for shrinking images.
    case area
    /// The input pixel whose index is ⌊o·in/out⌋ (PyTorch
    /// `interpolate(mode="nearest")`, ONNX `Resize` nearest with asymmetric
    /// coordinates and floor rounding); the gradient goes to that pixel.
    case nearest
}
