import Datasets
import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// Training lowers the loss, and a resumed run equals an uninterrupted one bit for bit.
@Suite struct TrainerTests {
    /// 16x16 grey images whose class is the bright quadrant, with noise.
    private static func quadrants(count: Int, seed: UInt64) -> Dataset {
        var generator = RandomGenerator(seed: seed)
        var scalars: [Float] = [], labels: [Int] = []
        for index in 0..<count {
            let label = index % 4
            for y in 0..<16 {
                for x in 0..<16 {
                    let quadrant = (y / 8) * 2 + x / 8
                    scalars.append((quadrant == label ? 0.7 : 0.2) + generator.uniform(in: 0...0.2))
                }
            }
            labels.append(label)
        }
        return Dataset(
            images: Tensor(shape: [count, 1, 16, 16], scalars: scalars), labels: labels,
            classNames: ["top-left", "top-right", "bottom-left", "bottom-right"])
    }

    private static func configuration(epochs: Int) -> TrainingConfiguration {
        TrainingConfiguration(
            optimizer: .sgd(learningRate: 0.05, momentum: 0.9, nesterov: true, weightDecay: 1e-4),
            schedule: .cosine(totalSteps: epochs * 4, minimum: 0), epochs: epochs, batchSize: 8,
            augmentation: Augmentation(cropPadding: 1, horizontalFlip: true, brightness: 0.05), seed: 21,
            checkpointInterval: 2)
    }

    @Test func afewStepsLowerTheLoss() throws {
        let data = Self.quadrants(count: 32, seed: 1)
        let model = Architecture.mlp.build(channels: 1, side: 16, classes: 4, seed: 2)
        let trainer = Trainer(
            model: model,
            configuration: TrainingConfiguration(
                optimizer: .adam(learningRate: 0.003, weightDecay: 0, decoupledWeightDecay: false), epochs: 6,
                batchSize: 8, seed: 3),
            trainingSet: data)
        trainer.showsProgress = false
        let summaries = try trainer.train()
        #expect(summaries.count == 6)
        #expect(summaries.last!.loss < summaries.first!.loss * 0.5)
        #expect(model.accuracy(on: Self.quadrants(count: 40, seed: 9)) > 0.9)
    }

    @Test func aResumedRunEqualsAnUninterruptedOne() throws {
        let data = Self.quadrants(count: 32, seed: 1)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trainer-resume-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let checkpoint = directory.appendingPathComponent("run.json")

        let straight = Architecture.cnn.build(channels: 1, side: 16, classes: 4, seed: 5)
        let uninterrupted = Trainer(model: straight, configuration: Self.configuration(epochs: 2), trainingSet: data)
        uninterrupted.showsProgress = false
        try uninterrupted.train()

        let first = Architecture.cnn.build(channels: 1, side: 16, classes: 4, seed: 5)
        let stopped = Trainer(
            model: first, configuration: Self.configuration(epochs: 2), trainingSet: data, checkpointURL: checkpoint)
        stopped.showsProgress = false
        try stopped.train(maxSteps: 3)
        #expect(stopped.position == TrainingPosition(epoch: 0, batch: 3))

        let second = Architecture.cnn.build(channels: 1, side: 16, classes: 4, seed: 5)
        let resumed = Trainer(
            model: second, configuration: Self.configuration(epochs: 2), trainingSet: data, checkpointURL: checkpoint)
        resumed.showsProgress = false
        try resumed.resume(from: try TrainingCheckpoint.read(from: checkpoint), source: checkpoint.path)
        #expect(resumed.position == TrainingPosition(epoch: 0, batch: 3))
        try resumed.train()

        #expect(second.parameters.map(\.name) == straight.parameters.map(\.name))
        for (a, b) in zip(second.parameters, straight.parameters) {
            #expect(a.value.scalars.map(\.bitPattern) == b.value.scalars.map(\.bitPattern), "\(a.name) differs")
        }
        #expect(resumed.optimizerState == uninterrupted.optimizerState)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(".run.json.tmp").path))
    }

    @Test func aCheckpointOfAnotherArchitectureIsRefused() throws {
        let data = Self.quadrants(count: 16, seed: 1)
        let mlp = Trainer(
            model: Architecture.mlp.build(channels: 1, side: 16, classes: 4, seed: 1),
            configuration: Self.configuration(epochs: 1), trainingSet: data)
        let cnn = Trainer(
            model: Architecture.cnn.build(channels: 1, side: 16, classes: 4, seed: 1),
            configuration: Self.configuration(epochs: 1), trainingSet: data)
        #expect(throws: TrainingError.checkpointMismatch(
            file: "mlp.json", reason: "it has no parameter block1.conv.weight; it was written for another architecture")
        ) {
            try cnn.resume(from: mlp.checkpoint, source: "mlp.json")
        }
    }

    @Test func augmentationIsSeededAndKeepsValuesInRange() {
        let images = Self.quadrants(count: 4, seed: 2).images
        let augmentation = Augmentation(cropPadding: 2, horizontalFlip: true, brightness: 0.3)
        var a = RandomGenerator(seed: 1), b = RandomGenerator(seed: 1)
        let first = augmentation.apply(to: images, using: &a)
        #expect(first == augmentation.apply(to: images, using: &b))
        #expect(first != images)
        #expect(first.scalars.allSatisfy { (0...1).contains($0) })
        var c = RandomGenerator(seed: 1)
        #expect(Augmentation.none.apply(to: images, using: &c) == images)
    }

    @Test func flipMirrorsEachRow() {
        let image = Tensor(shape: [1, 1, 1, 3], scalars: [0.1, 0.2, 0.3])
        let flip = Augmentation(cropPadding: 0, horizontalFlip: true, brightness: 0)
        var generator = RandomGenerator(seed: 0)
        let results = Set((0..<16).map { _ in flip.apply(to: image, using: &generator).scalars })
        #expect(results == [[0.1, 0.2, 0.3], [0.3, 0.2, 0.1]])
    }
}
