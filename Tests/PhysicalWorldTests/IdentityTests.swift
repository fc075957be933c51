import Testing
import Tensors
@testable import PhysicalWorld

/// Identity parameters leave the images unchanged.
@Suite struct IdentityTests {
    static let images = TestImages.uniform([2, 3, 12, 10], in: 0.01...1)

    static func expectIdentity<T: Transform>(
        _ transform: T, _ parameters: T.Parameters, tolerance: Float = 1e-5,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let output = try! transform.apply(images, parameters: [parameters, parameters])
        let worst = zip(output.scalars, images.scalars).map { abs($0 - $1) }.max() ?? .infinity
        #expect(output.shape == images.shape && worst <= tolerance, "\(T.name): differs by \(worst)", sourceLocation: sourceLocation)
    }

    @Test func geometry() {
        Self.expectIdentity(
            AffineWarp(rotation: .symmetric(10)),
            .init(rotation: 0, scale: 1, translationX: 0, translationY: 0, shear: 0))
        Self.expectIdentity(PerspectiveWarp(jitter: 0.1), .init(corners: Array(repeating: 0, count: 8)))
        Self.expectIdentity(
            CropAndResize(start: ParameterRange(0, 0.2), end: ParameterRange(0.8, 1)),
            .init(left: 0, top: 0, right: 1, bottom: 1))
    }

    @Test func colour() {
        Self.expectIdentity(Brightness(delta: .symmetric(0.1)), .init(delta: 0))
        Self.expectIdentity(Contrast(factor: ParameterRange(0.5, 1.5)), .init(factor: 1))
        Self.expectIdentity(Gamma(exponent: ParameterRange(0.5, 2)), .init(exponent: 1))
        Self.expectIdentity(Illumination(gradient: ParameterRange(0, 0.3)), .init(gradient: 0, angle: 40, vignette: 0))
        Self.expectIdentity(ChannelGainOffset(gain: .fixed(1)), .init(gains: [1, 1, 1], offsets: [0, 0, 0]))
        Self.expectIdentity(Saturation(factor: ParameterRange(0, 1)), .init(factor: 1))
        Self.expectIdentity(HueShift(degrees: .symmetric(10)), .init(degrees: 0))
        Self.expectIdentity(PrinterGamut(strength: ParameterRange(0, 1)), .init(strength: 0))
    }

    @Test func blurAndNoise() {
        Self.expectIdentity(GaussianBlur(sigma: ParameterRange(0, 2)), .init(sigma: 0))
        Self.expectIdentity(MotionBlur(length: ParameterRange(1, 7)), .init(length: 1, angle: 30))
        Self.expectIdentity(AdditiveNoise(deviation: ParameterRange(0, 0.1)), .init(deviation: 0, seed: 7))
        Self.expectIdentity(SensorNoise(shot: .fixed(0), read: .fixed(0)), .init(shot: 0, read: 0, seed: 7))
    }

    /// 8-bit values survive 8-bit quantisation exactly.
    @Test func quantisationOfEightBitValues() {
        let eightBit = Self.images.roundedStraightThrough(levelsPerUnit: 255)
        let output = Quantisation().apply(eightBit, parameters: [NoParameters(), NoParameters()])
        #expect(output == eightBit)
    }

    /// A distribution whose steps never apply is the identity, K copies deep.
    @Test func skippedStepsKeepTheImages() throws {
        let distribution = TransformDistribution(steps: [TransformStep(Brightness(delta: .fixed(0.3)), probability: 0)])
        var generator = RandomGenerator(seed: 1)
        let batch = try distribution.sample(Self.images, count: 3, using: &generator)
        #expect(batch.images == concatenate([Self.images, Self.images, Self.images], alongAxis: 0))
        #expect(batch.record.steps[0].applied == Array(repeating: false, count: 6))
    }
}
