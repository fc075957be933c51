extension Tensor {
    /// The dimensions reordered: dimension `i` of the result is dimension
    /// `permutation[i]` of this tensor (NumPy `transpose`, ONNX Transpose,
    /// PyTorch `permute`). The values are copied into the new order.
    public func transposed(_ permutation: [Int]) -> Tensor {
        precondition(
            permutation.count == rank && permutation.sorted() == Array(0..<rank),
            "transposed: \(permutation) is not a permutation of the \(rank) dimensions of shape \(shape)")
        if permutation == Array(0..<rank) { return self }
        let outputShape = permutation.map { shape[$0] }
        let inputStrides = shape.contiguousStrides
        let strides = permutation.map { inputStrides[$0] }
        let inner = outputShape[rank - 1], innerStride = strides[rank - 1]
        let count = scalarCount
        let rows = inner == 0 ? 0 : count / inner
        let values = [Float](unsafeUninitializedCapacity: count) { output, initialized in
            scalars.withUnsafeBufferPointer { source in
                let x = source.baseAddress!, target = output.baseAddress!
                parallelChunks(rows, minimumChunk: Swift.max(1, parallelElementThreshold / Swift.max(inner, 1))) {
                    rowRange in
                    for row in rowRange {
                        var remaining = row, offset = 0
                        var axis = rank - 2
                        while axis >= 0 {
                            offset += (remaining % outputShape[axis]) * strides[axis]
                            remaining /= outputShape[axis]
                            axis -= 1
                        }
                        let out = target + row * inner
                        for j in 0..<inner { out[j] = x[offset + j * innerStride] }
                    }
                }
            }
            initialized = count
        }
        var inverse = [Int](repeating: 0, count: rank)
        for (position, axis) in permutation.enumerated() { inverse[axis] = position }
        return Tensor.recordingOperation(shape: outputShape, scalars: values, inputs: [self]) { gradient, _ in
            [gradient.transposed(inverse)]
        }
    }

    /// The dimensions in reverse order (ONNX Transpose without `perm`); the
    /// matrix transpose for rank 2.
    public func transposed() -> Tensor {
        transposed(Array((0..<rank).reversed()))
    }

    /// This tensor without the given dimensions of extent 1 (all of them when
    /// `axes` is `nil`), as in ONNX Squeeze. Shares storage.
    public func squeezed(axes: [Int]? = nil) -> Tensor {
        guard let axes else { return reshaped(shape.filter { $0 != 1 }) }
        let resolved = Set(axes.map { normalisedAxis($0, rank: rank) })
        for axis in resolved {
            precondition(shape[axis] == 1, "squeezed(axes:): dimension \(axis) of shape \(shape) is not 1")
        }
        return reshaped(shape.indices.filter { !resolved.contains($0) }.map { shape[$0] })
    }

    /// This tensor with new dimensions of extent 1 inserted so that they sit
    /// at positions `axes` of the result (ONNX Unsqueeze; negative axes count
    /// from the end of the result). Shares storage.
    public func unsqueezed(at axes: [Int]) -> Tensor {
        let outputRank = rank + axes.count
        let resolved = Set(axes.map { normalisedAxis($0, rank: outputRank) })
        precondition(resolved.count == axes.count, "unsqueezed(at:): axes \(axes) repeat a position")
        var remaining = shape[...]
        let outputShape = (0..<outputRank).map { axis in resolved.contains(axis) ? 1 : remaining.removeFirst() }
        return reshaped(outputShape)
    }
}
