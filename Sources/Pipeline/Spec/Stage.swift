import StrictCoding

/// One stage of a pipeline: a JSON object with exactly one key, the stage's
/// kind, whose value holds the stage's settings (`{"attack": {…}}`).
public enum Stage: Decodable, Sendable {
    /// Read PNGs or a dataset.
    case load(LoadStage)
    /// Render procedural signs.
    case generate(GenerateStage)
    /// Craft adversarial images.
    case attack(AttackStage)
    /// Train a universal patch.
    case patch(PatchStage)
    /// Optimise an RP2-style sticker.
    case sticker(StickerStage)
    /// Apply physical-world transforms.
    case transform(TransformStage)
    /// Measure a set on models.
    case evaluate(EvaluateStage)
    /// Write images, panels, results.json and report.html.
    case save(SaveStage)
    /// Train a model.
    case train(TrainStage)

    /// Every stage kind, in the order the documentation lists them.
    public static let kinds = ["load", "generate", "attack", "patch", "sticker", "transform", "evaluate", "save", "train"]

    /// The keys each stage kind accepts (docs/PIPELINES.md is checked against them).
    public static let keys: [String: [String]] = [
        "load": LoadStage.CodingKeys.allCases.map(\.stringValue),
        "generate": GenerateStage.CodingKeys.allCases.map(\.stringValue),
        "attack": AttackStage.CodingKeys.allCases.map(\.stringValue),
        "patch": PatchStage.CodingKeys.allCases.map(\.stringValue),
        "sticker": StickerStage.CodingKeys.allCases.map(\.stringValue),
        "transform": TransformStage.CodingKeys.allCases.map(\.stringValue),
        "evaluate": EvaluateStage.CodingKeys.allCases.map(\.stringValue),
        "save": SaveStage.CodingKeys.allCases.map(\.stringValue),
        "train": TrainStage.CodingKeys.allCases.map(\.stringValue),
    ]

    /// Decodes the one-key object; an unknown kind names the nearest one.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw SpecIssue(
                path: JSONPath.string(decoder.codingPath),
                message: "expected an object with exactly one key, the stage's kind (one of \(Self.kinds.joined(separator: ", "))), "
                    + "found \(container.allKeys.count) keys")
        }
        switch key.stringValue {
        case "load": self = .load(try container.decode(LoadStage.self, forKey: key))
        case "generate": self = .generate(try container.decode(GenerateStage.self, forKey: key))
        case "attack": self = .attack(try container.decode(AttackStage.self, forKey: key))
        case "patch": self = .patch(try container.decode(PatchStage.self, forKey: key))
        case "sticker": self = .sticker(try container.decode(StickerStage.self, forKey: key))
        case "transform": self = .transform(try container.decode(TransformStage.self, forKey: key))
        case "evaluate": self = .evaluate(try container.decode(EvaluateStage.self, forKey: key))
        case "save": self = .save(try container.decode(SaveStage.self, forKey: key))
        case "train": self = .train(try container.decode(TrainStage.self, forKey: key))
        default:
            let hint = NearestName.nearest(to: key.stringValue, in: Self.kinds).map { "; did you mean \"\($0)\"?" } ?? ""
            throw SpecIssue(
                path: JSONPath.string(decoder.codingPath),
                message: "unknown stage \"\(key.stringValue)\" (expected one of \(Self.kinds.joined(separator: ", ")))\(hint)")
        }
    }

    /// The stage's kind (its JSON key).
    public var kind: String {
        switch self {
        case .load: "load"
        case .generate: "generate"
        case .attack: "attack"
        case .patch: "patch"
        case .sticker: "sticker"
        case .transform: "transform"
        case .evaluate: "evaluate"
        case .save: "save"
        case .train: "train"
        }
    }

    /// The image sets the stage reads, with the key naming each.
    public var inputs: [(key: String, set: String)] {
        switch self {
        case .attack(let stage): [("input", stage.input)]
        case .patch(let stage): [("input", stage.input)] + (stage.pasteOn.map { [("pasteOn", $0)] } ?? [])
        case .sticker(let stage): [("input", stage.input)]
        case .transform(let stage): [("input", stage.input)]
        case .evaluate(let stage): [("input", stage.input)]
        case .save(let stage): (stage.images ?? []).enumerated().map { ("images[\($0.offset)]", $0.element) }
        case .load, .generate, .train: []
        }
    }

    /// The image set the stage writes, if any.
    public var output: String? {
        switch self {
        case .load(let stage): stage.output
        case .generate(let stage): stage.output
        case .attack(let stage): stage.output
        case .patch(let stage): stage.output
        case .sticker(let stage): stage.output
        case .transform(let stage): stage.output
        case .evaluate, .save, .train: nil
        }
    }

    /// The models the stage uses, with the key naming each.
    public var models: [(key: String, model: String)] {
        switch self {
        case .load(let stage): stage.model.map { [("model", $0)] } ?? []
        case .attack(let stage): [("model", stage.model)]
        case .patch(let stage): [("model", stage.model)]
        case .sticker(let stage): [("model", stage.model)]
        case .evaluate(let stage): (stage.models ?? []).enumerated().map { ("models[\($0.offset)]", $0.element) }
        case .generate, .transform, .save, .train: []
        }
    }
}
