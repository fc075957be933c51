import Foundation

/// Helpers that decode and check spec values, reporting a problem as a
/// `DecodingError.dataCorrupted` at the value's coding path whose
/// description says what was expected and what was found.
public enum SpecValue {
    /// A positive integer.
    public static func positive<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Int {
        let value = try container.decode(Int.self, forKey: key)
        try require(value > 0, "must be positive, got \(value)", in: container, forKey: key)
        return value
    }

    /// A string naming a case of `Choice`; an unknown name is an error listing
    /// the valid ones and the nearest.
    public static func choice<Choice: RawRepresentable & CaseIterable, Key: CodingKey>(
        _ type: Choice.Type, in container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws -> Choice where Choice.RawValue == String {
        let name = try container.decode(String.self, forKey: key)
        guard let value = Choice(rawValue: name) else {
            let valid = Choice.allCases.map(\.rawValue)
            let hint = NearestName.nearest(to: name, in: valid).map { "; did you mean '\($0)'?" } ?? ""
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: container.codingPath + [key],
                    debugDescription: "is '\(name)'; use one of \(valid.map { "'\($0)'" }.joined(separator: ", "))\(hint)"))
        }
        return value
    }

    /// Throws `reason` at `key` unless `condition` holds.
    public static func require<Key: CodingKey>(
        _ condition: Bool, _ reason: @autoclosure () -> String, in container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws {
        guard !condition else { return }
        throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [key], debugDescription: reason()))
    }

    /// A JSON type in words (`a string`, `an integer`, …).
    public static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is UInt64.Type, is Int32.Type, is UInt32.Type: "an integer"
        case is Float.Type, is Double.Type: "a number"
        case is [String].Type: "an array of strings"
        case is [Float].Type, is [Double].Type: "an array of numbers"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
