import PhysicalWorld
import Tensors
import TestSupport
import Testing

/// The non-printability score, total variation and measured palettes.
@Suite struct PrintabilityTests {
    /// A 1×3×4×5 patch whose pixels are palette colours, cycling.
    static func paletteImage(_ palette: [[Float]]) -> Tensor {
        let pixels = (0..<20).map { palette[($0 * 7) % palette.count] }
        return Tensor(shape: [1, 3, 4, 5], scalars: (0..<3).flatMap { channel in pixels.map { $0[channel] } })
    }

    @Test(arguments: NonPrintabilityScore.Form.allCases)
    func scoreIsZeroOnThePaletteAndGrowsAwayFromIt(form: NonPrintabilityScore.Form) {
        let palette = PrinterPalette.standard
        let score = NonPrintabilityScore(palette: palette, form: form)
        let printable = Self.paletteImage(palette)
        #expect(score(printable).scalar == 0)
        var generator = RandomGenerator(seed: 8)
        let direction = Tensor.uniform(printable.shape, in: -1...1, using: &generator)
        let scores = [0.002, 0.01, 0.03].map { step in score((printable + direction * Float(step)).clamped(to: 0...1)).scalar }
        #expect(scores[0] > 0 && scores[0] < scores[1] && scores[1] < scores[2], "\(scores)")
    }

    @Test func theMaskLimitsWhichPixelsCount() {
        let palette = [[Float(0), 0, 0], [1, 1, 1]]
        let patch = Tensor(shape: [1, 3, 1, 2], scalars: [0, 0.5, 0, 0.5, 0, 0.5])
        let mask = Tensor(shape: [1, 1, 1, 2], scalars: [1, 0])
        #expect(NonPrintabilityScore(palette: palette, form: .minimum)(patch, mask: mask).scalar == 0)
        let unmasked = NonPrintabilityScore(palette: palette, form: .minimum)(patch).scalar
        #expect(Swift.abs(unmasked - Float(0.75).squareRoot() / 2) < 1e-3)
    }

    @Test(arguments: NonPrintabilityScore.Form.allCases)
    func scoreGradientsMatchFiniteDifferences(form: NonPrintabilityScore.Form) {
        let palette = Array(PrinterPalette.standard.prefix(6))
        let patch = TestImages.uniform([1, 3, 3, 3], in: 0.2...0.8, seed: 4)
        let score = NonPrintabilityScore(palette: palette, form: form)
        expectGradientMatchesFiniteDifferences(at: patch, step: 1e-3, tolerance: 5e-3) { score($0).reshaped([1]) }
    }

    @Test func totalVariationIsZeroWhenFlatAndDifferentiable() {
        #expect(Tensor(shape: [1, 3, 5, 5], repeating: 0.4).totalVariation().scalar == 0)
        let patch = TestImages.uniform([1, 3, 5, 4], seed: 9)
        #expect(patch.totalVariation().scalar > 0)
        expectGradientMatchesFiniteDifferences(at: patch, step: 1e-3, tolerance: 5e-3) { $0.totalVariation().reshaped([1]) }
    }

    @Test func measuredPaletteReadsTheCentreOfEachSwatch() throws {
        // 2 rows × 3 columns of 10×10 swatches with a 2-pixel black border each.
        let colours: [[Float]] = [[0.9, 0.1, 0.1], [0.1, 0.8, 0.2], [0.2, 0.2, 0.7], [0.5, 0.5, 0.5], [0.95, 0.9, 0.2], [0.3, 0.1, 0.4]]
        var values = [Float](repeating: 0, count: 3 * 20 * 30)
        for y in 0..<20 {
            for x in 0..<30 where (2..<8).contains(y % 10) && (2..<8).contains(x % 10) {
                for channel in 0..<3 { values[(channel * 20 + y) * 30 + x] = colours[(y / 10) * 3 + x / 10][channel] }
            }
        }
        let measured = try PrinterPalette.measured(chart: Tensor(shape: [1, 3, 20, 30], scalars: values), rows: 2, columns: 3)
        #expect(measured.count == 6)
        for (found, expected) in zip(measured, colours) {
            #expect(zip(found, expected).allSatisfy { Swift.abs($0 - $1) < 1e-6 }, "\(found) vs \(expected)")
        }
        #expect(throws: TransformError.self) {
            try PrinterPalette.measured(chart: Tensor.zeros([1, 3, 2, 2]), rows: 3, columns: 3)
        }
    }
}
