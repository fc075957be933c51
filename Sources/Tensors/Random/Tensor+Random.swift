extension Tensor {
    /// A tensor of uniform values in `range`, drawn from `generator` in row-major order.
    public static func uniform(
        _ shape: [Int], in range: ClosedRange<Float> = 0...1, using generator: inout RandomGenerator
    ) -> Tensor {
        Tensor(shape: shape, scalars: (0..<shape.elementCount).map { _ in generator.uniform(in: range) })
    }

    /// A tensor of normal values, drawn from `generator` in row-major order.
    public static func normal(
        _ shape: [Int], mean: Float = 0, standardDeviation: Float = 1, using generator: inout RandomGenerator
    ) -> Tensor {
        Tensor(
            shape: shape,
            scalars: (0..<shape.elementCount).map { _ in
                generator.normal(mean: mean, standardDeviation: standardDeviation)
            })
    }

    /// A tensor of 0/1 values, each 1 with the given probability.
    public static func bernoulli(
        _ shape: [Int], probability: Float, using generator: inout RandomGenerator
    ) -> Tensor {
        Tensor(
            shape: shape,
            scalars: (0..<shape.elementCount).map { _ in generator.bernoulli(probability: probability) ? 1 : 0 })
    }
}
