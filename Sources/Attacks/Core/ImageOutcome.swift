/// What an attack did to one image.
///
/// Distances, PSNR and SSIM compare the adversarial image before 8-bit
/// quantisation with the image the search started from.
public struct ImageOutcome: Codable, Equatable, Sendable {
    /// The true label given for the image.
    public var trueLabel: Int
    /// The model's answer for the image the search started from.
    public var original: Prediction
    /// The model's answer for the adversarial image.
    public var final: Prediction
    /// The model's answer for the adversarial image rounded to 8 bits.
    public var quantised: Prediction
    /// Whether the adversarial image meets the objective.
    public var success: Bool
    /// Whether the 8-bit adversarial image still meets the objective.
    public var quantisedSuccess: Bool
    /// The perturbation's size in 0–255 units.
    public var distances: PerturbationDistances
    /// PSNR in dB (+∞ when nothing changed).
    public var psnr: Double
    /// SSIM (see ``structuralSimilarity(_:_:)``).
    public var ssim: Double
    /// Gradient steps until the image first met the objective, or nil.
    public var iterations: Int?
}
