import Testing
@testable import Tensors

/// The depthwise kernel's AVX-512 rows against its portable Swift rows, plane
/// by plane, on widths that leave every tail length, dilated and rectangular
/// kernels, and padding on every side.
@Suite struct DepthwiseRowKernelTests {
    struct PlaneCase: CustomTestStringConvertible, Sendable {
        var height: Int, width: Int, kernelHeight: Int, kernelWidth: Int
        var dilation = 1, padTop = 0, padLeft = 0, padBottom = 0, padRight = 0
        var testDescription: String {
            "\(height)x\(width), kernel \(kernelHeight)x\(kernelWidth), dilation \(dilation), "
                + "padding \(padTop),\(padLeft),\(padBottom),\(padRight)"
        }

        var geometry: ConvolutionGeometry {
            let outputHeight = height + padTop + padBottom - dilation * (kernelHeight - 1)
            let outputWidth = width + padLeft + padRight - dilation * (kernelWidth - 1)
            return ConvolutionGeometry(
                batch: 1, inputChannels: 1, inputHeight: height, inputWidth: width,
                outputChannels: 1, outputHeight: outputHeight, outputWidth: outputWidth,
                kernelHeight: kernelHeight, kernelWidth: kernelWidth, strideHeight: 1, strideWidth: 1,
                dilationHeight: dilation, dilationWidth: dilation, padTop: padTop, padLeft: padLeft, groups: 1)
        }
    }

    static let cases: [PlaneCase] = [
        PlaneCase(height: 5, width: 1, kernelHeight: 3, kernelWidth: 1, padTop: 1, padBottom: 1),
        PlaneCase(height: 6, width: 17, kernelHeight: 3, kernelWidth: 3, padTop: 1, padLeft: 1, padBottom: 1, padRight: 1),
        PlaneCase(height: 4, width: 15, kernelHeight: 1, kernelWidth: 7, padLeft: 3, padRight: 3),
        PlaneCase(height: 9, width: 33, kernelHeight: 7, kernelWidth: 1, padTop: 3, padBottom: 3),
        PlaneCase(height: 11, width: 40, kernelHeight: 5, kernelWidth: 5, dilation: 2, padTop: 4, padLeft: 1, padRight: 3),
        PlaneCase(height: 8, width: 32, kernelHeight: 3, kernelWidth: 3),
    ]

    @Test(.enabled(if: AVX512.isAvailable), arguments: cases)
    func avx512RowsMatchThePortableRows(_ c: PlaneCase) {
        let g = c.geometry
        var generator = RandomGenerator(seed: 23)
        let plane = Tensor.uniform([g.inputPlane], in: -1...1, using: &generator).scalars
        let kernel = Tensor.uniform([g.kernelArea], in: -1...1, using: &generator).scalars
        let gradient = Tensor.uniform([g.outputPlane], in: -1...1, using: &generator).scalars
        let start = Tensor.uniform([g.outputPlane], in: -1...1, using: &generator).scalars
        func run(_ rowKernel: DepthwiseKernels.RowKernel) -> (output: [Float], input: [Float], kernel: [Float]) {
            var output = start, inputGradient = [Float](repeating: 0, count: g.inputPlane)
            var kernelGradient = [Float](repeating: 0.5, count: g.kernelArea)
            withScratch(g.kernelArea * g.outputWidth + DepthwiseKernels.scratchCount(g)) { scratch in
                DepthwiseKernels.correlatePlane(
                    plane, kernel: kernel, into: &output, scratch: scratch, geometry: g, rowKernel: rowKernel)
                DepthwiseKernels.scatterPlane(
                    gradient, kernel: kernel, into: &inputGradient, scratch: scratch, geometry: g, rowKernel: rowKernel)
                DepthwiseKernels.kernelGradientPlane(
                    plane, outputGradient: gradient, into: &kernelGradient, rows: scratch,
                    scratch: scratch + g.kernelArea * g.outputWidth, geometry: g, rowKernel: rowKernel)
            }
            return (output, inputGradient, kernelGradient)
        }
        let avx512 = run(.avx512), portable = run(.portable)
        // Same products in the same tap order; the kernel gradient's lane sums differ in order.
        for (a, p) in [(avx512.output, portable.output), (avx512.input, portable.input), (avx512.kernel, portable.kernel)] {
            let worst = zip(a, p).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= 1e-4, "differ by \(worst)")
        }
    }
}
