import Tensors

/// Max pooling over square windows of N,C,H,W batches (stride defaults to the window).
public final class MaxPool2D: BuiltInLayer {
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
        input.maxPool2d(kernel: Size2D(kernelSize), stride: Size2D(stride))
    }
    /// None.
    public var parameters: [Parameter] { [] }
    /// A MaxPool node.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let attributes = PoolAttributes(kernelShape: [kernelSize, kernelSize], strides: [stride, stride])
        return graph.addNode(.maxPool(attributes), type: .maxPool, inputs: [input])
    }
}
