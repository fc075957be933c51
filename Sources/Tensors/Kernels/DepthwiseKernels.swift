/// Direct convolution kernels for depthwise layers (each output channel reads
/// one input channel), where im2col + GEMM would multiply tiny matrices.
///
/// Loops run over output rows and kernel taps; the innermost loop runs along
/// an output row over the positions whose input is inside the image, so it is
/// branch-free and vectorises at stride 1.
enum DepthwiseKernels {
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

    /// Correlates one input plane with one kernel, adding into one output plane.
    ///
    /// At stride 1 the columns where every tap is inside the image are done
    /// eight at a time with all taps summed in registers (one load and one
    /// store of the output per block); the border columns go tap by tap.
    @inline(__always)
    static func correlatePlane(
        _ plane: UnsafePointer<Float>, kernel: UnsafePointer<Float>, into output: UnsafeMutablePointer<Float>,
        geometry g: ConvolutionGeometry
    ) {
        let outputWidth = g.outputWidth, strideW = g.strideWidth
        withValidRanges(g) { ranges in
            // Columns valid for every kernel column, rounded down to blocks of 8.
            var blockStart = 0, blockEnd = 0
            if strideW == 1 {
                var low = 0, high = outputWidth
                for kw in 0..<g.kernelWidth {
                    low = Swift.max(low, ranges[kw].lowerBound)
                    high = Swift.min(high, ranges[kw].upperBound)
                }
                if high - low >= 8 {
                    blockStart = low
                    blockEnd = low + (high - low) / 8 * 8
                }
            }
            for oh in 0..<g.outputHeight {
                let outputRow = output + oh * outputWidth
                if blockEnd > blockStart {
                    var ow = blockStart
                    while ow < blockEnd {
                        var sum = UnsafeRawPointer(outputRow + ow).loadUnaligned(as: SIMD8<Float>.self)
                        for kh in 0..<g.kernelHeight {
                            let ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop
                            guard ih >= 0 && ih < g.inputHeight else { continue }
                            let source = plane + ih * g.inputWidth + ow - g.padLeft
                            for kw in 0..<g.kernelWidth {
                                let values = UnsafeRawPointer(source + kw * g.dilationWidth)
                                    .loadUnaligned(as: SIMD8<Float>.self)
                                sum += kernel[kh * g.kernelWidth + kw] * values
                            }
                        }
                        UnsafeMutableRawPointer(outputRow + ow).storeBytes(of: sum, as: SIMD8<Float>.self)
                        ow += 8
                    }
                }
                for kh in 0..<g.kernelHeight {
                    let ih = oh * g.strideHeight + kh * g.dilationHeight - g.padTop
                    guard ih >= 0 && ih < g.inputHeight else { continue }
                    let inputRow = plane + ih * g.inputWidth
                    for kw in 0..<g.kernelWidth {
                        let tap = kernel[kh * g.kernelWidth + kw]
                        let offset = kw * g.dilationWidth - g.padLeft
                        let valid = ranges[kw]
                        if strideW == 1 {
                            let source = inputRow + offset
                            // Only the columns outside the vector block.
                            for ow in valid.lowerBound..<Swift.max(valid.lowerBound, Swift.min(blockStart, valid.upperBound)) {
                                outputRow[ow] += tap * source[ow]
                            }
                            for ow in Swift.min(Swift.max(blockEnd, valid.lowerBound), valid.upperBound)..<valid.upperBound {
                                outputRow[ow] += tap * source[ow]
                            }
                        } else {
                            for ow in valid { outputRow[ow] += tap * inputRow[ow * strideW + offset] }
                        }
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
        into inputGradient: UnsafeMutablePointer<Float>, geometry g: ConvolutionGeometry
    ) {
        if g.strideHeight == 1 && g.strideWidth == 1 {
            // At stride 1 the adjoint is a correlation of the output gradient
            // with the flipped kernel, which has the vectorised path.
            var flipped = g
            (flipped.inputHeight, flipped.inputWidth) = (g.outputHeight, g.outputWidth)
            (flipped.outputHeight, flipped.outputWidth) = (g.inputHeight, g.inputWidth)
            flipped.padTop = g.dilationHeight * (g.kernelHeight - 1) - g.padTop
            flipped.padLeft = g.dilationWidth * (g.kernelWidth - 1) - g.padLeft
            withUnsafeTemporaryAllocation(of: Float.self, capacity: g.kernelArea) { reversed in
                for tap in 0..<g.kernelArea { reversed.initializeElement(at: tap, to: kernel[g.kernelArea - 1 - tap]) }
                correlatePlane(outputGradient, kernel: reversed.baseAddress!, into: inputGradient, geometry: flipped)
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
                        let valid = ranges[kw]
                        if strideW == 1 {
                            let target = inputRow + offset
                            for ow in valid { target[ow] += tap * gradientRow[ow] }
                        } else {
                            for ow in valid { inputRow[ow * strideW + offset] += tap * gradientRow[ow] }
                        }
                    }
                }
            }
        }
    }

    /// Adds ∂/∂kernel of ⟨outputGradient, correlatePlane(plane)⟩ into
    /// `kernelGradient`, using `rows` (kernelArea × outputWidth scratch) so the
    /// inner loop is an elementwise multiply-add rather than a reduction.
    @inline(__always)
    static func kernelGradientPlane(
        _ plane: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
        into kernelGradient: UnsafeMutablePointer<Float>, rows: UnsafeMutablePointer<Float>,
        geometry g: ConvolutionGeometry
    ) {
        let outputWidth = g.outputWidth, strideW = g.strideWidth
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
                        let valid = ranges[kw]
                        if strideW == 1 {
                            let source = inputRow + offset
                            for ow in valid { row[ow] += gradientRow[ow] * source[ow] }
                        } else {
                            for ow in valid { row[ow] += gradientRow[ow] * inputRow[ow * strideW + offset] }
                        }
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
            for unit in planes {
                let image = unit / g.outputChannels, channel = unit % g.outputChannels
                let target = output + unit * g.outputPlane
                target.update(repeating: bias?[channel] ?? 0, count: g.outputPlane)
                correlatePlane(
                    input + (image * g.inputChannels + channel / multiplier) * g.inputPlane,
                    kernel: weight + channel * area, into: target, geometry: g)
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
            for unit in planes {
                let image = unit / g.inputChannels, inputChannel = unit % g.inputChannels
                for copy in 0..<multiplier {
                    let channel = inputChannel * multiplier + copy
                    scatterPlane(
                        outputGradient + (image * g.outputChannels + channel) * g.outputPlane,
                        kernel: weight + channel * area, into: inputGradient + unit * g.inputPlane, geometry: g)
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
            withScratch(area * g.outputWidth) { rows in
                for channel in channels {
                    for image in 0..<g.batch {
                        kernelGradientPlane(
                            input + (image * g.inputChannels + channel / multiplier) * g.inputPlane,
                            outputGradient: outputGradient + (image * g.outputChannels + channel) * g.outputPlane,
                            into: weightGradient + channel * area, rows: rows, geometry: g)
                    }
                }
            }
        }
    }
}
