@testable import Attacks
import Tensors
import Testing

/// Which iterate an attack keeps: the highest success rate, then the lowest score.
@Suite struct BestIteratesTests {
    func batch(_ value: Float) -> Tensor { Tensor(shape: [2, 1, 1, 1], repeating: value) }

    @Test func higherSuccessRateBeatsAnIterateThatOnlyWorksOnTheImageItself() {
        var best = BestIterates(start: batch(0))
        // Iterate 1 fools the model on both images themselves but survives few transforms.
        best.offer(batch(1), success: [true, true], successRates: [0.2, 0.2], scores: [-5, -5], stepsTaken: 1)
        // Iterate 2 no longer fools image 0 itself but survives most transforms; image 1 gets worse.
        best.offer(batch(2), success: [false, true], successRates: [0.9, 0.1], scores: [-1, -9], stepsTaken: 2)
        #expect(best.images.scalars == [2, 1])
        #expect(best.firstSuccess == [1, 1])
    }

    @Test func atEqualRatesTheLowerScoreWins() {
        var best = BestIterates(start: batch(0))
        best.offer(batch(1), success: [false, false], successRates: [0, 0.5], scores: [3, 3], stepsTaken: 1)
        best.offer(batch(2), success: [false, false], successRates: [0, 0.5], scores: [2, 4], stepsTaken: 2)
        #expect(best.images.scalars == [2, 1])
        #expect(best.firstSuccess == [nil, nil])
    }

    @Test func aStartScoreKeepsTheStartUntilSomethingSucceeds() {
        // C&W starts from the clean images at distance 0.
        var best = BestIterates(start: batch(0), score: 0)
        best.offer(batch(1), success: [false, true], successRates: [0, 1], scores: [4, 4], stepsTaken: 3)
        #expect(best.images.scalars == [0, 1])
    }
}
