import Tensors

/// The exact Gaussian error linear unit x·Φ(x) = ½·x·(1 + erf(x/√2)).
public final class GELU: BuiltInLayer {
    /// Creates the layer.
    public init() {}
    /// Applies the activation.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor { input.gelu() }
    /// None.
    public var parameters: [Parameter] { [] }
    /// Opset 17 has no Gelu operator, so: Div by √2, Erf, Add 1, Mul by x, Mul by ½.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let scaled = graph.addNode(.div, type: .div, inputs: [input, graph.addConstant(Tensor(Float(2).squareRoot()))])
        let error = graph.addNode(.erf, type: .erf, inputs: [scaled])
        let shifted = graph.addNode(.add, type: .add, inputs: [error, graph.addConstant(Tensor(1))])
        let product = graph.addNode(.mul, type: .mul, inputs: [input, shifted])
        return graph.addNode(.mul, type: .mul, inputs: [product, graph.addConstant(Tensor(0.5))])
    }
}
