/// The running mean and variance a batch-norm layer keeps for inference,
/// one value per channel.
public struct BatchNormStatistics: Equatable {
    /// The running mean, shape [C].
    public var mean: Tensor
    /// The running (unbiased) variance, shape [C].
    public var variance: Tensor

    /// Statistics from given tensors of shape [C].
    public init(mean: Tensor, variance: Tensor) {
        precondition(
            mean.rank == 1 && mean.shape == variance.shape,
            "BatchNormStatistics: mean \(mean.shape) and variance \(variance.shape) must both be [C]")
        self.mean = mean.detached()
        self.variance = variance.detached()
    }

    /// Fresh statistics for `channels` channels: mean 0, variance 1 (as PyTorch initialises them).
    public init(channels: Int) {
        self.init(mean: .zeros([channels]), variance: .ones([channels]))
    }

    /// Blends in one batch's statistics: `running ← (1 − momentum)·running +
    /// momentum·batch`, with the batch variance made unbiased (×count/(count−1))
    /// as PyTorch does.
    public mutating func update(batchMean: Tensor, batchVariance: Tensor, count: Int, momentum: Float) {
        precondition(
            batchMean.shape == mean.shape && batchVariance.shape == variance.shape,
            "BatchNormStatistics.update: batch statistics \(batchMean.shape), \(batchVariance.shape) do not match running \(mean.shape)")
        let correction = count > 1 ? Float(count) / Float(count - 1) : 1
        for channel in 0..<mean.scalarCount {
            mean.scalars[channel] = (1 - momentum) * mean.scalars[channel] + momentum * batchMean.scalars[channel]
            variance.scalars[channel] = (1 - momentum) * variance.scalars[channel]
                + momentum * correction * batchVariance.scalars[channel]
        }
    }
}
