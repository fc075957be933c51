import Foundation

extension ONNXOperation {
    /// The node attributes that decode back to this operation at `opset`.
    func attributes(opset: Int) -> [Onnx_AttributeProto] {
        let write = ONNXAttributeWriter()
        switch self {
        case .conv(let conv):
            write.convolution(conv)
        case .convTranspose(let transpose):
            write.convolution(transpose.convolution)
            write.ints("output_padding", transpose.outputPadding, omitEmpty: true)
            write.ints("output_shape", transpose.outputShape, omitEmpty: true)
        case .gemm(let gemm):
            write.float("alpha", gemm.alpha)
            write.float("beta", gemm.beta)
            write.int("transA", gemm.transposeA ? 1 : 0)
            write.int("transB", gemm.transposeB ? 1 : 0)
        case .leakyRelu(let alpha): write.float("alpha", alpha)
        case .gelu(let approximation): write.string("approximate", approximation.rawValue)
        case .maxPool(let pool): write.pooling(pool)
        case .averagePool(let pool):
            write.pooling(pool)
            write.int("count_include_pad", pool.countIncludePad ? 1 : 0)
        case .batchNormalization(let epsilon): write.float("epsilon", epsilon)
        case .flatten(let axis), .concat(let axis), .gather(let axis): write.int("axis", axis)
        case .reshape(let allowZero) where allowZero || opset >= 14: write.int("allowzero", allowZero ? 1 : 0)
        case .transpose(let permutation?): write.ints("perm", permutation)
        case .softmax(let softmax), .logSoftmax(let softmax): write.int("axis", softmax.axis)
        case .constant(let value): write.tensor("value", value)
        case .pad(let mode): write.string("mode", mode.rawValue)
        case .squeeze(let axes?), .unsqueeze(let axes?): write.ints("axes", axes)
        case .shape(let start, let end):
            if start != 0 { write.int("start", start) }
            if let end { write.int("end", end) }
        case .reduceMean(let reduce):
            if let axes = reduce.axes { write.ints("axes", axes) }
            write.int("keepdims", reduce.keepDims ? 1 : 0)
            if opset >= 18 { write.int("noop_with_empty_axes", reduce.noopWithEmptyAxes ? 1 : 0) }
        case .cast(let type): write.int("to", type.rawValue)
        case .constantOfShape(let value): write.tensor("value", value)
        default: break
        }
        return write.attributes
    }
}

/// Collects attribute protos in the order they are written.
private final class ONNXAttributeWriter {
    private(set) var attributes: [Onnx_AttributeProto] = []

    private func append(_ name: String, _ type: Onnx_AttributeProto.AttributeType, _ fill: (inout Onnx_AttributeProto) -> Void) {
        var attribute = Onnx_AttributeProto()
        attribute.name = name
        attribute.type = type
        fill(&attribute)
        attributes.append(attribute)
    }

    func int(_ name: String, _ value: Int) { append(name, .int) { $0.i = Int64(value) } }
    func float(_ name: String, _ value: Float) { append(name, .float) { $0.f = value } }
    func string(_ name: String, _ value: String) { append(name, .string) { $0.s = Data(value.utf8) } }
    func tensor(_ name: String, _ value: ONNXTensor) { append(name, .tensor) { $0.t = ONNXTensorEncoder.encode(value) } }

    func ints(_ name: String, _ values: [Int], omitEmpty: Bool = false) {
        if omitEmpty && values.isEmpty { return }
        append(name, .ints) { $0.ints = values.map { Int64($0) } }
    }

    /// kernel_shape, strides, dilations, pads (those given) and auto_pad.
    private func window(kernelShape: [Int], strides: [Int], dilations: [Int], pads: [Int], autoPad: AutoPad) {
        ints("kernel_shape", kernelShape, omitEmpty: true)
        ints("strides", strides, omitEmpty: true)
        ints("dilations", dilations, omitEmpty: true)
        ints("pads", pads, omitEmpty: true)
        if autoPad != .notSet { string("auto_pad", autoPad.rawValue) }
    }

    func convolution(_ conv: ConvAttributes) {
        window(kernelShape: conv.kernelShape, strides: conv.strides, dilations: conv.dilations, pads: conv.pads, autoPad: conv.autoPad)
        int("group", conv.group)
    }

    func pooling(_ pool: PoolAttributes) {
        window(kernelShape: pool.kernelShape, strides: pool.strides, dilations: pool.dilations, pads: pool.pads, autoPad: pool.autoPad)
        int("ceil_mode", pool.ceilMode ? 1 : 0)
    }
}
