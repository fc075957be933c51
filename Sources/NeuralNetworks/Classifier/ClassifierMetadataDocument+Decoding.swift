import Foundation
import StrictCoding

extension ClassifierMetadataDocument {
    /// Decodes a document from JSON strictly; `source` names it in errors.
    public static func decode(_ data: Data, source: String) throws -> ClassifierMetadataDocument {
        do {
            return try JSONDecoder().decode(ClassifierMetadataDocument.self, from: data)
        } catch let error as UnknownKeyError {
            throw ClassifierMetadataError.unknownKey(
                source: source, path: jsonPath(error.codingPath), key: error.key, suggestion: error.suggestion)
        } catch let error as DecodingError {
            throw metadataError(error, source: source)
        }
    }

    /// Reads and decodes a sidecar JSON file.
    public static func read(contentsOf url: URL) throws -> ClassifierMetadataDocument {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ClassifierMetadataError.unreadableFile(source: url.path, reason: error.localizedDescription)
        }
        return try decode(data, source: url.path)
    }

    /// The document spread over a model's `metadata_props` (one entry per
    /// top-level key, each value JSON), or `nil` when none of the keys is there.
    public static func fromModelMetadata(
        _ metadata: [(key: String, value: String)], source: String
    ) throws -> ClassifierMetadataDocument? {
        let keys = Set(CodingKeys.allCases.map(\.stringValue))
        var entries: [String: String] = [:]
        for (key, value) in metadata where keys.contains(key) {
            entries[key] = value
        }
        guard !entries.isEmpty else { return nil }
        let object = entries.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",")
        return try decode(Data("{\(object)}".utf8), source: source)
    }

    /// `input.range[1]` for a coding path; `the top level` for none.
    static func jsonPath(_ codingPath: [CodingKey]) -> String {
        JSONPath.string(codingPath, root: "the top level")
    }

    private static func metadataError(_ error: DecodingError, source: String) -> ClassifierMetadataError {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return .wrongType(source: source, path: jsonPath(context.codingPath), expected: expectedType(at: context.codingPath))
        case .dataCorrupted(let context):
            let reason = (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
            return .invalidJSON(source: source, reason: reason)
        case .keyNotFound(let key, let context):
            return .invalidValue(source: source, path: jsonPath(context.codingPath + [key]), reason: "is missing")
        @unknown default:
            return .invalidJSON(source: source, reason: "\(error)")
        }
    }

    /// What the schema expects at `codingPath`, in words.
    private static func expectedType(at codingPath: [CodingKey]) -> String {
        let names = codingPath.map { $0.intValue == nil ? $0.stringValue : "[]" }
        switch names {
        case ["labels"]: return "an array of strings"
        case ["labels", "[]"]: return "a string"
        case ["input", "channels"], ["input", "height"], ["input", "width"]: return "an integer"
        case ["mean"], ["std"], ["input", "range"]: return "an array of numbers"
        case ["mean", "[]"], ["std", "[]"], ["input", "range", "[]"]: return "a number"
        default: return "an object"
        }
    }
}
