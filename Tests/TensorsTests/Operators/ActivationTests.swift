import Foundation
import Testing
@testable import Tensors

@Suite struct ActivationTests {
    @Test func handComputedValues() {
        let x = Tensor([-2, -0.5, 0, 1.5])
        expectClose(x.relu(), shape: [4], [0, 0, 0, 1.5])
        expectClose(x.leakyRelu(negativeSlope: 0.1), shape: [4], [-0.2, -0.05, 0, 1.5])
        expectClose(x.sigmoid(), shape: [4], [0.119_202_92, 0.377_540_67, 0.5, 0.817_574_5])
        expectClose(tanh(x), shape: [4], [-0.964_027_6, -0.462_117_16, 0, 0.905_148_3])
        expectClose(x.softplus(), shape: [4], [0.126_928_01, 0.474_076_97, 0.693_147_2, 1.701_413_6])
        expectClose(erf(x), shape: [4], [-0.995_322_3, -0.520_499_9, 0, 0.966_105_1])
        // PyTorch: gelu(x) and gelu(x, approximate='tanh').
        expectClose(x.gelu(), shape: [4], [-0.045_500_26, -0.154_268_57, 0, 1.399_795_3])
        expectClose(x.gelu(approximation: .tanh), shape: [4], [-0.045_402_3, -0.154_286_0, 0, 1.399_572_8])
    }

    @Test func moreActivationsHandComputed() {
        let x = Tensor([-4, -1, 0.5, 4])
        expectClose(x.silu(), shape: [4], [-0.071_944_66, -0.268_941_43, 0.311_229_36, 3.928_055_2])
        expectClose(x.elu(alpha: 2), shape: [4], [-1.963_368_7, -1.264_241_1, 0.5, 4])
        expectClose(x.hardSigmoid(), shape: [4], [0, 0.3, 0.6, 1])
        expectClose(x.hardSwish(), shape: [4], [0, -0.333_333_34, 0.291_666_66, 4])
    }

    @Test func extremeInputsStayFinite() {
        let x = Tensor([-200, 200])
        expectClose(x.sigmoid(), shape: [2], [0, 1])
        expectClose(x.softplus(), shape: [2], [0, 200])
        let (_, gradient) = valueAndGradient(at: x) { $0.softplus() }
        expectClose(gradient, shape: [2], [0, 1])
    }

    @Test(arguments: [[9], [2, 3, 1, 2], []])
    func gradientsMatchFiniteDifferences(shape: [Int]) {
        var generator = RandomGenerator(seed: 41)
        let x = generator.awayFromZero(shape) * 2
        expectGradientMatchesFiniteDifferences(at: x) { $0.relu() }
        expectGradientMatchesFiniteDifferences(at: x) { $0.leakyRelu(negativeSlope: 0.2) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.sigmoid() }
        expectGradientMatchesFiniteDifferences(at: x) { tanh($0) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.softplus() }
        expectGradientMatchesFiniteDifferences(at: x) { erf($0) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.gelu() }
        expectGradientMatchesFiniteDifferences(at: x) { $0.gelu(approximation: .tanh) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.silu() }
        expectGradientMatchesFiniteDifferences(at: x) { $0.elu(alpha: 1.5) }
        // Kinks of hardSigmoid at ±2.5 and of hardSwish at ±3 lie outside ±2.
        expectGradientMatchesFiniteDifferences(at: x) { $0.hardSigmoid() }
        expectGradientMatchesFiniteDifferences(at: x) { $0.hardSwish() }
    }

    @Test func reluGradientIsZeroAtZero() {
        let (_, gradient) = valueAndGradient(at: Tensor([-1, 0, 1])) { $0.relu() }
        #expect(gradient.scalars == [0, 0, 1])
    }

    @Test func reluMatchesItsDefinitionAcrossLanesAndThreads() {
        // 13 values (a partial last vector) and 70,001 (split over the cores, odd tails).
        for count in [13, 70_001] {
            var generator = RandomGenerator(seed: UInt64(count))
            var values = (0..<count).map { _ in generator.uniform(in: -1...1) }
            values[3] = .nan
            values[5] = 0
            let gradientSeed = Tensor((0..<count).map { Float($0 % 7) - 3 })
            let x = Tensor(values).trackingGradient()
            let y = x.relu()
            #expect(y.scalars == values.map { $0 > 0 ? $0 : 0 })
            let gradient = gradients(of: y, withRespectTo: [x], seed: gradientSeed)[0]
            #expect(gradient.scalars == zip(gradientSeed.scalars, values).map { g, v in v > 0 ? g : 0 })
        }
    }

    @Test func softmaxHandComputedAndStable() {
        let x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 1000, 1000, 1000])
        let e: [Float] = [expf(-2), expf(-1), 1]
        let total = e.reduce(0, +)
        let probabilities: [Float] = e.map { $0 / total }
        let third: Float = 1.0 / 3.0
        expectClose(x.softmax(alongAxis: 1), shape: [2, 3], probabilities + [third, third, third])
        expectClose(
            x.logSoftmax(alongAxis: -1), shape: [2, 3],
            probabilities.map { logf($0) } + [Float](repeating: -logf(3), count: 3))
        // Along axis 0 of [2, 2].
        let y = Tensor(shape: [2, 2], scalars: [0, 1, 0, 3])
        let columns = y.softmax(alongAxis: 0)
        expectClose(columns, shape: [2, 2], [0.5, 0.119_202_92, 0.5, 0.880_797_1])
    }

    @Test(arguments: [([4, 5], 1), ([2, 3, 4], 1), ([2, 3, 4], 0), ([3, 1, 2], -1), ([1, 5], 0), ([6], 0)])
    func softmaxGradients(shape: [Int], axis: Int) {
        var generator = RandomGenerator(seed: 42)
        let x = generator.uniform(shape, in: -2...2)
        expectGradientMatchesFiniteDifferences(at: x) { $0.softmax(alongAxis: axis) }
        expectGradientMatchesFiniteDifferences(at: x) { $0.logSoftmax(alongAxis: axis) }
        // Lines along the axis sum to one.
        let sums = x.softmax(alongAxis: axis).sum(alongAxes: [axis])
        #expect(sums.scalars.allSatisfy { Swift.abs($0 - 1) < 1e-5 })
    }
}
