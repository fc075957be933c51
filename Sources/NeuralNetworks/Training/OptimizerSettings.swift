/// Which optimizer trains a model and with what settings.
public enum OptimizerSettings: Equatable, Sendable {
    /// SGD with momentum (PyTorch's `torch.optim.SGD`).
    case sgd(learningRate: Float, momentum: Float, nesterov: Bool, weightDecay: Float)
    /// Adam, or AdamW when `decoupledWeightDecay` (PyTorch's `torch.optim.Adam`/`AdamW`).
    case adam(learningRate: Float, weightDecay: Float, decoupledWeightDecay: Bool)

    /// The base learning rate that schedules scale.
    public var learningRate: Float {
        switch self {
        case .sgd(let rate, _, _, _), .adam(let rate, _, _): rate
        }
    }

    /// A fresh optimizer with these settings.
    public func makeOptimizer() -> any Optimizer {
        switch self {
        case .sgd(let rate, let momentum, let nesterov, let decay):
            SGD(learningRate: rate, momentum: momentum, weightDecay: decay, nesterov: nesterov)
        case .adam(let rate, let decay, let decoupled):
            Adam(learningRate: rate, weightDecay: decay, decoupledWeightDecay: decoupled)
        }
    }
}
