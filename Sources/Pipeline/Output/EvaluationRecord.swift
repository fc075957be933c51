import Evaluation

/// What an `evaluate` stage measured: per judging model, Evaluation's
/// ``ImageSetResults`` (per image and aggregated) and the robustness curve,
/// and the transfer matrix from the attacked model to every judge.
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
    /// One record per judging model.
    public var models: [ModelEvaluation]
    /// Success from the attacked model to every judging model, plain and under transforms.
    public var transfer: TransferMatrix?

    /// One judging model's results.
    public struct ModelEvaluation: Codable, Sendable {
        /// The model's name.
        public var model: String
        /// Accuracy, success, perturbation sizes and the figures under transforms.
        public var results: ImageSetResults
        /// Accuracy against ε, if asked for.
        public var robustness: RobustnessCurve?
    }
}
