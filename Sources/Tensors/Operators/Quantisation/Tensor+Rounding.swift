extension Tensor {
    /// Every value rounded to the nearest multiple of `1 / levelsPerUnit`
    /// (ties to even), with the identity as its gradient: the straight-through
    /// estimator. `levelsPerUnit: 255` models 8-bit quantisation of an image
    /// in [0, 1]; the default rounds to integers.
    public func roundedStraightThrough(levelsPerUnit: Float = 1) -> Tensor {
        precondition(levelsPerUnit > 0, "roundedStraightThrough: levelsPerUnit must be positive, got \(levelsPerUnit)")
        return mappingElementwise(
            { ($0 * levelsPerUnit).rounded(.toNearestOrEven) / levelsPerUnit }, derivative: { _, _ in 1 })
    }

    /// Every value rounded to the nearest integer, ties to even (ONNX Round);
    /// its gradient is zero everywhere.
    public func rounded() -> Tensor {
        mappingElementwise({ $0.rounded(.toNearestOrEven) }, derivative: { _, _ in 0 })
    }
}
