/// Sizes of a 2-D pooling window sliding over N·C independent planes.
struct PoolingGeometry {
    var planes: Int
    var inputHeight: Int, inputWidth: Int
    var outputHeight: Int, outputWidth: Int
    var kernelHeight: Int, kernelWidth: Int
    var strideHeight: Int, strideWidth: Int
    var dilationHeight: Int, dilationWidth: Int
    var padding: Padding2D

    var inputPlane: Int { inputHeight * inputWidth }
    var outputPlane: Int { outputHeight * outputWidth }

    /// The pooled extent along one axis, ONNX/PyTorch rules: in ceil mode the
    /// last window must start inside the input or its leading padding.
    static func pooledExtent(
        input: Int, kernel: Int, stride: Int, dilation: Int, before: Int, after: Int, ceilMode: Bool
    ) -> Int {
        let numerator = input + before + after - (dilation * (kernel - 1) + 1)
        var extent = (ceilMode ? ceilDivide(numerator, stride) : floorDivide(numerator, stride)) + 1
        if ceilMode && extent > 1 && (extent - 1) * stride >= input + before { extent -= 1 }
        return extent
    }
}

/// Max and average pooling kernels; work is split over planes.
enum PoolingKernels {
    /// Max over each window; `argmax` receives the winning in-plane index, or
    /// −1 where the window holds no input value (its output is then 0).
    ///
    /// The first maximum wins. The window's in-bounds taps are found once per
    /// output row and column, and the scan selects without branches; a window
    /// holding a NaN is scanned again by ``nanWindowMax`` (a NaN wins).
    static func maxForward(
        _ input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>,
        geometry g: PoolingGeometry
    ) {
        let rowTaps = validTaps(
            outputs: g.outputHeight, kernel: g.kernelHeight, stride: g.strideHeight, dilation: g.dilationHeight,
            before: g.padding.top, input: g.inputHeight)
        let columnTaps = validTaps(
            outputs: g.outputWidth, kernel: g.kernelWidth, stride: g.strideWidth, dilation: g.dilationWidth,
            before: g.padding.left, input: g.inputWidth)
        let isDense2x2 = g.kernelHeight == 2 && g.kernelWidth == 2 && g.dilationHeight == 1 && g.dilationWidth == 1
        Workers.forEach(units: g.planes) { planes in
            for plane in planes {
                let source = input + plane * g.inputPlane
                let target = output + plane * g.outputPlane
                let winners = argmax + plane * g.outputPlane
                for oh in 0..<g.outputHeight {
                    let rows = rowTaps[oh], top = oh * g.strideHeight - g.padding.top
                    for ow in 0..<g.outputWidth {
                        let columns = columnTaps[ow], left = ow * g.strideWidth - g.padding.left
                        let position = oh * g.outputWidth + ow
                        guard !rows.isEmpty && !columns.isEmpty else {
                            target[position] = 0
                            winners[position] = -1
                            continue
                        }
                        var bestIndex = (top + rows.lowerBound * g.dilationHeight) * g.inputWidth
                            + left + columns.lowerBound * g.dilationWidth
                        var best = source[bestIndex], sawNaN = false
                        @inline(__always) func consider(_ index: Int) {
                            let value = source[index]
                            let better = value > best
                            best = better ? value : best
                            bestIndex = better ? index : bestIndex
                            sawNaN = sawNaN || value.isNaN
                        }
                        if isDense2x2 && rows.count == 2 && columns.count == 2 {
                            // The common 2x2 window unrolled: the same scan in the same order.
                            let first = bestIndex, width = g.inputWidth
                            consider(first)
                            consider(first &+ 1)
                            consider(first &+ width)
                            consider(first &+ width &+ 1)
                        } else {
                            for kh in rows {
                                let row = (top + kh * g.dilationHeight) * g.inputWidth + left
                                for kw in columns { consider(row + kw * g.dilationWidth) }
                            }
                        }
                        if sawNaN {
                            (best, bestIndex) = nanWindowMax(
                                source, rows: rows, columns: columns, top: top, left: left, geometry: g)
                        }
                        target[position] = best
                        winners[position] = Int32(bestIndex)
                    }
                }
            }
        }
    }

    /// For each output position along one axis, the kernel taps that land
    /// inside the input (a contiguous range, possibly empty).
    private static func validTaps(
        outputs: Int, kernel: Int, stride: Int, dilation: Int, before: Int, input: Int
    ) -> [Range<Int>] {
        (0..<outputs).map { output in
            let valid = (0..<kernel).filter { tap in (0..<input).contains(output * stride - before + tap * dilation) }
            return (valid.first ?? 0)..<((valid.last ?? -1) + 1)
        }
    }

