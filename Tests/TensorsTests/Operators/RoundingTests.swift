import Testing
@testable import Tensors

@Suite struct RoundingTests {
    @Test func roundsToLevelsWithTiesToEven() {
        let x = Tensor([0.4, 0.5, 1.5, 2.5, -0.5, -1.6])
        expectClose(x.roundedStraightThrough(), shape: [6], [0, 0, 2, 2, 0, -2])
        expectClose(x.rounded(), shape: [6], [0, 0, 2, 2, 0, -2])
        let pixels = Tensor([0, 0.5, 1, 0.1234, 0.9999])
        let quantised = pixels.roundedStraightThrough(levelsPerUnit: 255)
        // Every value is an 8-bit level k/255, the nearest one.
        for (value, original) in zip(quantised.scalars, pixels.scalars) {
            let level = value * 255
            #expect(Swift.abs(level - level.rounded()) < 1e-3)
            #expect(Swift.abs(value - original) <= 0.5 / 255 + 1e-6)
        }
        expectClose(quantised, shape: [5], [0, 128 / 255, 1, 31 / 255, 1])
    }

    @Test func straightThroughGradientIsTheIdentity() {
        var generator = RandomGenerator(seed: 91)
        let x = generator.uniform([3, 4], in: 0...1)
        let (_, gradient) = valueAndGradient(at: x) { ($0.roundedStraightThrough(levelsPerUnit: 255) * 3).sum() }
        #expect(gradient.scalars.allSatisfy { $0 == 3 })
        let (_, plain) = valueAndGradient(at: x) { $0.rounded() }
        #expect(plain.scalars.allSatisfy { $0 == 0 })
    }
}
