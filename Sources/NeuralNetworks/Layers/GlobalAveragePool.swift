import Tensors

/// The mean over H and W of N,C,H,W batches, flattened to [N, C].
public final class GlobalAveragePool: BuiltInLayer {
    /// Creates the layer.
    public init() {}
    /// Pools and flattens the batch.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        input.globalAveragePool2d().flattened()
    }
    /// None.
    public var parameters: [Parameter] { [] }
    /// GlobalAveragePool then Flatten.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let pooled = graph.addNode(.globalAveragePool, type: .globalAveragePool, inputs: [input])
        return graph.addNode(.flatten(axis: 1), type: .flatten, inputs: [pooled])
    }
}
