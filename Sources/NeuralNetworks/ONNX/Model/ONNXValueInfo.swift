/// A graph input or output: its name, element type and declared shape.
public struct ONNXValueInfo: Equatable, Sendable {
    /// The value name nodes refer to.
    public var name: String
    /// The declared element type.
    public var dataType: ONNXDataType
    /// The declared dimensions, or `nil` when the model states no shape.
    public var shape: [ONNXDimension]?

    /// Creates a value description.
    public init(name: String, dataType: ONNXDataType, shape: [ONNXDimension]?) {
        self.name = name
        self.dataType = dataType
        self.shape = shape
    }

    /// The shape as text, such as `batch×3×16×16`, or `unknown`.
    public var shapeDescription: String { Self.describe(shape: shape) }

    /// A declared shape as text, such as `batch×3×16×16`; `unknown` for `nil`.
    public static func describe(shape: [ONNXDimension]?) -> String {
        shape.map { $0.map(\.description).joined(separator: "×") } ?? "unknown"
    }
}
