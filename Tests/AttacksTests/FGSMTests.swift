import Attacks
import Tensors
import Testing

@Suite struct FGSMTests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    @Test func equalsTheClampedSignedGradientStepExactly() throws {
        let epsilon: Float = 0.1
        var generator = RandomGenerator(seed: 3)
        let result = try FGSM(epsilon: epsilon).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        let (_, gradient) = valueAndGradient(at: images) { x in
            crossEntropy(logits: SyntheticTask.model(x), labels: labels, reduction: .sum)
        }
        let expected = (images + gradient.sign() * epsilon).clamped(to: 0...1)
        #expect(result.adversarial == expected)
        #expect(gradient.scalars.allSatisfy { $0 != 0 }, "every value moves, so the test covers the whole image")
    }

    @Test func untargetedStepRaisesTheLossAndStaysInTheBall() throws {
        let epsilon: Float = 0.2
        var generator = RandomGenerator(seed: 3)
        let result = try FGSM(epsilon: epsilon).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        expectInsideLInfinityBall(result.adversarial, around: images, epsilon: epsilon)
        let before = crossEntropies(images, labels: labels)
        let after = crossEntropies(result.adversarial, labels: labels)
        #expect(zip(before, after).allSatisfy { $0 < $1 })
        #expect(result.successRate >= 0.5)
        for outcome in result.outcomes {
            #expect(outcome.success == (outcome.final.label != outcome.trueLabel))
            #expect(outcome.distances.lInfinity <= Double(epsilon) * 255 + 1e-3)
            #expect(outcome.iterations == (outcome.success ? 1 : nil))
        }
    }

    @Test func targetedStepLowersTheLossTowardsTheTarget() throws {
        let target = 2
        var generator = RandomGenerator(seed: 3)
        let result = try FGSM(epsilon: 0.1).run(
            on: images, labels: labels, target: .label(target), victim: SyntheticTask.victim, using: &generator)
        let targets = Array(repeating: target, count: labels.count)
        let before = crossEntropies(images, labels: targets)
        let after = crossEntropies(result.adversarial, labels: targets)
        for (image, label) in labels.enumerated() where label != target {
            #expect(after[image] < before[image])
        }
        for outcome in result.outcomes { #expect(outcome.success == (outcome.final.label == target)) }
    }

    @Test func foolingImagesStartFromNoiseAndReachTheTarget() throws {
        var first = RandomGenerator(seed: 11), second = RandomGenerator(seed: 11)
        let attack = FoolingImages(epsilon: 0.3)
        let result = try attack.run(
            on: images, labels: labels, target: .label(1), victim: SyntheticTask.victim, using: &first)
        let again = try attack.run(
            on: images, labels: labels, target: .label(1), victim: SyntheticTask.victim, using: &second)
        #expect(result.adversarial == again.adversarial)
        #expect(result.origins != images)
        expectInsideLInfinityBall(result.adversarial, around: result.origins, epsilon: 0.3)
        let predicted = SyntheticTask.model(result.adversarial).argmax(alongAxis: 1)
        #expect(predicted.filter { $0 == 1 }.count >= 10)
        #expect(result.outcomes.allSatisfy { $0.success == ($0.final.label == 1) })
    }
}
