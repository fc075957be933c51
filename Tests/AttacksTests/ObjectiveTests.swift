import Attacks
import Tensors
import Testing

/// Two copies of every image, image-major: a stand-in for EOT's samples.
private struct DuplicatingTransform: InputTransform {
    func callAsFunction(_ images: Tensor, using generator: inout RandomGenerator) -> Tensor {
        let count = images.shape[0]
        return images.gathering(atIndices: (0..<count).flatMap { [$0, $0] })
    }
}

@Suite struct ObjectiveTests {
    let logits = Tensor(shape: [2, 3], scalars: [2, 1, -1, 0, 3, 1])

    @Test func carliniWagnerMarginOnHandComputedLogits() {
        let untargeted = CarliniWagnerMargin(labels: [0, 1], confidence: 0.5)
        // Image 0: Z_0 − max(1, −1) = 1. Image 1: Z_1 − max(0, 1) = 2.
        #expect(untargeted.loss(logits: logits).scalars == [1, 2])
        #expect(untargeted.isAdversarial(logits: logits) == [false, false])
        let targeted = CarliniWagnerMargin(targets: [1, 1], confidence: 0.5)
        // Image 0: max(2, −1) − 1 = 1. Image 1: max(0, 1) − 3 = −2, clipped at −κ.
        #expect(targeted.loss(logits: logits).scalars == [1, -0.5])
        #expect(targeted.isAdversarial(logits: logits) == [false, true])
        #expect(CarliniWagnerMargin(targets: [1, 1], confidence: 2.5).isAdversarial(logits: logits) == [false, false])
    }

    @Test func crossEntropyObjectivesPointTheRightWay() {
        let ce = crossEntropy(logits: logits, labels: [0, 1], reduction: .perSample).scalars
        #expect(UntargetedCrossEntropy(labels: [0, 1]).loss(logits: logits).scalars == ce.map { -$0 })
        #expect(TargetedCrossEntropy(targets: [0, 1]).loss(logits: logits).scalars == ce)
        #expect(UntargetedCrossEntropy(labels: [0, 0]).isAdversarial(logits: logits) == [false, true])
        let leastLikely = LeastLikelyClass(labels: [0, 1], cleanLogits: logits)
        #expect(leastLikely.targets == [2, 0])
    }

    @Test func objectivesAcceptSeveralRowsPerImage() {
        let doubled = logits.gathering(atIndices: [0, 0, 1, 1])
        let losses = TargetedCrossEntropy(targets: [2, 0]).loss(logits: doubled).scalars
        #expect(losses.count == 4 && losses[0] == losses[1] && losses[2] == losses[3])
    }

    @Test func transformsAreThePlaceWhereGradientsAreTaken() {
        let (images, labels) = SyntheticTask.batch
        let objective = UntargetedCrossEntropy(labels: labels)
        var generator = RandomGenerator(seed: 1)
        let plain = SyntheticTask.victim.lossAndGradient(at: images, objective: objective, using: &generator)
        let copies = Victim(model: SyntheticTask.model, transforms: [DuplicatingTransform()])
            .lossAndGradient(at: images, objective: objective, using: &generator)
        // The mean over two identical copies has the same loss and gradient.
        #expect(zip(plain.losses.scalars, copies.losses.scalars).allSatisfy { abs($0 - $1) < 1e-6 })
        #expect(zip(plain.gradient.scalars, copies.gradient.scalars).allSatisfy { abs($0 - $1) < 1e-6 })
        #expect(plain.logits == copies.logits)
    }

    @Test func customObjectivesDriveAttacks() throws {
        let (images, labels) = SyntheticTask.batch
        // Push the logit of class 2 up: loss −Z₂.
        let objective = CustomObjective(
            imageCount: labels.count,
            loss: { logits in -(logits * Tensor(oneHot: Array(repeating: 2, count: logits.shape[0]), classes: 3)).sum(alongAxes: [1]) },
            isAdversarial: { logits in logits.argmax(alongAxis: 1).map { $0 == 2 } })
        var generator = RandomGenerator(seed: 1)
        let perturbation = PGD(ball: .lInfinity(epsilon: 0.4), stepSize: 0.03, steps: 30).perturb(
            images, objective: objective, victim: SyntheticTask.victim, mask: nil, using: &generator)
        let before = SyntheticTask.model(images), after = SyntheticTask.model(perturbation.adversarial)
        for image in labels.indices { #expect(after[image, 2] > before[image, 2]) }
        #expect(objective.isAdversarial(logits: after).filter { $0 }.count >= 10)
    }
}
