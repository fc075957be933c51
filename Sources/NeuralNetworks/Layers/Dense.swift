import Tensors

/// A fully connected layer `x · weightᵀ + bias` on [N, in] batches (PyTorch `nn.Linear`).
public final class Dense: BuiltInLayer {
    /// The weights, shape [out, in] (`NAME.weight`).
    public let weight: Parameter
    /// The bias, shape [out] (`NAME.bias`).
    public let bias: Parameter

    /// Creates the layer with PyTorch's default initialisation from `generator`.
    public init(_ name: String, inputs: Int, outputs: Int, generator: inout RandomGenerator) {
        weight = Parameter(
            name: name + ".weight", value: Initializer.kaimingUniform([outputs, inputs], fanIn: inputs, using: &generator))
        bias = Parameter(name: name + ".bias", value: Initializer.kaimingUniform([outputs], fanIn: inputs, using: &generator))
    }

    /// Applies the affine map.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        linear(input, weight: weight.current, bias: bias.current)
    }

    /// The weight and the bias.
    public var parameters: [Parameter] { [weight, bias] }

    /// A Gemm node with `transB = 1`.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let inputs = [input, graph.addInitializer(weight.name, weight.value), graph.addInitializer(bias.name, bias.value)]
        return graph.addNode(.gemm(GemmAttributes(transposeB: true)), type: .gemm, inputs: inputs)
    }
}
