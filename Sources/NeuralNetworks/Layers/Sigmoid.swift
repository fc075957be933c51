import Tensors

/// 1 / (1 + e⁻ˣ).
public final class Sigmoid: BuiltInLayer {
    /// Creates the layer.
    public init() {}
    /// Applies the activation.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor { input.sigmoid() }
    /// None.
    public var parameters: [Parameter] { [] }
    /// A Sigmoid node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        graph.addNode(.sigmoid, type: .sigmoid, inputs: [input])
    }
}
