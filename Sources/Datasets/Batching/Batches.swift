/// The batches of one epoch of a dataset, in the plan's order.
public struct Batches: Sequence, IteratorProtocol {
    private let dataset: Dataset
    private let plan: BatchPlan
    private let order: [Int]
    private var nextBatch: Int

    /// The batches of epoch `epoch`, starting at batch `firstBatch` (to resume
    /// an interrupted epoch).
    public init(dataset: Dataset, plan: BatchPlan, epoch: Int, startingAt firstBatch: Int = 0) {
        self.dataset = dataset
        self.plan = plan
        self.order = plan.order(count: dataset.count, epoch: epoch)
        self.nextBatch = firstBatch
    }

    /// The number of batches in the epoch, counting any already skipped.
    public var count: Int { plan.batchCount(count: dataset.count) }

    /// The next batch, or nil at the end of the epoch.
    public mutating func next() -> Batch? {
        guard nextBatch < count else { return nil }
        let start = nextBatch * plan.batchSize
        let indices = Array(order[start..<Swift.min(start + plan.batchSize, order.count)])
        nextBatch += 1
        return Batch(images: dataset.images(at: indices), labels: indices.map { dataset.labels[$0] }, indices: indices)
    }
}

extension Dataset {
    /// The batches of epoch `epoch` under `plan`.
    public func batches(_ plan: BatchPlan, epoch: Int) -> Batches {
        Batches(dataset: self, plan: plan, epoch: epoch)
    }
}
