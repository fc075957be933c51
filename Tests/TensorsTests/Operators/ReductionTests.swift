import Testing
@testable import Tensors

@Suite struct ReductionTests {
    let x = Tensor(shape: [2, 3], scalars: [1, 5, 3, 4, 2, 6])

    @Test func sumsHandComputed() {
        expectClose(x.sum(), shape: [], [21])
        expectClose(x.sum(alongAxes: [0]), shape: [3], [5, 7, 9])
        expectClose(x.sum(alongAxes: [1], keepingDimensions: true), shape: [2, 1], [9, 12])
        expectClose(x.sum(alongAxes: [-1, 0], keepingDimensions: true), shape: [1, 1], [21])
        expectClose(x.sum(alongAxes: []), shape: [2, 3], x.scalars)
        expectClose(Tensor(4).sum(), shape: [], [4])
    }

    @Test func meansHandComputed() {
        expectClose(x.mean(), shape: [], [3.5])
        expectClose(x.mean(alongAxes: [0]), shape: [3], [2.5, 3.5, 4.5])
        expectClose(x.mean(alongAxes: [1], keepingDimensions: true), shape: [2, 1], [3, 4])
    }

    @Test func maximaHandComputed() {
        expectClose(x.maximum(), shape: [], [6])
        expectClose(x.maximum(alongAxes: [0]), shape: [3], [4, 5, 6])
        expectClose(x.maximum(alongAxes: [1], keepingDimensions: true), shape: [2, 1], [5, 6])
        let (_, gradient) = valueAndGradient(at: x) { $0.maximum(alongAxes: [1]) }
        #expect(gradient.scalars == [0, 1, 0, 0, 0, 1])
        // Ties: the first occurrence takes the gradient.
        let (_, tie) = valueAndGradient(at: Tensor([2, 7, 7])) { $0.maximum() }
        #expect(tie.scalars == [0, 1, 0])
        expectClose(Tensor([-5, -3, -4]).maximum(), shape: [], [-3])
        expectClose(x.minimum(), shape: [], [1])
        expectClose(x.minimum(alongAxes: [1], keepingDimensions: true), shape: [2, 1], [1, 2])
        let (_, minimumGradient) = valueAndGradient(at: x) { $0.minimum(alongAxes: [0]) }
        #expect(minimumGradient.scalars == [1, 0, 1, 0, 1, 0])
    }

    /// Axes sets over a rank-4 shape with odd and size-1 dimensions.
    static let cases: [([Int], [Int], Bool)] = [
        ([2, 3, 1, 5], [1], false),
        ([2, 3, 1, 5], [0, 3], true),
        ([2, 3, 1, 5], [2], false),
        ([2, 3, 1, 5], [3], true),
        ([2, 3, 1, 5], [0, 1, 2, 3], false),
        ([7], [0], true),
        ([], [], false),
    ]

    @Test(arguments: cases)
    func gradientsMatchFiniteDifferences(shape: [Int], axes: [Int], keeping: Bool) {
        var generator = RandomGenerator(seed: 51)
        let values = generator.uniform(shape)
        expectGradientMatchesFiniteDifferences(at: values) { $0.sum(alongAxes: axes, keepingDimensions: keeping) }
        expectGradientMatchesFiniteDifferences(at: values) { $0.mean(alongAxes: axes, keepingDimensions: keeping) }
        let separated = generator.distinct(shape)
        expectGradientMatchesFiniteDifferences(at: separated) {
            $0.maximum(alongAxes: axes, keepingDimensions: keeping)
        }
        expectGradientMatchesFiniteDifferences(at: separated) {
            $0.minimum(alongAxes: axes, keepingDimensions: keeping)
        }
    }

    @Test func reductionsOverEveryAxisAgreeWithAPlainLoop() {
        var generator = RandomGenerator(seed: 52)
        let values = generator.uniform([3, 4, 5])
        for axis in 0..<3 {
            let sum = values.sum(alongAxes: [axis])
            let maximum = values.maximum(alongAxes: [axis])
            for i in 0..<sum.scalarCount {
                // Index of output value i in the remaining two axes.
                let remaining = [3, 4, 5].enumerated().filter { $0.offset != axis }.map(\.element)
                let (p, q) = (i / remaining[1], i % remaining[1])
                var total: Float = 0, best = -Float.infinity
                for j in 0..<[3, 4, 5][axis] {
                    var index = [p, q]
                    index.insert(j, at: axis)
                    total += values[index[0], index[1], index[2]]
                    best = Swift.max(best, values[index[0], index[1], index[2]])
                }
                #expect(Swift.abs(sum.scalars[i] - total) < 1e-5)
                #expect(maximum.scalars[i] == best)
            }
        }
    }

    @Test func argmaxPicksTheFirstLargest() {
        #expect(x.argmax(alongAxis: 1) == [1, 2])
        #expect(x.argmax(alongAxis: 0) == [1, 0, 1])
        #expect(Tensor([3, 7, 7, 1]).argmax() == [1])
        let cube = Tensor(shape: [2, 2, 2], scalars: [0, 9, 5, 1, 2, 3, 8, 4])
        #expect(cube.argmax(alongAxis: 1) == [1, 0, 1, 1])
    }

    @Test func largeSumIsAccurateAndDeterministic() {
        let ones = Tensor.ones([1000, 1001])
        #expect(ones.sum().scalar == 1_001_000)
        var generator = RandomGenerator(seed: 53)
        let values = generator.uniform([300, 301])
        #expect(values.sum(alongAxes: [1]) == values.sum(alongAxes: [1]))
        #expect(values.mean() == values.mean())
    }
}
