/// Converts a node's stored `AttributeProto`s into ``ONNXAttribute`` values.
struct ONNXAttributeDecoder {
    /// Decodes tensor-valued attributes.
    let tensors: ONNXTensorDecoder

    /// The attributes of `proto` by name. `node` names it in errors.
    func decode(_ proto: Onnx_NodeProto, node: String) throws -> [String: ONNXAttribute] {
        var attributes: [String: ONNXAttribute] = [:]
        for attribute in proto.attribute {
            attributes[attribute.name] = try decode(attribute, node: node, opType: proto.opType)
        }
        return attributes
    }

    private func decode(_ attribute: Onnx_AttributeProto, node: String, opType: String) throws -> ONNXAttribute {
        func unsupported(_ reason: String) -> ONNXLoadingError {
            .unsupportedAttribute(
                file: tensors.file, node: node, opType: opType, attribute: attribute.name, reason: reason)
        }
        if !attribute.refAttrName.isEmpty {
            throw unsupported("refers to a function attribute (\(attribute.refAttrName)), which Perturb does not support")
        }
        switch attribute.type {
        case .float: return .float(attribute.f)
        case .int: return .int(Int(attribute.i))
        case .string: return .string(String(decoding: attribute.s, as: UTF8.self))
        case .tensor:
            let context = "attribute \"\(attribute.name)\" of node \"\(node)\" (\(opType))"
            return .tensor(try tensors.decode(attribute.t, context: context))
        case .floats: return .floats(attribute.floats)
        case .ints: return .ints(attribute.ints.map { Int($0) })
        case .strings: return .strings(attribute.strings.map { String(decoding: $0, as: UTF8.self) })
        case .undefined:
            throw unsupported("has no type (UNDEFINED); the model was written by a faulty exporter, export it again")
        default:
            throw unsupported(
                "is of type \(attribute.type) (subgraphs, sparse tensors and type protos, as used by If, Loop and Scan), "
                    + "which Perturb does not support; export the model without control flow")
        }
    }
}
