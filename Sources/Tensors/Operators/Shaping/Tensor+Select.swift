extension Tensor {
    /// The slices `indices` (each in `0..<extent`) along `axis`, in order,
    /// stacked along that axis. Slicing, striding and gathering are all this;
    /// the gradient is scattered (added) back to the selected positions.
    func selecting(_ indices: [Int], alongAxis axis: Int) -> Tensor {
        let layout = AxisLayout(shape: shape, axis: axis)
        let (outer, extent, inner) = (layout.outer, layout.extent, layout.inner)
        let selected = indices.count
        var outputShape = shape
        outputShape[axis] = selected
        let count = outer * selected * inner
        let values = [Float](unsafeUninitializedCapacity: count) { output, initialized in
            scalars.withUnsafeBufferPointer { source in
                let x = source.baseAddress!, target = output.baseAddress!
                for outerIndex in 0..<outer {
                    for (position, index) in indices.enumerated() {
                        (target + (outerIndex * selected + position) * inner)
                            .update(from: x + (outerIndex * extent + index) * inner, count: inner)
                    }
                }
            }
            initialized = count
        }
        let inputShape = shape
        return Tensor.recordingOperation(shape: outputShape, scalars: values, inputs: [self]) { gradient, _ in
            var scattered = [Float](repeating: 0, count: inputShape.elementCount)
            scattered.withUnsafeMutableBufferPointer { target in
                gradient.scalars.withUnsafeBufferPointer { source in
                    for outerIndex in 0..<outer {
                        for (position, index) in indices.enumerated() {
                            let out = target.baseAddress! + (outerIndex * extent + index) * inner
                            let g = source.baseAddress! + (outerIndex * selected + position) * inner
                            for j in 0..<inner { out[j] += g[j] }
                        }
                    }
                }
            }
            return [Tensor(shape: inputShape, scalars: scattered)]
        }
    }

    /// The part of this tensor at positions `range` (every `step`-th) along `axis`.
    ///
    /// The range must lie within the dimension; `step` must be positive.
    public func sliced(alongAxis axis: Int, _ range: Range<Int>, step: Int = 1) -> Tensor {
        let resolved = normalisedAxis(axis, rank: rank)
        precondition(
            range.lowerBound >= 0 && range.upperBound <= shape[resolved],
            "sliced(alongAxis:): range \(range) is outside dimension \(resolved) of shape \(shape)")
        precondition(step > 0, "sliced(alongAxis:): step must be positive, got \(step)")
        if range == 0..<shape[resolved] && step == 1 { return self }
        return selecting(Array(stride(from: range.lowerBound, to: range.upperBound, by: step)), alongAxis: resolved)
    }

    /// The part of this tensor from `start` towards `end` (exclusive) by
    /// `step` along `axis`, with ONNX Slice / Python semantics: negative
    /// positions count from the end, out-of-range positions are clamped, and
    /// a negative step walks backwards.
    public func sliced(alongAxis axis: Int, start: Int, end: Int, step: Int = 1) -> Tensor {
        let resolved = normalisedAxis(axis, rank: rank)
        precondition(step != 0, "sliced(alongAxis:start:end:step:): step must not be 0")
        let extent = shape[resolved]
        var first = start < 0 ? start + extent : start
        var last = end < 0 ? end + extent : end
        if step > 0 {
            first = Swift.min(Swift.max(first, 0), extent)
            last = Swift.min(Swift.max(last, 0), extent)
        } else {
            first = Swift.min(Swift.max(first, 0), extent - 1)
            last = Swift.min(Swift.max(last, -1), extent - 1)
        }
        return selecting(Array(stride(from: first, to: last, by: step)), alongAxis: resolved)
    }

    /// The values at `indices` along `axis` (ONNX Gather): the result's shape is
    /// this shape with dimension `axis` replaced by `indexShape` (default:
    /// `[indices.count]`; `[]` for a single index removes the dimension).
    /// Negative indices count from the end. The gradient is scattered back,
    /// adding where an index repeats.
    public func gathering(atIndices indices: [Int], indexShape: [Int]? = nil, alongAxis axis: Int = 0) -> Tensor {
        let resolved = normalisedAxis(axis, rank: rank)
        let extent = shape[resolved]
        let positions = indices.map { index -> Int in
            precondition(
                index >= -extent && index < extent,
                "gathering(atIndices:): index \(index) is out of range for dimension \(resolved) of shape \(shape)")
            return index < 0 ? index + extent : index
        }
        let indexShape = indexShape ?? [indices.count]
        precondition(
            indexShape.elementCount == indices.count,
            "gathering(atIndices:): index shape \(indexShape) does not hold \(indices.count) indices")
        let gathered = selecting(positions, alongAxis: resolved)
        return gathered.reshaped(Array(shape[..<resolved]) + indexShape + Array(shape[(resolved + 1)...]))
    }
}
