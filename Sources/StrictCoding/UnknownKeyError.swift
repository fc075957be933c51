import Foundation

/// Thrown while decoding when a JSON object has a key its schema does not
/// define: where the object is, the key, the keys allowed there and the
/// nearest of them.
public struct UnknownKeyError: LocalizedError, Equatable {
    /// The coding path of the object holding the key.
    public let codingPath: [AnyCodingKey]
    /// The unknown key.
    public let key: String
    /// The keys the object may have.
    public let allowed: [String]
    /// The allowed key closest in spelling, if one is close.
    public let suggestion: String?

    /// An error for `key` in the object at `codingPath`.
    public init(codingPath: [CodingKey], key: String, allowed: [String]) {
        self.codingPath = codingPath.map(AnyCodingKey.init)
        self.key = key
        self.allowed = allowed
        suggestion = NearestName.nearest(to: key, in: allowed)
    }

    /// The JSON path of the object holding the key (`$` for the top level).
    public var path: String { JSONPath.string(codingPath) }

    /// `PATH: unknown key "K"; expected one of A, B. Did you mean "B"?`
    public var errorDescription: String? {
        let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? " Remove it."
        return "\(path): unknown key \"\(key)\"; expected one of \(allowed.joined(separator: ", ")).\(hint)"
    }
}

extension Decoder {
    /// Throws ``UnknownKeyError`` for the first key (in sorted order) of this
    /// JSON object that is not in `allowed`.
    public func rejectUnknownKeys(allowed: [String]) throws {
        if let first = try unknownKeys(allowed: allowed).first { throw first }
    }

    /// An ``UnknownKeyError`` for every key of this JSON object that is not in
    /// `allowed`, in sorted order (to report them all at once).
    public func unknownKeys(allowed: [String]) throws -> [UnknownKeyError] {
        let container = try container(keyedBy: AnyCodingKey.self)
        return container.allKeys.map(\.stringValue).sorted().filter { !allowed.contains($0) }.map {
            UnknownKeyError(codingPath: codingPath, key: $0, allowed: allowed)
        }
    }

    /// Throws ``UnknownKeyError`` for the first key of this JSON object that
    /// is not one of `keys`.
    public func rejectUnknownKeys<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) throws {
        try rejectUnknownKeys(allowed: Keys.allCases.map(\.stringValue))
    }
}
