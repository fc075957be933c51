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
    static func maxForward(
        _ input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>,
        geometry g: PoolingGeometry
    ) {
        Workers.forEach(units: g.planes) { planes in
            for plane in planes {
                let source = input + plane * g.inputPlane
                let target = output + plane * g.outputPlane
                let winners = argmax + plane * g.outputPlane
                for oh in 0..<g.outputHeight {
                    for ow in 0..<g.outputWidth {
                        var best = -Float.infinity, bestIndex: Int32 = -1
                        for kh in 0..<g.kernelHeight {
                            let ih = oh * g.strideHeight - g.padding.top + kh * g.dilationHeight
                            guard ih >= 0 && ih < g.inputHeight else { continue }
                            for kw in 0..<g.kernelWidth {
                                let iw = ow * g.strideWidth - g.padding.left + kw * g.dilationWidth
                                guard iw >= 0 && iw < g.inputWidth else { continue }
                                let index = ih * g.inputWidth + iw
                                let value = source[index]
                                if value > best || bestIndex < 0 || value.isNaN {
                                    best = value
                                    bestIndex = Int32(index)
                                    if value.isNaN { break }
                                }
                            }
                        }
                        target[oh * g.outputWidth + ow] = bestIndex < 0 ? 0 : best
                        winners[oh * g.outputWidth + ow] = bestIndex
                    }
                }
            }
        }
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
