import Tensors

/// Average pooling over square windows of N,C,H,W batches (stride defaults to the window).
public final class AveragePool2D: BuiltInLayer {
    /// The window's side.
    public let kernelSize: Int
    /// The step between windows.
    public let stride: Int
    /// Creates the layer.
    public init(kernelSize: Int, stride: Int? = nil) {
        self.kernelSize = kernelSize
        self.stride = stride ?? kernelSize
    }
    /// Pools the batch.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        input.averagePool2d(kernel: Size2D(kernelSize), stride: Size2D(stride))
    }
    /// None.
    public var parameters: [Parameter] { [] }
    /// An AveragePool node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let attributes = PoolAttributes(kernelShape: [kernelSize, kernelSize], strides: [stride, stride])
        return graph.addNode(.averagePool(attributes), type: .averagePool, inputs: [input])
    }
}
