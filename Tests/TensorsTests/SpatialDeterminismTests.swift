import Testing
@testable import Tensors

/// Every spatial operation gives bit-identical values and gradients when run
/// twice on the same inputs (work is split over cores, but never in a way
/// that changes the order of a sum).
@Suite struct SpatialDeterminismTests {
    static let operations: [(String, @Sendable (Tensor) -> Tensor)] = [
        ("conv2d", { x in
            var generator = RandomGenerator(seed: 1)
            let w = Tensor.uniform([6, 3, 3, 3], in: -1...1, using: &generator)
            return conv2d(x, weight: w, stride: 2, padding: 1)
        }),
        ("depthwise", { x in
            var generator = RandomGenerator(seed: 2)
            return conv2d(x, weight: Tensor.uniform([3, 1, 3, 3], in: -1...1, using: &generator), padding: 1, groups: 3)
        }),
        ("transposedConv2d", { x in
            var generator = RandomGenerator(seed: 3)
            return transposedConv2d(x, weight: Tensor.uniform([3, 2, 3, 3], in: -1...1, using: &generator), stride: 2)
        }),
        ("maxPool2d", { $0.maxPool2d(kernel: 3, stride: 2, padding: 1) }),
        ("averagePool2d", { $0.averagePool2d(kernel: 2, countIncludePad: false) }),
        ("batchNormTraining", { batchNormTraining($0, scale: .ones([3]), offset: .zeros([3])).output }),
        ("padded", { $0.padded(Padding2D(top: 2, left: 1, bottom: 0, right: 3), mode: .reflect) }),
        ("gridSample", { x in
            let theta = Tensor(shape: [4, 2, 3], scalars: Array([[Float](arrayLiteral: 0.9, -0.3, 0.1, 0.2, 1.1, -0.1)].joined()) + Array(repeating: [0.8, 0.2, 0, -0.2, 0.8, 0.05], count: 3).joined())
            return gridSample(x, grid: affineGrid(theta, height: 9, width: 7))
        }),
        ("resized", { $0.resized(height: 13, width: 5) }),
        ("filtered2d", { $0.gaussianBlurred(sigma: 1.3) }),
    ]

    @Test(arguments: 0..<operations.count)
    func twoRunsAreIdentical(index: Int) {
        let (name, operation) = Self.operations[index]
        var generator = RandomGenerator(seed: 77)
        let x = Tensor.uniform([4, 3, 11, 10], in: -1...1, using: &generator)
        let first = valueAndGradient(at: x, of: operation)
        let second = valueAndGradient(at: x, of: operation)
        #expect(first.value == second.value, "\(name) values differ between runs")
        #expect(first.gradient == second.gradient, "\(name) gradients differ between runs")
    }

    @Test func weightGradientOfALargeBatchIsIdenticalAcrossRuns() {
        // Enough images that the work is split into several chunks.
        var generator = RandomGenerator(seed: 78)
        let x = Tensor.uniform([13, 4, 9, 9], in: -1...1, using: &generator)
        let w = Tensor.uniform([5, 4, 3, 3], in: -1...1, using: &generator)
        let runs = (0..<3).map { _ in valueAndGradient(at: w) { conv2d(x, weight: $0, padding: 1) }.gradient }
        #expect(runs[0] == runs[1] && runs[1] == runs[2])
    }
}

@Suite struct OddSizeTests {
    @Test func oneByOneImagesThroughEveryOperation() {
        var generator = RandomGenerator(seed: 79)
        let x = Tensor.uniform([2, 3, 1, 1], in: -1...1, using: &generator)
        #expect(x.maxPool2d(kernel: 3, stride: 1, padding: 1) == x)
        #expect(x.averagePool2d(kernel: 3, stride: 1, padding: 1, countIncludePad: false) == x)
        expectClose(x.averagePool2d(kernel: 3, stride: 1, padding: 1), Tensor(shape: x.shape, scalars: x.scalars.map { $0 / 9 }), tolerance: 1e-6)
        #expect(x.padded(2, mode: .replicate).shape == [2, 3, 5, 5])
        expectClose(x.gaussianBlurred(sigma: 2, padding: .replicate), x, tolerance: 1e-6)  // kernel sums to 1 up to rounding
        // Sampling a 1x1 image anywhere inside with border padding gives its value.
        let grid = Tensor(shape: [2, 2, 2, 2], scalars: [0, 0, 0.3, -0.7, -1, 1, 0.9, 0.2, 0.5, 0.5, -0.2, 0.1, 1, -1, 0, 0])
        let sampled = gridSample(x, grid: grid, padding: .border)
        for image in 0..<2 {
            for channel in 0..<3 {
                for position in 0..<4 {
                    #expect(sampled.scalars[(image * 3 + channel) * 4 + position] == x.scalars[image * 3 + channel])
                }
            }
        }
        expectGradientMatchesFiniteDifferences(at: x) { gridSample($0, grid: grid, padding: .border) }
        #expect(x.resized(height: 2, width: 3, method: .area).shape == [2, 3, 2, 3])
    }

    @Test func strideLargerThanKernelSkipsPixels() {
        let x = Tensor(shape: [1, 1, 1, 7], scalars: [1, 2, 3, 4, 5, 6, 7])
        let w = Tensor(shape: [1, 1, 1, 1], scalars: [2])
        #expect(conv2d(x, weight: w, stride: 3).scalars == [2, 8, 14])
        #expect(x.maxPool2d(kernel: Size2D(height: 1, width: 2), stride: Size2D(height: 1, width: 3)).scalars == [2, 5])
        #expect(x.averagePool2d(kernel: Size2D(height: 1, width: 1), stride: Size2D(height: 1, width: 4)).scalars == [1, 5])
    }
}
