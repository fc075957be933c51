import Tensors

/// What an attack's search produced for a batch, before measurement.
public struct Perturbation {
    /// The images the search started from: the clean images, or the noise of
    /// fooling images.
    public var origins: Tensor
    /// The adversarial images, in [0, 1].
    public var adversarial: Tensor
    /// Per image, the gradient steps taken until it first met the objective
    /// (0: already at the start), or nil if it never did.
    public var iterations: [Int?]
}
