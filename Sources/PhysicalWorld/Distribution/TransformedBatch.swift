import Tensors

/// The result of sampling a ``TransformDistribution``: K·N transformed images
/// and the record that reproduces them.
public struct TransformedBatch {
    /// K·N,C,H,W, copy `k` of image `n` at index `k·N + n`; tracked for
    /// gradients when the input images were.
    public let images: Tensor
    /// The parameters drawn, for replay and for reports.
    public let record: TransformRecord
}
