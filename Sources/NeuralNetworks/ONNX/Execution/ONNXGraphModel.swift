import Foundation
import Tensors

/// Runs a loaded ``ONNXModel`` on a batch of tensors, differentiably.
///
/// Every node is computed with the `Tensors` operators, so the gradient of
/// any function of the output with respect to the input comes from the tape.
/// Floating-point initializers become ``Parameter``s (running statistics of
/// batch normalisation are untrainable), so the model can be fine-tuned and
/// saved again with ``updatedModel()``. Integer values (the shape
/// sub-graphs PyTorch emits around Flatten and Reshape) are computed exactly
/// as ``IntegerTensor``s. The batch dimension may differ from the exported one.
///
/// The graph always runs as in inference (Dropout is the identity, batch
/// normalisation uses its stored statistics). Use ``run(_:)`` for a checked
/// run that throws ``ONNXExecutionError``; calling the model as a ``Layer``
/// stops the program with that error's message instead.
public final class ONNXGraphModel: Layer {
    /// The model being run, with its initializers as loaded.
    public let model: ONNXModel
    /// A name for error messages, such as the file name.
    public let name: String
    /// The graph input the batch is fed to.
    public let input: ONNXValueInfo
    /// The graph output returned.
    public let output: ONNXValueInfo
    /// The floating-point initializers, in name order.
    public let parameters: [Parameter]
    private let parameterByName: [String: Parameter]
    /// The integer initializers: constants of the shape computations.
    private let constants: [String: ONNXTensor]
    /// For each node, the values whose last reader it is (freed after it runs).
    private let lastReads: [[String]]

    /// Prepares `model` to run; `name` labels error messages.
    ///
    /// Throws ``ONNXExecutionError/unsupportedGraph(model:reason:)`` unless
    /// the graph has exactly one float input and a float first output.
    public init(_ model: ONNXModel, name: String = "the model") throws {
        let graph = model.graph
        guard graph.inputs.count == 1, let input = graph.inputs.first else {
            throw ONNXExecutionError.unsupportedGraph(
                model: name, reason: "it has \(graph.inputs.count) inputs (\(graph.inputs.map(\.name))), not one")
        }
        guard input.dataType.isFloatingPoint else {
            throw ONNXExecutionError.unsupportedGraph(
                model: name, reason: "its input \"\(input.name)\" has element type \(input.dataType.name)")
        }
        guard let output = graph.outputs.first else {
            throw ONNXExecutionError.unsupportedGraph(model: name, reason: "it has no output")
        }
        self.model = model
        self.name = name
        self.input = input
        self.output = output
        let statistics = Set(graph.nodes.filter { $0.opType == .batchNormalization }.flatMap { $0.inputs.dropFirst(3) })
        var parameters: [Parameter] = []
        var constants: [String: ONNXTensor] = [:]
        for (valueName, tensor) in graph.initializers.sorted(by: { $0.key < $1.key }) {
            if let values = tensor.floatTensor {
                parameters.append(Parameter(name: valueName, value: values, isTrainable: !statistics.contains(valueName)))
            } else {
                constants[valueName] = tensor
            }
        }
        self.parameters = parameters
        self.parameterByName = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0) })
        self.constants = constants
        self.lastReads = Self.lastReads(of: graph)
    }

    /// Loads the ONNX file at `url` and prepares it to run.
    public convenience init(contentsOf url: URL) throws {
        try self.init(ONNXModel(contentsOf: url), name: url.lastPathComponent)
    }

    /// Checks that a batch of shape `shape` fits the declared input: same
    /// rank and equal fixed dimensions (symbolic ones, such as the batch, may
    /// take any size).
    public func validate(inputShape shape: [Int]) throws {
        guard let declared = input.shape else { return }
        let fits = declared.count == shape.count
            && zip(declared, shape).allSatisfy { dimension, size in dimension.fixedSize.map { $0 == size } ?? true }
        if !fits {
            throw ONNXExecutionError.inputShapeMismatch(
                model: name, input: input.name, declared: input.shapeDescription, found: shape)
        }
    }

    /// Runs the graph on `batch` and returns its first output.
    ///
    /// Validates the batch's shape first; throws ``ONNXExecutionError``.
    public func run(_ batch: Tensor) throws -> Tensor {
        try validate(inputShape: batch.shape)
        var values: [String: ONNXTensor] = constants
        for parameter in parameters { values[parameter.name] = .float(parameter.current) }
        values[input.name] = .float(batch)
        for (index, node) in model.graph.nodes.enumerated() {
            let operands = ONNXNodeOperands(
                node: node, values: node.inputs.map { $0.isEmpty ? nil : values[$0] })
            let results = try Self.evaluate(operands)
            for (outputName, result) in zip(node.outputs, results) where !outputName.isEmpty {
                values[outputName] = result
            }
            for finished in lastReads[index] { values[finished] = nil }
        }
        guard let result = values[output.name]?.floatTensor else {
            throw ONNXExecutionError.unsupportedGraph(model: name, reason: "output \"\(output.name)\" is not a float tensor")
        }
        return result
    }

    /// Runs the graph; stops the program with the error's message when the
    /// batch does not fit (use ``run(_:)`` to handle that).
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        do {
            return try run(input)
        } catch {
            preconditionFailure(error.localizedDescription)
        }
    }

    /// The model with each float initializer replaced by its parameter's
    /// current value, ready to save after fine-tuning.
    public func updatedModel() -> ONNXModel {
        var updated = model
        for parameter in parameters { updated.graph.initializers[parameter.name] = .float(parameter.value) }
        return updated
    }

    /// For each node, the values it is the last to read (graph outputs excepted).
    private static func lastReads(of graph: ONNXGraph) -> [[String]] {
        var last: [String: Int] = [:]
        for (index, node) in graph.nodes.enumerated() {
            for value in node.inputs where !value.isEmpty { last[value] = index }
        }
        let kept = Set(graph.outputs.map(\.name))
        var reads = [[String]](repeating: [], count: graph.nodes.count)
        for (value, index) in last where !kept.contains(value) { reads[index].append(value) }
        return reads
    }
}
