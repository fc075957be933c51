import Attacks

/// What an attack stage did to one image, with class names: the record of
/// results.json and of the resume store.
public struct AttackedImage: Codable, Equatable, Sendable {
    /// The image's name.
    public var name: String
    /// The true class.
    public var trueLabel: String
    /// The model's class for the clean image.
    public var originalLabel: String
    /// The model's class for the 8-bit adversarial image (as saved).
    public var adversarialLabel: String
    /// The target class of a targeted attack.
    public var targetLabel: String?
    /// The attack's measurements (distances in 0–255 units, PSNR, SSIM, success).
    public var outcome: ImageOutcome
}
