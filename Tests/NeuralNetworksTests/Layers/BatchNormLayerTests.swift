import Testing
import Tensors
@testable import NeuralNetworks

/// BatchNorm uses batch statistics and updates running ones in training, and
/// uses the running ones in inference.
@Suite struct BatchNormLayerTests {
    private let input = Tensor(shape: [2, 2, 1, 2], scalars: [1, 3, 10, 10, 5, 7, 20, 40])

    @Test func trainingNormalisesWithBatchStatisticsAndUpdatesRunningOnes() {
        let layer = BatchNorm("bn", channels: 2, momentum: 0.1)
        let output = layer(input, mode: .training).scalars
        // Channel 0 holds 1, 3, 5, 7: mean 4, biased variance 5, unbiased 20/3.
        let expected0 = [1, 3, 5, 7].map { (Float($0) - 4) / (5 + 1e-5 as Float).squareRoot() }
        let channel0 = [output[0], output[1], output[4], output[5]]
        #expect(zip(channel0, expected0).allSatisfy { abs($0 - $1) < 1e-5 })
        #expect(abs(layer.runningMean.value.scalars[0] - 0.4) < 1e-6)
        #expect(abs(layer.runningVariance.value.scalars[0] - (0.9 + 0.1 * 20 / 3)) < 1e-5)
        // Channel 1 holds 10, 10, 20, 40: mean 20.
        #expect(abs(layer.runningMean.value.scalars[1] - 2) < 1e-6)
    }

    @Test func inferenceUsesRunningStatisticsAndLeavesThemAlone() {
        let layer = BatchNorm("bn", channels: 2)
        layer.runningMean.value = Tensor([1, 10])
        layer.runningVariance.value = Tensor([4, 100])
        layer.scale.value = Tensor([2, 1])
        layer.offset.value = Tensor([0, 1])
        let output = layer(input).scalars
        #expect(abs(output[1] - 2 * (3 - 1) / (4 + 1e-5 as Float).squareRoot()) < 1e-5)
        #expect(abs(output[7] - ((40 - 10) / (100 + 1e-5 as Float).squareRoot() + 1)) < 1e-5)
        #expect(layer.runningMean.value == Tensor([1, 10]))
    }

    @Test func runningStatisticsAreNotTrainable() {
        let layer = BatchNorm("bn", channels: 3)
        #expect(layer.trainableParameters.map(\.name) == ["bn.weight", "bn.bias"])
        #expect(layer.parameters.map(\.name) == ["bn.weight", "bn.bias", "bn.running_mean", "bn.running_var"])
    }
}
