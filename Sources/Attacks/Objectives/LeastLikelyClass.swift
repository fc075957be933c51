import Tensors

/// The iterative least-likely class objective (Kurakin, Goodfellow and Bengio
/// 2016): minimises `CE(logits, y_LL)` where `y_LL = argmin p(y | x)` on the
/// clean image; success is misclassification, as the paper measures it.
public struct LeastLikelyClass: Objective {
    /// The true label of each image.
    public let labels: [Int]
    /// The least likely class of each clean image.
    public let targets: [Int]

    /// Creates the objective from the true labels and the clean images' logits.
    public init(labels: [Int], cleanLogits: Tensor) {
        precondition(cleanLogits.rank == 2 && cleanLogits.shape[0] == labels.count, "one row of logits per label")
        self.labels = labels
        self.targets = (-cleanLogits.detached()).argmax(alongAxis: 1)
    }

    /// The number of images.
    public var imageCount: Int { labels.count }

    /// The cross-entropy of each row with its image's least likely class.
    public func loss(logits: Tensor) -> Tensor {
        crossEntropy(logits: logits, labels: repeating(targets, forRows: logits.shape[0]), reduction: .perSample)
    }

    /// Whether the predicted label differs from the true label.
    public func isAdversarial(logits: Tensor) -> [Bool] {
        zip(logits.argmax(alongAxis: 1), labels).map { $0 != $1 }
    }
}