    /// The maximum of a window that holds a NaN, by the rule of the scalar
    /// loop this kernel always had: scanning each row, a NaN is taken and ends
    /// that row's scan, so the first NaN of the last row holding one wins.
    private static func nanWindowMax(
        _ source: UnsafePointer<Float>, rows: Range<Int>, columns: Range<Int>, top: Int, left: Int,
        geometry g: PoolingGeometry
    ) -> (Float, Int) {
        var best = -Float.infinity, bestIndex = -1
        for kh in rows {
            let row = (top + kh * g.dilationHeight) * g.inputWidth + left
            for kw in columns {
                let index = row + kw * g.dilationWidth
                let value = source[index]
                if value > best || bestIndex < 0 || value.isNaN {
                    best = value
                    bestIndex = index
                    if value.isNaN { break }
                }
            }
        }
        return (best, bestIndex)
    }

    /// Scatters output gradients to the winners; overwrites `inputGradient`.
    static func maxBackward(
        _ outputGradient: UnsafePointer<Float>, argmax: UnsafePointer<Int32>,
        inputGradient: UnsafeMutablePointer<Float>, geometry g: PoolingGeometry
    ) {
        Workers.forEach(units: g.planes) { planes in
            for plane in planes {
                let target = inputGradient + plane * g.inputPlane
                target.update(repeating: 0, count: g.inputPlane)
                let source = outputGradient + plane * g.outputPlane
                let winners = argmax + plane * g.outputPlane
                for index in 0..<g.outputPlane where winners[index] >= 0 {
                    target[Int(winners[index])] += source[index]
                }
            }
        }
    }

    /// The clipped window of an output position along one axis and its
    /// divisor contribution (PyTorch `avg_pool2d` rules).
    @inline(__always)
    static func averageWindow(
        _ output: Int, stride: Int, kernel: Int, before: Int, after: Int, input: Int, includePadding: Bool
    ) -> (range: Range<Int>, count: Int) {
        let start = output * stride - before
        let end = Swift.min(start + kernel, input + after)
        let clipped = Swift.max(start, 0)..<Swift.max(Swift.min(end, input), Swift.max(start, 0))
        return (clipped, includePadding ? end - start : clipped.count)
    }

    /// Average over each window (dilation is not supported for averages).
    static func averageForward(
        _ input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, geometry g: PoolingGeometry,
        countIncludePad: Bool
    ) {
        Workers.forEach(units: g.planes) { planes in
            for plane in planes {
                let source = input + plane * g.inputPlane
                let target = output + plane * g.outputPlane
                for oh in 0..<g.outputHeight {
                    let rows = averageWindow(
                        oh, stride: g.strideHeight, kernel: g.kernelHeight, before: g.padding.top,
                        after: g.padding.bottom, input: g.inputHeight, includePadding: countIncludePad)
                    for ow in 0..<g.outputWidth {
                        let columns = averageWindow(
                            ow, stride: g.strideWidth, kernel: g.kernelWidth, before: g.padding.left,
                            after: g.padding.right, input: g.inputWidth, includePadding: countIncludePad)
                        var total: Float = 0
                        for ih in rows.range {
                            for iw in columns.range { total += source[ih * g.inputWidth + iw] }
                        }
                        let divisor = rows.count * columns.count
                        target[oh * g.outputWidth + ow] = divisor > 0 ? total / Float(divisor) : 0
                    }
                }
            }
        }
    }

    /// Spreads each output gradient evenly over its window; overwrites `inputGradient`.
    static func averageBackward(
        _ outputGradient: UnsafePointer<Float>, inputGradient: UnsafeMutablePointer<Float>,
        geometry g: PoolingGeometry, countIncludePad: Bool
    ) {
        Workers.forEach(units: g.planes) { planes in
            for plane in planes {
                let target = inputGradient + plane * g.inputPlane
                target.update(repeating: 0, count: g.inputPlane)
                let source = outputGradient + plane * g.outputPlane
                for oh in 0..<g.outputHeight {
                    let rows = averageWindow(
                        oh, stride: g.strideHeight, kernel: g.kernelHeight, before: g.padding.top,
                        after: g.padding.bottom, input: g.inputHeight, includePadding: countIncludePad)
                    for ow in 0..<g.outputWidth {
                        let columns = averageWindow(
                            ow, stride: g.strideWidth, kernel: g.kernelWidth, before: g.padding.left,
                            after: g.padding.right, input: g.inputWidth, includePadding: countIncludePad)
                        let divisor = rows.count * columns.count
                        guard divisor > 0 else { continue }
                        let share = source[oh * g.outputWidth + ow] / Float(divisor)
                        for ih in rows.range {
                            for iw in columns.range { target[ih * g.inputWidth + iw] += share }
                        }
                    }
                }
            }
        }
    }
}
