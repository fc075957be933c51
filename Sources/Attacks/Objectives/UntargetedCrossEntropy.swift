import Tensors

/// Untargeted cross-entropy: minimises `−CE(logits, y)`, that is, pushes each
/// image away from its true label (FGSM, BIM, PGD); success is any other label.
public struct UntargetedCrossEntropy: Objective {
    /// The true label of each image.
    public let labels: [Int]

    /// Creates the objective for images with these true labels.
    public init(labels: [Int]) { self.labels = labels }

    /// The number of images.
    public var imageCount: Int { labels.count }

    /// Minus the cross-entropy of each row with its image's true label.
    public func loss(logits: Tensor) -> Tensor {
        -crossEntropy(logits: logits, labels: repeating(labels, forRows: logits.shape[0]), reduction: .perSample)
    }

    /// Whether the predicted label differs from the true label.
    public func isAdversarial(logits: Tensor) -> [Bool] {
        zip(logits.argmax(alongAxis: 1), labels).map { $0 != $1 }
    }
}
