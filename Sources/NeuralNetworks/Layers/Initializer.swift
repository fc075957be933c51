import Tensors

/// PyTorch's default initialisation of convolution and dense layers: weights
/// and biases uniform in ±1/√fan-in (Kaiming/He uniform with a = √5).
enum Initializer {
    /// A uniform tensor of `shape` in ±1/√`fanIn`.
    static func kaimingUniform(_ shape: [Int], fanIn: Int, using generator: inout RandomGenerator) -> Tensor {
        let bound = 1 / Float(fanIn).squareRoot()
        return Tensor.uniform(shape, in: -bound...bound, using: &generator)
    }
}
