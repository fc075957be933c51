import Tensors

/// A ResNet basic block: conv-bn-relu, conv-bn, plus a shortcut (the identity,
/// or a strided 1x1 convolution with batch norm when the shape changes), then relu.
public final class ResidualBlock: BuiltInLayer {
    /// conv1, bn1, relu, conv2, bn2.
    public let main: Sequential
    /// The 1x1 projection and its batch norm, when the block changes channels or stride.
    public let projection: Sequential?

    /// Creates the block; its parameters are named `NAME.conv1.weight`, `NAME.shortcut.conv.weight`, ….
    public init(
        _ name: String, inputChannels: Int, outputChannels: Int, stride: Int = 1, generator: inout RandomGenerator
    ) {
        main = Sequential([
            Conv2D(
                name + ".conv1", inputChannels: inputChannels, outputChannels: outputChannels, kernelSize: 3,
                stride: stride, padding: 1, bias: false, generator: &generator),
            BatchNorm(name + ".bn1", channels: outputChannels),
            ReLU(),
            Conv2D(
                name + ".conv2", inputChannels: outputChannels, outputChannels: outputChannels, kernelSize: 3,
                padding: 1, bias: false, generator: &generator),
            BatchNorm(name + ".bn2", channels: outputChannels),
        ])
        projection = stride == 1 && inputChannels == outputChannels
            ? nil
            : Sequential([
                Conv2D(
                    name + ".shortcut.conv", inputChannels: inputChannels, outputChannels: outputChannels,
                    kernelSize: 1, stride: stride, bias: false, generator: &generator),
                BatchNorm(name + ".shortcut.bn", channels: outputChannels),
            ])
    }

    /// relu(main(x) + shortcut(x)).
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        let shortcut = projection.map { $0(input, mode: mode) } ?? input
        return (main(input, mode: mode) + shortcut).relu()
    }

    /// The main path's parameters, then the projection's.
    public var parameters: [Parameter] { main.parameters + (projection?.parameters ?? []) }

    /// The main path and the projection.
    public var sublayers: [any BuiltInLayer] { [main] + (projection.map { [$0] } ?? []) }

    /// Both paths, an Add and a Relu.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String {
        let residual = main.exportONNX(input: input, into: &graph)
        let shortcut = projection?.exportONNX(input: input, into: &graph) ?? input
        let sum = graph.addNode(.add, type: .add, inputs: [residual, shortcut])
        return graph.addNode(.relu, type: .relu, inputs: [sum])
    }
}
