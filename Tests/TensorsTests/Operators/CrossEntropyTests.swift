import Foundation
import Testing
@testable import Tensors

@Suite struct CrossEntropyTests {
    let logits = Tensor(shape: [2, 3], scalars: [1, 2, 3, 0, 0, 0])

    @Test func handComputedLosses() {
        let logSumExp = logf(expf(1) + expf(2) + expf(3))
        let first = logSumExp - 3  // label 2 of sample 0
        let second = logf(3)  // uniform logits
        expectClose(
            crossEntropy(logits: logits, labels: [2, 0], reduction: .perSample), shape: [2], [first, second])
        expectClose(crossEntropy(logits: logits, labels: [2, 0]), shape: [], [(first + second) / 2])
        expectClose(crossEntropy(logits: logits, labels: [2, 0], reduction: .sum), shape: [], [first + second])
    }

    /// PyTorch's definition: (1 − ε)·nll + ε·mean over classes of −log p.
    @Test func labelSmoothingMatchesPyTorchsDefinition() {
        let epsilon: Float = 0.1
        let logProbabilities = logits.logSoftmax(alongAxis: 1).scalars
        let nll: [Float] = [-logProbabilities[2], -logProbabilities[3]]
        let uniform: [Float] = [
            -(logProbabilities[0] + logProbabilities[1] + logProbabilities[2]) / 3,
            -(logProbabilities[3] + logProbabilities[4] + logProbabilities[5]) / 3,
        ]
        let expected = (0..<2).map { (1 - epsilon) * nll[$0] + epsilon * uniform[$0] }
        expectClose(
            crossEntropy(logits: logits, labels: [2, 0], labelSmoothing: epsilon, reduction: .perSample),
            shape: [2], expected)
    }

    @Test func integerLabelsEqualOneHotSoftTargets() {
        let oneHot = Tensor(oneHot: [2, 0], classes: 3)
        #expect(oneHot == Tensor(shape: [2, 3], scalars: [0, 0, 1, 1, 0, 0]))
        #expect(Tensor(oneHot: [1], classes: 3, onValue: 5, offValue: -1).scalars == [-1, 5, -1])
        let hard = crossEntropy(logits: logits, labels: [2, 0])
        let soft = crossEntropy(logits: logits, targetProbabilities: oneHot)
        expectClose(hard, shape: [], soft.scalars)
    }

    @Test func temperatureDividesTheLogits() {
        var generator = RandomGenerator(seed: 71)
        let z = generator.uniform([4, 5], in: -3...3)
        let teacher = generator.uniform([4, 5], in: -3...3).softmax(alongAxis: 1)
        let warm = crossEntropy(logits: z, targetProbabilities: teacher, temperature: 4)
        let divided = crossEntropy(logits: z / 4, targetProbabilities: teacher)
        expectClose(warm, shape: [], divided.scalars)
    }

    @Test func stableForHugeLogits() {
        let huge = Tensor(shape: [1, 2], scalars: [10_000, 0])
        expectClose(crossEntropy(logits: huge, labels: [0]), shape: [], [0])
        expectClose(crossEntropy(logits: huge, labels: [1]), shape: [], [10_000])
    }

    @Test(arguments: [LossReduction.mean, .sum, .perSample])
    func gradientsMatchFiniteDifferences(reduction: LossReduction) {
        var generator = RandomGenerator(seed: 72)
        let z = generator.uniform([5, 7], in: -2...2)
        let labels = [0, 6, 3, 3, 1]
        expectGradientMatchesFiniteDifferences(at: z) { crossEntropy(logits: $0, labels: labels, reduction: reduction) }
        expectGradientMatchesFiniteDifferences(at: z) {
            crossEntropy(logits: $0, labels: labels, labelSmoothing: 0.2, reduction: reduction)
        }
        let teacher = generator.uniform([5, 7], in: -2...2).softmax(alongAxis: 1)
        expectGradientMatchesFiniteDifferences(at: z) {
            crossEntropy(logits: $0, targetProbabilities: teacher, temperature: 2.5, reduction: reduction)
        }
        // Targets that need not sum to one, and the gradient with respect to them.
        let targets = generator.uniform([5, 7], in: 0...1)
        expectGradientMatchesFiniteDifferences(at: z) {
            crossEntropy(logits: $0, targetProbabilities: targets, reduction: reduction)
        }
        expectGradientMatchesFiniteDifferences(at: targets) {
            crossEntropy(logits: z, targetProbabilities: $0, temperature: 1.5, reduction: reduction)
        }
    }

    @Test func gradientIsSoftmaxMinusOneHotOverBatch() {
        let (_, gradient) = valueAndGradient(at: logits) { crossEntropy(logits: $0, labels: [2, 0]) }
        let p = logits.softmax(alongAxis: 1).scalars
        let expected = [p[0], p[1], p[2] - 1, p[3] - 1, p[4], p[5]].map { $0 / 2 }
        expectClose(gradient, shape: [2, 3], expected)
    }
}
