import Tensors

/// x for x ≥ 0, else `negativeSlope`·x.
public final class LeakyReLU: BuiltInLayer {
    /// The slope for negative inputs.
    public let negativeSlope: Float
    /// Creates the layer (PyTorch's default slope 0.01).
    public init(negativeSlope: Float = 0.01) { self.negativeSlope = negativeSlope }
    /// Applies the activation.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        input.leakyRelu(negativeSlope: negativeSlope)
    }
    /// None.
    public var parameters: [Parameter] { [] }
    /// A LeakyRelu node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        graph.addNode(.leakyRelu(alpha: negativeSlope), type: .leakyRelu, inputs: [input])
    }
}
