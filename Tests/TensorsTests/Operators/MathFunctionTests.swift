import Foundation
import Testing
@testable import Tensors

@Suite struct MathFunctionTests {
    @Test func handComputedValues() {
        let x = Tensor([1, 4, 0.25])
        expectClose(exp(Tensor([0, 1, -1])), shape: [3], [1, 2.718_281_8, 0.367_879_4])
        expectClose(log(x), shape: [3], [0, 1.386_294_4, -1.386_294_4])
        expectClose(sqrt(x), shape: [3], [1, 2, 0.5])
        expectClose(abs(Tensor([-2, 0, 3])), shape: [3], [2, 0, 3])
        expectClose(Tensor([-2, 0, 3]).sign(), shape: [3], [-1, 0, 1])
        expectClose(pow(x, 2), shape: [3], [1, 16, 0.0625])
        expectClose(pow(x, 0.5), shape: [3], [1, 2, 0.5])
        expectClose(pow(x, -1), shape: [3], [1, 0.25, 4])
        expectClose(pow(x, 3), shape: [3], [1, 64, 0.015_625])
    }

    @Test(arguments: [[7], [2, 3, 1], [1, 1], []])
    func gradientsMatchFiniteDifferences(shape: [Int]) {
        var generator = RandomGenerator(seed: 31)
        let any = generator.uniform(shape)
        let signed = generator.awayFromZero(shape)
        let positive = generator.uniform(shape, in: 0.5...2)
        expectGradientMatchesFiniteDifferences(at: any) { exp($0) }
        expectGradientMatchesFiniteDifferences(at: positive) { log($0) }
        expectGradientMatchesFiniteDifferences(at: positive) { sqrt($0) }
        expectGradientMatchesFiniteDifferences(at: signed) { abs($0) }
        expectGradientMatchesFiniteDifferences(at: signed) { $0.sign() }
        expectGradientMatchesFiniteDifferences(at: signed) { pow($0, 2) }
        expectGradientMatchesFiniteDifferences(at: signed) { pow($0, 3) }
        expectGradientMatchesFiniteDifferences(at: positive) { pow($0, 1.7) }
        expectGradientMatchesFiniteDifferences(at: positive) { pow($0, -0.5) }
    }

    @Test(arguments: broadcastingShapePairs)
    func powerWithATensorExponent(shapeA: [Int], shapeB: [Int]) {
        var generator = RandomGenerator(seed: 35)
        let base = generator.uniform(shapeA, in: 0.5...2)
        let exponent = generator.uniform(shapeB, in: -1.5...2.5)
        expectGradientMatchesFiniteDifferences(at: base) { pow($0, exponent) }
        expectGradientMatchesFiniteDifferences(at: exponent) { pow(base, $0) }
    }

    @Test func powerWithATensorExponentHandComputed() {
        expectClose(pow(Tensor([2, 9, 4]), Tensor([3, 0.5, -1])), shape: [3], [8, 3, 0.25])
        expectClose(pow(Tensor([2, 3]), Tensor(2)), shape: [2], [4, 9])
    }

    @Test func signAndAbsHaveZeroGradientAtZero() {
        let (_, signGradient) = valueAndGradient(at: Tensor([-1, 0, 2])) { $0.sign() }
        #expect(signGradient.scalars == [0, 0, 0])
        let (_, absGradient) = valueAndGradient(at: Tensor([-1, 0, 2])) { abs($0) }
        #expect(absGradient.scalars == [-1, 0, 1])
    }

