/// Turns an ``ONNXModel`` back into the protobuf an .onnx file holds.
enum ONNXModelEncoder {
    /// The model proto of `model`; loading its bytes gives back an equal model.
    static func encode(_ model: ONNXModel) -> Onnx_ModelProto {
        var proto = Onnx_ModelProto()
        // Initializers outside the graph inputs need IR version 4 or later.
        proto.irVersion = Int64(max(model.irVersion, 4))
        proto.producerName = model.producer
        var opset = Onnx_OperatorSetIdProto()
        opset.domain = ""
        opset.version = Int64(model.opsetVersion)
        proto.opsetImport = [opset]
        proto.metadataProps = model.metadata.map { entry in
            var property = Onnx_StringStringEntryProto()
            property.key = entry.key
            property.value = entry.value
            return property
        }
        proto.graph = graph(model.graph, opset: model.opsetVersion)
        return proto
    }

    private static func graph(_ graph: ONNXGraph, opset: Int) -> Onnx_GraphProto {
        var proto = Onnx_GraphProto()
        proto.name = graph.name
        proto.input = graph.inputs.map(valueInfo)
        proto.output = graph.outputs.map(valueInfo)
        proto.initializer = graph.initializers.keys.sorted().map { name in
            ONNXTensorEncoder.encode(graph.initializers[name]!, name: name)
        }
        proto.node = graph.nodes.map { node in
            var nodeProto = Onnx_NodeProto()
            nodeProto.name = node.name
            nodeProto.opType = node.opType.rawValue
            nodeProto.input = node.inputs
            nodeProto.output = node.outputs
            nodeProto.attribute = node.operation.attributes(opset: opset)
            return nodeProto
        }
        return proto
    }

    private static func valueInfo(_ info: ONNXValueInfo) -> Onnx_ValueInfoProto {
        var tensorType = Onnx_TypeProto.Tensor()
        tensorType.elemType = Int32(info.dataType.rawValue)
        if let shape = info.shape {
            tensorType.shape.dim = shape.map { dimension in
                var proto = Onnx_TensorShapeProto.Dimension()
                switch dimension {
                case .fixed(let size): proto.dimValue = Int64(size)
                case .symbolic(let name): proto.dimParam = name
                case .unknown: break
                }
                return proto
            }
        }
        var proto = Onnx_ValueInfoProto()
        proto.name = info.name
        proto.type.tensorType = tensorType
        return proto
    }
}
