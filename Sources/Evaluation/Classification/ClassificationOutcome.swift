import NeuralNetworks

/// How a model ranked one image's classes before and after an attack.
public struct ClassificationOutcome: Codable, Equatable, Sendable {
    /// The true label.
    public var trueLabel: Int
    /// The most probable classes of the clean image, most probable first
    /// (at least 5 when the model has 5 classes, for the top-5 figures).
    public var clean: [ClassProbability]
    /// The most probable classes of the adversarial image, or nil when only
    /// clean images were measured.
    public var adversarial: [ClassProbability]?

    /// Creates an outcome.
    public init(trueLabel: Int, clean: [ClassProbability], adversarial: [ClassProbability]?) {
        self.trueLabel = trueLabel
        self.clean = clean
        self.adversarial = adversarial
    }

    /// Whether the true label is among the clean image's first `k` classes.
    public func cleanCorrect(within k: Int = 1) -> Bool {
        clean.prefix(k).contains { $0.index == trueLabel }
    }

    /// Whether the true label is among the adversarial image's first `k` classes.
    public func adversarialCorrect(within k: Int = 1) -> Bool? {
        adversarial.map { $0.prefix(k).contains { $0.index == trueLabel } }
    }

    /// Whether the adversarial image meets `goal` within its first `k` classes.
    public func success(_ goal: AttackGoal, within k: Int = 1) -> Bool? {
        adversarial.map { goal.isMet(byRanking: $0.map(\.index), trueLabel: trueLabel, within: k) }
    }

    /// One outcome per image from top-k lists of clean and (optionally)
    /// adversarial images, as `Classifier.topPredictions` returns them.
    public static func outcomes(
        trueLabels: [Int], clean: [[ClassProbability]], adversarial: [[ClassProbability]]?
    ) -> [ClassificationOutcome] {
        precondition(clean.count == trueLabels.count && (adversarial?.count ?? clean.count) == clean.count,
            "ClassificationOutcome: \(trueLabels.count) labels, \(clean.count) clean and \(adversarial?.count ?? 0) adversarial rankings")
        return trueLabels.indices.map { index in
            ClassificationOutcome(trueLabel: trueLabels[index], clean: clean[index], adversarial: adversarial?[index])
        }
    }
}
