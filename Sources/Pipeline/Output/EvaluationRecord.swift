import Evaluation

/// What an `evaluate` stage measured: per model and per image, and aggregated.
public struct EvaluationRecord: Codable, Sendable {
    /// `stages[3].evaluate`.
    public var stage: String
    /// The set measured.
    public var input: String
    /// The clean set it was made from, if it is adversarial.
    public var clean: String?
    /// The model the set was attacked on, if any.
    public var attackedModel: String?
    /// The goal successes are judged by, as a class name (nil: untargeted).
    public var target: String?
    /// The transform distribution's preset (or `custom`) and samples per image, if any.
    public var transforms: String?
    /// Samples per image under transforms.
    public var samplesPerImage: Int?
    /// One record per judging model.
    public var models: [ModelEvaluation]
    /// Perturbation sizes per image, if the set is adversarial.
    public var perturbations: [PerturbationSize]?
    /// Their summary.
    public var perturbation: PerturbationSummary?
    /// Success from the attacked model to every model, plain and under transforms.
    public var transfer: TransferMatrix?

    /// One judging model's results.
    public struct ModelEvaluation: Codable, Sendable {
        /// The model's name.
        public var model: String
        /// Clean accuracy and attack success, top-1 and top-5.
        public var summary: ClassificationSummary
        /// Per image: the top-5 classes of the clean and adversarial image.
        public var images: [ClassificationOutcome]
        /// Adversarialness and mean target probability under transforms, pooled.
        public var underTransforms: TransformSummary?
        /// Per image, under transforms.
        public var imagesUnderTransforms: [TransformOutcome]?
        /// Kurakin's destruction rate of the transforms.
        public var destructionRate: DestructionRate?
        /// Accuracy against ε, if asked for.
        public var robustness: RobustnessCurve?
    }
}
