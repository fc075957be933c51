extension ONNXDimension: Encodable {
    /// Encodes a fixed size as a number, a symbolic one as its name, an unknown one as null.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .fixed(let size): try container.encode(size)
        case .symbolic(let name): try container.encode(name)
        case .unknown: try container.encodeNil()
        }
    }
}
