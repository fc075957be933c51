import Tensors

extension ONNXOperation {
    /// Decodes the operation of the node `reader` reads, refusing attributes
    /// that are unknown or whose values Perturb cannot run.
    init(reading reader: ONNXAttributeReader) throws {
        self = try Self.decode(reader)
        try reader.finish()
    }

    private static func decode(_ reader: ONNXAttributeReader) throws -> ONNXOperation {
        let opset = reader.opset
        switch reader.opType {
        case .conv: return .conv(try convolution(reader))
        case .convTranspose:
            return .convTranspose(
                ConvTransposeAttributes(
                    convolution: try convolution(reader),
                    outputPadding: try reader.ints("output_padding") ?? [],
                    outputShape: try reader.ints("output_shape") ?? []))
        case .gemm:
            return .gemm(
                GemmAttributes(
                    alpha: try reader.float("alpha", default: 1), beta: try reader.float("beta", default: 1),
                    transposeA: try reader.bool("transA", default: false),
                    transposeB: try reader.bool("transB", default: false)))
        case .matMul: return .matMul
        case .add: return .add
        case .sub: return .sub
        case .mul: return .mul
        case .div: return .div
        case .relu: return .relu
        case .leakyRelu: return .leakyRelu(alpha: try reader.float("alpha", default: 0.01))
        case .sigmoid: return .sigmoid
        case .tanh: return .tanh
        case .clip: return .clip
        case .erf: return .erf
        case .gelu: return .gelu(try reader.choice("approximate", default: GeluApproximation.none))
        case .maxPool:
            guard try reader.int("storage_order", default: 0) == 0 else {
                throw reader.unsupported("storage_order", "is 1 (column-major indices); only 0 is supported")
            }
            return .maxPool(try pooling(reader))
        case .averagePool:
            var attributes = try pooling(reader)
            attributes.countIncludePad = try reader.bool("count_include_pad", default: false)
            return .averagePool(attributes)
        case .globalAveragePool: return .globalAveragePool
        case .batchNormalization:
            _ = try reader.float("momentum", default: 0.9)
            _ = try reader.int("spatial", default: 1)
            guard try !reader.bool("training_mode", default: false) else {
                throw reader.unsupported("training_mode", "is 1; export the model in eval mode (model.eval())")
            }
            return .batchNormalization(epsilon: try reader.float("epsilon", default: 1e-5))
        case .flatten: return .flatten(axis: try reader.int("axis", default: 1))
        case .reshape: return .reshape(allowZero: try reader.bool("allowzero", default: false))
        case .transpose: return .transpose(permutation: try reader.ints("perm"))
        case .concat:
            guard let axis = try reader.optionalInt("axis") else {
                throw reader.unsupported("axis", "is missing; Concat requires it")
            }
            return .concat(axis: axis)
        case .softmax: return .softmax(try softmax(reader))
        case .logSoftmax: return .logSoftmax(try softmax(reader))
        case .dropout:
            _ = try reader.float("ratio", default: 0.5)
            _ = try reader.optionalInt("seed")
            return .dropout
        case .identity: return .identity
        case .constant: return .constant(try constantValue(reader))
        case .pad: return .pad(try reader.choice("mode", default: PadMode.constant))
        case .squeeze: return .squeeze(axes: opset < 13 ? try reader.ints("axes") : nil)
        case .unsqueeze:
            guard opset < 13 else { return .unsqueeze(axes: nil) }
            guard let axes = try reader.ints("axes") else {
                throw reader.unsupported("axes", "is missing; Unsqueeze requires it before opset 13")
            }
            return .unsqueeze(axes: axes)
        case .shape: return .shape(start: try reader.int("start", default: 0), end: try reader.optionalInt("end"))
        case .gather: return .gather(axis: try reader.int("axis", default: 0))
        case .slice: return .slice
        case .reduceMean:
            return .reduceMean(
                ReduceAttributes(
                    axes: opset < 18 ? try reader.ints("axes") : nil,
                    keepDims: try reader.bool("keepdims", default: true),
                    noopWithEmptyAxes: opset >= 18 ? try reader.bool("noop_with_empty_axes", default: false) : false))
        case .cast: return .cast(to: try castTarget(reader))
        case .constantOfShape:
            let value = try reader.tensor("value") ?? .float(Tensor([0]))
            guard value.elementCount == 1 else {
                throw reader.unsupported("value", "holds \(value.elementCount) values; ConstantOfShape needs exactly one")
            }
            return .constantOfShape(value: value)
        case .equal: return .equal
        case .where: return .where
        case .expand: return .expand
        }
    }

