import Tensors

extension ONNXGraphModel {
    /// Conv: 2-D convolution with groups, strides, dilations, pads or auto_pad.
    static func convolution(_ operands: ONNXNodeOperands, _ attributes: ConvAttributes) throws -> Tensor {
        let x = try imageBatch(operands)
        let weight = try operands.float(1)
        try operands.require(
            weight.rank == 4 && x.shape[1] == weight.shape[1] * attributes.group,
            "weight \(weight.shape) does not fit input \(x.shape) with \(attributes.group) group(s): expected "
                + "O×\(x.shape[1] / Swift.max(attributes.group, 1))×kH×kW")
        let kernel = Size2D(height: weight.shape[2], width: weight.shape[3])
        let stride = try size(attributes.strides, operands)
        let dilation = try size(attributes.dilations, operands)
        let padding = try resolvedPadding(
            operands, autoPad: attributes.autoPad, pads: attributes.pads, input: x, kernel: kernel, stride: stride,
            dilation: dilation)
        let extent = (
            x.shape[2] + padding.vertical - dilation.height * (kernel.height - 1),
            x.shape[3] + padding.horizontal - dilation.width * (kernel.width - 1))
        try operands.require(
            extent.0 >= 1 && extent.1 >= 1,
            "the \(kernel) kernel (dilation \(dilation)) is larger than the padded \(x.shape[2])x\(x.shape[3]) image")
        let bias = try operands.optionalFloat(2)
        return conv2d(
            x, weight: weight, bias: bias, stride: stride, padding: padding, dilation: dilation,
            groups: attributes.group)
    }

    /// ConvTranspose: 2-D transposed convolution, with output_padding and
    /// output_shape (which sets the padding) as ONNX defines them.
    static func transposedConvolution(
        _ operands: ONNXNodeOperands, _ attributes: ConvTransposeAttributes
    ) throws -> Tensor {
        let x = try imageBatch(operands)
        let weight = try operands.float(1)
        let convolution = attributes.convolution
        try operands.require(
            weight.rank == 4 && weight.shape[0] == x.shape[1],
            "weight \(weight.shape) does not fit input \(x.shape): expected \(x.shape[1])×O/groups×kH×kW")
        let kernel = [weight.shape[2], weight.shape[3]]
        let stride = SpatialDefaults.ones(convolution.strides, spatialRank: 2)
        let dilation = SpatialDefaults.ones(convolution.dilations, spatialRank: 2)
        let outputPadding = attributes.outputPadding.isEmpty ? [0, 0] : attributes.outputPadding
        var pads = SpatialDefaults.pads(convolution.pads, spatialRank: 2)
        var requested = Array(attributes.outputShape.suffix(2))
        if requested.isEmpty, convolution.autoPad == .sameUpper || convolution.autoPad == .sameLower {
            requested = [x.shape[2] * stride[0], x.shape[3] * stride[1]]
        }
        if convolution.autoPad == .valid { pads = [0, 0, 0, 0] }
        if !requested.isEmpty {
            for axis in 0..<2 {
                let full = stride[axis] * (x.shape[2 + axis] - 1) + outputPadding[axis]
                    + (kernel[axis] - 1) * dilation[axis] + 1
                let total = full - requested[axis]
                try operands.require(
                    total >= 0, "output_shape \(requested) is larger than the \(full) the input allows on axis \(axis)")
                let upper = convolution.autoPad == .sameUpper
                pads[axis] = upper ? total / 2 : total - total / 2
                pads[axis + 2] = total - pads[axis]
            }
        }
        try operands.require(
            outputPadding.indices.allSatisfy { outputPadding[$0] < Swift.max(stride[$0], dilation[$0]) },
            "output_padding \(outputPadding) must be smaller than the stride \(stride) or dilation \(dilation)")
        return transposedConv2d(
            x, weight: weight, bias: try operands.optionalFloat(2),
            stride: Size2D(height: stride[0], width: stride[1]), padding: padding(pads),
            outputPadding: Size2D(height: outputPadding[0], width: outputPadding[1]),
            dilation: Size2D(height: dilation[0], width: dilation[1]), groups: convolution.group)
    }

    /// Input 0 as an N,C,H,W float batch: only 2-D spatial operators are supported.
    static func imageBatch(_ operands: ONNXNodeOperands) throws -> Tensor {
        let x = try operands.float(0)
        try operands.require(
            x.rank == 4, "only 2-D images (N×C×H×W inputs) are supported, found an input of shape \(x.shape)")
        return x
    }

    /// Strides or dilations (empty: ones) as a `Size2D`.
    static func size(_ values: [Int], _ operands: ONNXNodeOperands) throws -> Size2D {
        let resolved = SpatialDefaults.ones(values, spatialRank: 2)
        try operands.require(resolved.count == 2, "expected 2 spatial values, found \(values)")
        return Size2D(height: resolved[0], width: resolved[1])
    }

    /// ONNX pads `[top, left, bottom, right]` as a `Padding2D`.
    static func padding(_ pads: [Int]) -> Padding2D {
        Padding2D(top: pads[0], left: pads[1], bottom: pads[2], right: pads[3])
    }

    /// The padding of a convolution or pooling window from `auto_pad` or the explicit pads.
    static func resolvedPadding(
        _ operands: ONNXNodeOperands, autoPad: AutoPad, pads: [Int], input: Tensor, kernel: Size2D, stride: Size2D,
        dilation: Size2D
    ) throws -> Padding2D {
        switch autoPad {
        case .notSet:
            let resolved = SpatialDefaults.pads(pads, spatialRank: 2)
            try operands.require(resolved.count == 4, "expected 4 pads for a 2-D window, found \(pads)")
            return padding(resolved)
        case .valid:
            return .zero
        case .sameUpper, .sameLower:
            return .same(
                height: input.shape[2], width: input.shape[3], kernel: kernel, stride: stride, dilation: dilation,
                extraBefore: autoPad == .sameLower)
        }
    }
}
