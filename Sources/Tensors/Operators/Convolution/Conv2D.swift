/// 2-D convolution (cross-correlation, as in PyTorch and ONNX) of an N,C,H,W
/// batch with O,C/groups,kH,kW filters, plus an optional bias of O values.
///
/// The output is N,O,Hₒ,Wₒ with Hₒ = ⌊(H + top + bottom − dilation·(kH−1) − 1) / stride⌋ + 1
/// (likewise for W). `groups` splits the channels into independent groups
/// (`groups == C` with C/groups = 1 is a depthwise convolution, computed by a
/// direct kernel; everything else is im2col + GEMM). Differentiable with
/// respect to input, weight and bias; the backward pass computes only the
/// gradients that are asked for.
public func conv2d(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil,
    stride: Size2D = 1, padding: Padding2D = .zero, dilation: Size2D = 1, groups: Int = 1
) -> Tensor {
    precondition(input.rank == 4, "conv2d: input must be N,C,H,W, got shape \(input.shape)")
    precondition(weight.rank == 4, "conv2d: weight must be O,C/groups,kH,kW, got shape \(weight.shape)")
    let geometry = ConvolutionGeometry.forConvolution(
        input: input.shape, weight: weight.shape, stride: stride, padding: padding, dilation: dilation,
        groups: groups, operation: "conv2d")
    if let bias {
        precondition(
            bias.shape == [geometry.outputChannels],
            "conv2d: bias must have shape [\(geometry.outputChannels)] (one per output channel), got \(bias.shape)")
    }
    let x = input.detached(), w = weight.detached()
    let outputShape = [geometry.batch, geometry.outputChannels, geometry.outputHeight, geometry.outputWidth]
    let scalars = makeScalars(outputShape.elementCount, zeroed: false) { output in
        x.scalars.withUnsafeBufferPointer { xs in
            w.scalars.withUnsafeBufferPointer { ws in
                withOptionalPointer(bias?.scalars) { bs in
                    ConvolutionKernels.forward(
                        input: xs.baseAddress!, weight: ws.baseAddress!, bias: bs, output: output, geometry: geometry)
                }
            }
        }
    }
    let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
    return Tensor.recordingOperation(shape: outputShape, scalars: scalars, inputs: inputs) { gradient, needs in
        var result: [Tensor?] = [
            needs[0] ? convolutionInputGradient(gradient, weight: w, geometry: geometry) : nil,
            needs[1] ? convolutionWeightGradient(input: x, outputGradient: gradient, geometry: geometry) : nil,
        ]
        if needs.count > 2 {
            result.append(needs[2] ? convolutionBiasGradient(gradient) : nil)
        }
        return result
    }
}

/// The gradient of a convolution with respect to its input (also the forward
/// pass of the transposed convolution).
func convolutionInputGradient(_ outputGradient: Tensor, weight: Tensor, geometry g: ConvolutionGeometry) -> Tensor {
    let shape = [g.batch, g.inputChannels, g.inputHeight, g.inputWidth]
    let scalars = makeScalars(shape.elementCount, zeroed: false) { target in
        outputGradient.scalars.withUnsafeBufferPointer { dy in
            weight.scalars.withUnsafeBufferPointer { ws in
                ConvolutionKernels.inputGradient(
                    outputGradient: dy.baseAddress!, weight: ws.baseAddress!, inputGradient: target, geometry: g)
            }
        }
    }
    return Tensor(shape: shape, scalars: scalars)
}

/// The gradient of a convolution with respect to its weight, shaped O,C/groups,kH,kW.
func convolutionWeightGradient(input: Tensor, outputGradient: Tensor, geometry g: ConvolutionGeometry) -> Tensor {
    let shape = [g.outputChannels, g.inputChannelsPerGroup, g.kernelHeight, g.kernelWidth]
    let scalars = makeScalars(shape.elementCount, zeroed: false) { target in
        input.scalars.withUnsafeBufferPointer { xs in
            outputGradient.scalars.withUnsafeBufferPointer { dy in
                ConvolutionKernels.weightGradient(
                    input: xs.baseAddress!, outputGradient: dy.baseAddress!, weightGradient: target, geometry: g)
            }
        }
    }
    return Tensor(shape: shape, scalars: scalars)
}

