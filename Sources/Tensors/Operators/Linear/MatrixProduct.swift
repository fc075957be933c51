/// The matrix product of `a` and `b` with NumPy / ONNX MatMul semantics.
///
/// Rank-2 operands give `[M,K]·[K,N] → [M,N]`. Higher ranks are stacks of
/// matrices whose leading (batch) dimensions broadcast: `[B,M,K]·[K,N]`,
/// `[B,M,K]·[B,K,N]`, `[2,1,M,K]·[3,K,N]` … A rank-1 `a` is a row vector and a
/// rank-1 `b` a column vector; the added dimension is removed again. Every
/// product goes through the one BLAS entry point; a stack multiplied by one
/// matrix is a single GEMM.
public func matmul(_ a: Tensor, _ b: Tensor) -> Tensor {
    precondition(a.rank >= 1 && b.rank >= 1, "matmul needs operands of rank ≥ 1, got shapes \(a.shape) and \(b.shape)")
    let left = a.rank == 1 ? a.reshaped([1, a.shape[0]]) : a
    let right = b.rank == 1 ? b.reshaped([b.shape[0], 1]) : b
    var product = batchedMatrixProduct(left, right, originalShapes: (a.shape, b.shape))
    if a.rank == 1 || b.rank == 1 {
        var shape = product.shape
        if b.rank == 1 { shape.removeLast() }
        if a.rank == 1 { shape.remove(at: shape.count - (b.rank == 1 ? 1 : 2)) }
        product = product.reshaped(shape)
    }
    return product
}

/// `[..., M, K] · [..., K, N]` for operands of rank ≥ 2.
private func batchedMatrixProduct(_ a: Tensor, _ b: Tensor, originalShapes: ([Int], [Int])) -> Tensor {
    let (m, k) = (a.shape[a.rank - 2], a.shape[a.rank - 1])
    let (kB, n) = (b.shape[b.rank - 2], b.shape[b.rank - 1])
    precondition(
        k == kB,
        "matmul: inner dimensions differ: shape \(originalShapes.0) has \(k) columns, shape \(originalShapes.1) has \(kB) rows")
    let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
    let batch = broadcastShape(batchA, batchB)
    let outputShape = batch + [m, n]
    let (x, y) = (a.detached(), b.detached())

    if batchB.isEmpty {
        // A stack times one matrix: one GEMM over all rows of the stack.
        let rows = batchA.elementCount * m
        let values = gemm(rows: rows, columns: n, inner: k, x.scalars, y.scalars)
        return Tensor.recordingOperation(shape: outputShape, scalars: values, inputs: [a, b]) { gradient, needs in
            [
                needs[0]
                    ? Tensor(
                        shape: x.shape,
                        scalars: gemm(rows: rows, columns: k, inner: n, gradient.scalars, y.scalars, transposeB: true))
                    : nil,
                needs[1]
                    ? Tensor(
                        shape: y.shape,
                        scalars: gemm(rows: k, columns: n, inner: rows, x.scalars, gradient.scalars, transposeA: true))
                    : nil,
            ]
        }
    }

    let offsetsA = batchOffsets(batch: batch, operandBatch: batchA, matrixSize: m * k)
    let offsetsB = batchOffsets(batch: batch, operandBatch: batchB, matrixSize: k * n)
    let values = stackedGEMM(
        count: offsetsA.count, m: m, n: n, k: k, x.scalars, offsetsA, y.scalars, offsetsB)
    return Tensor.recordingOperation(shape: outputShape, scalars: values, inputs: [a, b]) { gradient, needs in
        let outputOffsets = (0..<offsetsA.count).map { $0 * m * n }
        var result: [Tensor?] = [nil, nil]
        if needs[0] {
            // dA = dC · Bᵀ, per matrix of the stack, then summed over broadcast batch dimensions.
            let full = stackedGEMM(
                count: offsetsA.count, m: m, n: k, k: n, gradient.scalars, outputOffsets, y.scalars, offsetsB,
                transposeB: true)
            result[0] = Tensor(shape: batch + [m, k], scalars: full).summedForBroadcast(to: x.shape)
        }
        if needs[1] {
            // dB = Aᵀ · dC.
            let full = stackedGEMM(
                count: offsetsA.count, m: k, n: n, k: m, x.scalars, offsetsA, gradient.scalars, outputOffsets,
                transposeA: true)
            result[1] = Tensor(shape: batch + [k, n], scalars: full).summedForBroadcast(to: y.shape)
        }
        return result
    }
}

/// The offset of each matrix of an operand, for every index of the broadcast batch.
private func batchOffsets(batch: [Int], operandBatch: [Int], matrixSize: Int) -> [Int] {
    let padded = [Int](repeating: 1, count: batch.count - operandBatch.count) + operandBatch
    let strides = padded.contiguousStrides
    return (0..<batch.elementCount).map { index in
        var remaining = index, offset = 0
        for axis in batch.indices.reversed() {
            let coordinate = remaining % batch[axis]
            remaining /= batch[axis]
            if padded[axis] != 1 { offset += coordinate * strides[axis] }
        }
        return offset * matrixSize
    }
}

/// `op(A)·op(B)` for row-major A and B where op(A) is rows×inner and op(B) inner×columns.
func gemm(
    rows: Int, columns: Int, inner: Int, _ a: [Float], _ b: [Float],
    transposeA: Bool = false, transposeB: Bool = false
) -> [Float] {
    var c = [Float](repeating: 0, count: rows * columns)
    guard inner > 0 else { return c }
    a.withUnsafeBufferPointer { first in
        b.withUnsafeBufferPointer { second in
            c.withUnsafeMutableBufferPointer { output in
                matrixMultiply(
                    transposeA: transposeA, transposeB: transposeB, m: rows, n: columns, k: inner,
                    a: first.baseAddress!, lda: transposeA ? rows : inner,
                    b: second.baseAddress!, ldb: transposeB ? inner : columns,
                    c: output.baseAddress!, ldc: columns)
            }
        }
    }
    return c
}

/// `count` products `op(A_i)·op(B_i)` (m×k by k×n) written one after another.
private func stackedGEMM(
    count: Int, m: Int, n: Int, k: Int,
    _ a: [Float], _ offsetsA: [Int], _ b: [Float], _ offsetsB: [Int],
    transposeA: Bool = false, transposeB: Bool = false
) -> [Float] {
    var c = [Float](repeating: 0, count: count * m * n)
    guard k > 0 else { return c }
    a.withUnsafeBufferPointer { first in
        b.withUnsafeBufferPointer { second in
            c.withUnsafeMutableBufferPointer { output in
                for index in 0..<count {
                    matrixMultiply(
                        transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                        a: first.baseAddress! + offsetsA[index], lda: transposeA ? m : k,
                        b: second.baseAddress! + offsetsB[index], ldb: transposeB ? k : n,
                        c: output.baseAddress! + index * m * n, ldc: n)
                }
            }
        }
    }
    return c
}
