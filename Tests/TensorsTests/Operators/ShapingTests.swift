import Testing
@testable import Tensors

@Suite struct ShapingTests {
    /// 0, 1, 2, … in the given shape: every value names its own position.
    func iota(_ shape: [Int]) -> Tensor {
        Tensor(shape: shape, scalars: (0..<shape.elementCount).map(Float.init))
    }

    @Test func concatenateHandComputed() {
        let a = iota([2, 2])
        let b = Tensor(shape: [2, 1], scalars: [10, 11])
        expectClose(concatenate([a, b], alongAxis: 1), shape: [2, 3], [0, 1, 10, 2, 3, 11])
        expectClose(concatenate([a, a], alongAxis: 0), shape: [4, 2], [0, 1, 2, 3, 0, 1, 2, 3])
        expectClose(concatenate([b, b], alongAxis: -1), shape: [2, 2], [10, 10, 11, 11])
    }

    @Test func concatenateGradientsSplitBack() {
        var generator = RandomGenerator(seed: 81)
        let a = generator.uniform([2, 3, 4])
        let b = generator.uniform([2, 1, 4])
        let c = generator.uniform([2, 5, 4])
        expectGradientMatchesFiniteDifferences(at: a) { concatenate([$0, b, c], alongAxis: 1) }
        expectGradientMatchesFiniteDifferences(at: b) { concatenate([a, $0, c], alongAxis: 1) }
        expectGradientMatchesFiniteDifferences(at: c) { concatenate([a, b, $0, $0], alongAxis: 1) }
        let d = generator.uniform([2, 3, 1])
        expectGradientMatchesFiniteDifferences(at: d) { concatenate([a, $0], alongAxis: 2) }
    }

    @Test func slicesHandComputed() {
        let x = iota([3, 5])
        expectClose(x.sliced(alongAxis: 1, 1..<4), shape: [3, 3], [1, 2, 3, 6, 7, 8, 11, 12, 13])
        expectClose(x.sliced(alongAxis: 1, 0..<5, step: 2), shape: [3, 3], [0, 2, 4, 5, 7, 9, 10, 12, 14])
        expectClose(x.sliced(alongAxis: 0, 2..<3), shape: [1, 5], [10, 11, 12, 13, 14])
        // ONNX semantics: negative positions, clamping, negative steps.
        expectClose(x.sliced(alongAxis: 1, start: -2, end: 100), shape: [3, 2], [3, 4, 8, 9, 13, 14])
        expectClose(x.sliced(alongAxis: 0, start: -1, end: -100, step: -1), shape: [3, 5], [
            10, 11, 12, 13, 14, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4,
        ])
        expectClose(x.sliced(alongAxis: 1, start: 4, end: 0, step: -2), shape: [3, 2], [4, 2, 9, 7, 14, 12])
        expectClose(x.sliced(alongAxis: 1, start: 3, end: 1), shape: [3, 0], [])
    }

    @Test func sliceGradients() {
        var generator = RandomGenerator(seed: 82)
        let x = generator.uniform([3, 7, 2])
        expectGradientMatchesFiniteDifferences(at: x) { $0.sliced(alongAxis: 1, 2..<7, step: 3) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.sliced(alongAxis: 0, start: -1, end: -4, step: -2) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.sliced(alongAxis: 2, 1..<2) }
    }

    @Test func gatherFollowsONNX() {
        let x = iota([3, 2])
        expectClose(x.gathering(atIndices: [2, 0, 2]), shape: [3, 2], [4, 5, 0, 1, 4, 5])
        expectClose(x.gathering(atIndices: [1, -1], alongAxis: 1), shape: [3, 2], [1, 1, 3, 3, 5, 5])
        expectClose(x.gathering(atIndices: [1], indexShape: [], alongAxis: 0), shape: [2], [2, 3])
        expectClose(
            x.gathering(atIndices: [0, 1, 1, 2], indexShape: [2, 2], alongAxis: 0), shape: [2, 2, 2],
            [0, 1, 2, 3, 2, 3, 4, 5])
        // Repeated indices add their gradients.
        let (_, gradient) = valueAndGradient(at: x) { $0.gathering(atIndices: [2, 0, 2]) }
        #expect(gradient.scalars == [1, 1, 0, 0, 2, 2])
        var generator = RandomGenerator(seed: 83)
        let y = generator.uniform([4, 3, 2])
        expectGradientMatchesFiniteDifferences(at: y) { $0.gathering(atIndices: [1, 1, 0], alongAxis: 1) }
    }

