import Testing
@testable import Tensors

/// Operators composed the way models and attacks use them.
@Suite struct CompositionTests {
    /// A two-layer perceptron with a cross-entropy loss: the gradient with
    /// respect to the input (what attacks need) and to each parameter.
    @Test func multilayerPerceptronGradients() {
        var generator = RandomGenerator(seed: 101)
        let x = generator.uniform([3, 5])
        let w1 = generator.uniform([4, 5]), b1 = generator.uniform([4], in: 0.1...0.3)
        let w2 = generator.uniform([3, 4]), b2 = generator.uniform([3])
        let labels = [2, 0, 1]
        func loss(_ x: Tensor, _ w1: Tensor, _ b1: Tensor, _ w2: Tensor) -> Tensor {
            let hidden = tanh(linear(x, weight: w1, bias: b1)).gelu()
            return crossEntropy(logits: linear(hidden, weight: w2, bias: b2), labels: labels, labelSmoothing: 0.1)
        }
        expectGradientMatchesFiniteDifferences(at: x) { loss($0, w1, b1, w2) }
        expectGradientMatchesFiniteDifferences(at: w1) { loss(x, $0, b1, w2) }
        expectGradientMatchesFiniteDifferences(at: b1) { loss(x, w1, $0, w2) }
        expectGradientMatchesFiniteDifferences(at: w2) { loss(x, w1, b1, $0) }
    }

    /// An NCHW image batch through a per-channel affine map, global average
    /// pooling as a mean over H and W, and a linear head.
    @Test func imageBatchThroughBroadcastsAndReductions() {
        var generator = RandomGenerator(seed: 102)
        let images = generator.uniform([2, 3, 4, 5], in: 0...1)
        let scale = generator.uniform([1, 3, 1, 1], in: 0.5...1.5)
        let shift = generator.uniform([3, 1, 1])
        let head = generator.uniform([4, 3])
        func logits(_ images: Tensor, _ scale: Tensor) -> Tensor {
            let features = (images * scale + shift).sigmoid().mean(alongAxes: [2, 3])
            return linear(features, weight: head).logSoftmax(alongAxis: 1)
        }
        #expect(logits(images, scale).shape == [2, 4])
        expectGradientMatchesFiniteDifferences(at: images) { logits($0, scale) }
        expectGradientMatchesFiniteDifferences(at: scale) { logits(images, $0) }
    }

    /// Projected gradient steps stay inside the ε-ball and the image range,
    /// and the same inputs give bit-identical results.
    @Test func projectedGradientStepsStayInTheBall() {
        var generator = RandomGenerator(seed: 103)
        let clean = generator.uniform([2, 6], in: 0...1)
        let weight = generator.uniform([3, 6])
        let labels = [0, 2]
        let epsilon: Float = 0.03, stepSize: Float = 0.01
        func attack() -> Tensor {
            var x = clean
            for _ in 0..<5 {
                let (_, gradient) = valueAndGradient(at: x) {
                    crossEntropy(logits: linear($0, weight: weight), labels: labels)
                }
                x = (x + stepSize * gradient.sign())
                    .clamped(lower: clean - epsilon, upper: clean + epsilon)
                    .clamped(to: 0...1)
                    .roundedStraightThrough(levelsPerUnit: 255)
            }
            return x
        }
        let adversarial = attack()
        let distance = abs(adversarial - clean).maximum().scalar
        #expect(distance <= epsilon + 0.5 / 255 + 1e-6)
        #expect(adversarial.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        let before = crossEntropy(logits: linear(clean, weight: weight), labels: labels).scalar
        let after = crossEntropy(logits: linear(adversarial, weight: weight), labels: labels).scalar
        #expect(after > before)
        #expect(attack() == adversarial)
    }
}
