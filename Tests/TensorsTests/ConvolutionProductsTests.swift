import Testing
@testable import Tensors

/// Larger shapes than `convolutionCases`, for the packed panels' edges: output
/// rows narrower and wider than a panel, position counts that leave a partial
/// last panel, channel counts that leave a partial tile of rows, 1x1 and
/// strided layers (a horizontal stride above 2 takes the BLAS path either way).
let panelEdgeCases: [ConvolutionCase] = [
    ConvolutionCase(
        batch: 3, channels: 5, height: 7, width: 7, outputChannels: 11, padding: 1, name: "7x7 outputs, 11 channels"),
    ConvolutionCase(
        batch: 2, channels: 3, height: 9, width: 45, outputChannels: 9, padding: 1, name: "45 wide rows"),
    ConvolutionCase(
        batch: 2, channels: 6, height: 17, width: 19, outputChannels: 8, stride: Size2D(height: 2, width: 1),
        padding: 1, name: "vertical stride 2 (packed)"),
    ConvolutionCase(
        batch: 2, channels: 6, height: 17, width: 19, outputChannels: 8, stride: 2, padding: 1,
        name: "stride 2"),
    ConvolutionCase(
        batch: 2, channels: 3, height: 11, width: 70, outputChannels: 5, stride: 2,
        padding: Padding2D(top: 2, left: 3, bottom: 0, right: 1), dilation: Size2D(height: 1, width: 2),
        name: "stride 2, dilated, rows wider than a panel"),
    ConvolutionCase(
        batch: 2, channels: 8, height: 9, width: 9, outputChannels: 16, kernel: 1, stride: 2,
        name: "1x1 stride 2 (a ResNet projection)"),
    ConvolutionCase(
        batch: 1, channels: 2, height: 8, width: 13, outputChannels: 3, stride: 3, padding: 1,
        name: "stride 3 (BLAS either way)"),
    ConvolutionCase(
        batch: 2, channels: 12, height: 10, width: 13, outputChannels: 20, kernel: 1, name: "1x1, 130 positions"),
    ConvolutionCase(
        batch: 1, channels: 8, height: 33, width: 33, outputChannels: 16, padding: 2, dilation: 2, groups: 2,
        name: "dilated, grouped, batch 1"),
]

/// The packed AVX-512 products against the system BLAS's: the same
/// convolution, forward and all three gradients, to rounding.
@Suite struct ConvolutionProductsTests {
    @Test func thePreferredProductsRunOnThisCPU() {
        #expect(ConvolutionProducts.preferred.isAvailable)
        #expect(ConvolutionProducts.current == ConvolutionProducts.preferred)
        #expect(ConvolutionProducts.using(.systemBLAS) { ConvolutionProducts.current } == .systemBLAS)
    }

    @Test(.enabled(if: ConvolutionProducts.packedAVX512.isAvailable), arguments: convolutionCases + panelEdgeCases)
    func packedProductsMatchTheSystemBLAS(_ c: ConvolutionCase) {
        var generator = RandomGenerator(seed: 17)
        let x = Tensor.uniform(c.inputShape, in: -1...1, using: &generator)
        let w = Tensor.uniform(c.weightShape, in: -1...1, using: &generator)
        let b = c.bias ? Tensor.uniform([c.outputChannels], in: -1...1, using: &generator) : nil
        func run() -> [Tensor] {
            let (xt, wt) = (x.trackingGradient(), w.trackingGradient())
            let y = conv2d(
                xt, weight: wt, bias: b, stride: c.stride, padding: c.padding, dilation: c.dilation, groups: c.groups)
            var seedGenerator = RandomGenerator(seed: 3)
            let seed = Tensor.uniform(y.shape, in: -1...1, using: &seedGenerator)
            return [y.detached()] + gradients(of: y, withRespectTo: [xt, wt], seed: seed)
        }
        let packed = ConvolutionProducts.using(.packedAVX512, run)
        let blas = ConvolutionProducts.using(.systemBLAS, run)
        // Output, input gradient, weight gradient: the same products summed
        // in different orders, in Float.
        for (p, s) in zip(packed, blas) { expectClose(p, s, tolerance: 1e-5) }
    }
}
