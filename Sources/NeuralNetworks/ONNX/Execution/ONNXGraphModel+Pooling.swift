import Tensors

extension ONNXGraphModel {
    /// MaxPool over H and W (strides default to 1, as in ONNX).
    static func maxPool(_ operands: ONNXNodeOperands, _ attributes: PoolAttributes) throws -> Tensor {
        let (x, window) = try poolingWindow(operands, attributes)
        return x.maxPool2d(
            kernel: window.kernel, stride: window.stride, padding: window.padding, dilation: window.dilation,
            ceilMode: attributes.ceilMode)
    }

    /// AveragePool over H and W, with or without padded positions in the divisor.
    static func averagePool(_ operands: ONNXNodeOperands, _ attributes: PoolAttributes) throws -> Tensor {
        let (x, window) = try poolingWindow(operands, attributes)
        try operands.require(window.dilation == 1, "dilated average pooling (dilations \(window.dilation)) is not supported")
        return x.averagePool2d(
            kernel: window.kernel, stride: window.stride, padding: window.padding, ceilMode: attributes.ceilMode,
            countIncludePad: attributes.countIncludePad)
    }

    /// GlobalAveragePool: the mean over H and W, kept as 1×1.
    static func globalAveragePool(_ operands: ONNXNodeOperands) throws -> Tensor {
        try imageBatch(operands).globalAveragePool2d()
    }

    /// The input and resolved window of a pooling node, checked to fit the image.
    private static func poolingWindow(
        _ operands: ONNXNodeOperands, _ attributes: PoolAttributes
    ) throws -> (Tensor, (kernel: Size2D, stride: Size2D, dilation: Size2D, padding: Padding2D)) {
        let x = try imageBatch(operands)
        try operands.require(attributes.kernelShape.count == 2, "kernel_shape \(attributes.kernelShape) is not 2-D")
        let kernel = Size2D(height: attributes.kernelShape[0], width: attributes.kernelShape[1])
        let stride = try size(attributes.strides, operands)
        let dilation = try size(attributes.dilations, operands)
        let padding = try resolvedPadding(
            operands, autoPad: attributes.autoPad, pads: attributes.pads, input: x, kernel: kernel, stride: stride,
            dilation: dilation)
        try operands.require(
            x.shape[2] + padding.vertical >= dilation.height * (kernel.height - 1) + 1
                && x.shape[3] + padding.horizontal >= dilation.width * (kernel.width - 1) + 1,
            "the \(kernel) window is larger than the padded \(x.shape[2])x\(x.shape[3]) image")
        return (x, (kernel, stride, dilation, padding))
    }
}
