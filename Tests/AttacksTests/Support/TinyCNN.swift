import NeuralNetworks
import Tensors

/// conv 3×3 (3 → 6 channels, zero padding) → relu → global average pool →
/// linear to 3 classes, with seeded weights: an RGB victim that goes through
/// the convolution and pooling kernels.
final class TinyCNN: Layer {
    let parameters: [Parameter]

    init(seed: UInt64) {
        var generator = RandomGenerator(seed: seed)
        parameters = [
            Parameter(name: "conv.weight", value: Tensor.uniform([6, 3, 3, 3], in: -0.5...0.5, using: &generator)),
            Parameter(name: "conv.bias", value: Tensor.uniform([6], in: -0.1...0.1, using: &generator)),
            Parameter(name: "head.weight", value: Tensor.uniform([3, 6], in: -2...2, using: &generator)),
            Parameter(name: "head.bias", value: Tensor.zeros([3])),
        ]
    }

    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        let features = conv2d(input, weight: parameters[0].current, bias: parameters[1].current, padding: 1)
        let pooled = features.relu().globalAveragePool2d().flattened()
        return linear(pooled, weight: parameters[2].current, bias: parameters[3].current)
    }
}
