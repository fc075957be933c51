/// A coding key with any name, to read and check the keys of a JSON object.
struct AnyCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int? = nil

    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension Decoder {
    /// Throws ``TransformError/unknownKey(path:key:allowed:nearest:)`` for the
    /// first key of this JSON object that is not in `allowed`, with the JSON
    /// path and the nearest allowed key (other modules' specs use it too).
    public func rejectUnknownKeys(allowed: [String]) throws {
        let container = try container(keyedBy: AnyCodingKey.self)
        for key in container.allKeys.map(\.stringValue).sorted() where !allowed.contains(key) {
            throw TransformError.unknownKey(
                path: TransformError.path(codingPath), key: key, allowed: allowed,
                nearest: TransformError.nearest(to: key, in: allowed))
        }
    }
}
