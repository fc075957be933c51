import Tensors

/// How a dataset is cut into mini-batches each epoch: the batch size, whether
/// the order is shuffled, and the seed of the shuffles.
///
/// Epoch `e` of a plan always visits the images in the same order, whatever
/// happened before it, so a training run resumed at epoch `e` sees exactly
/// the batches an uninterrupted run would.
public struct BatchPlan: Equatable, Sendable {
    /// The number of images per batch (the last batch may be smaller).
    public let batchSize: Int
    /// The seed the per-epoch shuffles derive from.
    public let seed: UInt64
    /// Whether each epoch visits the images in a shuffled order.
    public let shuffles: Bool
    /// Whether a last batch smaller than `batchSize` is skipped.
    public let dropsLast: Bool

    /// Creates a plan; `batchSize` must be positive.
    public init(batchSize: Int, seed: UInt64, shuffles: Bool = true, dropsLast: Bool = false) {
        precondition(batchSize > 0, "BatchPlan needs a positive batch size, got \(batchSize)")
        self.batchSize = batchSize
        self.seed = seed
        self.shuffles = shuffles
        self.dropsLast = dropsLast
    }

    /// The order in which epoch `epoch` visits `count` images: a seeded
    /// permutation when shuffling, `0..<count` otherwise.
    public func order(count: Int, epoch: Int) -> [Int] {
        guard shuffles else { return Array(0..<count) }
        var generator = RandomGenerator(seed: seed ^ (UInt64(epoch) &* 0x9E37_79B9_7F4A_7C15))
        return generator.permutation(count)
    }

    /// The number of batches per epoch for `count` images.
    public func batchCount(count: Int) -> Int {
        dropsLast ? count / batchSize : (count + batchSize - 1) / batchSize
    }
}
