import Attacks
import Tensors
import Testing

@Suite struct ConstraintTests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    @Test func maskedValuesNeverChange() throws {
        // Only the left half of each image may change.
        let mask = Tensor(shape: [1, 1, 4, 4], scalars: (0..<16).map { $0 % 4 < 2 ? 1 : 0 })
        for attack in [PGD(ball: .lInfinity(epsilon: 0.3), stepSize: 0.03, steps: 10) as any Attack,
                       PGD(ball: .l2(epsilon: 1), stepSize: 0.1, steps: 10), DeepFool(),
                       CarliniWagnerL2(steps: 50, binarySearchSteps: 2, initialConstant: 10)] {
            var generator = RandomGenerator(seed: 3)
            let result = try attack.run(
                on: images, labels: labels, victim: SyntheticTask.victim, mask: mask, using: &generator)
            for index in 0..<images.scalarCount where index % 4 >= 2 {
                #expect(result.adversarial.scalars[index] == images.scalars[index], "\(attack.method)")
            }
            #expect(result.adversarial != images, "\(attack.method) changes the unmasked half")
        }
    }

    @Test func masksMustBeZeroOrOneAndBroadcast() {
        var generator = RandomGenerator(seed: 3)
        #expect(throws: AttackError.self) {
            try FGSM(epsilon: 0.1).run(
                on: images, labels: labels, victim: SyntheticTask.victim,
                mask: Tensor(shape: [1, 1, 4, 4], repeating: 0.5), using: &generator)
        }
        #expect(throws: AttackError.self) {
            try FGSM(epsilon: 0.1).run(
                on: images, labels: labels, victim: SyntheticTask.victim, mask: Tensor.ones([1, 1, 2, 2]),
                using: &generator)
        }
    }

    @Test func quantisationRoundsToEightBitLevels() throws {
        var generator = RandomGenerator(seed: 3)
        let result = try PGD(ball: .lInfinity(epsilon: 0.1), stepSize: 0.013, steps: 5).run(
            on: images, labels: labels, victim: SyntheticTask.victim, using: &generator)
        for (value, original) in zip(result.quantised.scalars, result.adversarial.scalars) {
            #expect(abs(value * 255 - (value * 255).rounded()) < 1e-4)
            #expect(abs(value - original) <= 0.5 / 255 + 1e-6)
        }
        let predicted = SyntheticTask.model(result.quantised).argmax(alongAxis: 1)
        for (outcome, label) in zip(result.outcomes, predicted) {
            #expect(outcome.quantised.label == label)
            #expect(outcome.quantisedSuccess == (label != outcome.trueLabel))
        }
    }

    @Test func quantisationCanUndoAnAttackThatOnlyJustCrossed() throws {
        // The boundary sits at 127.2/255; DeepFool without overshoot stops just
        // above it, and rounding to 127/255 puts the image back in class 0.
        let victim = Victim(model: ThresholdModel(boundary: 127.2 / 255))
        let image = Tensor(shape: [1, 1, 1, 1], scalars: [100 / 255])
        var generator = RandomGenerator(seed: 1)
        let result = try DeepFool(overshoot: 0).run(on: image, labels: [0], victim: victim, using: &generator)
        #expect(result.outcomes[0].success)
        #expect(!result.outcomes[0].quantisedSuccess)
        #expect(result.outcomes[0].quantised.label == 0)
        #expect(result.quantised.scalars == [127 / 255])
        #expect(result.successRate == 1 && result.quantisedSuccessRate == 0)
    }

    @Test func projectionOntoTheL2BallKeepsDirectionAndRange() {
        let clean = Tensor(shape: [2, 1, 1, 2], scalars: [0.5, 0.5, 0.2, 0.9])
        let region = FeasibleSet(clean: clean, ball: .l2(epsilon: 0.1))
        let projected = region.project(Tensor(shape: [2, 1, 1, 2], scalars: [0.8, 0.9, 0.2, 0.95]))
        // Image 0: δ = (0.3, 0.4), length 0.5, scaled to (0.06, 0.08).
        #expect(abs(projected.scalars[0] - 0.56) < 1e-6 && abs(projected.scalars[1] - 0.58) < 1e-6)
        // Image 1: δ = (0, 0.05) is inside the ball and stays.
        #expect(abs(projected.scalars[3] - 0.95) < 1e-6)
    }
}
