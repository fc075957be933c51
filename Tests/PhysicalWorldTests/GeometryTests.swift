import Testing
import Tensors
@testable import PhysicalWorld

/// The directions the geometric parameters move the content in.
@Suite struct GeometryTests {
    /// A 1,1,9,9 image, black but for one white pixel.
    static func dot(row: Int, column: Int) -> Tensor {
        var values = [Float](repeating: 0, count: 81)
        values[row * 9 + column] = 1
        return Tensor(shape: [1, 1, 9, 9], scalars: values)
    }

    static func brightest(_ image: Tensor) -> (row: Int, column: Int) {
        let index = image.scalars.indices.max { image.scalars[$0] < image.scalars[$1] }!
        return (index / 9, index % 9)
    }

    static let warp = AffineWarp(padding: .zeros)

    @Test func positiveRotationIsCounterClockwiseOnScreen() {
        let turned = Self.warp.apply(
            Self.dot(row: 4, column: 7), parameters: [.init(rotation: 90, scale: 1, translationX: 0, translationY: 0, shear: 0)])
        #expect(Self.brightest(turned) == (1, 4))
    }

    @Test func translationMovesRightAndDown() {
        let moved = Self.warp.apply(
            Self.dot(row: 4, column: 4),
            parameters: [.init(rotation: 0, scale: 1, translationX: 2 / 9, translationY: -1 / 9, shear: 0)])
        #expect(Self.brightest(moved) == (3, 6))
    }

    @Test func scaleGrowsAboutTheCentre() {
        let grown = Self.warp.apply(
            Self.dot(row: 4, column: 6), parameters: [.init(rotation: 0, scale: 1.5, translationX: 0, translationY: 0, shear: 0)])
        #expect(Self.brightest(grown) == (4, 7))
    }

    /// Moving the content's top-left corner inwards leaves that corner of the output empty.
    @Test func perspectiveMovesContentCorners() {
        let white = Tensor(shape: [1, 1, 9, 9], repeating: 1)
        let warped = PerspectiveWarp(jitter: 0.2, padding: .zeros).apply(
            white, parameters: [.init(corners: [0.2, 0.2, 0, 0, 0, 0, 0, 0])])
        #expect(warped[0, 0, 0, 0] == 0)
        #expect(warped[0, 0, 7, 7] > 0.99 && warped[0, 0, 4, 4] > 0.99, "\(warped[0, 0, 7, 7]), \(warped[0, 0, 4, 4])")
    }

    /// A record replayed against a distribution whose steps differ is refused.
    @Test func recordsOfAnotherDistributionAreRefused() throws {
        let first = TransformDistribution(steps: [TransformStep(Brightness(delta: .fixed(0.1)))])
        let second = TransformDistribution(steps: [TransformStep(Contrast(factor: .fixed(1.1)))])
        var generator = RandomGenerator(seed: 1)
        let batch = try first.sample(TestImages.uniform([1, 3, 8, 8]), count: 2, using: &generator)
        let foreign = TransformRecord(distribution: second, samplesPerImage: 2, imageCount: 1, steps: batch.record.steps)
        #expect(throws: TransformError.recordMismatch(
            path: "steps[0]", expected: "parameters of \"contrast\"", found: "parameters of \"brightness\"")) {
            try foreign.replay(on: TestImages.uniform([1, 3, 8, 8]))
        }
    }
}
