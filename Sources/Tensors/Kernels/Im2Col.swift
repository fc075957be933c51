/// im2col / col2im: the rearrangements that turn a convolution into a GEMM.
///
/// The column matrix of one image and one group has one row per (channel,
/// kernel row, kernel column) and one column per output position; a range of
/// output positions can be produced on its own, so work can be split over
/// positions as well as images. The in-bounds column range of each kernel
/// column is computed once per row of the column matrix, so the loops over
/// output rows do no division.
enum Im2Col {
    /// Writes the column matrix of `channels` input planes starting at `input`
    /// for output positions `positions`, rows `rowStride` apart.
    static func expand(
        _ input: UnsafePointer<Float>, channels: Int, geometry g: ConvolutionGeometry,
        positions: Range<Int>, into columns: UnsafeMutablePointer<Float>, rowStride: Int
    ) {
        guard !positions.isEmpty else { return }
        let width = g.inputWidth, height = g.inputHeight, outputWidth = g.outputWidth
        let strideW = g.strideWidth, strideH = g.strideHeight
        let firstRow = positions.lowerBound / outputWidth
        let firstColumn = positions.lowerBound - firstRow * outputWidth
        for channel in 0..<channels {
            let plane = input + channel * g.inputPlane
            for kh in 0..<g.kernelHeight {
                let rowOffset = kh * g.dilationHeight - g.padTop
                for kw in 0..<g.kernelWidth {
                    let columnOffset = kw * g.dilationWidth - g.padLeft
                    let valid = validOutputRange(
                        offset: columnOffset, stride: strideW, limit: width, within: 0..<outputWidth)
                    var target = columns + ((channel * g.kernelHeight + kh) * g.kernelWidth + kw) * rowStride
                    var oh = firstRow, first = firstColumn, remaining = positions.count
                    while remaining > 0 {
                        let end = Swift.min(outputWidth, first + remaining)
                        let count = end - first
                        let ih = oh * strideH + rowOffset
                        if ih < 0 || ih >= height {
                            target.update(repeating: 0, count: count)
                        } else {
                            let source = plane + ih * width
                            let low = Swift.min(Swift.max(valid.lowerBound, first), end)
                            let high = Swift.max(Swift.min(valid.upperBound, end), low)
                            let shifted = target - first
                            for ow in first..<low { shifted[ow] = 0 }
                            if strideW == 1 {
                                (shifted + low).update(from: source + (low + columnOffset), count: high - low)
                            } else {
                                for ow in low..<high { shifted[ow] = source[ow * strideW + columnOffset] }
                            }
                            for ow in high..<end { shifted[ow] = 0 }
                        }
                        target += count
                        remaining -= count
                        oh += 1
                        first = 0
                    }
                }
            }
        }
    }

    /// Adds a column matrix (as `expand` lays it out) back into `channels`
    /// input planes starting at `input`: the adjoint of `expand`.
    static func accumulate(
        _ columns: UnsafePointer<Float>, rowStride: Int, channels: Int, geometry g: ConvolutionGeometry,
        positions: Range<Int>, into input: UnsafeMutablePointer<Float>
    ) {
        guard !positions.isEmpty else { return }
        let width = g.inputWidth, height = g.inputHeight, outputWidth = g.outputWidth
        let strideW = g.strideWidth, strideH = g.strideHeight
        let firstRow = positions.lowerBound / outputWidth
        let firstColumn = positions.lowerBound - firstRow * outputWidth
        for channel in 0..<channels {
            let plane = input + channel * g.inputPlane
            for kh in 0..<g.kernelHeight {
                let rowOffset = kh * g.dilationHeight - g.padTop
                for kw in 0..<g.kernelWidth {
                    let columnOffset = kw * g.dilationWidth - g.padLeft
                    let valid = validOutputRange(
                        offset: columnOffset, stride: strideW, limit: width, within: 0..<outputWidth)
                    var source = columns + ((channel * g.kernelHeight + kh) * g.kernelWidth + kw) * rowStride
                    var oh = firstRow, first = firstColumn, remaining = positions.count
                    while remaining > 0 {
                        let end = Swift.min(outputWidth, first + remaining)
                        let count = end - first
                        let ih = oh * strideH + rowOffset
                        if ih >= 0 && ih < height {
                            let target = plane + ih * width
                            let low = Swift.min(Swift.max(valid.lowerBound, first), end)
                            let high = Swift.max(Swift.min(valid.upperBound, end), low)
                            let shifted = source - first
                            if strideW == 1 {
                                let shiftedTarget = target + columnOffset
                                for ow in low..<high { shiftedTarget[ow] += shifted[ow] }
                            } else {
                                for ow in low..<high { target[ow * strideW + columnOffset] += shifted[ow] }
                            }
                        }
                        source += count
                        remaining -= count
                        oh += 1
                        first = 0
                    }
                }
            }
        }
    }
}
