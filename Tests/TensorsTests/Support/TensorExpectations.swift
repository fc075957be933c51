import Testing
@testable import Tensors

/// Expects `actual` to have `shape` and values within `tolerance` of `expected`.
func expectClose(
    _ actual: Tensor, shape: [Int], _ expected: [Float], tolerance: Float = 1e-5,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.shape == shape, "shape \(actual.shape), expected \(shape)", sourceLocation: sourceLocation)
    #expect(
        actual.scalars.count == expected.count
            && zip(actual.scalars, expected).allSatisfy { Swift.abs($0 - $1) <= tolerance * Swift.max(1, Swift.abs($1)) },
        "values \(actual.scalars.prefix(12)), expected \(expected.prefix(12))", sourceLocation: sourceLocation)
}

/// Random test inputs.
extension RandomGenerator {
    /// Uniform values in ±[0.2, 1]: at least 0.2 (twenty finite-difference
    /// steps) away from 0, where relu, abs, sign and similar have kinks.
    mutating func awayFromZero(_ shape: [Int]) -> Tensor {
        Tensor(
            shape: shape,
            scalars: (0..<shape.elementCount).map { _ in
                let magnitude = uniform(in: 0.2...1)
                return bernoulli(probability: 0.5) ? magnitude : -magnitude
            })
    }

    /// Uniform values in `range`.
    mutating func uniform(_ shape: [Int], in range: ClosedRange<Float> = -1...1) -> Tensor {
        Tensor.uniform(shape, in: range, using: &self)
    }

    /// Values in ±[0.1, 1] whose pairwise gaps are all at least `gap`: safe
    /// inputs for max and sort-like operations, whose gradient jumps at ties.
    mutating func distinct(_ shape: [Int], gap: Float = 0.05) -> Tensor {
        let count = shape.elementCount
        let order = permutation(count)
        return Tensor(shape: shape, scalars: order.map { Float($0 - count / 2) * gap + 0.01 })
    }
}
