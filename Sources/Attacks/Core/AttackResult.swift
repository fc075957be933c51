import Tensors

/// The adversarial images of a batch and what happened to each.
public struct AttackResult {
    /// The images the search started from (the clean images, or fooling noise).
    public var origins: Tensor
    /// The adversarial images in [0, 1], as the attack produced them.
    public var adversarial: Tensor
    /// The adversarial images rounded to 8 bits, as a PNG would store them.
    public var quantised: Tensor
    /// One outcome per image.
    public var outcomes: [ImageOutcome]

    /// The share of images that meet the objective.
    public var successRate: Double { rate(\.success) }
    /// The share of images whose 8-bit version still meets the objective.
    public var quantisedSuccessRate: Double { rate(\.quantisedSuccess) }

    private func rate(_ flag: KeyPath<ImageOutcome, Bool>) -> Double {
        outcomes.isEmpty ? 0 : Double(outcomes.filter { $0[keyPath: flag] }.count) / Double(outcomes.count)
    }
}
