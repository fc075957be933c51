import Foundation

/// Helpers that decode and check spec values, reporting problems as
/// `DecodingError`s at the value's coding path.
enum SpecValue {
    /// A positive integer.
    static func positive<Key: CodingKey>(in container: KeyedDecodingContainer<Key>, forKey key: Key) throws -> Int {
        let value = try container.decode(Int.self, forKey: key)
        try require(value > 0, "must be positive, got \(value)", in: container, forKey: key)
        return value
    }

    /// A string naming a case of `Choice`.
    static func choice<Choice: RawRepresentable & CaseIterable, Key: CodingKey>(
        _ type: Choice.Type, in container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws -> Choice where Choice.RawValue == String {
        let name = try container.decode(String.self, forKey: key)
        guard let value = Choice(rawValue: name) else {
            let names = Choice.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            throw DecodingError.dataCorrupted(
                .init(codingPath: container.codingPath + [key], debugDescription: "is '\(name)'; use one of \(names)"))
        }
        return value
    }

    /// Throws `reason` at `key` unless `condition` holds.
    static func require<Key: CodingKey>(
        _ condition: Bool, _ reason: @autoclosure () -> String, in container: KeyedDecodingContainer<Key>, forKey key: Key
    ) throws {
        guard !condition else { return }
        throw DecodingError.dataCorrupted(.init(codingPath: container.codingPath + [key], debugDescription: reason()))
    }

    /// The training error for a decoding error of the spec `source`.
    static func trainingError(_ error: DecodingError, source: String) -> TrainingError {
        switch error {
        case .typeMismatch(let type, let context):
            return .wrongType(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath), expected: describe(type))
        case .valueNotFound(let type, let context):
            return .wrongType(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath), expected: describe(type))
        case .keyNotFound(let key, let context):
            return .invalidValue(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath + [key]),
                reason: "is missing; add it")
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return .invalidValue(
                file: source, path: ClassifierMetadataDocument.jsonPath(context.codingPath),
                reason: context.debugDescription)
        case .dataCorrupted(let context):
            let reason = (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
            return .invalidJSON(file: source, reason: reason)
        @unknown default:
            return .invalidJSON(file: source, reason: "\(error)")
        }
    }

    /// A JSON type in words.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Int.Type, is UInt64.Type: "an integer"
        case is Float.Type, is Double.Type: "a number"
        default: "an object"
        }
    }
}
