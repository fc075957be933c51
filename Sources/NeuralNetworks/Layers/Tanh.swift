import Tensors

/// The hyperbolic tangent.
public final class Tanh: BuiltInLayer {
    /// Creates the layer.
    public init() {}
    /// Applies the activation.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor { tanh(input) }
    /// None.
    public var parameters: [Parameter] { [] }
    /// A Tanh node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        graph.addNode(.tanh, type: .tanh, inputs: [input])
    }
}
