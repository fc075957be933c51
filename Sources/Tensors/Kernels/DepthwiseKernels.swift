import CKernels

/// Direct convolution kernels for depthwise layers (each output channel reads
/// one input channel), where im2col + GEMM would multiply tiny matrices.
///
/// Loops run over output rows and kernel taps; the innermost loop runs along
/// an output row over the positions whose input is inside the image, so it is
/// branch-free and vectorises at stride 1.
enum DepthwiseKernels {
    /// How the stride-1 rows of a plane are computed: AVX-512 C
    /// (`DepthwiseRows.c`, sixteen columns at a time with masked tails) or
    /// portable Swift SIMD (eight at a time). The same sums in the same tap
    /// order, to rounding.
    enum RowKernel {
        case avx512, portable

        /// AVX-512 where the CPU has it.
        static let preferred: RowKernel = AVX512.isAvailable ? .avx512 : .portable
    }

    /// Calls `body` with the in-bounds output columns of each kernel column,
    /// computed once per plane instead of once per output row.
    @inline(__always)
    static func withValidRanges<Result>(_ g: ConvolutionGeometry, _ body: (UnsafePointer<Range<Int>>) -> Result) -> Result {
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: g.kernelWidth) { ranges in
            for kw in 0..<g.kernelWidth {
                ranges.initializeElement(
                    at: kw,
                    to: validOutputRange(
                        offset: kw * g.dilationWidth - g.padLeft, stride: g.strideWidth, limit: g.inputWidth,
                        within: 0..<g.outputWidth))
            }
            return body(UnsafePointer(ranges.baseAddress!))
        }
    }

    /// The scratch values `correlatePlane` and `scatterPlane` need for `g`.
    static func scratchCount(_ g: ConvolutionGeometry) -> Int {
        Swift.max(paddedPlaneSize(g).count, paddedPlaneSize(flippedForAdjoint(g)).count)
    }

    /// The zero-bordered copy of an input plane the stride-1 path reads: every
    /// tap of every output column (rounded up to 8) is inside it.
    @inline(__always)
    static func paddedPlaneSize(_ g: ConvolutionGeometry) -> (rows: Int, width: Int, count: Int) {
        guard g.strideHeight == 1 && g.strideWidth == 1 else { return (0, 0, 0) }
        let rows = g.outputHeight + (g.kernelHeight - 1) * g.dilationHeight
        let width = (g.outputWidth + 7) / 8 * 8 + (g.kernelWidth - 1) * g.dilationWidth
        return (rows, width, rows * width)
    }

    /// Copies `plane` into `scratch` with the zero border of
    /// `paddedPlaneSize(g)`; returns the padded row width.
    @inline(__always)
    static func fillPaddedPlane(
        _ plane: UnsafePointer<Float>, into scratch: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) -> Int {
        let (rows, width, _) = paddedPlaneSize(g)
        for row in 0..<rows {
            let target = scratch + row * width
            target.update(repeating: 0, count: width)
            let ih = row - g.padTop
            guard ih >= 0 && ih < g.inputHeight else { continue }
            let low = Swift.max(0, g.padLeft), high = Swift.min(width, g.padLeft + g.inputWidth)
            if high > low { (target + low).update(from: plane + ih * g.inputWidth + (low - g.padLeft), count: high - low) }
        }
        return width
    }

    /// Calls `body` with each tap's offset in the zero-bordered plane (rows
    /// `paddedWidth` apart) from an output position's corner.
    @inline(__always)
    static func withTapOffsets<Result>(
        _ g: ConvolutionGeometry, paddedWidth: Int, _ body: (UnsafePointer<Int>) -> Result
    ) -> Result {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: g.kernelArea) { offsets in
            for kh in 0..<g.kernelHeight {
                for kw in 0..<g.kernelWidth {
                    offsets.initializeElement(
                        at: kh * g.kernelWidth + kw, to: kh * g.dilationHeight * paddedWidth + kw * g.dilationWidth)
                }
            }
            return body(UnsafePointer(offsets.baseAddress!))
        }
    }

    /// At stride 1, the geometry whose correlation with the flipped kernel is
    /// the adjoint of `g`'s correlation.
    static func flippedForAdjoint(_ g: ConvolutionGeometry) -> ConvolutionGeometry {
        var flipped = g
        (flipped.inputHeight, flipped.inputWidth) = (g.outputHeight, g.outputWidth)
        (flipped.outputHeight, flipped.outputWidth) = (g.inputHeight, g.inputWidth)
        flipped.padTop = g.dilationHeight * (g.kernelHeight - 1) - g.padTop
        flipped.padLeft = g.dilationWidth * (g.kernelWidth - 1) - g.padLeft
        return flipped
    }

    /// Correlates one input plane with one kernel, adding into one output plane.
    ///
    /// At stride 1 the plane is first copied into `scratch` with a zero
    /// border, so every output column is computed eight at a time with all
    /// taps summed in registers and no bounds checks; other strides go tap by
    /// tap over the in-bounds columns. `scratch` holds `scratchCount(g)` values.
    @inline(__always)
    static func correlatePlane(
        _ plane: UnsafePointer<Float>, kernel: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>,
        scratch: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry, rowKernel: RowKernel = .preferred
    ) {
        let outputWidth = g.outputWidth
        if g.strideHeight == 1 && g.strideWidth == 1 {
            let width = fillPaddedPlane(plane, into: scratch, geometry: g)
            let area = g.kernelArea
            if rowKernel == .avx512 {
                withTapOffsets(g, paddedWidth: width) { offsets in
                    perturb_depthwise_correlate(
                        scratch, width, kernel, offsets, area, output, g.outputHeight, outputWidth)
                }
                return
            }
            // Each tap broadcast to eight lanes, and its offset in the bordered plane.
            withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: area) { taps in
                withTapOffsets(g, paddedWidth: width) { offsets in
                    for tap in 0..<area { taps.initializeElement(at: tap, to: SIMD8(repeating: kernel[tap])) }
                    for oh in 0..<g.outputHeight {
                        let outputRow = output + oh * outputWidth
                        let sourceRow = scratch + oh * width
                        var ow = 0
                        while ow < outputWidth {
                            let lanes = Swift.min(8, outputWidth - ow)
                            var sum = SIMD8<Float>()
                            if lanes == 8 {
                                sum = UnsafeRawPointer(outputRow + ow).loadUnaligned(as: SIMD8<Float>.self)
                            } else {
                                for lane in 0..<lanes { sum[lane] = outputRow[ow + lane] }
                            }
                            let source = sourceRow + ow
                            for tap in 0..<area {
                                sum += taps[tap] * UnsafeRawPointer(source + offsets[tap]).loadUnaligned(as: SIMD8<Float>.self)
                            }
                            if lanes == 8 {
                                UnsafeMutableRawPointer(outputRow + ow).storeBytes(of: sum, as: SIMD8<Float>.self)
                            } else {
                                for lane in 0..<lanes { outputRow[ow + lane] = sum[lane] }
                            }
                            ow += 8
                        }
                    }
                }
            }
            return
        }
        let strideW = g.strideWidth
        withValidRanges(g) { ranges in
            for oh in 0..<g.outputHeight {
                let outputRow = output + oh * outputWidth
                for kh in 0..<g.kernelHeight {
                    let ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop
                    guard ih >= 0 && ih < g.inputHeight else { continue }
                    let inputRow = plane + ih * g.inputWidth
                    for kw in 0..<g.kernelWidth {
                        let tap = kernel[kh * g.kernelWidth + kw]
                        let offset = kw * g.dilationWidth - g.padLeft
                        for ow in ranges[kw] { outputRow[ow] += tap * inputRow[ow * strideW + offset] }
                    }
                }
            }
        }
    }

    /// The adjoint of `correlatePlane` in its input: scatters an output-plane
    /// gradient through one kernel into an input-plane gradient.
    @inline(__always)
    static func scatterPlane(
        _ outputGradient: UnsafePointer<Float>, kernel: UnsafePointer<Float>,
        into inputGradient: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Float>,
        geometry g: ConvolutionGeometry, rowKernel: RowKernel = .preferred
    ) {
        if g.strideHeight == 1 && g.strideWidth == 1 {
            // At stride 1 the adjoint is a correlation of the output gradient
            // with the flipped kernel, which has the vectorised path.
            withUnsafeTemporaryAllocation(of: Float.self, capacity: g.kernelArea) { reversed in
                for tap in 0..<g.kernelArea { reversed.initializeElement(at: tap, to: kernel[g.kernelArea - 1 - tap]) }
                correlatePlane(
                    outputGradient, kernel: reversed.baseAddress!, into: inputGradient, scratch: scratch,
                    geometry: flippedForAdjoint(g), rowKernel: rowKernel)
            }
            return
        }
        let outputWidth = g.outputWidth, strideW = g.strideWidth
        withValidRanges(g) { ranges in
            for oh in 0..<g.outputHeight {
                let gradientRow = outputGradient + oh * outputWidth
                for kh in 0..<g.kernelHeight {
                    let ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop
                    guard ih >= 0 && ih < g.inputHeight else { continue }
                    let inputRow = inputGradient + ih * g.inputWidth
                    for kw in 0..<g.kernelWidth {
                        let tap = kernel[kh * g.kernelWidth + kw]
                        let offset = kw * g.dilationWidth - g.padLeft
                        for ow in ranges[kw] { inputRow[ow * strideW + offset] += tap * gradientRow[ow] }
                    }
                }
            }
        }
    }

    /// Adds ∂/∂kernel of ⟨outputGradient, correlatePlane(plane)⟩ into
    /// `kernelGradient`. At stride 1 it reads the zero-bordered copy in
    /// `scratch` and keeps one 8-lane accumulator per tap; otherwise it uses
    /// `rows` (kernelArea × outputWidth) so the inner loop is an elementwise
    /// multiply-add rather than a reduction.
    @inline(__always)
    static func kernelGradientPlane(
        _ plane: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        into kernelGradient: UnsafeMutablePointer<Float>, rows: UnsafeMutablePointer<Float>,
        scratch: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry, rowKernel: RowKernel = .preferred
    ) {
        let outputWidth = g.outputWidth, strideW = g.strideWidth
        if g.strideHeight == 1 && g.strideWidth == 1 {
            let width = fillPaddedPlane(plane, into: scratch, geometry: g)
            let blocks = outputWidth / 8 * 8
            let area = g.kernelArea
            // The C kernel keeps one register per tap, for up to 64 taps.
            if rowKernel == .avx512 && area <= 64 {
                withTapOffsets(g, paddedWidth: width) { offsets in
                    perturb_depthwise_kernel_gradient(
                        scratch, width, outputGradient, offsets, area, kernelGradient, g.outputHeight, outputWidth)
                }
                return
            }
            withUnsafeTemporaryAllocation(of: SIMD8<Float>.self, capacity: area) { sums in
                withTapOffsets(g, paddedWidth: width) { offsets in
                    sums.initialize(repeating: SIMD8<Float>())
                    for oh in 0..<g.outputHeight {
                        let gradientRow = outputGradient + oh * outputWidth
                        let sourceRow = scratch + oh * width
                        var ow = 0
                        while ow < blocks {
                            let gradient = UnsafeRawPointer(gradientRow + ow).loadUnaligned(as: SIMD8<Float>.self)
                            let source = sourceRow + ow
                            for tap in 0..<area {
                                sums[tap] += gradient
                                    * UnsafeRawPointer(source + offsets[tap]).loadUnaligned(as: SIMD8<Float>.self)
                            }
                            ow += 8
                        }
                        for ow in blocks..<outputWidth {
                            let gradient = gradientRow[ow]
                            for tap in 0..<area { sums[tap][0] += gradient * sourceRow[ow + offsets[tap]] }
                        }
                    }
                    for tap in 0..<area { kernelGradient[tap] += sums[tap].sum() }
                }
            }
            return
        }
        rows.update(repeating: 0, count: g.kernelArea * outputWidth)
        withValidRanges(g) { ranges in
            for oh in 0..<g.outputHeight {
                let gradientRow = outputGradient + oh * outputWidth
                for kh in 0..<g.kernelHeight {
                    let ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop
                    guard ih >= 0 && ih < g.inputHeight else { continue }
                    let inputRow = plane + ih * g.inputWidth
                    for kw in 0..<g.kernelWidth {
                        let row = rows + (kh * g.kernelWidth + kw) * outputWidth
                        let offset = kw * g.dilationWidth - g.padLeft
                        for ow in ranges[kw] { row[ow] += gradientRow[ow] * inputRow[ow * strideW + offset] }
                    }
                }
            }
        }
        for tap in 0..<g.kernelArea {
            kernelGradient[tap] += rowSum(rows + tap * outputWidth, count: outputWidth)
        }
    }

    static func forward(
        input: UnsafePointer<Float>, weight: UnsafePointer<Float>, bias: UnsafePointer<Float>?,
        output: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        let multiplier = g.outputChannelsPerGroup, area = g.kernelArea
        Workers.forEach(units: g.batch * g.outputChannels) { planes in
            withScratch(scratchCount(g)) { scratch in
                for unit in planes {
                    let image = unit / g.outputChannels, channel = unit % g.outputChannels
                    let target = output + unit * g.outputPlane
                    target.update(repeating: bias?[channel] ?? 0, count: g.outputPlane)
                    correlatePlane(
                        input + (image * g.inputChannels + channel / multiplier) * g.inputPlane,
                        kernel: weight + channel * area, into: target, scratch: scratch, geometry: g)
                }
            }
        }
    }

    /// Adds into `inputGradient` (which the caller zeroed).
    static func inputGradient(
        outputGradient: UnsafePointer<Float>, weight: UnsafePointer<Float>,
        inputGradient: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        let multiplier = g.outputChannelsPerGroup, area = g.kernelArea
        // Units are input planes, so no two workers write the same plane.
        Workers.forEach(units: g.batch * g.inputChannels) { planes in
            withScratch(scratchCount(g)) { scratch in
                for unit in planes {
                    let image = unit / g.inputChannels, inputChannel = unit % g.inputChannels
                    for copy in 0..<multiplier {
                        let channel = inputChannel * multiplier + copy
                        scatterPlane(
                            outputGradient + (image * g.outputChannels + channel) * g.outputPlane,
                            kernel: weight + channel * area, into: inputGradient + unit * g.inputPlane,
                            scratch: scratch, geometry: g)
                    }
                }
            }
        }
    }

    /// Overwrites `weightGradient`.
    static func weightGradient(
        input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        weightGradient: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        let multiplier = g.outputChannelsPerGroup, area = g.kernelArea
        weightGradient.update(repeating: 0, count: g.outputChannels * area)
        // Units are output channels (summing over images inside), so each
        // worker owns its weights and the sum order is fixed.
        Workers.forEach(units: g.outputChannels) { channels in
            withScratch(area * g.outputWidth + scratchCount(g)) { rows in
                for channel in channels {
                    for image in 0..<g.batch {
                        kernelGradientPlane(
                            input + (image * g.inputChannels + channel / multiplier) * g.inputPlane,
                            outputGradient: outputGradient + (image * g.outputChannels + channel) * g.outputPlane,
                            into: weightGradient + channel * area, rows: rows,
                            scratch: rows + area * g.outputWidth, geometry: g)
                    }
                }
            }
        }
    }
}
