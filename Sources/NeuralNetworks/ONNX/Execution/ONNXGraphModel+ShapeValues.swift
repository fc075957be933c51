import Tensors

extension ONNXGraphModel {
    /// Shape: the input's dimensions from `start` to `end` as INT64.
    static func shape(_ operands: ONNXNodeOperands, start: Int, end: Int?) throws -> ONNXTensor {
        let shape = try operands.value(0).shape
        func clamped(_ position: Int) -> Int { Swift.min(Swift.max(position < 0 ? position + shape.count : position, 0), shape.count) }
        let (first, last) = (clamped(start), clamped(end ?? shape.count))
        let dimensions = first < last ? Array(shape[first..<last]) : []
        return .integer(IntegerTensor(shape: [dimensions.count], values: dimensions))
    }

    /// ConstantOfShape: a tensor of the shape input filled with `value`'s one element.
    static func constantOfShape(_ operands: ONNXNodeOperands, value: ONNXTensor) throws -> ONNXTensor {
        let shape = try operands.integers(0).values
        try operands.require(shape.allSatisfy { $0 >= 0 }, "shape \(shape) has a negative size")
        switch value {
        case .float(let fill):
            return .float(Tensor(shape: shape, repeating: fill.scalars[0]))
        case .integer(let fill):
            let values = [Int](repeating: fill.values[0], count: shape.reduce(1, *))
            return .integer(IntegerTensor(shape: shape, values: values, dataType: fill.dataType))
        }
    }

    /// Cast between floating-point, integer and boolean types; float to
    /// integer truncates toward zero. Float to float keeps the gradient.
    static func cast(_ operands: ONNXNodeOperands, to type: ONNXDataType) throws -> ONNXTensor {
        switch (try operands.value(0), type.isFloatingPoint) {
        case (.float(let x), true):
            return .float(x)
        case (.float(let x), false):
            try operands.require(
                x.scalars.allSatisfy { $0.isFinite && abs($0) < 9.2e18 },
                "cannot cast non-finite or huge values to \(type.name)")
            let values = x.scalars.map { type == .bool ? ($0 != 0 ? 1 : 0) : Int($0.rounded(.towardZero)) }
            return .integer(IntegerTensor(shape: x.shape, values: values, dataType: type))
        case (.integer(let x), true):
            return .float(Tensor(shape: x.shape, scalars: x.values.map(Float.init)))
        case (.integer(let x), false):
            let values = type == .bool ? x.values.map { $0 != 0 ? 1 : 0 } : x.values
            return .integer(IntegerTensor(shape: x.shape, values: values, dataType: type))
        }
    }
}
