import Foundation
import NeuralNetworks
import StrictCoding

/// `train`: trains a model from a training spec (`pipelines/train-*.json`,
/// the file `perturb train` reads) and makes it available to later stages.
///
/// ```json
/// {"train": {"spec": "pipelines/train-signs-cnn.json", "model": "mine"}}
/// ```
/// `model` (optional) names the trained model for later stages. A finished
/// training (its output file present and recorded) is skipped on `--resume`;
/// an interrupted one continues from its checkpoint.
public struct TrainStage: Decodable, Equatable, Sendable {
    /// The training spec's file.
    public var specFile: String
    /// The training spec.
    public var spec: TrainingSpec
    /// The name later stages use for the model, if any.
    public var model: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case specFile = "spec", model
    }

    /// A stage running the training spec read from `specFile`.
    public init(specFile: String, spec: TrainingSpec, model: String? = nil) {
        self.specFile = specFile
        self.spec = spec
        self.model = model
    }

    /// Decodes strictly and reads the training spec (its errors name its file).
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        specFile = try container.decode(String.self, forKey: .specFile)
        model = try container.decodeIfPresent(String.self, forKey: .model)
        do {
            spec = try TrainingSpec.read(contentsOf: URL(fileURLWithPath: specFile))
        } catch {
            throw SpecIssue(error, at: container.codingPath + [CodingKeys.specFile])
        }
    }
}
