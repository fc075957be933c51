import Tensors

/// Which loss an attack follows towards its goal.
public enum ObjectiveLoss: Equatable, Sendable {
    /// Cross-entropy (untargeted, targeted, least-likely).
    case crossEntropy
    /// The Carlini-Wagner margin with confidence κ.
    case margin(confidence: Float)

    /// The objective for a goal on a batch with these true labels, given the
    /// clean images' logits (for the least-likely class).
    public func objective(for target: AttackTarget, labels: [Int], cleanLogits: Tensor) -> any Objective {
        switch (target, self) {
        case (.untargeted, .crossEntropy):
            return UntargetedCrossEntropy(labels: labels)
        case (.untargeted, .margin(let confidence)):
            return CarliniWagnerMargin(labels: labels, confidence: confidence)
        case (.label(let target), .crossEntropy):
            return TargetedCrossEntropy(targets: Array(repeating: target, count: labels.count))
        case (.label(let target), .margin(let confidence)):
            return CarliniWagnerMargin(targets: Array(repeating: target, count: labels.count), confidence: confidence)
        case (.leastLikely, .crossEntropy):
            return LeastLikelyClass(labels: labels, cleanLogits: cleanLogits)
        case (.leastLikely, .margin(let confidence)):
            let targets = LeastLikelyClass(labels: labels, cleanLogits: cleanLogits).targets
            return CarliniWagnerMargin(targets: targets, confidence: confidence)
        }
    }
}
