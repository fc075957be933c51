import Attacks
import Tensors
import Testing

@Suite struct IterativeAttackTests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    @Test(arguments: [(Float(8) / 255, 10), (Float(4) / 255, 5), (Float(16) / 255, 20), (Float(1) / 255, 1)])
    func kurakinsIterationRule(epsilon: Float, steps: Int) {
        #expect(BasicIterativeMethod.kurakinSteps(epsilon: epsilon) == steps)
    }

    @Test func basicIterativeMethodFoolsTheModelInsideTheBall() throws {
        let epsilon: Float = 0.25
        var generator = RandomGenerator(seed: 1)
        let attack = BasicIterativeMethod(epsilon: epsilon, stepSize: 0.02, steps: 20)
        let result = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        expectInsideLInfinityBall(result.adversarial, around: images, epsilon: epsilon)
        let predicted = SyntheticTask.model(result.adversarial).argmax(alongAxis: 1)
        #expect(zip(predicted, labels).filter { $0 != $1 }.count >= 11)
        #expect(result.outcomes.allSatisfy { !$0.success || ($0.iterations ?? 0) >= 1 })
    }

    @Test func iterativeLeastLikelyReachesTheLeastLikelyClass() throws {
        var generator = RandomGenerator(seed: 1)
        let leastLikely = (-SyntheticTask.model(images)).argmax(alongAxis: 1)
        let attack = try AttackMethod.iterativeLeastLikely.makeAttack(
            AttackParameters(epsilon: 0.4, stepSize: 0.03, steps: 30))
        let result = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        let predicted = SyntheticTask.model(result.adversarial).argmax(alongAxis: 1)
        #expect(zip(predicted, leastLikely).filter { $0 == $1 }.count >= 10)
        expectInsideLInfinityBall(result.adversarial, around: images, epsilon: 0.4)
    }

    @Test func pgdBeatsFGSMAtTheSameRadius() throws {
        let epsilon: Float = 0.12
        var generator = RandomGenerator(seed: 2)
        let fgsm = try FGSM(epsilon: epsilon).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        let pgd = try PGD(ball: .lInfinity(epsilon: epsilon), stepSize: 0.02, steps: 20, restarts: 2).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        expectInsideLInfinityBall(pgd.adversarial, around: images, epsilon: epsilon)
        #expect(pgd.successRate >= fgsm.successRate)
        #expect(mean(crossEntropies(pgd.adversarial, labels: labels)) > mean(crossEntropies(fgsm.adversarial, labels: labels)))
    }

    @Test func marginPGDWinsItsMarginInsideTheBall() throws {
        let (epsilon, confidence): (Float, Float) = (0.25, 1)
        var generator = RandomGenerator(seed: 3)
        let attack = PGD(ball: .lInfinity(epsilon: epsilon), stepSize: 0.02, steps: 30, loss: .margin(confidence: confidence))
        let result = try attack.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        expectInsideLInfinityBall(result.adversarial, around: images, epsilon: epsilon)
        // What the model says afterwards: the true class lost by at least κ.
        let logits = SyntheticTask.model(result.adversarial).scalars
        let classes = SyntheticTask.classes
        let won = labels.indices.filter { image in
            let row = Array(logits[(image * classes)..<((image + 1) * classes)])
            let other = row.indices.filter { $0 != labels[image] }.map { row[$0] }.max()!
            return other - row[labels[image]] >= confidence
        }
        #expect(won.count >= 11)
        #expect(result.outcomes.filter(\.success).count == won.count)
    }

    @Test func pgdL2StaysInTheL2BallAndFoolsTheModel() throws {
        let epsilon: Float = 1.2
        var generator = RandomGenerator(seed: 4)
        let result = try PGD(ball: .l2(epsilon: epsilon), stepSize: 0.15, steps: 30).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        #expect(perturbationNorms(result.adversarial, images).allSatisfy { $0 <= epsilon * (1 + 1e-5) })
        #expect(result.adversarial.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        #expect(result.successRate >= 0.9)
    }

    @Test func restartsKeepTheBestRunPerImage() throws {
        let epsilon: Float = 0.06
        let single = PGD(ball: .lInfinity(epsilon: epsilon), stepSize: 0.01, steps: 5, restarts: 1)
        var restarted = single
        restarted.restarts = 4
        var first = RandomGenerator(seed: 8), second = RandomGenerator(seed: 8)
        let one = try single.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &first)
        let best = try restarted.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &second)
        // The first restart repeats the single run, so no image can end worse.
        let (lossOne, lossBest) = (crossEntropies(one.adversarial, labels: labels), crossEntropies(best.adversarial, labels: labels))
        for image in labels.indices where !one.outcomes[image].success {
            #expect(best.outcomes[image].success || lossBest[image] >= lossOne[image])
        }
        #expect(best.successRate >= one.successRate)
    }

    @Test func momentumWithoutDecayIsTheBasicIterativeMethod() throws {
        var first = RandomGenerator(seed: 1), second = RandomGenerator(seed: 1)
        let momentum = MomentumIterativeFGSM(epsilon: 0.1, steps: 6, stepSize: 0.02, decay: 0)
        let basic = BasicIterativeMethod(epsilon: 0.1, stepSize: 0.02, steps: 6)
        let a = try momentum.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &first)
        let b = try basic.run(on: images, labels: labels, victim: SyntheticTask.victim, using: &second)
        #expect(a.adversarial == b.adversarial)
    }

    @Test func momentumIterativeFGSMFoolsTheModelInsideTheBall() throws {
        var generator = RandomGenerator(seed: 1)
        let result = try MomentumIterativeFGSM(epsilon: 0.25).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        expectInsideLInfinityBall(result.adversarial, around: images, epsilon: 0.25)
        #expect(result.successRate >= 0.9)
    }

    @Test func targetedPGDReachesTheTarget() throws {
        var generator = RandomGenerator(seed: 6)
        let result = try PGD(ball: .lInfinity(epsilon: 0.4), stepSize: 0.03, steps: 30).run(
            on: images, labels: labels, target: .label(0), victim: SyntheticTask.victim, using: &generator)
        let predicted = SyntheticTask.model(result.adversarial).argmax(alongAxis: 1)
        #expect(predicted.allSatisfy { $0 == 0 })
        #expect(result.successRate == 1)
    }
}
