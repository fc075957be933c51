import Testing
@testable import Tensors

/// Shape pairs that cover every broadcasting case: equal, trailing, leading
/// ones, rank 0 on either side, size-1 dimensions on both sides, odd sizes.
let broadcastingShapePairs: [([Int], [Int])] = [
    ([3, 5], [3, 5]),
    ([2, 3, 4], [3, 1]),
    ([1], [2, 3]),
    ([], [2, 3]),
    ([2, 3], []),
    ([4, 1, 3], [1, 5, 1]),
    ([2, 1, 3, 1], [7, 1, 5]),
    ([], []),
]

@Suite struct ArithmeticTests {
    @Test func broadcastShapeFollowsNumPyRules() {
        #expect(broadcastShape([2, 3, 4], [3, 1]) == [2, 3, 4])
        #expect(broadcastShape([], [2, 3]) == [2, 3])
        #expect(broadcastShape([4, 1, 3], [1, 5, 1]) == [4, 5, 3])
        #expect(broadcastShape([1], []) == [1])
    }

    @Test func handComputedBroadcasting() {
        let a = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let column = Tensor(shape: [2, 1], scalars: [10, 20])
        let row = Tensor([100, 200, 300])
        expectClose(a + column, shape: [2, 3], [11, 12, 13, 24, 25, 26])
        expectClose(a - row, shape: [2, 3], [-99, -198, -297, -96, -195, -294])
        expectClose(column * row, shape: [2, 3], [1000, 2000, 3000, 2000, 4000, 6000])
        expectClose(a / Tensor(2), shape: [2, 3], [0.5, 1, 1.5, 2, 2.5, 3])
        expectClose(Tensor(12) / a, shape: [2, 3], [12, 6, 4, 3, 2.4, 2])
        expectClose(-a, shape: [2, 3], [-1, -2, -3, -4, -5, -6])
        expectClose(a * 2 + 1, shape: [2, 3], [3, 5, 7, 9, 11, 13])
        expectClose(1 - a, shape: [2, 3], [0, -1, -2, -3, -4, -5])
        expectClose(2 * a - 1, shape: [2, 3], [1, 3, 5, 7, 9, 11])
        expectClose(6 / a, shape: [2, 3], [6, 3, 2, 1.5, 1.2, 1])
        expectClose(a / 4, shape: [2, 3], [0.25, 0.5, 0.75, 1, 1.25, 1.5])
        expectClose(3 + a, shape: [2, 3], [4, 5, 6, 7, 8, 9])
    }

    @Test func untrackedInputsRecordNoTape() {
        let a = Tensor([1, 2]), b = Tensor([3, 4])
        #expect(!(a * b + 1).relu().softmax(alongAxis: 0).isTrackingGradient)
        #expect(!matmul(a, b).isTrackingGradient)
        #expect(!concatenate([a, b], alongAxis: 0).sum().isTrackingGradient)
        #expect((a.trackingGradient() * b).isTrackingGradient)
        #expect(concatenate([a, b.trackingGradient()], alongAxis: 0).isTrackingGradient)
    }

    @Test func emptyTensorsPassThrough() {
        let empty = Tensor.zeros([0, 3])
        #expect((empty + Tensor([1, 2, 3])).shape == [0, 3])
        #expect(exp(empty).relu().shape == [0, 3])
        #expect(empty.sum().scalar == 0)
        #expect(empty.sum(alongAxes: [0]).scalars == [0, 0, 0])
        #expect(empty.softmax(alongAxis: 1).shape == [0, 3])
        #expect(empty.transposed().shape == [3, 0])
        #expect(matmul(empty, Tensor.ones([3, 2])).shape == [0, 2])
        #expect(matmul(Tensor.ones([2, 0]), Tensor.ones([0, 2])).scalars == [0, 0, 0, 0])
        #expect(concatenate([empty, Tensor.ones([1, 3])], alongAxis: 0).scalars == [1, 1, 1])
    }

    @Test func compoundAssignment() {
        var x = Tensor([1, 2])
        x += Tensor([3, 4])
        x *= 2
        x -= 1
        x /= Tensor(2)
        expectClose(x, shape: [2], [3.5, 5.5])
    }

