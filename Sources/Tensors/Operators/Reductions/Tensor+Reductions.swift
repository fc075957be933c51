extension Tensor {
    /// The shape after reducing `axes` (negative axes count from the end):
    /// reduced dimensions become 1 in `kept` and are dropped in `dropped`.
    func reducedShapes(_ axes: [Int], operation: String) -> (axes: Set<Int>, kept: [Int], dropped: [Int]) {
        let resolved = Set(axes.map { normalisedAxis($0, rank: rank) })
        precondition(
            resolved.count == axes.count, "\(operation): axes \(axes) name a dimension twice for shape \(shape)")
        precondition(rank > 0 || axes.isEmpty, "\(operation): a rank-0 tensor has no axes to reduce, got \(axes)")
        let kept = shape.indices.map { resolved.contains($0) ? 1 : shape[$0] }
        let dropped = shape.indices.filter { !resolved.contains($0) }.map { shape[$0] }
        return (resolved, kept, dropped)
    }

    /// The sum of all values, as a rank-0 tensor (accumulated in Double).
    public func sum() -> Tensor {
        sum(alongAxes: Array(shape.indices))
    }

    /// Sums over the given axes, keeping them as dimensions of extent 1 or
    /// dropping them. An empty list of axes leaves the tensor unchanged.
    public func sum(alongAxes axes: [Int], keepingDimensions: Bool = false) -> Tensor {
        let (_, kept, dropped) = reducedShapes(axes, operation: "sum(alongAxes:)")
        let values = sumReduced(scalars, shape: shape, to: kept)
        let inputShape = shape
        return Tensor.recordingOperation(
            shape: keepingDimensions ? kept : dropped, scalars: values, inputs: [self]
        ) { gradient, _ in
            [Tensor(shape: kept, scalars: gradient.scalars).broadcasted(to: inputShape)]
        }
    }

    /// The mean of all values, as a rank-0 tensor.
    public func mean() -> Tensor {
        mean(alongAxes: Array(shape.indices))
    }

    /// The mean over the given axes, keeping them as dimensions of extent 1 or dropping them.
    public func mean(alongAxes axes: [Int], keepingDimensions: Bool = false) -> Tensor {
        let (resolved, _, _) = reducedShapes(axes, operation: "mean(alongAxes:)")
        let count = resolved.map { shape[$0] }.reduce(1, *)
        return sum(alongAxes: axes, keepingDimensions: keepingDimensions) * (1 / Float(Swift.max(count, 1)))
    }

    /// The largest value, as a rank-0 tensor; the gradient goes to its first occurrence.
    public func maximum() -> Tensor {
        maximum(alongAxes: Array(shape.indices))
    }

    /// The largest value over the given axes, keeping them as dimensions of
    /// extent 1 or dropping them (ONNX ReduceMax). The gradient goes to the
    /// first position (in row-major order) holding each maximum.
    ///
    /// (Named `maximum` rather than `max` so that it does not hide
    /// `Swift.max(_:_:)` inside `Tensor` extensions.)
    public func maximum(alongAxes axes: [Int], keepingDimensions: Bool = false) -> Tensor {
        let (_, kept, dropped) = reducedShapes(axes, operation: "maximum(alongAxes:)")
        precondition(scalarCount > 0, "maximum(alongAxes:) of an empty tensor (shape \(shape))")
        let targetCount = kept.elementCount
        var best = [Float](repeating: -.infinity, count: targetCount)
        var positions = [Int](repeating: -1, count: targetCount)
        let layout = BroadcastLayout(shape: shape, a: shape, b: kept)
        let inner = layout.inner, strideB = layout.innerStrideB
        scalars.withUnsafeBufferPointer { source in
            best.withUnsafeMutableBufferPointer { bestValues in
                positions.withUnsafeMutableBufferPointer { bestPositions in
                    let x = source.baseAddress!
                    for row in 0..<layout.rowCount {
                        let (offsetA, offsetB) = layout.rowOffsets(row)
                        if strideB == 0 {
                            var value = bestValues[offsetB], position = bestPositions[offsetB]
                            for index in offsetA..<(offsetA + inner) where x[index] > value || position < 0 {
                                value = x[index]
                                position = index
                            }
                            bestValues[offsetB] = value
                            bestPositions[offsetB] = position
                        } else {
                            for index in 0..<inner {
                                let target = offsetB + index
                                if x[offsetA + index] > bestValues[target] || bestPositions[target] < 0 {
                                    bestValues[target] = x[offsetA + index]
                                    bestPositions[target] = offsetA + index
                                }
                            }
                        }
                    }
                }
            }
        }
        let inputShape = shape
        return Tensor.recordingOperation(
            shape: keepingDimensions ? kept : dropped, scalars: best, inputs: [self]
        ) { gradient, _ in
            var scattered = [Float](repeating: 0, count: inputShape.elementCount)
            for (target, position) in positions.enumerated() { scattered[position] += gradient.scalars[target] }
            return [Tensor(shape: inputShape, scalars: scattered)]
        }
    }

    /// The smallest value, as a rank-0 tensor; the gradient goes to its first occurrence.
    public func minimum() -> Tensor {
        -(-self).maximum()
    }

    /// The smallest value over the given axes, keeping them as dimensions of
    /// extent 1 or dropping them (ONNX ReduceMin). The gradient goes to the
    /// first position holding each minimum.
    public func minimum(alongAxes axes: [Int], keepingDimensions: Bool = false) -> Tensor {
        -(-self).maximum(alongAxes: axes, keepingDimensions: keepingDimensions)
    }
}
