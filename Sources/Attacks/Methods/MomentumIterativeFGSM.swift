import Tensors

/// MI-FGSM (Dong et al. 2018): signed steps along an accumulated gradient
/// `g ← μ·g + ∇/‖∇‖₁` (per image), for better transfer to other models.
public struct MomentumIterativeFGSM: Attack {
    /// The L∞ radius ε.
    public var epsilon: Float
    /// The number of steps T (paper: 10).
    public var steps: Int
    /// The step α (paper: ε / T).
    public var stepSize: Float
    /// The decay μ (paper: 1).
    public var decay: Float
    /// The loss followed towards the goal (cross-entropy unless set).
    public var objectiveLoss: ObjectiveLoss

    /// Creates the attack with the paper's defaults.
    public init(
        epsilon: Float, steps: Int = 10, stepSize: Float? = nil, decay: Float = 1, loss: ObjectiveLoss = .crossEntropy
    ) {
        self.epsilon = epsilon
        self.steps = steps
        self.stepSize = stepSize ?? epsilon / Float(Swift.max(steps, 1))
        self.decay = decay
        self.objectiveLoss = loss
    }

    /// `.mifgsm`.
    public var method: AttackMethod { .mifgsm }

    /// Iterates from the clean images with momentum.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        IterativeGradientDescent(
            ball: .lInfinity(epsilon: epsilon), stepSize: stepSize, steps: steps, restarts: 1,
            randomStart: false, rule: .momentum(decay: decay)
        ).run(images, objective: objective, victim: victim, mask: mask, using: &generator)
    }
}
