/// im2col / col2im: the rearrangements that turn a convolution into a GEMM.
///
/// The column matrix of one image and one group has one row per (channel,
/// kernel row, kernel column) and one column per output position; a range of
/// output positions can be produced on its own, so work can be split over
/// positions as well as images.
enum Im2Col {
    /// Writes the column matrix of `channels` input planes starting at `input`
    /// for output positions `positions`, rows `rowStride` apart.
    static func expand(
        _ input: UnsafePointer<Float>, channels: Int, geometry g: ConvolutionGeometry,
        positions: Range<Int>, into columns: UnsafeMutablePointer<Float>, rowStride: Int
    ) {
        let width = g.inputWidth, height = g.inputHeight, outputWidth = g.outputWidth
        let strideW = g.strideWidth
        for channel in 0..<channels {
            let plane = input + channel * g.inputPlane
            for kh in 0..<g.kernelHeight {
                let rowOffset = kh * g.dilationHeight - g.padTop
                for kw in 0..<g.kernelWidth {
                    let columnOffset = kw * g.dilationWidth - g.padLeft
                    var target = columns + ((channel * g.kernelHeight + kh) * g.kernelWidth + kw) * rowStride
                    var position = positions.lowerBound
                    while position < positions.upperBound {
                        let oh = position / outputWidth
                        let first = position - oh * outputWidth
                        let end = Swift.min(outputWidth, first + positions.upperBound - position)
                        let ih = oh * g.strideHeight + rowOffset
                        if ih < 0 || ih >= height {
                            target.update(repeating: 0, count: end - first)
                        } else {
                            let source = plane + ih * width
                            let valid = validOutputRange(
                                offset: columnOffset, stride: strideW, limit: width, within: first..<end)
                            for ow in first..<valid.lowerBound { target[ow - first] = 0 }
                            if strideW == 1 {
                                (target + (valid.lowerBound - first)).update(
                                    from: source + (valid.lowerBound + columnOffset), count: valid.count)
                            } else {
                                for ow in valid { target[ow - first] = source[ow * strideW + columnOffset] }
                            }
                            for ow in valid.upperBound..<end { target[ow - first] = 0 }
                        }
                        target += end - first
                        position += end - first
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
        let width = g.inputWidth, height = g.inputHeight, outputWidth = g.outputWidth
        let strideW = g.strideWidth
        for channel in 0..<channels {
            let plane = input + channel * g.inputPlane
            for kh in 0..<g.kernelHeight {
                let rowOffset = kh * g.dilationHeight - g.padTop
                for kw in 0..<g.kernelWidth {
                    let columnOffset = kw * g.dilationWidth - g.padLeft
                    var source = columns + ((channel * g.kernelHeight + kh) * g.kernelWidth + kw) * rowStride
                    var position = positions.lowerBound
                    while position < positions.upperBound {
                        let oh = position / outputWidth
                        let first = position - oh * outputWidth
                        let end = Swift.min(outputWidth, first + positions.upperBound - position)
                        let ih = oh * g.strideHeight + rowOffset
                        if ih >= 0 && ih < height {
                            let target = plane + ih * width
                            let valid = validOutputRange(
                                offset: columnOffset, stride: strideW, limit: width, within: first..<end)
                            if strideW == 1 {
                                let shiftedTarget = target + columnOffset
                                let shiftedSource = source - first
                                for ow in valid { shiftedTarget[ow] += shiftedSource[ow] }
                            } else {
                                for ow in valid { target[ow * strideW + columnOffset] += source[ow - first] }
                            }
                        }
                        source += end - first
                        position += end - first
                    }
                }
            }
        }
    }
}
