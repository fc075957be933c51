import Tensors

/// Targeted cross-entropy: minimises `CE(logits, t)` towards a chosen class
/// per image; success is the target being the prediction.
public struct TargetedCrossEntropy: Objective {
    /// The target class of each image.
    public let targets: [Int]

    /// Creates the objective with one target class per image.
    public init(targets: [Int]) { self.targets = targets }

    /// The number of images.
    public var imageCount: Int { targets.count }

    /// The cross-entropy of each row with its image's target.
    public func loss(logits: Tensor) -> Tensor {
        crossEntropy(logits: logits, labels: repeating(targets, forRows: logits.shape[0]), reduction: .perSample)
    }

    /// Whether the predicted label is the target.
    public func isAdversarial(logits: Tensor) -> [Bool] {
        zip(logits.argmax(alongAxis: 1), targets).map { $0 == $1 }
    }
}
