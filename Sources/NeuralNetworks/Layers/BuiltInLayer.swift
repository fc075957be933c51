/// A layer Perturb provides: it can describe itself as ONNX nodes and lists
/// the layers it contains, so a model made of them can be exported and its
/// stochastic layers reseeded by the trainer.
public protocol BuiltInLayer: Layer {
    /// Appends the nodes and initializers that compute this layer from the
    /// value named `input` and returns the name of the output value.
    func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String
    /// The layers directly inside this one (empty for a leaf layer).
    var sublayers: [any BuiltInLayer] { get }
}

extension BuiltInLayer {
    /// A leaf layer contains no other layers.
    public var sublayers: [any BuiltInLayer] { [] }

    /// This layer and every layer inside it, depth first, in forward order.
    public var allLayers: [any BuiltInLayer] {
        [self] + sublayers.flatMap(\.allLayers)
    }
}
