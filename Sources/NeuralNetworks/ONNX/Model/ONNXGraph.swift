/// A loaded, validated ONNX graph, ready to execute in order.
public struct ONNXGraph: Equatable {
    /// The graph name stored in the model.
    public var name: String
    /// The nodes in a topological order: every node comes after the producers of its inputs.
    public var nodes: [ONNXNode]
    /// The constant tensors (weights, biases, shape constants) by value name.
    public var initializers: [String: ONNXTensor]
    /// The values the caller feeds, initializers excluded, in model order.
    public var inputs: [ONNXValueInfo]
    /// The values the graph produces, in model order.
    public var outputs: [ONNXValueInfo]

    /// Creates a graph.
    public init(
        name: String, nodes: [ONNXNode], initializers: [String: ONNXTensor],
        inputs: [ONNXValueInfo], outputs: [ONNXValueInfo]
    ) {
        self.name = name
        self.nodes = nodes
        self.initializers = initializers
        self.inputs = inputs
        self.outputs = outputs
    }

    /// The number of trainable-looking parameters: the values of all
    /// floating-point initializers.
    public var parameterCount: Int {
        initializers.values.reduce(0) { count, tensor in
            count + (tensor.floatTensor?.scalarCount ?? 0)
        }
    }

    /// How many nodes use each operator.
    public var operatorCounts: [ONNXOperator: Int] {
        nodes.reduce(into: [:]) { counts, node in counts[node.opType, default: 0] += 1 }
    }
}
