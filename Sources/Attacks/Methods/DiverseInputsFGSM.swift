import Tensors

/// DI-FGSM (Xie et al. 2019): the basic iterative method with every gradient
/// taken through ``InputDiversity``; with a momentum decay μ > 0 it is
/// M-DI²-FGSM (Dong's momentum on top). Made for transfer to other models.
public struct DiverseInputsFGSM: Attack {
    /// The L∞ radius ε.
    public var epsilon: Float
    /// The step α (default 1/255, as Kurakin's rule).
    public var stepSize: Float
    /// The number of steps (default ``BasicIterativeMethod/kurakinSteps(epsilon:)``).
    public var steps: Int
    /// The momentum decay μ; 0 for plain DI-FGSM.
    public var decay: Float
    /// The input transform before each gradient.
    public var diversity: InputDiversity
    /// The loss followed towards the goal (cross-entropy unless set).
    public var objectiveLoss: ObjectiveLoss

    /// Creates the attack with the paper's defaults.
    public init(
        epsilon: Float, stepSize: Float = 1 / 255, steps: Int? = nil, decay: Float = 0,
        diversity: InputDiversity = InputDiversity(), loss: ObjectiveLoss = .crossEntropy
    ) {
        self.epsilon = epsilon
        self.stepSize = stepSize
        self.steps = steps ?? BasicIterativeMethod.kurakinSteps(epsilon: epsilon)
        self.decay = decay
        self.diversity = diversity
        self.objectiveLoss = loss
    }

    /// `.difgsm`.
    public var method: AttackMethod { .difgsm }

    /// Iterates with the victim's transforms followed by input diversity.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        var diverse = victim
        diverse.transforms.append(diversity)
        return IterativeGradientDescent(
            ball: .lInfinity(epsilon: epsilon), stepSize: stepSize, steps: steps, restarts: 1,
            randomStart: false, rule: decay > 0 ? .momentum(decay: decay) : .sign
        ).run(images, objective: objective, victim: diverse, mask: mask, using: &generator)
    }
}
