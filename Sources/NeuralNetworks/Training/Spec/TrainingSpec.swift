import Foundation
import StrictCoding

/// The JSON that `perturb train` reads: data, architecture, optimizer,
/// schedule, epochs, batch size, seed and where to write the model.
///
/// ```json
/// {
///   "data": { "fashion-mnist": { "path": "/usr/share/datasets/fashion-mnist" } },
///   "architecture": "cnn",
///   "optimizer": { "type": "sgd", "learningRate": 0.05, "momentum": 0.9, "nesterov": true, "weightDecay": 0.0005 },
///   "schedule": { "type": "cosine", "minimum": 0 },
///   "epochs": 8, "batchSize": 128, "seed": 1,
///   "augmentation": { "cropPadding": 2, "horizontalFlip": true, "brightness": 0.1 },
///   "labelSmoothing": 0,
///   "output": "Models/fashion-cnn.onnx",
///   "checkpoint": "checkpoints/fashion-cnn.json",
///   "checkpointInterval": 200
/// }
/// ```
/// `schedule` (default constant), `augmentation` (default none),
/// `labelSmoothing` (0), `checkpoint` (none) and `checkpointInterval` (200
/// steps) are optional. Paths are relative to the working directory. Unknown
/// keys are errors naming the JSON path and the nearest valid key.
public struct TrainingSpec: Decodable, Equatable, Sendable {
    /// The training and test data.
    public var data: DataSpec
    /// The model family.
    public var architecture: Architecture
    /// The optimizer and its settings.
    public var optimizer: OptimizerSettings
    /// The learning-rate schedule, in epochs.
    public var schedule: ScheduleSpec
    /// Passes over the training data.
    public var epochs: Int
    /// Images per step.
    public var batchSize: Int
    /// The seed of initialisation, shuffles, augmentation and dropout.
    public var seed: UInt64
    /// Augmentation of training batches.
    public var augmentation: Augmentation
    /// Label smoothing of the loss.
    public var labelSmoothing: Float
    /// Where the ONNX model is written.
    public var output: String
    /// Where checkpoints are written, if anywhere.
    public var checkpoint: String?
    /// Steps between checkpoints.
    public var checkpointInterval: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case data, architecture, optimizer, schedule, epochs, batchSize, seed, augmentation, labelSmoothing, output
        case checkpoint, checkpointInterval
    }

    /// Decodes strictly: unknown keys are refused, values are range-checked.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        data = try container.decode(DataSpec.self, forKey: .data)
        architecture = try SpecValue.choice(Architecture.self, in: container, forKey: .architecture)
        optimizer = try container.decode(OptimizerSpec.self, forKey: .optimizer).settings
        schedule = try container.decodeIfPresent(ScheduleSpec.self, forKey: .schedule) ?? .constant
        epochs = try SpecValue.positive(in: container, forKey: .epochs)
        batchSize = try SpecValue.positive(in: container, forKey: .batchSize)
        seed = try container.decode(UInt64.self, forKey: .seed)
        augmentation = try container.decodeIfPresent(Augmentation.self, forKey: .augmentation) ?? .none
        labelSmoothing = try container.decodeIfPresent(Float.self, forKey: .labelSmoothing) ?? 0
        try SpecValue.require((0..<1).contains(labelSmoothing), "must lie in [0, 1)", in: container, forKey: .labelSmoothing)
        output = try container.decode(String.self, forKey: .output)
        checkpoint = try container.decodeIfPresent(String.self, forKey: .checkpoint)
        checkpointInterval = try container.decodeIfPresent(Int.self, forKey: .checkpointInterval) ?? 200
        try SpecValue.require(checkpointInterval > 0, "must be positive", in: container, forKey: .checkpointInterval)
    }

    /// Reads and decodes a spec file.
    public static func read(contentsOf url: URL) throws -> TrainingSpec {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TrainingError.unreadableSpec(file: url.relativePath, reason: error.localizedDescription)
        }
        return try decode(data, source: url.relativePath)
    }

    /// Decodes a spec from JSON; `source` names it in errors.
    public static func decode(_ data: Data, source: String) throws -> TrainingSpec {
        do {
            return try JSONDecoder().decode(TrainingSpec.self, from: data)
        } catch let error as UnknownKeyError {
            throw TrainingError.unknownKey(
                file: source, path: ClassifierMetadataDocument.jsonPath(error.codingPath), key: error.key,
                suggestion: error.suggestion)
        } catch let error as DecodingError {
            throw TrainingError(decoding: error, source: source)
        }
    }
}
