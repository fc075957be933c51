/// 2-D transposed convolution ("deconvolution", PyTorch `conv_transpose2d`,
/// ONNX `ConvTranspose`) of an N,C,H,W batch with C,O/groups,kH,kW filters,
/// plus an optional bias of O values.
///
/// It is the gradient of `conv2d` with respect to its input: the output is
/// N,O,Hₒ,Wₒ with Hₒ = (H − 1)·stride − top − bottom + dilation·(kH − 1) +
/// outputPadding + 1 (likewise for W); `outputPadding` (less than stride or
/// dilation) adds rows and columns at the bottom and right. Differentiable
/// with respect to input, weight and bias; only the needed gradients are
/// computed.
public func transposedConv2d(
    _ input: Tensor, weight: Tensor, bias: Tensor? = nil,
    stride: Size2D = 1, padding: Padding2D = .zero, outputPadding: Size2D = 0, dilation: Size2D = 1,
    groups: Int = 1
) -> Tensor {
    precondition(input.rank == 4, "transposedConv2d: input must be N,C,H,W, got shape \(input.shape)")
    precondition(weight.rank == 4, "transposedConv2d: weight must be C,O/groups,kH,kW, got shape \(weight.shape)")
    let (batch, channels, height, width) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
    precondition(groups >= 1, "transposedConv2d: groups must be at least 1, got \(groups)")
    precondition(
        weight.shape[0] == channels,
        "transposedConv2d: weight \(weight.shape) must have \(channels) rows (one per input channel of \(input.shape))")
    precondition(channels % groups == 0, "transposedConv2d: input channels \(channels) are not divisible by groups \(groups)")
    precondition(stride.height >= 1 && stride.width >= 1, "transposedConv2d: stride must be positive, got \(stride)")
    precondition(
        dilation.height >= 1 && dilation.width >= 1, "transposedConv2d: dilation must be positive, got \(dilation)")
    precondition(padding.isNonNegative, "transposedConv2d: padding must be non-negative, got \(padding)")
    precondition(
        outputPadding.height >= 0 && outputPadding.width >= 0
            && outputPadding.height < Swift.max(stride.height, dilation.height)
            && outputPadding.width < Swift.max(stride.width, dilation.width),
        "transposedConv2d: outputPadding \(outputPadding) must be non-negative and smaller than stride \(stride) or dilation \(dilation)")
    let outputChannels = weight.shape[1] * groups
    let (kernelHeight, kernelWidth) = (weight.shape[2], weight.shape[3])
    let outputHeight = (height - 1) * stride.height - padding.vertical + dilation.height * (kernelHeight - 1)
        + outputPadding.height + 1
    let outputWidth = (width - 1) * stride.width - padding.horizontal + dilation.width * (kernelWidth - 1)
        + outputPadding.width + 1
    precondition(
        outputHeight >= 1 && outputWidth >= 1,
        "transposedConv2d: input \(input.shape) with weight \(weight.shape), stride \(stride), padding \(padding) gives an empty \(outputHeight)x\(outputWidth) output")
    if let bias {
        precondition(
            bias.shape == [outputChannels],
            "transposedConv2d: bias must have shape [\(outputChannels)] (one per output channel), got \(bias.shape)")
    }
    // The convolution this one transposes: from the output back to the input.
    let geometry = ConvolutionGeometry(
        batch: batch, inputChannels: outputChannels, inputHeight: outputHeight, inputWidth: outputWidth,
        outputChannels: channels, outputHeight: height, outputWidth: width,
        kernelHeight: kernelHeight, kernelWidth: kernelWidth,
        strideHeight: stride.height, strideWidth: stride.width,
        dilationHeight: dilation.height, dilationWidth: dilation.width,
        padTop: padding.top, padLeft: padding.left, groups: groups)
    let x = input.detached(), w = weight.detached()
    var output = convolutionInputGradient(x, weight: w, geometry: geometry)
    if let bias {
        let plane = outputHeight * outputWidth
        output.scalars.withUnsafeMutableBufferPointer { values in
            for image in 0..<batch {
                for channel in 0..<outputChannels {
                    let row = values.baseAddress! + (image * outputChannels + channel) * plane
                    let value = bias.scalars[channel]
                    for index in 0..<plane { row[index] += value }
                }
            }
        }
    }
    let inputs = bias.map { [input, weight, $0] } ?? [input, weight]
    return Tensor.recordingOperation(shape: output.shape, scalars: output.scalars, inputs: inputs) { gradient, needs in
        var result: [Tensor?] = [
            needs[0] ? transposedForward(gradient, weight: w, geometry: geometry) : nil,
            needs[1] ? convolutionWeightGradient(input: gradient, outputGradient: x, geometry: geometry) : nil,
        ]
        if needs.count > 2 {
            result.append(needs[2] ? convolutionBiasGradient(gradient) : nil)
        }
        return result
    }
}

/// The forward convolution of `geometry` (no bias), as a plain tensor.
private func transposedForward(_ input: Tensor, weight: Tensor, geometry g: ConvolutionGeometry) -> Tensor {
    let shape = [g.batch, g.outputChannels, g.outputHeight, g.outputWidth]
    let scalars = makeScalars(shape.elementCount, zeroed: false) { target in
        input.scalars.withUnsafeBufferPointer { xs in
            weight.scalars.withUnsafeBufferPointer { ws in
                ConvolutionKernels.forward(
                    input: xs.baseAddress!, weight: ws.baseAddress!, bias: nil, output: target, geometry: g)
            }
        }
    }
    return Tensor(shape: shape, scalars: scalars)
}
