import Tensors

/// A constant tensor of an ONNX model: an initializer, the value of a
/// Constant node, or a tensor attribute.
///
/// Floating-point data (FLOAT, FLOAT16, BFLOAT16, DOUBLE) becomes a Float32
/// ``Tensor``; integer and boolean data stays exact as an ``IntegerTensor``,
/// since it feeds shape operators.
public enum ONNXTensor: Equatable {
    /// Floating-point values, converted to Float32.
    case float(Tensor)
    /// Integer or boolean values.
    case integer(IntegerTensor)

    /// The extent of each dimension.
    public var shape: [Int] {
        switch self {
        case .float(let tensor): tensor.shape
        case .integer(let tensor): tensor.shape
        }
    }

    /// The number of values.
    public var elementCount: Int { shape.elementCount }

    /// The float tensor, or `nil` for integer data.
    public var floatTensor: Tensor? {
        if case .float(let tensor) = self { return tensor }
        return nil
    }

    /// The integer tensor, or `nil` for floating-point data.
    public var integerTensor: IntegerTensor? {
        if case .integer(let tensor) = self { return tensor }
        return nil
    }
}
