import Tensors

/// Stochastic gradient descent with optional (Nesterov) momentum and
/// weight decay, as in PyTorch's `torch.optim.SGD`:
/// g ← ∇ + λ·w;  v ← μ·v + g;  w ← w − lr·(Nesterov ? g + μ·v : v).
public struct SGD: Optimizer {
    /// The learning rate of the next step.
    public var learningRate: Float
    /// The momentum coefficient μ (0 for plain SGD).
    public var momentum: Float
    /// L2 weight decay λ added to the gradient.
    public var weightDecay: Float
    /// Whether to use Nesterov momentum.
    public var nesterov: Bool
    /// Momentum buffers, for checkpoints.
    public var state = OptimizerState()

    /// Creates the optimizer.
    public init(learningRate: Float, momentum: Float = 0, weightDecay: Float = 0, nesterov: Bool = false) {
        precondition(learningRate >= 0 && momentum >= 0 && weightDecay >= 0, "SGD settings must not be negative")
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        self.nesterov = nesterov
    }

    /// Applies one step.
    public mutating func update(_ parameters: [Parameter], along gradients: [Tensor]) {
        precheck(parameters, gradients)
        state.step += 1
        for (index, (parameter, gradient)) in zip(parameters, gradients).enumerated() {
            var velocity = momentum > 0
                ? state.buffer("momentum", index: index, parameterCount: parameters.count, count: gradient.scalarCount)
                : []
            var weights = parameter.value.scalars
            let isFirstStep = state.step == 1
            for i in weights.indices {
                var g = gradient.scalars[i] + weightDecay * weights[i]
                if momentum > 0 {
                    velocity[i] = isFirstStep ? g : momentum * velocity[i] + g
                    g = nesterov ? g + momentum * velocity[i] : velocity[i]
                }
                weights[i] -= learningRate * g
            }
            if momentum > 0 { state.buffers["momentum"]![index] = velocity }
            parameter.value = Tensor(shape: parameter.value.shape, scalars: weights)
        }
    }
}
