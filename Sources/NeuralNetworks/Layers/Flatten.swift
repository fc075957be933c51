import Tensors

/// Reshapes N,… batches to [N, everything else].
public final class Flatten: BuiltInLayer {
    /// Creates the layer.
    public init() {}
    /// Flattens the batch.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor { input.flattened() }
    /// None.
    public var parameters: [Parameter] { [] }
    /// A Flatten node at axis 1.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        graph.addNode(.flatten(axis: 1), type: .flatten, inputs: [input])
    }
}
