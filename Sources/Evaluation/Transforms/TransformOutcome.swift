/// How one image fared under N sampled physical-world transforms.
public struct TransformOutcome: Codable, Equatable, Sendable {
    /// Samples whose top-1 class meets the goal ("adversarialness": the target,
    /// or untargeted any label but the true one).
    public var adversarial: Proportion
    /// Samples whose top-1 class is the true label.
    public var correct: Proportion
    /// Samples with the true label among the top 5.
    public var top5Correct: Proportion
    /// The mean probability of the target class over the samples (nil when untargeted).
    public var meanTargetProbability: Double?
    /// The mean probability of the true label over the samples.
    public var meanTrueLabelProbability: Double

    /// Creates an outcome from its values.
    public init(
        adversarial: Proportion, correct: Proportion, top5Correct: Proportion, meanTargetProbability: Double?,
        meanTrueLabelProbability: Double
    ) {
        self.adversarial = adversarial
        self.correct = correct
        self.top5Correct = top5Correct
        self.meanTargetProbability = meanTargetProbability
        self.meanTrueLabelProbability = meanTrueLabelProbability
    }
}