    @Test(arguments: broadcastingShapePairs)
    func binaryGradientsWithBroadcasting(shapeA: [Int], shapeB: [Int]) {
        var generator = RandomGenerator(seed: 21)
        let a = generator.uniform(shapeA)
        let b = generator.uniform(shapeB)
        // Denominators in ±[0.5, 1.5] keep 1/b and its derivatives of order one.
        let denominator = generator.awayFromZero(shapeB)
        let safe = denominator + denominator.sign() * 0.3
        expectGradientMatchesFiniteDifferences(at: a) { $0 + b }
        expectGradientMatchesFiniteDifferences(at: b) { a + $0 }
        expectGradientMatchesFiniteDifferences(at: a) { $0 - b }
        expectGradientMatchesFiniteDifferences(at: b) { a - $0 }
        expectGradientMatchesFiniteDifferences(at: a) { $0 * b }
        expectGradientMatchesFiniteDifferences(at: b) { a * $0 }
        expectGradientMatchesFiniteDifferences(at: a) { $0 / safe }
        expectGradientMatchesFiniteDifferences(at: safe) { a / $0 }
    }

    @Test func gradientsOfScalarOperandsAndSharedInputs() {
        var generator = RandomGenerator(seed: 22)
        let x = generator.awayFromZero([3, 1, 2])
        expectGradientMatchesFiniteDifferences(at: x) { 2 * $0 + 3 }
        expectGradientMatchesFiniteDifferences(at: x) { 1 - $0 / 4 }
        expectGradientMatchesFiniteDifferences(at: x) { -$0 - 5 }
        // f = 1/(3x) has f‴ = −2/x⁴: at |x| = 0.2 the central difference's
        // truncation error h²·f‴/6 ≈ 0.02 against a gradient of 8.3, i.e.
        // 2.5e-3 relative, so this case needs a looser tolerance.
        expectGradientMatchesFiniteDifferences(at: x, tolerance: 4e-3) { 0.5 / ($0 * 1.5) }
        // x·x + x/x² uses x several times in one graph.
        expectGradientMatchesFiniteDifferences(at: x) { $0 * $0 + $0 / ($0 * $0 + 1) }
        let (_, gradient) = valueAndGradient(at: Tensor([3])) { $0 * $0 * 2 - $0 }
        expectClose(gradient, shape: [1], [11])
    }

    @Test func broadcastGradientIsSummedOverBroadcastDimensions() {
        let row = Tensor([1, 2, 3])
        let x = Tensor.ones([4, 3])
        let (_, rowGradient) = valueAndGradient(at: row) { x * $0 }
        expectClose(rowGradient, shape: [3], [4, 4, 4])
        let (_, scalarGradient) = valueAndGradient(at: Tensor(2)) { x * $0 }
        expectClose(scalarGradient, shape: [], [12])
    }

    /// Large operands take the parallel path; it must give exactly the values
    /// of a plain loop, on every run.
    @Test func largeBroadcastMatchesAPlainLoopExactly() {
        var generator = RandomGenerator(seed: 23)
        let a = generator.uniform([3, 200, 170])
        let b = generator.uniform([200, 1])
        let result = a * b + a
        var expected = [Float](repeating: 0, count: a.scalarCount)
        for i in 0..<3 {
            for j in 0..<200 {
                for k in 0..<170 {
                    let index = (i * 200 + j) * 170 + k
                    expected[index] = a.scalars[index] * b.scalars[j] + a.scalars[index]
                }
            }
        }
        #expect(result.scalars == expected)
        #expect((a * b + a) == result)
    }

    @Test func broadcastedRepeatsAndSumsBack() {
        let x = Tensor(shape: [2, 1], scalars: [1, 2])
        expectClose(x.broadcasted(to: [3, 2, 2]), shape: [3, 2, 2], [1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2])
        var generator = RandomGenerator(seed: 24)
        expectGradientMatchesFiniteDifferences(at: generator.uniform([3, 1])) { $0.broadcasted(to: [2, 3, 4]) }
    }
}
