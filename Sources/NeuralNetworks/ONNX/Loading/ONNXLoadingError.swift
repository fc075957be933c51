import Foundation

/// Why an ONNX model could not be loaded. Every message names the file, and
/// where it applies the node (name and operator type) or tensor, says what is
/// unsupported or wrong, and what to do about it.
public enum ONNXLoadingError: LocalizedError, Equatable {
    /// The file could not be read at all.
    case unreadableFile(file: String, reason: String)
    /// The bytes are not a valid ONNX protobuf (truncated, corrupt, or not ONNX).
    case malformedFile(file: String, reason: String)
    /// The model has no graph or an empty one.
    case missingGraph(file: String)
    /// The model imports no version of the default ONNX operator set.
    case missingOpset(file: String)
    /// The default operator set's version is outside 11…18.
    case unsupportedOpset(file: String, version: Int)
    /// A node uses an operator (or a non-default domain) Perturb cannot run.
    case unsupportedOperator(file: String, node: String, opType: String, domain: String)
    /// A node has an attribute Perturb does not know or whose value it cannot run.
    case unsupportedAttribute(file: String, node: String, opType: String, attribute: String, reason: String)
    /// A node has a number of inputs or outputs its operator does not allow.
    case wrongArity(file: String, node: String, opType: String, reason: String)
    /// A tensor or value has an element type Perturb cannot load.
    case unsupportedDataType(file: String, context: String, dataType: String)
    /// A tensor's data lives in an external file, which Perturb does not read.
    case externalData(file: String, context: String)
    /// A tensor's stored data does not fit its shape or type.
    case invalidTensor(file: String, context: String, reason: String)
    /// A tensor holds a different number of values than its dimensions say.
    case initializerSizeMismatch(file: String, context: String, dims: [Int], expected: Int, found: Int)
    /// A node reads a value that no node, initializer or graph input provides.
    case missingInput(file: String, node: String, opType: String, input: String)
    /// A graph output is produced by nothing.
    case missingGraphOutput(file: String, output: String)
    /// Two producers (nodes, initializers or graph inputs) write the same value.
    case duplicateValue(file: String, value: String, producer: String)
    /// The nodes depend on each other in a cycle, listed in dependency order.
    case cycle(file: String, nodes: [String])

    /// The message: what was found, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadableFile(let file, let reason):
            "\(file): cannot read the file (\(reason)). Check the path and permissions."
        case .malformedFile(let file, let reason):
            "\(file): not a valid ONNX model (\(reason)). The file may be truncated or not an .onnx file; "
                + "export it again."
        case .missingGraph(let file):
            "\(file): the model has no graph (no nodes and no outputs). Is this an ONNX model file?"
        case .missingOpset(let file):
            "\(file): the model imports no version of the default ONNX operator set (domain \"\"). "
                + "Export it again with an opset between \(ONNXModel.supportedOpsets.lowerBound) and "
                + "\(ONNXModel.supportedOpsets.upperBound)."
        case .unsupportedOpset(let file, let version):
            "\(file): opset \(version) is not supported; Perturb loads opsets "
                + "\(ONNXModel.supportedOpsets.lowerBound) to \(ONNXModel.supportedOpsets.upperBound). "
                + "Export again with, for example, torch.onnx.export(..., opset_version=17), "
                + "or convert with onnx.version_converter."
        case .unsupportedOperator(let file, let node, let opType, let domain):
            "\(file): node \"\(node)\" uses operator \(domain.isEmpty ? "" : "\(domain).")\(opType), "
                + "which Perturb does not support. Supported operators (default ONNX domain): "
                + "\(ONNXOperator.supportedList). Export the model without it or replace that layer."
        case .unsupportedAttribute(let file, let node, let opType, let attribute, let reason):
            "\(file): node \"\(node)\" (\(opType)): attribute \"\(attribute)\" \(reason)."
        case .wrongArity(let file, let node, let opType, let reason):
            "\(file): node \"\(node)\" (\(opType)): \(reason). The model is invalid for this operator; "
                + "check it with onnx.checker.check_model."
        case .unsupportedDataType(let file, let context, let dataType):
            "\(file): \(context) has element type \(dataType), which Perturb does not load. Supported: "
                + ONNXDataType.supported.map(\.name).joined(separator: ", ") + ". Convert the model to float32."
        case .externalData(let file, let context):
            "\(file): \(context) keeps its data in an external file, which Perturb does not read. "
                + "Save the model with all tensors inside it (onnx.save(model, path, save_as_external_data=False))."
        case .invalidTensor(let file, let context, let reason):
            "\(file): \(context): \(reason). The file is corrupt or was written by a faulty exporter; export it again."
        case .initializerSizeMismatch(let file, let context, let dims, let expected, let found):
            "\(file): \(context) has dims \(dims), which hold \(expected) values, but \(found) values are stored. "
                + "The file is corrupt or was written by a faulty exporter; export it again."
        case .missingInput(let file, let node, let opType, let input):
            "\(file): node \"\(node)\" (\(opType)) reads \"\(input)\", which no node, initializer or graph input "
                + "provides. The graph is incomplete; export the whole model again."
        case .missingGraphOutput(let file, let output):
            "\(file): graph output \"\(output)\" is produced by no node, initializer or input. "
                + "The graph is incomplete; export the whole model again."
        case .duplicateValue(let file, let value, let producer):
            "\(file): value \"\(value)\" is written a second time by \(producer); every value must have one "
                + "producer. The graph is invalid; export it again."
        case .cycle(let file, let nodes):
            "\(file): the graph has a cycle: " + (nodes + nodes.prefix(1)).map { "\"\($0)\"" }.joined(separator: " → ")
                + ". ONNX graphs must be acyclic; export the model again."
        }
    }
}
