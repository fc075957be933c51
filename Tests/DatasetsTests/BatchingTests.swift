import Testing
import Tensors
@testable import Datasets

@Suite struct BatchingTests {
    /// Ten 1x1x2 images whose values are their index, labelled index % 3.
    let dataset = Dataset(
        images: Tensor(shape: [10, 1, 1, 2], scalars: (0..<20).map { Float($0 / 2) }),
        labels: (0..<10).map { $0 % 3 }, classNames: ["a", "b", "c"])

    @Test func sameSeedAndEpochGiveTheSameBatches() {
        let plan = BatchPlan(batchSize: 4, seed: 17)
        let first = dataset.batches(plan, epoch: 2).map(\.indices)
        let again = dataset.batches(plan, epoch: 2).map(\.indices)
        #expect(first == again)
        #expect(first.map(\.count) == [4, 4, 2])
        #expect(first.flatMap { $0 }.sorted() == Array(0..<10))
    }

    @Test func epochsAndSeedsShuffleDifferently() {
        let plan = BatchPlan(batchSize: 10, seed: 17)
        let orders = (0..<4).map { plan.order(count: 10, epoch: $0) }
        #expect(Set(orders).count == 4)
        #expect(BatchPlan(batchSize: 10, seed: 18).order(count: 10, epoch: 0) != orders[0])
    }

    @Test func batchesCarryTheirImagesAndLabels() throws {
        var batches = dataset.batches(BatchPlan(batchSize: 3, seed: 5), epoch: 0)
        let next = batches.next()
        let batch = try #require(next)
        #expect(batch.images.shape == [3, 1, 1, 2])
        for (position, index) in batch.indices.enumerated() {
            #expect(batch.labels[position] == index % 3)
            #expect(batch.images[position, 0, 0, 1] == Float(index))
        }
    }

    @Test func unshuffledPlanKeepsOrderAndCanDropTheLastBatch() {
        let plan = BatchPlan(batchSize: 4, seed: 0, shuffles: false, dropsLast: true)
        #expect(dataset.batches(plan, epoch: 3).map(\.indices) == [[0, 1, 2, 3], [4, 5, 6, 7]])
    }

    @Test func resumingMidEpochContinuesTheSameOrder() {
        let plan = BatchPlan(batchSize: 3, seed: 99)
        let whole = dataset.batches(plan, epoch: 1).map(\.indices)
        let resumed = Batches(dataset: dataset, plan: plan, epoch: 1, startingAt: 2).map(\.indices)
        #expect(resumed == Array(whole[2...]))
    }
}
