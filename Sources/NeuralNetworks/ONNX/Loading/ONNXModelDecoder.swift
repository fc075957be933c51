import Foundation
import SwiftProtobuf

/// Turns the bytes of an .onnx file into a validated ``ONNXModel``.
struct ONNXModelDecoder {
    /// The model's name for error messages.
    let source: String

    func decode(_ data: Data) throws -> ONNXModel {
        let proto: Onnx_ModelProto
        do {
            proto = try Onnx_ModelProto(serializedBytes: data)
        } catch {
            throw ONNXLoadingError.malformedFile(file: source, reason: "protobuf decoding failed: \(error)")
        }
        guard proto.hasGraph, !proto.graph.node.isEmpty || !proto.graph.output.isEmpty else {
            throw ONNXLoadingError.missingGraph(file: source)
        }
        let opset = try defaultOpset(proto)
        let producer = [proto.producerName, proto.producerVersion].filter { !$0.isEmpty }.joined(separator: " ")
        return ONNXModel(
            graph: try graph(proto.graph, opset: opset),
            opsetVersion: opset,
            irVersion: Int(proto.irVersion),
            producer: producer,
            metadata: proto.metadataProps.map { (key: $0.key, value: $0.value) })
    }

    /// The version of the default domain's operator set, checked against 11…18.
    private func defaultOpset(_ proto: Onnx_ModelProto) throws -> Int {
        guard let entry = proto.opsetImport.last(where: { $0.domain.isEmpty || $0.domain == "ai.onnx" }) else {
            throw ONNXLoadingError.missingOpset(file: source)
        }
        let version = Int(entry.version)
        guard ONNXModel.supportedOpsets.contains(version) else {
            throw ONNXLoadingError.unsupportedOpset(file: source, version: version)
        }
        return version
    }

    private func graph(_ proto: Onnx_GraphProto, opset: Int) throws -> ONNXGraph {
        let tensors = ONNXTensorDecoder(file: source)
        var initializers: [String: ONNXTensor] = [:]
        for initializer in proto.initializer {
            guard initializers[initializer.name] == nil else {
                throw ONNXLoadingError.duplicateValue(file: source, value: initializer.name, producer: "a second initializer")
            }
            initializers[initializer.name] = try tensors.decode(initializer, context: "initializer \"\(initializer.name)\"")
        }
        let inputs = try proto.input.filter { initializers[$0.name] == nil }.map { try valueInfo($0, role: "graph input") }
        let outputs = try proto.output.map { try valueInfo($0, role: "graph output") }

        let attributes = ONNXAttributeDecoder(tensors: tensors)
        let nodes = try proto.node.enumerated().map { index, node in
            try self.node(node, index: index, opset: opset, attributes: attributes)
        }
        let provided = Set(inputs.map(\.name)).union(initializers.keys)
        let sorted = try ONNXGraphSorter(file: source).sorted(nodes, provided: provided)

        let produced = provided.union(nodes.flatMap(\.outputs))
        if let missing = outputs.first(where: { !produced.contains($0.name) }) {
            throw ONNXLoadingError.missingGraphOutput(file: source, output: missing.name)
        }
        return ONNXGraph(name: proto.name, nodes: sorted, initializers: initializers, inputs: inputs, outputs: outputs)
    }

    private func node(
        _ proto: Onnx_NodeProto, index: Int, opset: Int, attributes: ONNXAttributeDecoder
    ) throws -> ONNXNode {
        let name = proto.name.isEmpty ? "\(proto.opType)#\(index)" : proto.name
        guard proto.domain.isEmpty || proto.domain == "ai.onnx", let opType = ONNXOperator(rawValue: proto.opType) else {
            throw ONNXLoadingError.unsupportedOperator(file: source, node: name, opType: proto.opType, domain: proto.domain)
        }
        let allowed = opType.allowedInputCount(opset: opset)
        guard allowed.contains(proto.input.count) else {
            let expected = allowed.upperBound == Int.max ? "at least \(allowed.lowerBound)" : "\(allowed)"
            throw ONNXLoadingError.wrongArity(
                file: source, node: name, opType: proto.opType,
                reason: "has \(proto.input.count) inputs where opset \(opset) allows \(expected)")
        }
        guard proto.output.count == 1 || (opType == .dropout && proto.output.count == 2) else {
            throw ONNXLoadingError.wrongArity(
                file: source, node: name, opType: proto.opType,
                reason: "has \(proto.output.count) outputs; Perturb supports exactly one "
                    + "(no MaxPool indices, no training-mode BatchNormalization statistics)")
        }
        let reader = ONNXAttributeReader(
            attributes: try attributes.decode(proto, node: name), file: source, node: name, opType: opType, opset: opset)
        return ONNXNode(
            name: name, opType: opType, operation: try ONNXOperation(reading: reader),
            inputs: proto.input, outputs: proto.output)
    }

    /// A graph input or output; `role` names it in errors.
    private func valueInfo(_ proto: Onnx_ValueInfoProto, role: String) throws -> ONNXValueInfo {
        let context = "\(role) \"\(proto.name)\""
        guard case .tensorType(let tensorType)? = proto.type.value else {
            throw ONNXLoadingError.unsupportedDataType(file: source, context: context, dataType: "a non-tensor type")
        }
        guard let dataType = ONNXDataType(rawValue: Int(tensorType.elemType)),
            dataType.isFloatingPoint || dataType.isInteger
        else {
            throw ONNXLoadingError.unsupportedDataType(
                file: source, context: context, dataType: ONNXDataType.describe(code: Int(tensorType.elemType)))
        }
        let shape = tensorType.hasShape ? tensorType.shape.dim.map(dimension) : nil
        return ONNXValueInfo(name: proto.name, dataType: dataType, shape: shape)
    }

    private func dimension(_ proto: Onnx_TensorShapeProto.Dimension) -> ONNXDimension {
        switch proto.value {
        case .dimValue(let size)? where size >= 0: .fixed(Int(size))
        case .dimParam(let name)? where !name.isEmpty: .symbolic(name)
        default: .unknown
        }
    }
}
