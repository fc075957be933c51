import Tensors

extension ONNXGraphModel {
    /// Add, Sub, Mul and Div with broadcasting, on floats or exactly on
    /// integers (integer Div truncates, as ONNX).
    static func arithmetic(_ operands: ONNXNodeOperands) throws -> ONNXTensor {
        let operation = operands.node.operation
        switch (try operands.value(0), try operands.value(1)) {
        case (.float(let a), .float(let b)):
            _ = try operands.broadcastShape(a.shape, b.shape)
            switch operation {
            case .add: return .float(a + b)
            case .sub: return .float(a - b)
            case .mul: return .float(a * b)
            default: return .float(a / b)
            }
        case (.integer(let a), .integer(let b)):
            return .integer(try combined(operands, a, b, dataType: a.dataType) { x, y in
                switch operation {
                case .add: return x &+ y
                case .sub: return x &- y
                case .mul: return x &* y
                default:
                    try operands.require(y != 0, "integer division by zero")
                    return x / y
                }
            })
        default:
            throw operands.failure("cannot mix floating-point and integer operands")
        }
    }

    /// Relu, LeakyRelu, Sigmoid, Tanh, Erf and Gelu.
    static func activation(_ operands: ONNXNodeOperands) throws -> Tensor {
        let x = try operands.float(0)
        switch operands.node.operation {
        case .relu: return x.relu()
        case .leakyRelu(let alpha): return x.leakyRelu(negativeSlope: alpha)
        case .sigmoid: return x.sigmoid()
        case .tanh: return tanh(x)
        case .erf: return erf(x)
        case .gelu(let approximation): return x.gelu(approximation: approximation == .tanh ? .tanh : .exact)
        default: throw operands.failure("is not an activation")
        }
    }

    /// Clip to the optional min and max inputs.
    static func clip(_ operands: ONNXNodeOperands) throws -> Tensor {
        let x = try operands.float(0)
        let lower = try operands.optionalScalar(1) ?? -.infinity
        let upper = try operands.optionalScalar(2) ?? .infinity
        try operands.require(lower <= upper, "min \(lower) is larger than max \(upper)")
        return x.clamped(to: lower...upper)
    }

    /// Equal with broadcasting, as a BOOL tensor.
    static func equal(_ operands: ONNXNodeOperands) throws -> ONNXTensor {
        switch (try operands.value(0), try operands.value(1)) {
        case (.float(let a), .float(let b)):
            let shape = try operands.broadcastShape(a.shape, b.shape)
            let left = a.broadcasted(to: shape).scalars, right = b.broadcasted(to: shape).scalars
            return .integer(IntegerTensor(shape: shape, values: zip(left, right).map { $0 == $1 ? 1 : 0 }, dataType: .bool))
        case (.integer(let a), .integer(let b)):
            return .integer(try combined(operands, a, b, dataType: .bool) { $0 == $1 ? 1 : 0 })
        default:
            throw operands.failure("cannot compare floating-point and integer operands")
        }
    }

    /// Where: the second input where the condition is true, else the third;
    /// differentiable with respect to both.
    static func select(_ operands: ONNXNodeOperands) throws -> ONNXTensor {
        let condition = try operands.integers(0)
        switch (try operands.value(1), try operands.value(2)) {
        case (.float(let a), .float(let b)):
            let shape = try operands.broadcastShape(condition.shape, operands.broadcastShape(a.shape, b.shape))
            let mask = condition.broadcasted(to: shape).values
            let (left, right) = (a.broadcasted(to: shape), b.broadcasted(to: shape))
            let scalars = mask.indices.map { mask[$0] != 0 ? left.scalars[$0] : right.scalars[$0] }
            return .float(Tensor.recordingOperation(shape: shape, scalars: scalars, inputs: [left, right]) { gradient, _ in
                let kept = Tensor(shape: shape, scalars: mask.map { $0 != 0 ? 1 : 0 })
                return [gradient * kept, gradient * (1 - kept)]
            })
        case (.integer(let a), .integer(let b)):
            let shape = try operands.broadcastShape(condition.shape, operands.broadcastShape(a.shape, b.shape))
            let (mask, left, right) = (
                condition.broadcasted(to: shape), a.broadcasted(to: shape), b.broadcasted(to: shape))
            let values = mask.values.indices.map { mask.values[$0] != 0 ? left.values[$0] : right.values[$0] }
            return .integer(IntegerTensor(shape: shape, values: values, dataType: a.dataType))
        default:
            throw operands.failure("the two value inputs must both be floating point or both integers")
        }
    }

    /// Broadcasts two integer tensors together and combines them value by value.
    private static func combined(
        _ operands: ONNXNodeOperands, _ a: IntegerTensor, _ b: IntegerTensor, dataType: ONNXDataType,
        _ combine: (Int, Int) throws -> Int
    ) throws -> IntegerTensor {
        let shape = try operands.broadcastShape(a.shape, b.shape)
        let left = a.broadcasted(to: shape).values, right = b.broadcasted(to: shape).values
        return IntegerTensor(shape: shape, values: try zip(left, right).map(combine), dataType: dataType)
    }
}
