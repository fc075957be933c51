import Testing
@testable import Tensors

@Suite struct BatchNormTests {
    var generator = RandomGenerator(seed: 12)

    @Test func inferenceHandComputed() {
        // Channel 0: (x − 1)/2·3 + 1 with variance 4 − ε; channel 1: identity.
        let x = Tensor(shape: [1, 2, 1, 2], scalars: [1, 5, 7, -2])
        let y = batchNorm(
            x, scale: Tensor([3, 1]), offset: Tensor([1, 0]), mean: Tensor([1, 0]), variance: Tensor([4, 1]),
            epsilon: 0)
        #expect(y.scalars == [1, 7, 7, -2])
    }

    @Test func trainingUsesBatchStatistics() {
        // Channel 0 values 1, 3 (over N and W): mean 2, biased variance 1.
        let x = Tensor(shape: [2, 1, 1, 1], scalars: [1, 3])
        let result = batchNormTraining(x, scale: Tensor([2]), offset: Tensor([0.5]), epsilon: 0)
        #expect(result.mean.scalars == [2])
        #expect(result.variance.scalars == [1])
        #expect(result.output.scalars == [-1.5, 2.5])
    }

    @Test func runningStatisticsUpdateWithMomentumAndUnbiasedVariance() {
        let x = Tensor(shape: [2, 1, 1, 2], scalars: [1, 3, 1, 3])  // mean 2, biased var 1, unbiased 4/3
        var running = BatchNormStatistics(channels: 1)
        _ = batchNormTraining(x, scale: Tensor([1]), offset: Tensor([0]), updating: &running, momentum: 0.25)
        #expect(abs(running.mean.scalars[0] - 0.5) < 1e-6)
        #expect(abs(running.variance.scalars[0] - (0.75 + 0.25 * 4 / 3)) < 1e-6)
    }

    @Test(arguments: [[3, 2, 2, 3], [4, 3], [2, 1, 1, 1]])
    mutating func trainingGradients(shape: [Int]) {
        let channels = shape[1]
        let x = Tensor.uniform(shape, in: -1...1, using: &generator)
        let scale = Tensor.uniform([channels], in: 0.5...1.5, using: &generator)
        let offset = Tensor.uniform([channels], in: -1...1, using: &generator)
        // ε = 1e-3 keeps √(variance + ε) well conditioned; tolerance 5e-3 because
        // normalisation divides by a batch standard deviation as small as ~0.3.
        expectGradientMatchesFiniteDifferences(at: x, tolerance: 5e-3) {
            batchNormTraining($0, scale: scale, offset: offset, epsilon: 1e-3).output
        }
        expectGradientMatchesFiniteDifferences(at: scale) {
            batchNormTraining(x, scale: $0, offset: offset, epsilon: 1e-3).output
        }
        expectGradientMatchesFiniteDifferences(at: offset) {
            batchNormTraining(x, scale: scale, offset: $0, epsilon: 1e-3).output
        }
    }

    @Test mutating func inferenceGradients() {
        let x = Tensor.uniform([2, 3, 2, 2], in: -1...1, using: &generator)
        let scale = Tensor.uniform([3], in: 0.5...1.5, using: &generator)
        let offset = Tensor.uniform([3], in: -1...1, using: &generator)
        let mean = Tensor.uniform([3], in: -0.5...0.5, using: &generator)
        let variance = Tensor.uniform([3], in: 0.5...2, using: &generator)
        expectGradientMatchesFiniteDifferences(at: x) { batchNorm($0, scale: scale, offset: offset, mean: mean, variance: variance) }
        expectGradientMatchesFiniteDifferences(at: scale) { batchNorm(x, scale: $0, offset: offset, mean: mean, variance: variance) }
        expectGradientMatchesFiniteDifferences(at: offset) { batchNorm(x, scale: scale, offset: $0, mean: mean, variance: variance) }
        expectGradientMatchesFiniteDifferences(at: mean) { batchNorm(x, scale: scale, offset: offset, mean: $0, variance: variance) }
        expectGradientMatchesFiniteDifferences(at: variance) { batchNorm(x, scale: scale, offset: offset, mean: mean, variance: $0) }
    }
}
