import Tensors

/// A 2-D convolution over N,C,H,W batches with square kernels, stride and
/// symmetric zero padding; weights O,C,k,k and an optional bias of O values.
public final class Conv2D: BuiltInLayer {
    /// The filters, shape O,C,k,k (`NAME.weight`).
    public let weight: Parameter
    /// The bias, shape [O] (`NAME.bias`), or `nil`.
    public let bias: Parameter?
    /// The step between windows.
    public let stride: Int
    /// Zeros added on every side.
    public let padding: Int

    /// Creates the layer with PyTorch's default initialisation from `generator`.
    public init(
        _ name: String, inputChannels: Int, outputChannels: Int, kernelSize: Int, stride: Int = 1,
        padding: Int = 0, bias: Bool = true, generator: inout RandomGenerator
    ) {
        let fanIn = inputChannels * kernelSize * kernelSize
        weight = Parameter(
            name: name + ".weight",
            value: Initializer.kaimingUniform(
                [outputChannels, inputChannels, kernelSize, kernelSize], fanIn: fanIn, using: &generator))
        self.bias = bias
            ? Parameter(name: name + ".bias", value: Initializer.kaimingUniform([outputChannels], fanIn: fanIn, using: &generator))
            : nil
        self.stride = stride
        self.padding = padding
    }

    /// Convolves the batch.
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        conv2d(input, weight: weight.current, bias: bias?.current, stride: Size2D(stride), padding: Padding2D(padding))
    }

    /// The weight and, when present, the bias.
    public var parameters: [Parameter] { [weight] + (bias.map { [$0] } ?? []) }

    /// A Conv node with explicit pads.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let kernel = weight.value.shape[2]
        let attributes = ConvAttributes(
            kernelShape: [kernel, kernel], strides: [stride, stride], dilations: [1, 1],
            pads: [padding, padding, padding, padding])
        let inputs = [input, graph.addInitializer(weight.name, weight.value)]
            + (bias.map { [graph.addInitializer($0.name, $0.value)] } ?? [])
        return graph.addNode(.conv(attributes), type: .conv, inputs: inputs)
    }
}
