import Foundation
import Tensors

/// Everything a stopped training run needs to continue exactly as if it had
/// not stopped: every parameter (weights and batch-norm running statistics),
/// the optimizer state and the position.
///
/// The run's random state is its seed plus the position: shuffles, augmentation
/// and dropout masks of step s are drawn from generators seeded by (seed, s), so
/// no generator has to be saved mid-sequence.
public struct TrainingCheckpoint: Codable, Equatable, Sendable {
    /// One saved parameter; values are the raw little-endian Float32 bits, so they restore exactly.
    public struct SavedParameter: Codable, Equatable, Sendable {
        /// The parameter's dotted name.
        public var name: String
        /// Its shape.
        public var shape: [Int]
        /// Its values as Float32 bytes.
        public var values: Data
    }

    /// The next batch to train.
    public var position: TrainingPosition
    /// The seed the run's randomness derives from.
    public var seed: UInt64
    /// Every parameter of the model, in model order.
    public var parameters: [SavedParameter]
    /// The optimizer's step count and buffers.
    public var optimizer: OptimizerState

    /// A checkpoint of `parameters` at `position`.
    public init(position: TrainingPosition, seed: UInt64, parameters: [Parameter], optimizer: OptimizerState) {
        self.position = position
        self.seed = seed
        self.parameters = parameters.map { parameter in
            SavedParameter(
                name: parameter.name, shape: parameter.value.shape,
                values: parameter.value.scalars.withUnsafeBytes { Data($0) })
        }
        self.optimizer = optimizer
    }

    /// Copies the saved values into `parameters`, matched by name; `source`
    /// names the checkpoint in errors.
    public func restore(into parameters: [Parameter], source: String) throws {
        let saved = Dictionary(self.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for parameter in parameters {
            guard let entry = saved[parameter.name] else {
                throw TrainingError.checkpointMismatch(
                    file: source, reason: "it has no parameter \(parameter.name); it was written for another architecture")
            }
            guard entry.shape == parameter.value.shape, entry.values.count == entry.shape.elementCount * 4 else {
                throw TrainingError.checkpointMismatch(
                    file: source,
                    reason: "parameter \(parameter.name) has shape \(entry.shape) there but \(parameter.value.shape) in the model")
            }
            let scalars = entry.values.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
            parameter.value = Tensor(shape: entry.shape, scalars: scalars)
        }
    }

    /// Reads a checkpoint file.
    public static func read(from url: URL) throws -> TrainingCheckpoint {
        do {
            return try JSONDecoder().decode(TrainingCheckpoint.self, from: Data(contentsOf: url))
        } catch {
            throw TrainingError.unreadableCheckpoint(file: url.path, reason: error.localizedDescription)
        }
    }

    /// Writes the checkpoint atomically: to a temporary file beside `url`,
    /// then renamed over it, so a run killed while writing leaves the previous checkpoint intact.
    public func write(to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try JSONEncoder().encode(self).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw TrainingError.unwritableFile(file: url.path, reason: error.localizedDescription)
        }
    }
}
