import Testing
@testable import Tensors

/// A test-only operation y = x² with its backward, recorded through the public API.
private func squared(_ x: Tensor) -> Tensor {
    let input = x.detached()
    return Tensor.recordingOperation(shape: x.shape, scalars: x.scalars.map { $0 * $0 }, inputs: [x]) { gradient, _ in
        [Tensor(shape: input.shape, scalars: zip(gradient.scalars, input.scalars).map { 2 * $0 * $1 })]
    }
}

/// A test-only operation z = x·y (same shapes).
private func product(_ x: Tensor, _ y: Tensor) -> Tensor {
    let (a, b) = (x.detached(), y.detached())
    return Tensor.recordingOperation(shape: x.shape, scalars: zip(a.scalars, b.scalars).map(*), inputs: [x, y]) {
        gradient, needs in
        [
            needs[0] ? Tensor(shape: a.shape, scalars: zip(gradient.scalars, b.scalars).map(*)) : nil,
            needs[1] ? Tensor(shape: b.shape, scalars: zip(gradient.scalars, a.scalars).map(*)) : nil,
        ]
    }
}

@Suite struct TapeTests {
    @Test func untrackedOperationsRecordNothing() {
        let y = squared(Tensor([1, 2, 3]))
        #expect(!y.isTrackingGradient)
        #expect(y.scalars == [1, 4, 9])
    }

    @Test func gradientOfSquare() {
        let (value, gradient) = valueAndGradient(at: Tensor([1, -2, 3])) { squared($0) }
        #expect(value.scalars == [1, 4, 9])
        #expect(gradient.scalars == [2, -4, 6])
    }

    @Test func gradientsAccumulateOverSharedInputs() {
        // f(x) = x·x + x²  ⇒  f'(x) = 4x
        let x = Tensor([0.5, 2]).trackingGradient()
        let f = product(x, x)
        let g = squared(x)
        let sum = Tensor.recordingOperation(shape: f.shape, scalars: zip(f.scalars, g.scalars).map(+), inputs: [f, g]) {
            gradient, _ in [gradient, gradient]
        }
        #expect(gradients(of: sum, withRespectTo: [x])[0].scalars == [2, 8])
    }

    @Test func onlyBranchesLeadingToTargetsAreDifferentiated() {
        var weightGradientAsked = false
        let x = Tensor([1, 2]).trackingGradient()
        let weight = Tensor([3, 4]).trackingGradient()
        let (a, w) = (x.detached(), weight.detached())
        let y = Tensor.recordingOperation(shape: [2], scalars: zip(a.scalars, w.scalars).map(*), inputs: [x, weight]) {
            gradient, needs in
            weightGradientAsked = needs[1]
            return [Tensor(shape: [2], scalars: zip(gradient.scalars, w.scalars).map(*)), nil]
        }
        let gradient = gradients(of: y, withRespectTo: [x])[0]
        #expect(gradient.scalars == [3, 4])
        #expect(!weightGradientAsked)
    }

    @Test func unrelatedTargetGetsZeroGradient() {
        let x = Tensor([1, 2]).trackingGradient()
        let unrelated = Tensor([5]).trackingGradient()
        let result = gradients(of: squared(x), withRespectTo: [x, unrelated])
        #expect(result[1] == Tensor.zeros([1]))
    }

    @Test func reshapeCarriesGradientBack() {
        let x = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        let (_, gradient) = valueAndGradient(at: x) { squared($0.reshaped([3, -1])) }
        #expect(gradient.shape == [2, 3])
        #expect(gradient.scalars == [2, 4, 6, 8, 10, 12])
    }

    @Test func finiteDifferenceCheckerAgreesOnAKnownOperation() {
        var generator = RandomGenerator(seed: 3)
        expectGradientMatchesFiniteDifferences(at: Tensor.uniform([2, 3], in: -1...1, using: &generator)) { squared($0) }
    }

    @Test func deepChainsDoNotOverflowTheStack() {
        var y = Tensor([1]).trackingGradient()
        let x = y
        for _ in 0..<100_000 { y = y.reshaped([1]) }
        #expect(gradients(of: y, withRespectTo: [x])[0].scalars == [1])
    }
}
