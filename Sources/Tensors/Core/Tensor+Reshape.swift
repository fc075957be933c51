extension Tensor {
    /// The same values viewed with another shape; one dimension may be `-1`.
    /// Cheap: the storage is shared. Gradients flow through unchanged.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        let resolved = newShape.resolvingInferredDimension(forCount: scalarCount)
        precondition(
            resolved.elementCount == scalarCount,
            "cannot reshape \(shape) (\(scalarCount) values) to \(newShape)")
        let originalShape = shape
        return Tensor.recordingOperation(
            shape: resolved, scalars: scalars, inputs: [self]
        ) { gradient, _ in
            [gradient.reshaped(originalShape)]
        }
    }

    /// Flattens every dimension from `axis` on into one (NCHW → N,CHW for axis 1).
    public func flattened(fromAxis axis: Int = 1) -> Tensor {
        let start = normalisedAxis(axis, rank: rank)
        return reshaped(Array(shape[..<start]) + [shape[start...].elementCount])
    }
}
