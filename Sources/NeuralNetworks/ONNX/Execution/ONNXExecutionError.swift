import Foundation

/// Why an ONNX graph could not run on a given input. Every message names the
/// value or node involved, what was expected and found, and what to do.
public enum ONNXExecutionError: LocalizedError, Equatable {
    /// The graph cannot be run as a one-input image model (several inputs, a
    /// non-float input, or an output that is not a float tensor).
    case unsupportedGraph(model: String, reason: String)
    /// The batch fed to the model does not match the model's declared input.
    case inputShapeMismatch(model: String, input: String, declared: String, found: [Int])
    /// A node received operands it cannot compute with (shapes that do not
    /// fit, an index out of range, integer data where floats are needed, …).
    case invalidOperands(node: String, opType: String, reason: String)

    /// The message: what was found, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .unsupportedGraph(let model, let reason):
            "\(model): cannot run this graph: \(reason). Perturb runs image classifiers with one float "
                + "input (N×C×H×W) and a float output; export the model with a single image input."
        case .inputShapeMismatch(let model, let input, let declared, let found):
            "\(model): input \"\(input)\" is declared as \(declared) but the batch has shape "
                + "\(found.map(String.init).joined(separator: "×")). Resize or convert the images to the "
                + "model's input (the batch dimension may vary)."
        case .invalidOperands(let node, let opType, let reason):
            "node \"\(node)\" (\(opType)): \(reason). The model's shapes do not fit this input; check that "
                + "the input matches what the model was exported for."
        }
    }
}
