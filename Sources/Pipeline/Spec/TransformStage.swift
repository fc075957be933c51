import PhysicalWorld
import StrictCoding

/// `transform`: applies sampled physical-world transforms to a set and keeps
/// the results as a named set.
///
/// ```json
/// {"transform": {"input": "adversarial", "as": "photographed", "preset": "print-and-photograph", "samples": 4}}
/// {"transform": {"input": "adversarial", "as": "blurred", "steps": [{"transform": "gaussianBlur", "sigma": 1.5}]}}
/// ```
/// Exactly one of `preset` (a named distribution, see docs/TRANSFORMS.md) or
/// `steps` (a custom list in the distribution's JSON form); `samples`
/// (1…1024, default 1) transformed copies of each image, named `NAME-tK`.
public struct TransformStage: Decodable, Sendable {
    /// The set transformed.
    public var input: String
    /// The name of the set written.
    public var output: String
    /// The distribution sampled.
    public var distribution: TransformDistribution
    /// The preset's name, when a preset was given.
    public var preset: String?
    /// Copies per image.
    public var samples: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case input, output = "as", preset, steps, samples
    }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        input = try container.setName(forKey: .input)
        output = try container.setName(forKey: .output)
        samples = try container.integer(forKey: .samples, in: 1...1024, default: 1)
        (distribution, preset) = try container.transformDistribution(presetKey: .preset, stepsKey: .steps)
    }
}

extension KeyedDecodingContainer {
    /// Exactly one of a preset name or a custom list of steps.
    func transformDistribution(presetKey: Key, stepsKey: Key) throws -> (TransformDistribution, String?) {
        switch (contains(presetKey), contains(stepsKey)) {
        case (true, false):
            let name = try decode(String.self, forKey: presetKey)
            do {
                return (try TransformPreset(name: name).distribution, name)
            } catch {
                throw SpecIssue(error, at: codingPath + [presetKey])
            }
        case (false, true):
            let steps = try decode([TransformStep].self, forKey: stepsKey)
            try SpecValue.require(!steps.isEmpty, "expected at least one step, found none", in: self, forKey: stepsKey)
            return (TransformDistribution(steps: steps), nil)
        default:
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: codingPath,
                    debugDescription: "expected exactly one of \"\(presetKey.stringValue)\" (a named distribution) "
                        + "or \"\(stepsKey.stringValue)\" (a list of transforms)"))
        }
    }
}
