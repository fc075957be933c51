import Attacks
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
