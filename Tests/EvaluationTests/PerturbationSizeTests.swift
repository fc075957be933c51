import Attacks
import Evaluation
import Foundation
import Tensors
import Testing

/// Every measure of a perturbation on images whose answers are known by hand.
@Suite struct PerturbationSizeTests {
    /// A 1×3×12×12 image of one colour.
    func flat(_ red: Float, _ green: Float, _ blue: Float) -> Tensor {
        Tensor(shape: [1, 3, 12, 12], scalars: [red, green, blue].flatMap { Array(repeating: $0, count: 144) })
    }

    @Test func onePixelChangedInOneChannel() {
        let original = flat(0.5, 0.5, 0.5)
        var scalars = original.scalars
        scalars[144 + 13] += Float(10) / 255  // green at (1, 1)
        let size = PerturbationSize.measure(from: original, to: Tensor(shape: original.shape, scalars: scalars))[0]
        #expect(abs(size.lInfinity - 10) < 1e-3 && abs(size.l2 - 10) < 1e-3)
        #expect(size.l0 == 1)
        let meanSquare: Double = 100.0 / 432
        #expect(abs(size.psnr - 10 * log10(255 * 255 / meanSquare)) < 1e-2)
        let pixel = LabColour.ciede2000(LabColour(sRGB: 0.5, 0.5, 0.5), LabColour(sRGB: 0.5, Double(scalars[157]), 0.5))
        #expect(abs(size.maxDeltaE - pixel) < 1e-9)
        #expect(abs(size.meanDeltaE - pixel / 144) < 1e-9)
        #expect(size.ssim < 1)
    }

    @Test func agreesWithTheAttackMetrics() {
        var generator = RandomGenerator(seed: 3)
        let original = Tensor.uniform([2, 3, 12, 12], in: 0...1, using: &generator)
        let noise = Tensor.uniform([2, 3, 12, 12], in: -0.05...0.05, using: &generator)
        let perturbed = (original + noise).clamped(to: 0...1)
        let sizes = PerturbationSize.measure(from: original, to: perturbed)
        let distances = PerturbationDistances.measure(from: original, to: perturbed)
        #expect(sizes.map(\.l2) == distances.map(\.l2) && sizes.map(\.l0) == distances.map(\.l0))
        #expect(sizes.map(\.ssim) == structuralSimilarity(original, perturbed))
        #expect(sizes.map(\.psnr) == peakSignalToNoiseRatio(original, perturbed))
        #expect(sizes.allSatisfy { $0.meanDeltaE > 0 && $0.maxDeltaE >= $0.meanDeltaE })
    }

    @Test func unchangedImagesAreLeftOutOfTheMeanPSNR() {
        let image = flat(0.2, 0.4, 0.6), brighter = flat(0.3, 0.5, 0.7)
        let sizes = PerturbationSize.measure(
            from: concatenate([image, image], alongAxis: 0), to: concatenate([image, brighter], alongAxis: 0))
        #expect(sizes[0].psnr == .infinity && sizes[0].meanDeltaE == 0 && sizes[0].l0 == 0)
        let summary = PerturbationSummary(sizes)
        #expect(summary.unchangedImages == 1 && summary.meanPSNR == sizes[1].psnr)
        #expect(abs(summary.meanLInfinity - 12.75) < 1e-3 && summary.meanL0 == 72)
        #expect(summary.maxDeltaE == sizes[1].maxDeltaE)
    }

    @Test func grayImagesAreReadAsEqualChannels() {
        let gray = Tensor(shape: [1, 1, 12, 12], scalars: Array(repeating: 0.4, count: 144))
        let lighter = Tensor(shape: [1, 1, 12, 12], scalars: Array(repeating: 0.5, count: 144))
        let size = PerturbationSize.measure(from: gray, to: lighter)[0]
        let expected = LabColour.ciede2000(LabColour(sRGB: 0.4, 0.4, 0.4), LabColour(sRGB: 0.5, 0.5, 0.5))
        #expect(abs(size.meanDeltaE - Double(Float(expected))) < 1e-3)
    }
}
