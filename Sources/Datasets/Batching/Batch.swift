import Tensors

/// A mini-batch: images N,C,H,W and their labels.
public struct Batch {
    /// The images, shape N,C,H,W.
    public let images: Tensor
    /// The label of each image.
    public let labels: [Int]
    /// The position in the dataset each image came from.
    public let indices: [Int]
}
