import Tensors

extension IntegerTensor {
    /// Runs a float operation that only moves values (reshape, transpose,
    /// slice, gather, concatenate, broadcast) on integer tensors, exactly:
    /// the operation runs on the values' positions, which a Float32 holds
    /// exactly below 2²⁴, and the result picks the integers at those positions.
    ///
    /// This keeps one implementation of each layout operator for the float
    /// and the integer (shape) values of a graph.
    static func rearranging(
        _ tensors: [IntegerTensor], _ operation: ([Tensor]) throws -> Tensor
    ) rethrows -> IntegerTensor {
        var offset = 0
        let positions = tensors.map { tensor -> Tensor in
            defer { offset += tensor.values.count }
            return Tensor(shape: tensor.shape, scalars: (offset..<(offset + tensor.values.count)).map(Float.init))
        }
        let all = tensors.flatMap(\.values)
        let result = try operation(positions)
        return IntegerTensor(
            shape: result.shape, values: result.scalars.map { all[Int($0)] },
            dataType: tensors.first?.dataType ?? .int64)
    }
}

extension IntegerTensor {
    /// This tensor broadcast to `shape` (which must be a valid broadcast of its shape).
    func broadcasted(to shape: [Int]) -> IntegerTensor {
        Self.rearranging([self]) { $0[0].broadcasted(to: shape) }
    }
}