    @Test func transposeHandComputed() {
        let x = iota([2, 3])
        expectClose(x.transposed(), shape: [3, 2], [0, 3, 1, 4, 2, 5])
        expectClose(x.transposed([0, 1]), shape: [2, 3], x.scalars)
        let y = iota([2, 3, 4])
        let permuted = y.transposed([2, 0, 1])
        #expect(permuted.shape == [4, 2, 3])
        for i in 0..<4 {
            for j in 0..<2 {
                for k in 0..<3 { #expect(permuted[i, j, k] == y[j, k, i]) }
            }
        }
        #expect(permuted.transposed([1, 2, 0]) == y)
    }

    @Test(arguments: [[1, 0], [2, 0, 1], [0, 2, 1, 3], [3, 2, 1, 0]])
    func transposeGradients(permutation: [Int]) {
        var generator = RandomGenerator(seed: 84)
        let shape = [2, 3, 1, 5].prefix(permutation.count)
        expectGradientMatchesFiniteDifferences(at: generator.uniform(Array(shape))) { $0.transposed(permutation) }
    }

    /// NCHW → NHWC on a tensor large enough for the parallel path.
    @Test func largeTransposeIsExactAndDeterministic() {
        let x = iota([4, 16, 40, 40])
        let nhwc = x.transposed([0, 2, 3, 1])
        #expect(nhwc.shape == [4, 40, 40, 16])
        #expect(nhwc[3, 7, 11, 5] == x[3, 5, 7, 11])
        #expect(nhwc.transposed([0, 3, 1, 2]) == x)
    }

    @Test func stackAndSplit() {
        let a = iota([2, 3]), b = iota([2, 3]) + 10
        let stacked = stack([a, b])
        #expect(stacked.shape == [2, 2, 3])
        #expect(stacked.scalars == a.scalars + b.scalars)
        let inner = stack([a, b], alongAxis: -1)
        #expect(inner.shape == [2, 3, 2])
        #expect(inner[1, 2, 0] == a[1, 2] && inner[1, 2, 1] == b[1, 2])
        let pieces = iota([2, 5]).split(sizes: [2, 0, 3], alongAxis: 1)
        #expect(pieces.map(\.shape) == [[2, 2], [2, 0], [2, 3]])
        #expect(pieces[2].scalars == [2, 3, 4, 7, 8, 9])
        #expect(concatenate(pieces, alongAxis: 1) == iota([2, 5]))
        var generator = RandomGenerator(seed: 86)
        let c = generator.uniform([3, 2])
        expectGradientMatchesFiniteDifferences(at: c) { stack([$0, c * 2, $0], alongAxis: 1) }
        expectGradientMatchesFiniteDifferences(at: c) { $0.split(sizes: [1, 2], alongAxis: 0)[1] * 3 }
    }

    @Test func squeezeAndUnsqueeze() {
        let x = iota([1, 3, 1, 2])
        #expect(x.squeezed().shape == [3, 2])
        #expect(x.squeezed(axes: [0]).shape == [3, 1, 2])
        #expect(x.squeezed(axes: [-2, 0]).shape == [3, 2])
        #expect(x.squeezed().unsqueezed(at: [0, 2]).shape == [1, 3, 1, 2])
        #expect(iota([3]).unsqueezed(at: [-1]).shape == [3, 1])
        #expect(iota([3, 4]).unsqueezed(at: [1]).shape == [3, 1, 4])
        #expect(x.squeezed().scalars == x.scalars)
        var generator = RandomGenerator(seed: 85)
        expectGradientMatchesFiniteDifferences(at: generator.uniform([1, 3, 1])) { $0.squeezed().unsqueezed(at: [1]) }
    }
}
