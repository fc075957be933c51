import Datasets
import Foundation
import Tensors

/// Carries out a ``TrainingSpec``: loads or renders the data, builds the
/// model, trains it (resuming from the checkpoint when asked), measures the
/// test accuracy and writes the model as ONNX with its labels and input spec.
public struct TrainingRun {
    /// The spec being run.
    public let spec: TrainingSpec

    /// What a finished run measured.
    public struct Result: Codable, Equatable, Sendable {
        /// Where the model was written.
        public var output: String
        /// The architecture trained.
        public var architecture: Architecture
        /// Trainable values in the model.
        public var parameterCount: Int
        /// Accuracy on the test split.
        public var testAccuracy: Float
        /// Summaries of the epochs trained in this invocation.
        public var epochs: [EpochSummary]
        /// Wall-clock seconds of this invocation.
        public var seconds: Double
    }

    /// A run of `spec`.
    public init(spec: TrainingSpec) { self.spec = spec }

    /// The training and test splits the spec names.
    public func loadData() throws -> (train: Dataset, test: Dataset) {
        switch spec.data {
        case .fashionMNIST(let path):
            return (try FashionMNIST.load(.train, from: path), try FashionMNIST.load(.test, from: path))
        case .signs(let count, let size, let seed, let testCount, let testSeed):
            let generator = SignGenerator(size: size)
            return (generator.dataset(count: count, seed: seed), generator.dataset(count: testCount, seed: testSeed))
        }
    }

    /// Trains and writes the model; `log` receives one line per epoch.
    /// With `resume` the run continues from the spec's checkpoint, which must exist.
    public func run(resume: Bool, log: @escaping (String) -> Void) throws -> Result {
        let started = Date()
        let (train, test) = try loadData()
        let shape = train.imageShape
        let model = spec.architecture.build(
            channels: shape[0], side: shape[1], classes: train.classNames.count, seed: spec.seed)
        let batchesPerEpoch = train.count / spec.batchSize
        let configuration = TrainingConfiguration(
            optimizer: spec.optimizer, schedule: spec.schedule.schedule(epochs: spec.epochs, batchesPerEpoch: batchesPerEpoch),
            epochs: spec.epochs, batchSize: spec.batchSize, labelSmoothing: spec.labelSmoothing,
            augmentation: spec.augmentation, seed: spec.seed, checkpointInterval: spec.checkpointInterval)
        let checkpointURL = spec.checkpoint.map { URL(fileURLWithPath: $0) }
        let trainer = Trainer(
            model: model, configuration: configuration, trainingSet: train, testSet: test, checkpointURL: checkpointURL)
        if resume {
            guard let checkpointURL else {
                throw TrainingError.nothingToResume(reason: "the spec names no \"checkpoint\" file")
            }
            guard FileManager.default.fileExists(atPath: checkpointURL.path) else {
                throw TrainingError.nothingToResume(reason: "there is no checkpoint at \(checkpointURL.relativePath)")
            }
            try trainer.resume(from: try TrainingCheckpoint.read(from: checkpointURL), source: checkpointURL.path)
            log("resuming at \(trainer.position)")
        }
        trainer.onEpochEnd = { summary in
            let figures = String(
                format: "loss %.4f, train accuracy %.2f%%, test accuracy %.2f%%", summary.loss, summary.accuracy * 100,
                (summary.testAccuracy ?? 0) * 100)
            log("epoch \(summary.epoch + 1)/\(spec.epochs): \(figures), \(ProgressBar.duration(summary.seconds))")
        }
        let summaries = try trainer.train()
        let accuracy = summaries.last?.testAccuracy ?? model.accuracy(on: test)
        let onnx = try model.onnxModel(
            input: InputSpec(channels: shape[0], height: shape[1], width: shape[2]), labels: train.classNames)
        let outputURL = URL(fileURLWithPath: spec.output)
        do {
            try FileManager.default.createDirectory(
                at: outputURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            try onnx.write(to: outputURL)
        } catch {
            throw TrainingError.unwritableFile(file: spec.output, reason: error.localizedDescription)
        }
        return Result(
            output: spec.output, architecture: spec.architecture, parameterCount: model.trainableValueCount,
            testAccuracy: accuracy, epochs: summaries, seconds: Date().timeIntervalSince(started))
    }
}
