import Tensors

/// The built-in model families, each sized from the input images and the
/// number of classes, with seeded initialisation.
///
/// - ``mlp``: Flatten, Dense 256, ReLU, Dense 128, ReLU, Dense.
/// - ``cnn``: blocks of conv 3x3, batch norm, ReLU and 2x2 max pooling until
///   the side is at most 8, channels doubling from 32 (16 for inputs wider
///   than 32) up to 64; then Flatten, Dense 128, ReLU, Dropout 0.25, Dense.
///   Fashion-MNIST (28): 32, 64 channels; signs (64): 16, 32, 64.
/// - ``resnet``: a conv-bn-relu stem (stride 2 for inputs wider than 32), then
///   residual blocks of 16, 32 and 64 channels (the last two halve the side
///   with a projection shortcut), global average pooling and Dense.
public enum Architecture: String, CaseIterable, Codable, Sendable {
    /// A multi-layer perceptron.
    case mlp
    /// A plain convolutional network.
    case cnn
    /// A small residual network.
    case resnet

    /// Builds the model for `channels`×`side`×`side` images and `classes`
    /// outputs, initialised from `seed`.
    public func build(channels: Int, side: Int, classes: Int, seed: UInt64) -> Sequential {
        var generator = RandomGenerator(seed: seed)
        switch self {
        case .mlp: return Self.mlp(inputs: channels * side * side, classes: classes, generator: &generator)
        case .cnn: return Self.cnn(channels: channels, side: side, classes: classes, seed: seed, generator: &generator)
        case .resnet: return Self.resnet(channels: channels, side: side, classes: classes, generator: &generator)
        }
    }

    private static func mlp(inputs: Int, classes: Int, generator: inout RandomGenerator) -> Sequential {
        Sequential([
            Flatten(),
            Dense("fc1", inputs: inputs, outputs: 256, generator: &generator), ReLU(),
            Dense("fc2", inputs: 256, outputs: 128, generator: &generator), ReLU(),
            Dense("fc3", inputs: 128, outputs: classes, generator: &generator),
        ])
    }

    private static func cnn(
        channels: Int, side: Int, classes: Int, seed: UInt64, generator: inout RandomGenerator
    ) -> Sequential {
        var layers: [any BuiltInLayer] = []
        let firstWidth = side > 32 ? 16 : 32
        var (width, size, block) = (channels, side, 1)
        while size > 8 {
            let next = min(firstWidth << (block - 1), 64)
            layers += [
                Conv2D(
                    "block\(block).conv", inputChannels: width, outputChannels: next, kernelSize: 3, padding: 1,
                    bias: false, generator: &generator),
                BatchNorm("block\(block).bn", channels: next), ReLU(), MaxPool2D(kernelSize: 2),
            ]
            (width, size, block) = (next, size / 2, block + 1)
        }
        return Sequential(layers + [
            Flatten(),
            Dense("fc1", inputs: width * size * size, outputs: 128, generator: &generator), ReLU(),
            Dropout(rate: 0.25, seed: seed),
            Dense("fc2", inputs: 128, outputs: classes, generator: &generator),
        ])
    }

    private static func resnet(channels: Int, side: Int, classes: Int, generator: inout RandomGenerator) -> Sequential {
        let stemStride = side > 32 ? 2 : 1
        return Sequential([
            Conv2D(
                "stem.conv", inputChannels: channels, outputChannels: 16, kernelSize: 3, stride: stemStride,
                padding: 1, bias: false, generator: &generator),
            BatchNorm("stem.bn", channels: 16), ReLU(),
            ResidualBlock("stage1", inputChannels: 16, outputChannels: 16, generator: &generator),
            ResidualBlock("stage2", inputChannels: 16, outputChannels: 32, stride: 2, generator: &generator),
            ResidualBlock("stage3", inputChannels: 32, outputChannels: 64, stride: 2, generator: &generator),
            GlobalAveragePool(),
            Dense("fc", inputs: 64, outputs: classes, generator: &generator),
        ])
    }
}
