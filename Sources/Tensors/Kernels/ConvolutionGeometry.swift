/// The sizes of one 2-D convolution, N,C,H,W layout, as the kernels need them.
///
/// "Input" and "output" are those of the forward convolution; a transposed
/// convolution is described by the geometry of the convolution it transposes
/// (its output is this geometry's input).
struct ConvolutionGeometry: Equatable {
    var batch: Int
    var inputChannels: Int
    var inputHeight: Int
    var inputWidth: Int
    var outputChannels: Int
    var outputHeight: Int
    var outputWidth: Int
    var kernelHeight: Int
    var kernelWidth: Int
    var strideHeight: Int
    var strideWidth: Int
    var dilationHeight: Int
    var dilationWidth: Int
    var padTop: Int
    var padLeft: Int
    var groups: Int

    var inputChannelsPerGroup: Int { inputChannels / groups }
    var outputChannelsPerGroup: Int { outputChannels / groups }
    var kernelArea: Int { kernelHeight * kernelWidth }
    var inputPlane: Int { inputHeight * inputWidth }
    var outputPlane: Int { outputHeight * outputWidth }
    /// Rows of one group's column matrix: input channels per group × kernel area.
    var patchSize: Int { inputChannelsPerGroup * kernelArea }
    /// Values of the weight tensor [O, C/groups, kh, kw].
    var weightCount: Int { outputChannels * patchSize }
    /// Multiply-adds of the forward pass.
    var multiplyAdds: Int { batch * outputChannels * outputPlane * patchSize }

    /// Whether the column matrix of an image is the image itself (1×1 kernel,
    /// stride 1, no padding), so im2col can be skipped.
    var columnsAreInput: Bool {
        kernelHeight == 1 && kernelWidth == 1 && strideHeight == 1 && strideWidth == 1
            && padTop == 0 && padLeft == 0 && outputHeight == inputHeight && outputWidth == inputWidth
    }

    /// Whether each output channel reads exactly one input channel (depthwise,
    /// possibly with a channel multiplier): the direct kernel handles it.
    var isDepthwise: Bool { inputChannelsPerGroup == 1 && groups > 1 }
}

/// Integer division rounding toward −∞ (for a positive divisor).
@inline(__always)
func floorDivide(_ a: Int, _ b: Int) -> Int {
    a >= 0 ? a / b : -((-a + b - 1) / b)
}

/// Integer division rounding toward +∞ (for a positive divisor).
@inline(__always)
func ceilDivide(_ a: Int, _ b: Int) -> Int {
    -floorDivide(-a, b)
}

/// The output indices `o` in `range` whose input index `o·stride + offset`
/// lies in `0..<limit`.
@inline(__always)
func validOutputRange(offset: Int, stride: Int, limit: Int, within range: Range<Int>) -> Range<Int> {
    let low = Swift.min(Swift.max(ceilDivide(-offset, stride), range.lowerBound), range.upperBound)
    let high = Swift.min(Swift.max(floorDivide(limit - 1 - offset, stride) + 1, low), range.upperBound)
    return low..<high
}
