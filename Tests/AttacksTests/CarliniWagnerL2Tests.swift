import Attacks
import NeuralNetworks
import Tensors
import Testing

@Suite struct CarliniWagnerL2Tests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    @Test func findsSmallerPerturbationsThanPGDL2AtEqualSuccess() throws {
        var generator = RandomGenerator(seed: 1)
        let cw = try CarliniWagnerL2(steps: 100, binarySearchSteps: 6, initialConstant: 0.1, learningRate: 0.02).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        let pgd = try PGD(ball: .l2(epsilon: 1.5), stepSize: 0.1, steps: 40).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        #expect(cw.successRate == 1)
        #expect(pgd.successRate == 1)
        #expect(cw.adversarial.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        let cwNorms = perturbationNorms(cw.adversarial, images), pgdNorms = perturbationNorms(pgd.adversarial, images)
        #expect(mean(cwNorms) < mean(pgdNorms))
        for (outcome, norm) in zip(cw.outcomes, cwNorms) {
            #expect(abs(outcome.distances.l2 - Double(norm) * 255) < 1e-2)
        }
    }

    @Test func defaultsReachTheSmallestPerturbationAcrossALinearBoundary() throws {
        // Half the pixels are 0, like an image's black background: the tanh
        // box saturates there, and they can only grow. The smallest change
        // that crosses w·x + b = 0 inside [0, 1] is δᵢ = clamp(−λ·wᵢ, −xᵢ, 1 − xᵢ)
        // with λ such that w·δ = −(w·x₀ + b) (the KKT conditions), found here by bisection.
        var generator = RandomGenerator(seed: 3)
        let normal = Tensor.uniform([16], in: -1...1, using: &generator).scalars
        let image = Tensor(
            shape: [1, 1, 4, 4],
            scalars: Array(repeating: 0, count: 8) + Tensor.uniform([8], in: 0.3...0.7, using: &generator).scalars)
        let margin: Float = 0.2
        let offset = margin - zip(normal, image.scalars).map(*).reduce(0, +)
        func step(_ lambda: Float) -> [Float] {
            zip(normal, image.scalars).map { w, x in min(max(-lambda * w, -x), 1 - x) }
        }
        var (low, high): (Float, Float) = (0, 100)
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if zip(normal, step(middle)).map(*).reduce(0, +) > -margin { low = middle } else { high = middle }
        }
        let smallest = step(high).map { $0 * $0 }.reduce(0, +).squareRoot()
        let victim = Victim(model: HyperplaneModel(normal: normal, offset: offset))
        let result = try CarliniWagnerL2().run(on: image, labels: [1], victim: victim, using: &generator)
        #expect(result.outcomes[0].success)
        let found = perturbationNorms(result.adversarial, image)[0]
        #expect(found >= smallest * 0.999 && found <= smallest * 1.02, "found \(found), smallest \(smallest)")
    }

    @Test func targetedWithConfidenceWinsTheMarginByKappa() throws {
        var generator = RandomGenerator(seed: 1)
        let kappa: Float = 1
        let result = try CarliniWagnerL2(confidence: kappa, steps: 100, binarySearchSteps: 5, initialConstant: 1).run(
            on: images, labels: labels, target: .label(1), victim: SyntheticTask.victim, using: &generator)
        let logits = SyntheticTask.model(result.adversarial)
        for image in labels.indices where result.outcomes[image].success {
            let row = (0..<3).map { logits[image, $0] }
            #expect(row[1] - max(row[0], row[2]) >= kappa)
        }
        #expect(result.successRate == 1)
    }

    @Test func theSameSeedGivesTheSameImages() throws {
        var first = RandomGenerator(seed: 5), second = RandomGenerator(seed: 5)
        let attack = CarliniWagnerL2(steps: 20, binarySearchSteps: 2, initialConstant: 1)
        let a = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &first)
        let b = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &second)
        #expect(a.adversarial == b.adversarial)
    }

    @Test func imagesItCannotFoolComeBackUnchanged() throws {
        var generator = RandomGenerator(seed: 1)
        let result = try CarliniWagnerL2(steps: 2, binarySearchSteps: 1, initialConstant: 1e-6).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        #expect(result.successRate == 0)
        #expect(result.adversarial == images)
        #expect(result.outcomes.allSatisfy { $0.iterations == nil && $0.psnr == .infinity })
    }
}

/// Two logits ∓(w·x + b) over a flattened image: the decision boundary is
/// the hyperplane w·x + b = 0, so the smallest L2 perturbation that changes
/// the label of an image x₀ has length |w·x₀ + b| / ‖w‖.
final class HyperplaneModel: Layer {
    let weight: Parameter
    let bias: Parameter

    init(normal: [Float], offset: Float) {
        weight = Parameter(name: "weight", value: Tensor(shape: [2, normal.count], scalars: normal.map { -$0 } + normal))
        bias = Parameter(name: "bias", value: Tensor([-offset, offset]))
    }

    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        linear(input.flattened(), weight: weight.current, bias: bias.current)
    }

    var parameters: [Parameter] { [weight, bias] }
}
