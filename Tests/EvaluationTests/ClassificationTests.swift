import Evaluation
import NeuralNetworks
import Testing

/// Accuracy, success (untargeted, targeted, top-1, top-5) and Kurakin's
/// destruction rate on rankings written by hand.
@Suite struct ClassificationTests {
    /// A ranking of classes, most probable first, with made-up probabilities.
    func ranking(_ classes: [Int]) -> [ClassProbability] {
        classes.enumerated().map { ClassProbability(label: "c\($1)", index: $1, probability: 1 / Float($0 + 2)) }
    }

    var outcomes: [ClassificationOutcome] {
        [
            // correct, then pushed to 4 with the true label second: top-1 success only
            ClassificationOutcome(trueLabel: 0, clean: ranking([0, 1, 2, 3, 4, 5]), adversarial: ranking([4, 0, 1, 2, 3, 5])),
            // correct, then pushed out of the top 5
            ClassificationOutcome(trueLabel: 1, clean: ranking([1, 0, 2, 3, 4, 5]), adversarial: ranking([4, 2, 3, 5, 0, 1])),
            // wrong when clean (true label second), unchanged
            ClassificationOutcome(trueLabel: 2, clean: ranking([3, 2, 0, 1, 4, 5]), adversarial: ranking([3, 2, 0, 1, 4, 5])),
            // correct and resisted; target 4 among its top 5
            ClassificationOutcome(trueLabel: 3, clean: ranking([3, 0, 1, 2, 4, 5]), adversarial: ranking([3, 4, 0, 1, 2, 5])),
        ]
    }

    @Test func untargeted() {
        let summary = ClassificationSummary(outcomes, goal: .untargeted)
        #expect(summary.cleanAccuracy == Proportion(successes: 3, trials: 4))
        #expect(summary.cleanTop5Accuracy == Proportion(successes: 4, trials: 4))
        #expect(summary.success == Proportion(successes: 3, trials: 4))
        #expect(summary.top5Success == Proportion(successes: 1, trials: 4))
        #expect(summary.successOnCorrect == Proportion(successes: 2, trials: 3))
    }

    @Test func targeted() {
        let summary = ClassificationSummary(outcomes, goal: .targeted(4))
        #expect(summary.success == Proportion(successes: 2, trials: 4))
        #expect(summary.top5Success == Proportion(successes: 4, trials: 4))
    }

    @Test func cleanOnlyHasNoSuccess() {
        let clean = outcomes.map { ClassificationOutcome(trueLabel: $0.trueLabel, clean: $0.clean, adversarial: nil) }
        let summary = ClassificationSummary(clean, goal: .untargeted)
        #expect(summary.cleanAccuracy.successes == 3 && summary.success == nil && summary.successOnCorrect == nil)
    }

    /// Kurakin's d: only images correct when clean and wrong when attacked count.
    @Test func destructionRateCountsOnlyImagesTheAttackFlipped() {
        let rate = DestructionRate(
            cleanCorrect: [true, true, false, true, true],
            adversarialCorrect: [false, false, false, true, false],
            transformedAdversarialCorrect: [
                Proportion(successes: 3, trials: 10), Proportion(successes: 0, trials: 10),
                Proportion(successes: 10, trials: 10), Proportion(successes: 10, trials: 10),
                Proportion(successes: 1, trials: 10),
            ])
        #expect(rate.images == 3)
        #expect(rate.rate == Proportion(successes: 4, trials: 30))
    }

    @Test func leastLikelyIsJudgedAsUntargeted() {
        #expect(AttackGoal(.leastLikely) == .untargeted)
        #expect(AttackGoal(.label(2)) == .targeted(2))
    }
}
