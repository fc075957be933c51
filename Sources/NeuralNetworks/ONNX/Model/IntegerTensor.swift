/// An ONNX tensor of integers or booleans, kept exact for shape computations
/// (the inputs of Reshape, Slice, Gather, Unsqueeze, ...).
public struct IntegerTensor: Equatable, Sendable {
    /// The extent of each dimension; `[]` for a scalar.
    public var shape: [Int]
    /// The values in row-major order; booleans are 0 and 1.
    public var values: [Int]
    /// The element type the model declared (INT64, INT32, BOOL, ...).
    public var dataType: ONNXDataType

    /// Creates an integer tensor; `values.count` must equal the product of `shape`.
    public init(shape: [Int], values: [Int], dataType: ONNXDataType = .int64) {
        precondition(
            shape.elementCount == values.count,
            "IntegerTensor shape \(shape) holds \(shape.elementCount) values but \(values.count) were given")
        self.shape = shape
        self.values = values
        self.dataType = dataType
    }
}
