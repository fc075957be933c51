import Attacks
import Tensors
import Testing

@Suite struct MetricsTests {
    let image = Tensor(shape: [1, 3, 12, 12], scalars: (0..<432).map { Float(($0 * 37) % 256) / 255 })

    @Test func identicalImages() {
        #expect(peakSignalToNoiseRatio(image, image) == [.infinity])
        #expect(abs(structuralSimilarity(image, image)[0] - 1) < 1e-12)
        #expect(PerturbationDistances.measure(from: image, to: image) == [PerturbationDistances(lInfinity: 0, l2: 0, l0: 0)])
    }

    @Test func psnrOfAOneLevelShift() {
        let a = Tensor(shape: [1, 1, 2, 2], scalars: [0.2, 0.4, 0.6, 0.8])
        let b = a + Float(1) / 255
        // MSE = 1 in 0–255 units: 10·log₁₀(255²) = 48.1308 dB.
        #expect(abs(peakSignalToNoiseRatio(a, b)[0] - 48.1308) < 1e-3)
    }

    @Test func distancesInEightBitUnits() {
        var values = [Float](repeating: 0.5, count: 2 * 2 * 2)
        values[0] += 2 / 255  // channel 0, pixel (0, 0)
        values[4 + 3] -= 1 / 255  // channel 1, pixel (1, 1)
        values[4] += 1 / 255  // channel 1, pixel (0, 0): same position as the first
        let clean = Tensor(shape: [1, 2, 2, 2], repeating: 0.5)
        let d = PerturbationDistances.measure(from: clean, to: Tensor(shape: [1, 2, 2, 2], scalars: values))[0]
        #expect(abs(d.lInfinity - 2) < 1e-4)
        #expect(abs(d.l2 - Double(6).squareRoot()) < 1e-4)
        #expect(d.l0 == 2)
    }

    @Test func ssimOfConstantImagesFollowsTheLuminanceTerm() {
        // With no variance SSIM = (2ab + C₁) / (a² + b² + C₁).
        let (a, b): (Float, Float) = (0.3, 0.5)
        let ssim = structuralSimilarity(
            Tensor(shape: [1, 1, 11, 11], repeating: a), Tensor(shape: [1, 1, 11, 11], repeating: b))[0]
        let c1 = 0.0001
        let (da, db) = (Double(a), Double(b))
        #expect(abs(ssim - (2 * da * db + c1) / (da * da + db * db + c1)) < 1e-6)
    }

    @Test func ssimFallsWithDistortionAndIsSymmetric() {
        let inverted = 1 - image
        var generator = RandomGenerator(seed: 1)
        let noisy = (image + Tensor.normal(image.shape, standardDeviation: 0.02, using: &generator)).clamped(to: 0...1)
        let (mild, severe) = (structuralSimilarity(image, noisy)[0], structuralSimilarity(image, inverted)[0])
        #expect(mild < 1 && mild > 0.5)
        #expect(severe < mild)
        #expect(abs(structuralSimilarity(noisy, image)[0] - mild) < 1e-12)
    }

    @Test func smallImagesUseTheLargestWindowThatFits() {
        let a = Tensor(shape: [2, 1, 4, 4], scalars: (0..<32).map { Float($0) / 31 })
        let values = structuralSimilarity(a, a)
        #expect(values.count == 2 && values.allSatisfy { abs($0 - 1) < 1e-12 })
    }
}