    @Test func minimumAndMaximumBroadcastAndRouteGradients() {
        let a = Tensor(shape: [2, 2], scalars: [1, 5, 3, 2])
        let b = Tensor([2, 4])
        expectClose(minimum(a, b), shape: [2, 2], [1, 4, 2, 2])
        expectClose(maximum(a, b), shape: [2, 2], [2, 5, 3, 4])
        let (_, gradients) = valueAndGradients(at: [a, b]) { maximum($0[0], $0[1]) }
        #expect(gradients[0].scalars == [0, 1, 1, 0])
        #expect(gradients[1].scalars == [1, 1])
        // Ties split the gradient in half.
        let (_, tie) = valueAndGradients(at: [Tensor([1]), Tensor([1])]) { minimum($0[0], $0[1]) }
        #expect(tie[0].scalars == [0.5] && tie[1].scalars == [0.5])
    }

    @Test(arguments: broadcastingShapePairs)
    func minimumAndMaximumGradients(shapeA: [Int], shapeB: [Int]) {
        var generator = RandomGenerator(seed: 32)
        // Values on two interleaved grids never come closer than 0.05, far more than the step.
        let a = generator.distinct(shapeA, gap: 0.1)
        let b = generator.distinct(shapeB, gap: 0.1) + 0.05
        expectGradientMatchesFiniteDifferences(at: a) { minimum($0, b) }
        expectGradientMatchesFiniteDifferences(at: b) { minimum(a, $0) }
        expectGradientMatchesFiniteDifferences(at: a) { maximum($0, b) }
        expectGradientMatchesFiniteDifferences(at: b) { maximum(a, $0) }
    }

    @Test func clampToARange() {
        let x = Tensor([-2, -0.5, 0.3, 1.5])
        expectClose(x.clamped(to: -1...1), shape: [4], [-1, -0.5, 0.3, 1])
        expectClose(x.clamped(to: 0...Float.infinity), shape: [4], [0, 0, 0.3, 1.5])
        let (_, gradient) = valueAndGradient(at: x) { $0.clamped(to: -1...1) }
        #expect(gradient.scalars == [0, 1, 1, 0])
        // Bounds themselves pass the gradient, as in PyTorch.
        let (_, atBound) = valueAndGradient(at: Tensor([1])) { $0.clamped(to: -1...1) }
        #expect(atBound.scalars == [1])
        var generator = RandomGenerator(seed: 33)
        let inputs = generator.awayFromZero([3, 4]) * 2 + 0.05
        expectGradientMatchesFiniteDifferences(at: inputs) { $0.clamped(to: -1.3...0.9) }
    }

    /// The ε-ball projection of PGD: clamp x to [x₀ − ε, x₀ + ε].
    @Test func clampToTensorBounds() {
        let clean = Tensor(shape: [2, 2], scalars: [0.5, 0.5, 0.2, 0.9])
        let epsilon: Float = 0.1
        let x = Tensor(shape: [2, 2], scalars: [0.7, 0.45, 0.05, 0.95])
        let projected = x.clamped(lower: clean - epsilon, upper: clean + epsilon)
        expectClose(projected, shape: [2, 2], [0.6, 0.45, 0.1, 0.95])
        let (_, gradients) = valueAndGradients(at: [x, clean - epsilon, clean + epsilon]) {
            $0[0].clamped(lower: $0[1], upper: $0[2])
        }
        #expect(gradients[0].scalars == [0, 1, 0, 1])
        #expect(gradients[1].scalars == [0, 0, 1, 0])
        #expect(gradients[2].scalars == [1, 0, 0, 0])
    }

    @Test func clampToBroadcastTensorBoundsGradients() {
        var generator = RandomGenerator(seed: 34)
        let x = generator.distinct([2, 3, 4], gap: 0.1)
        let lower = Tensor(shape: [3, 1], scalars: [-0.73, -0.47, -0.22])
        let upper = Tensor(-0.12 + 1.05)
        expectGradientMatchesFiniteDifferences(at: x) { $0.clamped(lower: lower, upper: upper) }
        expectGradientMatchesFiniteDifferences(at: lower) { x.clamped(lower: $0, upper: upper) }
        expectGradientMatchesFiniteDifferences(at: upper) { x.clamped(lower: lower, upper: $0) }
    }
}
