/// Where a training run is: the epoch and the next batch within it.
public struct TrainingPosition: Codable, Equatable, Sendable, CustomStringConvertible {
    /// The epoch, from 0.
    public var epoch: Int
    /// The next batch of that epoch, from 0.
    public var batch: Int

    /// Creates a position.
    public init(epoch: Int, batch: Int) {
        self.epoch = epoch
        self.batch = batch
    }

    /// The step counted over the whole run for `batchesPerEpoch` batches an epoch.
    public func step(batchesPerEpoch: Int) -> Int { epoch * batchesPerEpoch + batch }

    /// `epoch E, batch B` (both from 1 for people).
    public var description: String { "epoch \(epoch + 1), batch \(batch + 1)" }
}
