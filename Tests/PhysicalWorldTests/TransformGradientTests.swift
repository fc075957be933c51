import Testing
import Tensors
import TestSupport
@testable import PhysicalWorld

/// Every differentiable transform's gradient with respect to the images
/// against central finite differences, with parameters that keep values
/// away from the clipping bounds (where the gradient jumps).
@Suite struct TransformGradientTests {
    static let images = TestImages.uniform([2, 3, 8, 8])

    /// Applies `transform` with parameters drawn from seed 5, the same for every evaluation.
    static func check<T: Transform>(_ transform: T, at x: Tensor = images, step: Float = 1e-2, tolerance: Float = 2e-3) {
        var generator = RandomGenerator(seed: 5)
        let parameters = (0..<x.shape[0]).map { _ in transform.sampleParameters(using: &generator) }
        expectGradientMatchesFiniteDifferences(at: x, step: step, tolerance: tolerance) { images in
            try! transform.apply(images, parameters: parameters)
        }
    }

    @Test func affineWarp() {
        Self.check(
            AffineWarp(rotation: .symmetric(20), scale: ParameterRange(0.8, 1.2), translation: .symmetric(0.1), shear: .symmetric(10)))
    }

    @Test func affineWarpWithBlackOutside() {
        Self.check(AffineWarp(rotation: .symmetric(30), scale: ParameterRange(0.7, 0.9), padding: .zeros))
    }

    @Test func perspectiveWarp() { Self.check(PerspectiveWarp(jitter: 0.1)) }

    @Test func cropAndResize() { Self.check(CropAndResize(start: ParameterRange(0, 0.2), end: ParameterRange(0.8, 1))) }

    @Test func brightness() { Self.check(Brightness(delta: .symmetric(0.1))) }

    @Test func contrast() { Self.check(Contrast(factor: ParameterRange(0.8, 1.2))) }

    @Test func gamma() { Self.check(Gamma(exponent: ParameterRange(0.7, 1.4))) }

    @Test func illumination() { Self.check(Illumination(gradient: ParameterRange(0, 0.2), vignette: ParameterRange(0, 0.2))) }

    @Test func channelGainOffset() {
        Self.check(ChannelGainOffset(gain: ParameterRange(0.8, 1.1), offset: .symmetric(0.05)))
    }

    @Test func saturation() { Self.check(Saturation(factor: ParameterRange(0.5, 1.2))) }

    @Test func hueShift() { Self.check(HueShift(degrees: .symmetric(30))) }

    @Test func printerGamut() {
        Self.check(PrinterGamut(strength: ParameterRange(0.3, 0.8), temperature: 0.05), step: 2e-3, tolerance: 5e-3)
    }

    @Test func gaussianBlur() { Self.check(GaussianBlur(sigma: ParameterRange(0.3, 1.5))) }

    @Test func motionBlur() { Self.check(MotionBlur(length: ParameterRange(1, 5))) }

    @Test func gaussianNoise() { Self.check(AdditiveNoise(deviation: .fixed(0.02))) }

    @Test func uniformNoise() { Self.check(AdditiveNoise(deviation: .fixed(0.05), distribution: .uniform)) }

    @Test func sensorNoise() { Self.check(SensorNoise(shot: ParameterRange(0, 0.002), read: ParameterRange(0.002, 0.01))) }

    @Test func grayImages() {
        Self.check(PrinterGamut(strength: .fixed(0.5), temperature: 0.05), at: TestImages.uniform([2, 1, 8, 8]), step: 2e-3, tolerance: 5e-3)
        Self.check(Saturation(factor: .fixed(0.5)), at: TestImages.uniform([2, 1, 8, 8]))
    }

    /// The smooth JPEG model is differentiable everywhere; its gradient is
    /// checked at a low quality, where one step moves a coefficient by a
    /// fraction of its quantisation step.
    @Test(arguments: [1, 3]) func jpegApproximation(channels: Int) {
        let x = TestImages.uniform([2, channels, 16, 16], seed: 9)
        expectGradientMatchesFiniteDifferences(at: x, step: 1e-3, tolerance: 1e-2) { images in
            JPEGApproximation.apply(images, qualities: [20, 35], rounding: .smooth(sharpness: 3))
        }
    }

    /// The JPEG transform's values come from libjpeg-turbo and its gradient
    /// from the smooth model: straight-through.
    @Test func jpegUsesTheModelsGradient() throws {
        let x = TestImages.smooth(count: 2, height: 16, width: 16)
        let projection = TestImages.uniform([2, 3, 16, 16], in: -1...1, seed: 4)
        let transform = JPEGCompression(quality: .fixed(50))
        let parameters = [JPEGCompression.Parameters(quality: 50), .init(quality: 70)]
        let tracked = x.trackingGradient()
        let output = try transform.apply(tracked, parameters: parameters)
        #expect(output == (try TurboJPEG.roundTrip(x, qualities: [50, 70])))
        let gradient = gradients(of: output, withRespectTo: [tracked], seed: projection)[0]
        let modelInput = x.trackingGradient()
        let model = JPEGApproximation.apply(modelInput, qualities: [50, 70], rounding: .smooth(sharpness: 3))
        let expected = gradients(of: model, withRespectTo: [modelInput], seed: projection)[0]
        #expect(gradient == expected)
        #expect(gradient.scalars.contains { $0 != 0 })
    }

    /// 8-bit quantisation passes the gradient straight through.
    @Test func quantisationIsStraightThrough() {
        let (_, gradient) = valueAndGradient(at: Self.images) { images in
            (Quantisation().apply(images, parameters: [NoParameters(), NoParameters()]) * 3).sum()
        }
        #expect(gradient == Tensor(shape: Self.images.shape, repeating: 3))
    }
}
