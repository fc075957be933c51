import Foundation
import NeuralNetworks
import StrictCoding

/// A pipeline: a name, a seed, named models and stages run in order, each
/// reading and writing named image sets.
///
/// ```json
/// {
///   "description": "What the pipeline shows.",
///   "name": "fgsm-panda", "seed": 1,
///   "models": {"cnn": "fashion-cnn"},
///   "stages": [{"load": {…}}, {"attack": {…}}, {"save": {…}}]
/// }
/// ```
/// A model is an ONNX file path or the name of a shipped model
/// (`signs-cnn` means `Models/signs-cnn.onnx`). Decoding is strict and
/// collects every problem: see ``PipelineSpec/decode(_:source:)``.
public struct PipelineSpec: Sendable {
    /// What the pipeline shows, for people reading the file.
    public var description: String?
    /// The pipeline's name (the default output folder is `out/NAME`).
    public var name: String
    /// The seed of every random choice.
    public var seed: UInt64
    /// Model names and their files, sorted by name.
    public var models: [(name: String, file: String)]
    /// The stages, in order.
    public var stages: [Stage]

    /// The top-level keys.
    public static let keys = ["description", "name", "seed", "models", "stages"]

    /// Decodes and validates a spec, collecting every problem at once:
    /// unknown keys, wrong types and values out of range (one per stage and
    /// per top-level key), then missing models and files, unknown labels and
    /// dangling or cyclic image-set references; throws
    /// ``PipelineError/invalidSpec(file:issues:)`` listing them all.
    public static func decode(_ data: Data, source: String) throws -> PipelineSpec {
        if let training = try trainingSpec(data, source: source) { return training }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw PipelineError.invalidSpec(file: source, issues: [SpecIssue(error)])
        }
        let spec = PipelineSpec(
            description: document.description, name: document.name ?? "", seed: document.seed ?? 0,
            models: document.models, stages: document.stages.map(\.stage))
        var validator = PipelineValidator(
            spec: spec, positions: document.stages.map(\.position), failedOutputs: document.failedOutputs)
        let issues = document.issues + validator.issues()
        guard issues.isEmpty else { throw PipelineError.invalidSpec(file: source, issues: issues) }
        return spec
    }

    /// A training spec (`pipelines/train-*.json`, an object with
    /// `architecture` and no `stages`) as a pipeline of a `train` stage and a
    /// `save` stage writing results.json, named after its file; nil for other documents.
    private static func trainingSpec(_ data: Data, source: String) throws -> PipelineSpec? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            object["stages"] == nil, object["architecture"] != nil
        else { return nil }
        let training: TrainingSpec
        do {
            training = try TrainingSpec.decode(data, source: source)
        } catch {
            throw PipelineError.invalidSpec(file: source, issues: [SpecIssue(error)])
        }
        return PipelineSpec(
            description: "The training spec \(source) as a pipeline.",
            name: URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent, seed: training.seed, models: [],
            stages: [
                .train(TrainStage(specFile: source, spec: training)),
                .save(SaveStage(images: [], panels: false, report: false, directory: nil)),
            ])
    }

    /// Reads, decodes and validates a spec file.
    public static func read(contentsOf path: String) throws -> PipelineSpec {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError.unreadableFile(path: path, advice: "check the path of the pipeline spec")
        }
        return try decode(data, source: path)
    }

    /// The top level, decoded key by key so one bad key does not hide the others.
    private struct Document: Decodable {
        var issues: [SpecIssue] = []
        var description: String?
        var name: String?
        var seed: UInt64?
        var models: [(name: String, file: String)] = []
        var stages: [(position: Int, stage: Stage)] = []
        /// The `as` names of stages that failed to decode, by position.
        var failedOutputs: [String: Int] = [:]

        init(from decoder: Decoder) throws {
            issues += try decoder.unknownKeys(allowed: PipelineSpec.keys).map { SpecIssue($0) }
            let container = try decoder.container(keyedBy: AnyCodingKey.self)
            func field<Value: Decodable>(_ key: String, _ type: Value.Type) -> Value? {
                do {
                    return try container.decode(Value.self, forKey: AnyCodingKey(key))
                } catch {
                    issues.append(SpecIssue(error))
                    return nil
                }
            }
            if container.contains(AnyCodingKey("description")) { description = field("description", String.self) }
            name = field("name", String.self)
            if let name, name.isEmpty || name.contains("/") {
                issues.append(SpecIssue(path: "name", message: "expected a non-empty name without '/', found \"\(name)\""))
            }
            seed = field("seed", UInt64.self)
            if container.contains(AnyCodingKey("models")) {
                models = (field("models", [String: String].self) ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            }
            let collected = field("stages", [Collected<Stage>].self) ?? []
            if container.contains(AnyCodingKey("stages")), collected.isEmpty, issues.allSatisfy({ $0.path != "stages" }) {
                issues.append(SpecIssue(path: "stages", message: "expected at least one stage, found none"))
            }
            let raw = (try? container.decode([JSONValue].self, forKey: AnyCodingKey("stages"))) ?? []
            for (position, entry) in collected.enumerated() {
                switch entry.result {
                case .success(let stage): stages.append((position, stage))
                case .failure(let issue):
                    issues.append(issue)
                    if case .object(let kinds)? = raw.indices.contains(position) ? raw[position] : nil,
                        kinds.count == 1, case .object(let fields)? = kinds.first?.value, case .string(let name)? = fields["as"]
                    {
                        failedOutputs[name] = position
                    }
                }
            }
        }
    }
}
