/// Outcomes under transforms pooled over images: every (image, sample) pair
/// is one trial.
public struct TransformSummary: Codable, Equatable, Sendable {
    /// The number of images.
    public var images: Int
    /// The samples drawn per image.
    public var samplesPerImage: Int
    /// Samples meeting the goal, over all images.
    public var adversarial: Proportion
    /// Samples classified as the true label, over all images.
    public var correct: Proportion
    /// Samples with the true label in the top 5, over all images.
    public var top5Correct: Proportion
    /// The mean target probability over all samples (nil when untargeted).
    public var meanTargetProbability: Double?
    /// The mean true-label probability over all samples.
    public var meanTrueLabelProbability: Double

    /// The summary of per-image outcomes that each drew `samplesPerImage` samples.
    public init(_ outcomes: [TransformOutcome], samplesPerImage: Int) {
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        images = outcomes.count
        self.samplesPerImage = samplesPerImage
        adversarial = .pooled(outcomes.map(\.adversarial))
        correct = .pooled(outcomes.map(\.correct))
        top5Correct = .pooled(outcomes.map(\.top5Correct))
        let targets = outcomes.compactMap(\.meanTargetProbability)
        meanTargetProbability = targets.isEmpty ? nil : mean(targets)
        meanTrueLabelProbability = mean(outcomes.map(\.meanTrueLabelProbability))
    }
}
