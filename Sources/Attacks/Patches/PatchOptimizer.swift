import NeuralNetworks

/// The optimiser that updates a patch or sticker, and its learning-rate
/// schedule over the steps: JSON `"optimizer": "sgd"` or `"adam"`,
/// `"schedule": "constant"` or `"cosine"`.
public enum PatchOptimizer: String, CaseIterable, Codable, Sendable {
    /// Plain gradient descent (Brown et al. 2017 use SGD, learning rate 5).
    case sgd
    /// Adam (Thys et al. 2019 use learning rate 0.03).
    case adam

    /// A fresh optimiser at `learningRate`.
    func make(learningRate: Float) -> any Optimizer {
        switch self {
        case .sgd: SGD(learningRate: learningRate)
        case .adam: Adam(learningRate: learningRate)
        }
    }
}

/// How the learning rate changes over a patch's optimisation.
public enum PatchSchedule: String, CaseIterable, Codable, Sendable {
    /// The base rate throughout.
    case constant
    /// Cosine annealing from the base rate to zero over the steps.
    case cosine

    /// The per-step schedule for `steps` steps.
    func schedule(steps: Int) -> LearningRateSchedule {
        switch self {
        case .constant: .constant
        case .cosine: .cosine(totalSteps: Swift.max(steps, 1), minimum: 0)
        }
    }
}
