import Testing
@testable import Tensors

@Suite struct RandomGeneratorTests {
    @Test func sameSeedGivesSameSequence() {
        var a = RandomGenerator(seed: 42), b = RandomGenerator(seed: 42)
        #expect((0..<100).map { _ in a.next() } == (0..<100).map { _ in b.next() })
        #expect(Tensor.normal([4, 5], using: &a) == Tensor.normal([4, 5], using: &b))
        #expect(a.permutation(50) == b.permutation(50))
    }

    @Test func differentSeedsDiffer() {
        var a = RandomGenerator(seed: 1), b = RandomGenerator(seed: 2)
        #expect(a.next() != b.next())
    }

    @Test func uniformStaysInRangeAndFillsIt() {
        var generator = RandomGenerator(seed: 7)
        let values = (0..<10_000).map { _ in generator.uniform(in: -2...3) }
        #expect(values.allSatisfy { $0 >= -2 && $0 <= 3 })
        let mean = values.reduce(0, +) / Float(values.count)
        #expect(abs(mean - 0.5) < 0.05)
    }

    @Test func normalHasUnitMomentsAndBernoulliItsRate() {
        var generator = RandomGenerator(seed: 9)
        let values = (0..<20_000).map { _ in Double(generator.normal()) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
        #expect(abs(mean) < 0.03)
        #expect(abs(variance - 1) < 0.05)
        let ones = (0..<10_000).filter { _ in generator.bernoulli(probability: 0.3) }.count
        #expect(abs(Double(ones) / 10_000 - 0.3) < 0.02)
    }

    @Test func permutationIsAPermutation() {
        var generator = RandomGenerator(seed: 5)
        let permutation = generator.permutation(1000)
        #expect(permutation.sorted() == Array(0..<1000))
        #expect(permutation != Array(0..<1000))
    }

    @Test func integerBelowIsInRange() {
        var generator = RandomGenerator(seed: 11)
        var counts = [Int](repeating: 0, count: 3)
        for _ in 0..<3000 { counts[generator.integer(below: 3)] += 1 }
        #expect(counts.allSatisfy { $0 > 900 && $0 < 1100 })
    }
}
