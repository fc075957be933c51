/// A fully connected layer's computation `x · weightᵀ + bias` in the
/// PyTorch `nn.Linear` / ONNX `Gemm(transB = 1)` convention.
///
/// `x` is `[..., in]` (every leading dimension is a row), `weight` is
/// `[out, in]` and `bias`, when given, `[out]`; the result is `[..., out]`.
/// One GEMM forward and one per gradient asked for.
public func linear(_ x: Tensor, weight: Tensor, bias: Tensor? = nil) -> Tensor {
    precondition(weight.rank == 2, "linear: weight must be [out, in], got shape \(weight.shape)")
    let (outputs, inputs) = (weight.shape[0], weight.shape[1])
    precondition(
        x.rank >= 1 && x.shape[x.rank - 1] == inputs,
        "linear: input shape \(x.shape) must end in \(inputs) to match weight shape \(weight.shape)")
    if let bias {
        precondition(
            bias.shape == [outputs], "linear: bias shape \(bias.shape) must be [\(outputs)] for weight shape \(weight.shape)")
    }
    let rows = x.scalarCount / Swift.max(inputs, 1)
    let (input, weights) = (x.detached(), weight.detached())
    var values = gemm(rows: rows, columns: outputs, inner: inputs, input.scalars, weights.scalars, transposeB: true)
    if let bias {
        values.withUnsafeMutableBufferPointer { output in
            bias.scalars.withUnsafeBufferPointer { offsets in
                for row in 0..<rows {
                    let out = output.baseAddress! + row * outputs
                    for column in 0..<outputs { out[column] += offsets[column] }
                }
            }
        }
    }
    let shape = Array(x.shape.dropLast()) + [outputs]
    let operands = [x, weight] + (bias.map { [$0] } ?? [])
    return Tensor.recordingOperation(shape: shape, scalars: values, inputs: operands) { gradient, needs in
        var result: [Tensor?] = [
            needs[0]
                ? Tensor(
                    shape: input.shape,
                    scalars: gemm(rows: rows, columns: inputs, inner: outputs, gradient.scalars, weights.scalars))
                : nil,
            needs[1]
                ? Tensor(
                    shape: weights.shape,
                    scalars: gemm(
                        rows: outputs, columns: inputs, inner: rows, gradient.scalars, input.scalars, transposeA: true))
                : nil,
        ]
        if needs.count > 2 {
            result.append(
                needs[2]
                    ? Tensor(
                        shape: [outputs],
                        scalars: sumReduced(gradient.scalars, shape: [rows, outputs], to: [1, outputs]))
                    : nil)
        }
        return result
    }
}
