import Tensors

/// Layers applied one after another.
public final class Sequential: BuiltInLayer {
    /// The layers, in order.
    public let layers: [any BuiltInLayer]

    /// Creates the chain.
    public init(_ layers: [any BuiltInLayer]) { self.layers = layers }

    /// Runs every layer in turn.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        layers.reduce(input) { value, layer in layer(value, mode: mode) }
    }

    /// The parameters of every layer, in order.
    public var parameters: [Parameter] { layers.flatMap(\.parameters) }

    /// The layers.
    public var sublayers: [any BuiltInLayer] { layers }

    /// Every layer's nodes, chained.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        layers.reduce(input) { value, layer in layer.exportONNX(input: value, into: &graph) }
    }
}
