import Tensors

/// Adam (Kingma and Ba 2014) with bias correction; with `decoupledWeightDecay`
/// it is AdamW (Loshchilov and Hutter 2017), otherwise weight decay is added
/// to the gradient as in PyTorch's `torch.optim.Adam`.
public struct Adam: Optimizer {
    /// The learning rate of the next step.
    public var learningRate: Float
    /// Decay rate of the first-moment estimate.
    public var beta1: Float
    /// Decay rate of the second-moment estimate.
    public var beta2: Float
    /// Added to the denominator for stability.
    public var epsilon: Float
    /// Weight decay λ.
    public var weightDecay: Float
    /// Whether weight decay is decoupled from the gradient (AdamW).
    public var decoupledWeightDecay: Bool
    /// Moment estimates, for checkpoints.
    public var state = OptimizerState()

    /// Creates the optimizer with PyTorch's defaults.
    public init(
        learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
        weightDecay: Float = 0, decoupledWeightDecay: Bool = false
    ) {
        precondition(learningRate >= 0 && weightDecay >= 0, "Adam settings must not be negative")
        precondition((0..<1).contains(beta1) && (0..<1).contains(beta2), "Adam betas must lie in [0, 1)")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// Applies one step.
    public mutating func update(_ parameters: [Parameter], along gradients: [Tensor]) {
        precheck(parameters, gradients)
        state.step += 1
        let correction1 = 1 - Float(pow(Double(beta1), Double(state.step)))
        let correction2 = 1 - Float(pow(Double(beta2), Double(state.step)))
        for (index, (parameter, gradient)) in zip(parameters, gradients).enumerated() {
            let count = gradient.scalarCount
            var first = state.buffer("firstMoment", index: index, parameterCount: parameters.count, count: count)
            var second = state.buffer("secondMoment", index: index, parameterCount: parameters.count, count: count)
            var weights = parameter.value.scalars
            for i in weights.indices {
                var g = gradient.scalars[i]
                if decoupledWeightDecay {
                    weights[i] -= learningRate * weightDecay * weights[i]
                } else {
                    g += weightDecay * weights[i]
                }
                first[i] = beta1 * first[i] + (1 - beta1) * g
                second[i] = beta2 * second[i] + (1 - beta2) * g * g
                let denominator = (second[i] / correction2).squareRoot() + epsilon
                weights[i] -= learningRate * (first[i] / correction1) / denominator
            }
            state.buffers["firstMoment"]![index] = first
            state.buffers["secondMoment"]![index] = second
            parameter.value = Tensor(shape: parameter.value.shape, scalars: weights)
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
