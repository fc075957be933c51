import Tensors

extension ONNXGraphModel {
    /// Gemm: alpha · op(A) · op(B) + beta · C; PyTorch's Linear (transB, unit
    /// scales, a bias per output) takes the fused `linear` path.
    static func gemm(_ operands: ONNXNodeOperands, _ attributes: GemmAttributes) throws -> Tensor {
        let a = try operands.float(0), b = try operands.float(1)
        let c = try operands.optionalFloat(2)
        try operands.require(a.rank == 2 && b.rank == 2, "A \(a.shape) and B \(b.shape) must be matrices")
        // The shapes of op(A) and op(B); the transposes themselves are only
        // computed off the fused path (the sign CNN's 128×4096 dense weight
        // used to be transposed on every call and then not used).
        let leftShape = attributes.transposeA ? [a.shape[1], a.shape[0]] : a.shape
        let rightShape = attributes.transposeB ? [b.shape[1], b.shape[0]] : b.shape
        try operands.require(
            leftShape[1] == rightShape[0],
            "op(A) \(leftShape) and op(B) \(rightShape) do not multiply: \(leftShape[1]) ≠ \(rightShape[0])")
        let outputShape = [leftShape[0], rightShape[1]]
        if let c { _ = try operands.broadcastShape(outputShape, c.shape) }
        let fusedBias = c.map { $0.shape == [outputShape[1]] && attributes.beta == 1 } ?? true
        if attributes.transposeB, !attributes.transposeA, attributes.alpha == 1, fusedBias {
            return linear(a, weight: b, bias: c)
        }
        var product = matmul(attributes.transposeA ? a.transposed() : a, attributes.transposeB ? b.transposed() : b)
        if attributes.alpha != 1 { product = product * attributes.alpha }
        guard let c else { return product }
        return product + (attributes.beta == 1 ? c : c * attributes.beta)
    }

    /// MatMul with NumPy semantics (stacks of matrices broadcast).
    static func matrixProduct(_ operands: ONNXNodeOperands) throws -> Tensor {
        let a = try operands.float(0), b = try operands.float(1)
        try operands.require(a.rank >= 1 && b.rank >= 1, "operands must have rank ≥ 1, found \(a.shape) and \(b.shape)")
        let inner = (a.shape.last!, b.rank == 1 ? b.shape[0] : b.shape[b.rank - 2])
        try operands.require(inner.0 == inner.1, "shapes \(a.shape) and \(b.shape) do not multiply: \(inner.0) ≠ \(inner.1)")
        if a.rank > 2 || b.rank > 2 {
            _ = try operands.broadcastShape(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)))
        }
        return matmul(a, b)
    }
}
