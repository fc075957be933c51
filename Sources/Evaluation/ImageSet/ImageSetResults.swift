import NeuralNetworks

/// Everything ``ImageSetEvaluation`` measured, per image and aggregated.
public struct ImageSetResults: Codable, Equatable, Sendable {
    /// The model's class names, in output order.
    public var labels: [String]
    /// What counted as success.
    public var goal: AttackGoal
    /// Per-image results, in input order.
    public var images: [ImageResult]
    /// Clean accuracy and attack success with intervals.
    public var classification: ClassificationSummary
    /// The perturbation sizes averaged (nil without adversarial images).
    public var perturbation: PerturbationSummary?
    /// The figures under transforms (nil when none were sampled).
    public var transforms: TransformResults?

    /// Creates results from their parts.
    public init(
        labels: [String], goal: AttackGoal, images: [ImageResult], classification: ClassificationSummary,
        perturbation: PerturbationSummary?, transforms: TransformResults?
    ) {
        self.labels = labels
        self.goal = goal
        self.images = images
        self.classification = classification
        self.perturbation = perturbation
        self.transforms = transforms
    }
}

/// One image's results.
public struct ImageResult: Codable, Equatable, Sendable {
    /// The image's name (its file).
    public var name: String
    /// The model's rankings of the clean and adversarial image.
    public var classification: ClassificationOutcome
    /// The perturbation's size (nil without an adversarial image).
    public var perturbation: PerturbationSize?
    /// The clean image under transforms ("adversarial" = misclassified).
    public var cleanUnderTransforms: TransformOutcome?
    /// The adversarial image under the same transforms.
    public var adversarialUnderTransforms: TransformOutcome?

    /// Creates a result.
    public init(
        name: String, classification: ClassificationOutcome, perturbation: PerturbationSize?,
        cleanUnderTransforms: TransformOutcome?, adversarialUnderTransforms: TransformOutcome?
    ) {
        self.name = name
        self.classification = classification
        self.perturbation = perturbation
        self.cleanUnderTransforms = cleanUnderTransforms
        self.adversarialUnderTransforms = adversarialUnderTransforms
    }
}

/// The aggregated figures under a transform distribution.
public struct TransformResults: Codable, Equatable, Sendable {
    /// The distribution's name.
    public var name: String
    /// Samples per image.
    public var samplesPerImage: Int
    /// Clean images under transforms, judged untargeted (misclassified).
    public var clean: TransformSummary
    /// Adversarial images under the same transforms, judged by the goal.
    public var adversarial: TransformSummary?
    /// Kurakin's destruction rate, top-1 (nil without adversarial images).
    public var destructionRate: DestructionRate?
    /// Kurakin's destruction rate, top-5.
    public var top5DestructionRate: DestructionRate?

    /// Aggregates per-image results that all have clean transform outcomes.
    init(name: String, samplesPerImage: Int, images: [ImageResult], outcomes: [ClassificationOutcome]) {
        self.name = name
        self.samplesPerImage = samplesPerImage
        clean = TransformSummary(images.compactMap(\.cleanUnderTransforms), samplesPerImage: samplesPerImage)
        let attacked = images.compactMap(\.adversarialUnderTransforms)
        guard attacked.count == images.count, !images.isEmpty else { return }
        adversarial = TransformSummary(attacked, samplesPerImage: samplesPerImage)
        func rate(within k: Int, _ correct: (TransformOutcome) -> Proportion) -> DestructionRate {
            DestructionRate(
                cleanCorrect: outcomes.map { $0.cleanCorrect(within: k) },
                adversarialCorrect: outcomes.map { $0.adversarialCorrect(within: k) ?? true },
                transformedAdversarialCorrect: attacked.map(correct))
        }
        destructionRate = rate(within: 1, \.correct)
        top5DestructionRate = rate(within: 5, \.top5Correct)
    }
}
