import Attacks
import StrictCoding

extension KeyedDecodingContainer {
    /// Patch or sticker settings at `key` (their defaults when absent); a bad
    /// value, which the settings report as `patch.NAME`, `sticker.NAME` or
    /// `eot.samples`, is an issue at its own JSON path
    /// (`stages[1].patch.settings.size`, `stages[1].patch.settings.eot.samples`).
    func attackSettings<Settings: Decodable>(_ type: Settings.Type, forKey key: Key, default fallback: Settings) throws -> Settings {
        guard contains(key) else { return fallback }
        let decoder = try superDecoder(forKey: key)
        do {
            return try Settings(from: decoder)
        } catch let AttackError.invalidParameter(name, value, expected) {
            let field = ["patch.", "sticker."].first(where: name.hasPrefix).map { String(name.dropFirst($0.count)) } ?? name
            throw SpecIssue(path: JSONPath.string(decoder.codingPath) + "." + field, message: "expected \(expected), found \(value)")
        }
    }
}
