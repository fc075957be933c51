/// A coding key with any name, to read and check the keys of a JSON object
/// or to build a coding path by hand.
public struct AnyCodingKey: CodingKey, Equatable, Sendable {
    /// The key's name (for an array index, `Index N`).
    public let stringValue: String
    /// The array index, for an element of an array.
    public let intValue: Int?

    /// The key called `name`.
    public init(_ name: String) {
        stringValue = name
        intValue = nil
    }

    /// A copy of any coding key.
    public init(_ key: CodingKey) {
        stringValue = key.stringValue
        intValue = key.intValue
    }

    /// The key called `stringValue`.
    public init?(stringValue: String) { self.init(stringValue) }

    /// The element `intValue` of an array.
    public init?(intValue: Int) {
        stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
