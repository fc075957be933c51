import Foundation
import Tensors

extension BuiltInLayer {
    /// The model as ONNX (opset 17): input `input` of shape N×C×H×W with a
    /// dynamic batch dimension `N`, output `logits` N×classes, batch norm in
    /// inference form, and the labels and input spec in `metadata_props`
    /// (keys `labels`, `input`, and `mean`/`std` when the spec normalises).
    public func onnxModel(input spec: InputSpec, labels: [String], name: String = "perturb") throws -> ONNXModel {
        var graph = ONNXGraphBuilder()
        let last = exportONNX(input: "input", into: &graph)
        graph.addNode(.identity, type: .identity, inputs: [last], output: "logits")
        let onnxGraph = ONNXGraph(
            name: name, nodes: graph.nodes, initializers: graph.initializers,
            inputs: [
                ONNXValueInfo(
                    name: "input", dataType: .float,
                    shape: [.symbolic("N"), .fixed(spec.channels), .fixed(spec.height), .fixed(spec.width)])
            ],
            outputs: [ONNXValueInfo(name: "logits", dataType: .float, shape: [.symbolic("N"), .fixed(labels.count)])])
        let document = ClassifierMetadata(input: spec, labels: labels, origin: .defaults).document
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var metadata = [
            (key: "labels", value: try encoder.encode(labels)), (key: "input", value: try encoder.encode(document.input)),
        ]
        if let mean = spec.mean, let std = spec.std {
            metadata += [(key: "mean", value: try encoder.encode(mean)), (key: "std", value: try encoder.encode(std))]
        }
        return ONNXModel(
            graph: onnxGraph, opsetVersion: 17, irVersion: 8, producer: "perturb",
            metadata: metadata.map { (key: $0.key, value: String(decoding: $0.value, as: UTF8.self)) })
    }
}
