/// What `gridSample` reads at grid points outside the image.
public enum GridSamplePadding: Equatable, Sendable {
    /// Outside pixels are 0 (PyTorch `padding_mode="zeros"`).
    case zeros
    /// Coordinates are clamped to the image (PyTorch `padding_mode="border"`).
    case border
}
