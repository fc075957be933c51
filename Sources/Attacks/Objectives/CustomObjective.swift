import Tensors

/// An objective made of two closures, for goals that need no type of their own.
public struct CustomObjective: Objective {
    /// The number of images.
    public let imageCount: Int
    private let lossFunction: (Tensor) -> Tensor
    private let successTest: (Tensor) -> [Bool]

    /// Creates an objective from a per-row loss to minimise (see ``Objective``
    /// for the row layout) and a per-image success test.
    public init(
        imageCount: Int, loss: @escaping (_ logits: Tensor) -> Tensor,
        isAdversarial: @escaping (_ logits: Tensor) -> [Bool]
    ) {
        self.imageCount = imageCount
        self.lossFunction = loss
        self.successTest = isAdversarial
    }

    /// The closure's loss.
    public func loss(logits: Tensor) -> Tensor { lossFunction(logits) }

    /// The closure's success test.
    public func isAdversarial(logits: Tensor) -> [Bool] { successTest(logits) }
}
