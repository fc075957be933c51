import PhysicalWorld
import StrictCoding

/// The EOT settings of an attack as pipelines and the CLI give them:
/// JSON `"eot": {"samples": 16, "preset": "print-and-photograph"}`,
/// `--eot-samples` and `--eot-preset` on the command line.
public struct EOTSettings: Codable, Equatable, Sendable {
    /// K, the transformed copies of each image per gradient step (1…1024).
    public var samples: Int
    /// The named transform distribution (default ``TransformPreset/standard``).
    public var preset: TransformPreset

    /// The largest number of samples: the K·N copies are one batch in memory.
    public static let maximumSamples = 1024

    /// Settings of `samples` copies from `preset`, validated.
    public init(samples: Int, preset: TransformPreset = .standard) throws {
        guard (1...Self.maximumSamples).contains(samples) else {
            throw AttackError.invalidParameter(
                name: "eot.samples", value: "\(samples)", expected: "an integer in 1...\(Self.maximumSamples)")
        }
        self.samples = samples
        self.preset = preset
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case samples, preset
    }

    /// Decodes and validates; unknown keys and preset names are errors that
    /// name the nearest valid one.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let name = try container.decodeIfPresent(String.self, forKey: .preset)
        try self.init(
            samples: try container.decode(Int.self, forKey: .samples),
            preset: try name.map(TransformPreset.init(name:)) ?? .standard)
    }

    /// Encodes `samples` and the preset's name.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(samples, forKey: .samples)
        try container.encode(preset.rawValue, forKey: .preset)
    }

    /// The input transform to append to ``Victim/transforms``.
    public func makeTransform() throws -> ExpectationOverTransformation {
        try ExpectationOverTransformation(samples: samples, distribution: preset.distribution)
    }
}
