import Evaluation
import Testing

/// Wilson score intervals against Newcombe (1998), Table I, method 3.
@Suite struct ProportionTests {
    @Test(arguments: [
        (81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718),
    ])
    func matchesNewcombesTable(successes: Int, trials: Int, lower: Double, upper: Double) {
        let proportion = Proportion(successes: successes, trials: trials)
        #expect(abs(proportion.lower - lower) < 5e-5)
        #expect(abs(proportion.upper - upper) < 5e-5)
        #expect(proportion.rate == Double(successes) / Double(trials))
    }

    @Test func allSuccessesMirrorNoSuccesses() {
        let none = Proportion(successes: 0, trials: 20), all = Proportion(successes: 20, trials: 20)
        #expect(all.upper == 1)
        #expect(abs(all.lower - (1 - none.upper)) < 1e-12)
    }

    @Test func noTrialsIsTheWholeInterval() {
        let empty = Proportion(successes: 0, trials: 0)
        #expect((empty.rate, empty.lower, empty.upper) == (0, 0, 1))
    }

    @Test func countingAndPooling() {
        #expect(Proportion(counting: [true, false, true, true]) == Proportion(successes: 3, trials: 4))
        let pooled = Proportion.pooled([Proportion(successes: 3, trials: 4), Proportion(successes: 0, trials: 6)])
        #expect(pooled == Proportion(successes: 3, trials: 10))
    }
}
