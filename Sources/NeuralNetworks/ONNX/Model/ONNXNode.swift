/// One node of a loaded graph: what it computes and which values it reads and writes.
public struct ONNXNode: Equatable {
    /// The node name; when the model left it empty, `OpType#index` (its position in the file).
    public var name: String
    /// The operator type.
    public var opType: ONNXOperator
    /// The operator with its decoded attributes.
    public var operation: ONNXOperation
    /// The names of the values read, in operator order; `""` marks an omitted optional input.
    public var inputs: [String]
    /// The names of the values written.
    public var outputs: [String]

    /// Creates a node.
    public init(name: String, opType: ONNXOperator, operation: ONNXOperation, inputs: [String], outputs: [String]) {
        self.name = name
        self.opType = opType
        self.operation = operation
        self.inputs = inputs
        self.outputs = outputs
    }
}