    /// The attributes shared by Conv and ConvTranspose.
    private static func convolution(_ reader: ONNXAttributeReader) throws -> ConvAttributes {
        let group = try reader.int("group", default: 1)
        guard group >= 1 else { throw reader.unsupported("group", "is \(group); it must be at least 1") }
        let window = try spatialWindow(reader)
        return ConvAttributes(
            kernelShape: window.kernelShape, strides: window.strides, dilations: window.dilations,
            pads: window.pads, autoPad: window.autoPad, group: group)
    }

    /// The attributes shared by MaxPool and AveragePool.
    private static func pooling(_ reader: ONNXAttributeReader) throws -> PoolAttributes {
        let window = try spatialWindow(reader)
        guard !window.kernelShape.isEmpty else {
            throw reader.unsupported("kernel_shape", "is missing; \(reader.opType.rawValue) requires it")
        }
        return PoolAttributes(
            kernelShape: window.kernelShape, strides: window.strides, dilations: window.dilations,
            pads: window.pads, autoPad: window.autoPad, ceilMode: try reader.bool("ceil_mode", default: false))
    }

    /// kernel_shape, strides, dilations, pads and auto_pad, checked for sign and length.
    private static func spatialWindow(_ reader: ONNXAttributeReader) throws -> PoolAttributes {
        let window = PoolAttributes(
            kernelShape: try reader.ints("kernel_shape") ?? [], strides: try reader.ints("strides") ?? [],
            dilations: try reader.ints("dilations") ?? [], pads: try reader.ints("pads") ?? [],
            autoPad: try reader.choice("auto_pad", default: AutoPad.notSet))
        for (name, values, minimum) in [
            ("kernel_shape", window.kernelShape, 1), ("strides", window.strides, 1),
            ("dilations", window.dilations, 1), ("pads", window.pads, 0),
        ] where values.contains(where: { $0 < minimum }) {
            throw reader.unsupported(name, "is \(values); every entry must be at least \(minimum)")
        }
        let spatialRank = window.kernelShape.isEmpty
            ? [window.strides.count, window.dilations.count, window.pads.count / 2].max()! : window.kernelShape.count
        for (name, values, perAxis) in [("strides", window.strides, 1), ("dilations", window.dilations, 1), ("pads", window.pads, 2)]
        where !values.isEmpty && values.count != perAxis * spatialRank {
            throw reader.unsupported(
                name, "is \(values); it needs \(perAxis == 2 ? "a begin and an end" : "one entry") for each of the "
                    + "\(spatialRank) spatial axes")
        }
        return window
    }

    private static func softmax(_ reader: ONNXAttributeReader) throws -> SoftmaxAttributes {
        let coerces = reader.opset < 13
        return SoftmaxAttributes(axis: try reader.int("axis", default: coerces ? 1 : -1), coercesTo2D: coerces)
    }

    private static func castTarget(_ reader: ONNXAttributeReader) throws -> ONNXDataType {
        guard let code = try reader.optionalInt("to") else {
            throw reader.unsupported("to", "is missing; Cast requires it")
        }
        guard let type = ONNXDataType(rawValue: code), type.isFloatingPoint || type.isInteger else {
            throw reader.unsupported(
                "to", "is \(ONNXDataType.describe(code: code)); supported: "
                    + ONNXDataType.supported.map(\.name).joined(separator: ", "))
        }
        return type
    }

    /// The one value attribute of a Constant node, as a tensor.
    private static func constantValue(_ reader: ONNXAttributeReader) throws -> ONNXTensor {
        let forms: [(String, (ONNXAttribute) -> ONNXTensor?)] = [
            ("value", { if case .tensor(let tensor) = $0 { tensor } else { nil } }),
            ("value_float", { if case .float(let value) = $0 { .float(Tensor(value)) } else { nil } }),
            ("value_floats", { if case .floats(let values) = $0 { .float(Tensor(values)) } else { nil } }),
            ("value_int", { if case .int(let value) = $0 { .integer(IntegerTensor(shape: [], values: [value])) } else { nil } }),
            ("value_ints", {
                if case .ints(let values) = $0 { .integer(IntegerTensor(shape: [values.count], values: values)) } else { nil }
            }),
        ]
        for (name, convert) in forms {
            guard let attribute = reader.value(name) else { continue }
            guard let tensor = convert(attribute) else {
                throw reader.unsupported(name, "has type \(attribute.typeName), which does not match its name")
            }
            return tensor
        }
        throw reader.unsupported(
            "value", "is missing; Perturb supports Constant with value, value_float, value_floats, value_int "
                + "or value_ints (not sparse_value or strings)")
    }
}
