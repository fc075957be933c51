import Tensors

/// Collects the nodes and initializers of a graph being exported, giving each
/// node a unique name and output value.
public struct ONNXGraphBuilder {
    /// The nodes so far, in topological order.
    public private(set) var nodes: [ONNXNode] = []
    /// The initializers so far, by value name.
    public private(set) var initializers: [String: ONNXTensor] = [:]
    private var counts: [ONNXOperator: Int] = [:]

    /// Creates an empty builder.
    public init() {}

    /// Adds a float initializer (a parameter's value) and returns its name.
    @discardableResult
    public mutating func addInitializer(_ name: String, _ value: Tensor) -> String {
        precondition(initializers[name] == nil, "ONNX export: two initializers are named \(name)")
        initializers[name] = .float(value.detached())
        return name
    }

    /// Adds an integer initializer (such as a Reshape shape) and returns its name.
    @discardableResult
    public mutating func addInitializer(_ name: String, _ value: IntegerTensor) -> String {
        precondition(initializers[name] == nil, "ONNX export: two initializers are named \(name)")
        initializers[name] = .integer(value)
        return name
    }

    /// Adds a float constant under a fresh name (`constant_k`) and returns it.
    public mutating func addConstant(_ value: Tensor) -> String {
        addInitializer("constant_\(initializers.count)", value)
    }

    /// Appends a node named `Op_k` reading `inputs` and returns the name of
    /// its single output (`output`, or `Op_k_output` when not given).
    @discardableResult
    public mutating func addNode(
        _ operation: ONNXOperation, type: ONNXOperator, inputs: [String], output: String? = nil
    ) -> String {
        let index = counts[type, default: 0]
        counts[type] = index + 1
        let name = "\(type.rawValue)_\(index)"
        let outputName = output ?? name + "_output"
        nodes.append(ONNXNode(name: name, opType: type, operation: operation, inputs: inputs, outputs: [outputName]))
        return outputName
    }
}
