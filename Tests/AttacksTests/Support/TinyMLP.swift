import NeuralNetworks
import Tensors

/// A two-layer perceptron on flattened images: linear → relu → linear.
final class TinyMLP: Layer {
    let hiddenWeight: Parameter
    let hiddenBias: Parameter
    let outputWeight: Parameter
    let outputBias: Parameter

    init(inputs: Int, hidden: Int, classes: Int, seed: UInt64) {
        var generator = RandomGenerator(seed: seed)
        let scale1 = 1 / Float(inputs).squareRoot(), scale2 = 1 / Float(hidden).squareRoot()
        hiddenWeight = Parameter(
            name: "hidden.weight", value: Tensor.uniform([hidden, inputs], in: -scale1...scale1, using: &generator))
        hiddenBias = Parameter(name: "hidden.bias", value: Tensor.zeros([hidden]))
        outputWeight = Parameter(
            name: "output.weight", value: Tensor.uniform([classes, hidden], in: -scale2...scale2, using: &generator))
        outputBias = Parameter(name: "output.bias", value: Tensor.zeros([classes]))
    }

    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        let hidden = linear(input.flattened(), weight: hiddenWeight.current, bias: hiddenBias.current).relu()
        return linear(hidden, weight: outputWeight.current, bias: outputBias.current)
    }

    var parameters: [Parameter] { [hiddenWeight, hiddenBias, outputWeight, outputBias] }
}

/// Two classes split by the value of a single-pixel image at `boundary`:
/// class 1 above it, class 0 below, with logits ±10·(x − boundary).
final class ThresholdModel: Layer {
    let weight: Parameter
    let bias: Parameter

    init(boundary: Float) {
        weight = Parameter(name: "weight", value: Tensor(shape: [2, 1], scalars: [-10, 10]))
        bias = Parameter(name: "bias", value: Tensor([10 * boundary, -10 * boundary]))
    }

    func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        linear(input.flattened(), weight: weight.current, bias: bias.current)
    }

    var parameters: [Parameter] { [weight, bias] }
}
