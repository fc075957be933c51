extension Tensor {
    /// The position of the largest value along `axis` for every other index,
    /// in row-major order of the remaining dimensions (for logits `[N, C]`
    /// and axis 1: the predicted class of each sample). Ties go to the first
    /// position. Not differentiable: the result is plain integers.
    public func argmax(alongAxis axis: Int = -1) -> [Int] {
        let resolved = normalisedAxis(axis, rank: rank)
        let layout = AxisLayout(shape: shape, axis: resolved)
        precondition(layout.extent > 0, "argmax(alongAxis:): dimension \(resolved) of shape \(shape) is empty")
        var positions = [Int](repeating: 0, count: layout.outer * layout.inner)
        scalars.withUnsafeBufferPointer { x in
            for outer in 0..<layout.outer {
                for inner in 0..<layout.inner {
                    let base = outer * layout.extent * layout.inner + inner
                    var best = x[base], position = 0
                    for j in 1..<layout.extent where x[base + j * layout.inner] > best {
                        best = x[base + j * layout.inner]
                        position = j
                    }
                    positions[outer * layout.inner + inner] = position
                }
            }
        }
        return positions
    }
}
