import Datasets
import Tensors

extension Layer {
    /// The fraction of `dataset` classified correctly in inference mode, in batches of `batchSize`.
    public func accuracy(on dataset: Dataset, batchSize: Int = 256) -> Float {
        guard dataset.count > 0 else { return 0 }
        var correct = 0
        for batch in dataset.batches(BatchPlan(batchSize: batchSize, seed: 0, shuffles: false), epoch: 0) {
            let predictions = self(batch.images, mode: .inference).argmax(alongAxis: 1)
            correct += zip(predictions, batch.labels).filter { $0 == $1 }.count
        }
        return Float(correct) / Float(dataset.count)
    }
}
