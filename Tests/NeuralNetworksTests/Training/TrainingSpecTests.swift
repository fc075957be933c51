import Foundation
import Testing
@testable import NeuralNetworks

/// Decoding `perturb train` specs strictly.
@Suite struct TrainingSpecTests {
    private static let valid = """
        {
          "data": { "signs": { "count": 100, "size": 32, "seed": 1, "test": { "count": 20, "seed": 2 } } },
          "architecture": "resnet",
          "optimizer": { "type": "sgd", "learningRate": 0.1, "momentum": 0.9, "nesterov": true, "weightDecay": 0.0005 },
          "schedule": { "type": "step", "everyEpochs": 2, "factor": 0.1 },
          "epochs": 4, "batchSize": 16, "seed": 7,
          "augmentation": { "cropPadding": 2, "brightness": 0.1 },
          "output": "out/model.onnx", "checkpoint": "out/run.json"
        }
        """

    private func decode(_ json: String) throws -> TrainingSpec {
        try TrainingSpec.decode(Data(json.utf8), source: "spec.json")
    }

    private func replacing(_ old: String, with new: String) -> String {
        Self.valid.replacingOccurrences(of: old, with: new)
    }

    @Test func aValidSpecDecodes() throws {
        let spec = try decode(Self.valid)
        #expect(spec.data == .signs(count: 100, size: 32, seed: 1, testCount: 20, testSeed: 2))
        #expect(spec.architecture == .resnet)
        #expect(spec.optimizer == .sgd(learningRate: 0.1, momentum: 0.9, nesterov: true, weightDecay: 0.0005))
        #expect(spec.schedule.schedule(epochs: 4, batchesPerEpoch: 6) == .step(every: 12, factor: 0.1))
        #expect(spec.augmentation == Augmentation(cropPadding: 2, horizontalFlip: false, brightness: 0.1))
        #expect(spec.checkpointInterval == 200)
        #expect(spec.labelSmoothing == 0)
    }

    @Test func fashionMNISTWithoutPathAndAdamDecode() throws {
        let spec = try decode(
            replacing(#""signs": { "count": 100, "size": 32, "seed": 1, "test": { "count": 20, "seed": 2 } }"#, with: #""fashion-mnist": {}"#)
                .replacingOccurrences(
                    of: #""type": "sgd", "learningRate": 0.1, "momentum": 0.9, "nesterov": true, "weightDecay": 0.0005"#,
                    with: #""type": "adam", "learningRate": 0.001, "decoupled": true"#))
        #expect(spec.data == .fashionMNIST(path: nil))
        #expect(spec.optimizer == .adam(learningRate: 0.001, weightDecay: 0, decoupledWeightDecay: true))
    }

    @Test func anUnknownTopLevelKeyNamesTheNearestOne() {
        #expect(throws: TrainingError.unknownKey(file: "spec.json", path: "the top level", key: "epoch", suggestion: "epochs")) {
            try decode(replacing(#""epochs": 4"#, with: #""epoch": 4"#))
        }
    }

    @Test func anOptionOfAnotherOptimizerIsAnUnknownKey() {
        #expect(throws: TrainingError.unknownKey(file: "spec.json", path: "optimizer", key: "momentum", suggestion: nil)) {
            try decode(replacing(#""type": "sgd""#, with: #""type": "adam""#))
        }
    }

    @Test func aNestedUnknownKeyHasItsPath() {
        #expect(throws: TrainingError.unknownKey(file: "spec.json", path: "data.signs.test", key: "cout", suggestion: "count")) {
            try decode(replacing(#""test": { "count": 20"#, with: #""test": { "cout": 20"#))
        }
    }

    @Test func wrongTypesMissingKeysAndBadValuesAreNamed() {
        #expect(throws: TrainingError.wrongType(file: "spec.json", path: "batchSize", expected: "an integer")) {
            try decode(replacing(#""batchSize": 16"#, with: #""batchSize": "16""#))
        }
        #expect(throws: TrainingError.invalidValue(file: "spec.json", path: "output", reason: "is missing; add it")) {
            try decode(replacing(#""output": "out/model.onnx", "#, with: ""))
        }
        #expect(throws: TrainingError.invalidValue(file: "spec.json", path: "data.signs.test", reason: "is missing; add it")) {
            try decode(replacing(#", "test": { "count": 20, "seed": 2 }"#, with: ""))
        }
        #expect(throws: TrainingError.invalidValue(file: "spec.json", path: "epochs", reason: "must be positive, got 0")) {
            try decode(replacing(#""epochs": 4"#, with: #""epochs": 0"#))
        }
        #expect(throws: TrainingError.invalidValue(
            file: "spec.json", path: "architecture", reason: "is 'vgg'; use one of 'mlp', 'cnn', 'resnet'")
        ) {
            try decode(replacing(#""resnet""#, with: #""vgg""#))
        }
        #expect(throws: TrainingError.invalidValue(
            file: "spec.json", path: "data.signs.test.seed", reason: "must differ from data.signs.seed so the test images are new")
        ) {
            try decode(replacing(#""count": 20, "seed": 2"#, with: #""count": 20, "seed": 1"#))
        }
    }

    @Test func invalidJSONIsReportedAsSuch() {
        #expect {
            try decode("{ \"epochs\": ")
        } throws: { error in
            guard case .invalidJSON(let file, _) = error as? TrainingError else { return false }
            return file == "spec.json"
        }
    }

    @Test func errorMessagesSayWhatToDo() {
        let error = TrainingError.unknownKey(file: "spec.json", path: "optimizer", key: "lr", suggestion: nil)
        #expect(error.localizedDescription == "spec.json: unknown key 'lr' in optimizer; remove it")
    }

    @Test func theCommittedSpecsDecode() throws {
        let pipelines = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("pipelines")
        let names = ["fashion-mlp", "fashion-cnn", "fashion-resnet", "signs-cnn", "signs-resnet"]
        for name in names {
            let spec = try TrainingSpec.read(contentsOf: pipelines.appendingPathComponent("train-\(name).json"))
            #expect(spec.output == "Models/\(name).onnx")
            if name.hasPrefix("signs") { #expect(!spec.augmentation.horizontalFlip, "turn-left mirrors into turn-right") }
        }
    }
}