/// The gradient of a per-channel bias added to an N,C,H,W tensor: sums over N, H, W.
func convolutionBiasGradient(_ outputGradient: Tensor) -> Tensor {
    let (batch, channels) = (outputGradient.shape[0], outputGradient.shape[1])
    let plane = outputGradient.shape[2...].elementCount
    let scalars = makeScalars(channels, zeroed: false) { target in
        outputGradient.scalars.withUnsafeBufferPointer { dy in
            ConvolutionKernels.biasGradient(
                outputGradient: dy.baseAddress!, batch: batch, channels: channels, plane: plane, biasGradient: target)
        }
    }
    return Tensor(shape: [channels], scalars: scalars)
}

/// Calls `body` with a pointer to the values, or `nil` when there are none.
@inline(__always)
func withOptionalPointer<Result>(_ values: [Float]?, _ body: (UnsafePointer<Float>?) -> Result) -> Result {
    guard let values else { return body(nil) }
    return values.withUnsafeBufferPointer { body($0.baseAddress) }
}

extension ConvolutionGeometry {
    /// The geometry of `conv2d`, checking every argument.
    static func forConvolution(
        input: [Int], weight: [Int], stride: Size2D, padding: Padding2D, dilation: Size2D, groups: Int,
        operation: String
    ) -> ConvolutionGeometry {
        let (batch, channels, height, width) = (input[0], input[1], input[2], input[3])
        let (outputChannels, channelsPerGroup, kernelHeight, kernelWidth) = (weight[0], weight[1], weight[2], weight[3])
        precondition(groups >= 1, "\(operation): groups must be at least 1, got \(groups)")
        precondition(
            channels % groups == 0 && outputChannels % groups == 0,
            "\(operation): input channels \(channels) and output channels \(outputChannels) must both be divisible by groups \(groups) (input \(input), weight \(weight))")
        precondition(
            channelsPerGroup * groups == channels,
            "\(operation): weight \(weight) expects \(channelsPerGroup) input channels per group, but input \(input) has \(channels) channels in \(groups) groups")
        precondition(kernelHeight >= 1 && kernelWidth >= 1, "\(operation): weight \(weight) has an empty kernel")
        precondition(
            stride.height >= 1 && stride.width >= 1, "\(operation): stride must be positive, got \(stride)")
        precondition(
            dilation.height >= 1 && dilation.width >= 1, "\(operation): dilation must be positive, got \(dilation)")
        precondition(padding.isNonNegative, "\(operation): padding must be non-negative, got \(padding)")
        let spanH = dilation.height * (kernelHeight - 1) + 1, spanW = dilation.width * (kernelWidth - 1) + 1
        let paddedH = height + padding.vertical, paddedW = width + padding.horizontal
        precondition(
            paddedH >= spanH && paddedW >= spanW,
            "\(operation): input \(input) padded by \(padding) is \(paddedH)x\(paddedW), smaller than the dilated kernel \(spanH)x\(spanW)")
        return ConvolutionGeometry(
            batch: batch, inputChannels: channels, inputHeight: height, inputWidth: width,
            outputChannels: outputChannels,
            outputHeight: (paddedH - spanH) / stride.height + 1, outputWidth: (paddedW - spanW) / stride.width + 1,
            kernelHeight: kernelHeight, kernelWidth: kernelWidth,
            strideHeight: stride.height, strideWidth: stride.width,
            dilationHeight: dilation.height, dilationWidth: dilation.width,
            padTop: padding.top, padLeft: padding.left, groups: groups)
    }
}
