import Attacks
import PhysicalWorld
import StrictCoding

extension KeyedDecodingContainer {
    /// The `eot` object of an attack or patch stage,
    /// `{"samples": 16, "preset": "print-and-photograph"}`, with range and
    /// preset errors at their own paths (`stages[2].attack.eot.samples`).
    func eotSettings(forKey key: Key) throws -> EOTSettings? {
        guard contains(key) else { return nil }
        let decoder = try superDecoder(forKey: key)
        try decoder.rejectUnknownKeys(allowed: ["samples", "preset"])
        let fields = try decoder.container(keyedBy: AnyCodingKey.self)
        let samples = try fields.integer(forKey: AnyCodingKey("samples"), in: 1...EOTSettings.maximumSamples)
        let presetKey = AnyCodingKey("preset")
        let preset = try fields.decodeIfPresent(String.self, forKey: presetKey).map { name in
            do {
                return try TransformPreset(name: name)
            } catch {
                throw SpecIssue(error, at: fields.codingPath + [presetKey])
            }
        }
        return try EOTSettings(samples: samples, preset: preset ?? .standard)
    }
}
