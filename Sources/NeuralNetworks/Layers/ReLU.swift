import Tensors

/// max(x, 0).
public final class ReLU: BuiltInLayer {
    /// Creates the layer.
    public init() {}
    /// Applies the activation.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor { input.relu() }
    /// None.
    public var parameters: [Parameter] { [] }
    /// A Relu node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        graph.addNode(.relu, type: .relu, inputs: [input])
    }
}
