/// What `perturb model info` reports about a classifier model: its graph
/// signature, operators, parameters and classifier metadata. Encodes to the
/// command's `--json` output.
public struct ModelSummary: Encodable, Equatable {
    /// A graph input or output.
    public struct Value: Encodable, Equatable {
        /// The value name.
        public var name: String
        /// The element type name, such as `FLOAT`.
        public var type: String
        /// The dimensions (numbers, names or null), or `nil` when undeclared.
        public var shape: [ONNXDimension]?
    }

    /// How often one operator occurs.
    public struct OperatorUse: Encodable, Equatable {
        /// The operator type, such as `Conv`.
        public var op: String
        /// The number of nodes using it.
        public var count: Int
    }

    /// The classifier input spec as reported.
    public struct Input: Encodable, Equatable {
        /// Colour channels.
        public var channels: Int
        /// Height in pixels.
        public var height: Int
        /// Width in pixels.
        public var width: Int
        /// `[low, high]` of pixel values.
        public var range: [Float]
        /// Per-channel normalisation means, if any.
        public var mean: [Float]?
        /// Per-channel normalisation standard deviations, if any.
        public var std: [Float]?
    }

    /// The model file name.
    public var file: String
    /// The tool that wrote the model.
    public var producer: String
    /// The ONNX IR version.
    public var irVersion: Int
    /// The default-domain opset version.
    public var opset: Int
    /// The graph inputs, initializers excluded.
    public var inputs: [Value]
    /// The graph outputs.
    public var outputs: [Value]
    /// Operators by decreasing use, ties by name.
    public var operators: [OperatorUse]
    /// The number of nodes.
    public var nodeCount: Int
    /// The number of floating-point initializer values.
    public var parameterCount: Int
    /// The number of initializers.
    public var initializerCount: Int
    /// The classifier's input spec.
    public var input: Input
    /// The class labels in output order.
    public var labels: [String]
    /// Where labels and input spec came from: `metadata_props`, a sidecar path, or `defaults`.
    public var metadataSource: String
    /// Warnings raised while resolving the metadata.
    public var warnings: [String]

    /// Summarises `model`, loaded from the file `file`, with its resolved `metadata`.
    public init(model: ONNXModel, file: String, metadata: ClassifierMetadata) {
        self.file = file
        producer = model.producer
        irVersion = model.irVersion
        opset = model.opsetVersion
        let value = { (info: ONNXValueInfo) in Value(name: info.name, type: info.dataType.name, shape: info.shape) }
        inputs = model.graph.inputs.map(value)
        outputs = model.graph.outputs.map(value)
        operators = model.graph.operatorCounts
            .map { OperatorUse(op: $0.key.rawValue, count: $0.value) }
            .sorted { ($1.count, $0.op) < ($0.count, $1.op) }
        nodeCount = model.graph.nodes.count
        parameterCount = model.graph.parameterCount
        initializerCount = model.graph.initializers.count
        let spec = metadata.input
        input = Input(
            channels: spec.channels, height: spec.height, width: spec.width,
            range: [spec.valueRange.lowerBound, spec.valueRange.upperBound], mean: spec.mean, std: spec.std)
        labels = metadata.labels
        switch metadata.origin {
        case .modelMetadata: metadataSource = "metadata_props"
        case .sidecar(let url): metadataSource = url.path
        case .defaults: metadataSource = "defaults"
        }
        warnings = metadata.warnings
    }
}
