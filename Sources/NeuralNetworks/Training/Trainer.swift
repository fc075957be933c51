import Datasets
import Foundation
import Tensors

/// Trains a built-in model on a dataset with mini-batch gradient descent:
/// seeded shuffles, augmentation and dropout, batch norm in training mode, a
/// learning-rate schedule, per-epoch evaluation and resumable checkpoints.
///
/// The same model seed, data and configuration give bit-identical weights,
/// whether the run is uninterrupted or stopped and resumed from a checkpoint.
public final class Trainer {
    /// The model being trained.
    public let model: any BuiltInLayer
    /// How it is trained.
    public let configuration: TrainingConfiguration
    /// The training images.
    public let trainingSet: Dataset
    /// Images evaluated after each epoch, if any.
    public let testSet: Dataset?
    /// Where checkpoints are written, if anywhere.
    public let checkpointURL: URL?
    /// Whether a progress bar is drawn (when stderr is a terminal).
    public var showsProgress = true
    /// Called after each epoch.
    public var onEpochEnd: ((EpochSummary) -> Void)?
    /// The next batch to train.
    public private(set) var position = TrainingPosition(epoch: 0, batch: 0)
    private var optimizer: any Optimizer
    private let plan: BatchPlan

    /// A trainer at the start of the run.
    public init(
        model: any BuiltInLayer, configuration: TrainingConfiguration, trainingSet: Dataset, testSet: Dataset? = nil,
        checkpointURL: URL? = nil
    ) {
        precondition(configuration.batchSize > 0 && configuration.epochs > 0, "Trainer needs positive epochs and batch size")
        self.model = model
        self.configuration = configuration
        self.trainingSet = trainingSet
        self.testSet = testSet
        self.checkpointURL = checkpointURL
        self.optimizer = configuration.optimizer.makeOptimizer()
        self.plan = BatchPlan(batchSize: configuration.batchSize, seed: configuration.seed, dropsLast: true)
    }

    /// Batches per epoch (a last partial batch is skipped).
    public var batchesPerEpoch: Int { plan.batchCount(count: trainingSet.count) }

    /// The optimizer's state, for inspection and checkpoints.
    public var optimizerState: OptimizerState { optimizer.state }

    /// The run's state now.
    public var checkpoint: TrainingCheckpoint {
        TrainingCheckpoint(
            position: position, seed: configuration.seed, parameters: model.parameters, optimizer: optimizer.state)
    }

    /// Continues from a checkpoint: weights, optimizer state and position.
    public func resume(from checkpoint: TrainingCheckpoint, source: String) throws {
        guard checkpoint.seed == configuration.seed else {
            throw TrainingError.checkpointMismatch(
                file: source, reason: "it was written by a run with seed \(checkpoint.seed), this run has \(configuration.seed)")
        }
        try checkpoint.restore(into: model.parameters, source: source)
        optimizer.state = checkpoint.optimizer
        position = checkpoint.position
    }

    /// Trains until the last epoch ends or `maxSteps` steps have run in this
    /// call, writing checkpoints on the way and when it stops. Returns the
    /// summaries of the epochs that ended.
    @discardableResult
    public func train(maxSteps: Int? = nil) throws -> [EpochSummary] {
        var summaries: [EpochSummary] = []
        var stepsLeft = maxSteps ?? Int.max
        let trainable = model.trainableParameters
        let dropouts = model.allLayers.compactMap { $0 as? Dropout }
        while position.epoch < configuration.epochs {
            let started = Date(), firstBatch = position.batch
            var bar = ProgressBar(
                total: batchesPerEpoch, title: "epoch \(position.epoch + 1)/\(configuration.epochs)",
                enabled: showsProgress && ProgressBar.standardErrorIsTerminal)
            var (lossTotal, correct, seen) = (Double(0), 0, 0)
            var batches = Batches(dataset: trainingSet, plan: plan, epoch: position.epoch, startingAt: position.batch)
            while let batch = batches.next() {
                guard stepsLeft > 0 else {
                    bar.finish()
                    try saveCheckpoint()
                    return summaries
                }
                let (loss, hits) = step(batch, trainable: trainable, dropouts: dropouts)
                (lossTotal, correct, seen) = (lossTotal + Double(loss) * Double(batch.labels.count), correct + hits, seen + batch.labels.count)
                position.batch += 1
                stepsLeft -= 1
                bar.update(
                    done: position.batch, startedAt: firstBatch, loss: Float(lossTotal / Double(seen)),
                    accuracy: Float(correct) / Float(seen))
                if position.batch % configuration.checkpointInterval == 0 { try saveCheckpoint() }
            }
            bar.finish()
            let summary = EpochSummary(
                epoch: position.epoch, loss: Float(lossTotal / Double(max(seen, 1))),
                accuracy: Float(correct) / Float(max(seen, 1)), testAccuracy: testSet.map { model.accuracy(on: $0) },
                seconds: Date().timeIntervalSince(started))
            position = TrainingPosition(epoch: position.epoch + 1, batch: 0)
            try saveCheckpoint()
            summaries.append(summary)
            onEpochEnd?(summary)
        }
        return summaries
    }

    /// One optimizer step on `batch`; returns the loss and the number of correct predictions.
    private func step(_ batch: Batch, trainable: [Parameter], dropouts: [Dropout]) -> (Float, Int) {
        let step = position.step(batchesPerEpoch: batchesPerEpoch)
        var generator = RandomGenerator(seed: configuration.seed ^ (0xD1B5_4A32_D192_ED03 &* UInt64(step + 1)))
        let images = configuration.augmentation.apply(to: batch.images, using: &generator)
        for dropout in dropouts { dropout.generator = generator.split() }
        optimizer.learningRate = configuration.schedule.rate(at: step, base: configuration.optimizer.learningRate)
        var logits = Tensor(0)
        let (loss, gradients) = valueAndGradients(of: trainable) {
            logits = model(images, mode: .training)
            return crossEntropy(logits: logits, labels: batch.labels, labelSmoothing: configuration.labelSmoothing)
        }
        optimizer.update(trainable, along: gradients)
        let hits = zip(logits.detached().argmax(alongAxis: 1), batch.labels).filter { $0 == $1 }.count
        return (loss.scalar, hits)
    }

    private func saveCheckpoint() throws {
        guard let checkpointURL else { return }
        try checkpoint.write(to: checkpointURL)
    }
}
