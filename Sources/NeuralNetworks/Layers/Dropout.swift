import Tensors

/// In training mode zeroes each value with probability `rate` and scales the
/// rest by 1/(1 − rate); in inference mode the identity.
///
/// Its masks come from ``generator``, which the trainer reseeds before every
/// step from the run's seed and the step, so runs are reproducible and resume exactly.
public final class Dropout: BuiltInLayer {
    /// The probability of dropping a value.
    public let rate: Float
    /// The source of the masks.
    public var generator: RandomGenerator

    /// Creates the layer.
    public init(rate: Float, seed: UInt64 = 0) {
        precondition((0..<1).contains(rate), "Dropout rate must lie in [0, 1), got \(rate)")
        self.rate = rate
        generator = RandomGenerator(seed: seed)
    }

    /// Drops values (training) or passes the input through (inference).
    public func callAsFunction(_ input: Tensor, mode: ForwardMode) -> Tensor {
        guard mode == .training, rate > 0 else { return input }
        let mask = Tensor.bernoulli(input.shape, probability: 1 - rate, using: &generator)
        return input * (mask * (1 / (1 - rate)))
    }

    /// None.
    public var parameters: [Parameter] { [] }

    /// Nothing: dropout is the identity at inference.
    public func exportONNX(input: String, into graph: inout ONNXGraphBuilder) -> String { input }
}
