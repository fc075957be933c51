import Evaluation
import NeuralNetworks
import PhysicalWorld
import Tensors
import Testing

/// Adversarialness under transforms, on a model that reads mean brightness
/// and transforms that change exactly that.
@Suite struct TransformEvaluationTests {
    /// Brightness shifted by a uniform δ in `range`, on every sample.
    func brightening(_ lower: Float, _ upper: Float) -> TransformDistribution {
        TransformDistribution(steps: [TransformStep(Brightness(delta: ParameterRange(lower, upper)))])
    }

    @Test func fractionOfSamplesPushedAcrossTheBoundary() throws {
        // 0.35 + δ, δ ~ U[0, 0.3]: bright (class 1) for δ > 0.15, half the time.
        let evaluation = TransformEvaluation(distribution: brightening(0, 0.3), samples: 400)
        var generator = RandomGenerator(seed: 5)
        let outcomes = try evaluation.evaluate(
            BrightnessModel.images([0.35, 0.1]), trueLabels: [0, 0], goal: .targeted(1),
            on: try BrightnessModel.classifier(), using: &generator)
        #expect(outcomes[0].adversarial.trials == 400)
        #expect(outcomes[0].adversarial.lower < 0.5 && outcomes[0].adversarial.upper > 0.5, "\(outcomes[0].adversarial)")
        #expect(outcomes[0].correct.successes == 400 - outcomes[0].adversarial.successes)
        let target = try #require(outcomes[0].meanTargetProbability)
        #expect(abs(target + outcomes[0].meanTrueLabelProbability - 1) < 1e-5)
        #expect(outcomes[1].adversarial.successes == 0, "0.1 + δ stays dark")
        #expect(outcomes[1].top5Correct.successes == 400, "two classes: always in the top 5")
    }

    @Test func untargetedCountsAnyOtherLabel() throws {
        let evaluation = TransformEvaluation(distribution: brightening(0.2, 0.3), samples: 20)
        var generator = RandomGenerator(seed: 5)
        let outcomes = try evaluation.evaluate(
            BrightnessModel.images([0.4]), trueLabels: [0], goal: .untargeted, on: try BrightnessModel.classifier(),
            using: &generator)
        #expect(outcomes[0].adversarial == Proportion(successes: 20, trials: 20))
        #expect(outcomes[0].meanTargetProbability == nil)
        let summary = TransformSummary(outcomes, samplesPerImage: 20)
        #expect(summary.adversarial == outcomes[0].adversarial && summary.correct.successes == 0)
    }

    @Test func sameSeedSameResultWhateverTheBatchSize() throws {
        let images = BrightnessModel.images([0.3, 0.35, 0.4, 0.45])
        let classifier = try BrightnessModel.classifier()
        func run(batchSize: Int) throws -> [TransformOutcome] {
            var generator = RandomGenerator(seed: 9)
            return try TransformEvaluation(distribution: brightening(0, 0.3), samples: 50, batchSize: batchSize)
                .evaluate(images, trueLabels: [0, 0, 0, 0], goal: .untargeted, on: classifier, using: &generator)
        }
        let reference = try run(batchSize: 256)
        #expect(try run(batchSize: 7) == reference)
        #expect(reference.map(\.adversarial.successes) != [0, 0, 0, 0])
    }

    @Test func imagesTheTransformsCannotTakeAreAnError() throws {
        var generator = RandomGenerator(seed: 1)
        let tiny = Tensor(shape: [1, 3, 4, 4], scalars: Array(repeating: 0.5, count: 48))
        #expect(throws: TransformError.self) {
            try TransformEvaluation(distribution: brightening(0, 0.1), samples: 2)
                .evaluate(tiny, trueLabels: [0], goal: .untargeted, on: try BrightnessModel.classifier(), using: &generator)
        }
    }
}
