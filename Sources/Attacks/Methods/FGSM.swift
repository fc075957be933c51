import Tensors

/// The fast gradient sign method (Goodfellow, Shlens and Szegedy 2014): one
/// step `x' = clamp(x − ε·sign(∇ loss))` to the L∞ ball, the mask and
/// [0, 1]. With untargeted cross-entropy that is `x + ε·sign(∇ CE(x, y))`;
/// with a targeted objective it steps towards the target.
public struct FGSM: Attack {
    /// The L∞ radius ε.
    public var epsilon: Float
    /// The loss whose gradient sign is taken (cross-entropy unless set).
    public var objectiveLoss: ObjectiveLoss

    /// Creates the attack.
    public init(epsilon: Float, loss: ObjectiveLoss = .crossEntropy) {
        self.epsilon = epsilon
        self.objectiveLoss = loss
    }

    /// `.fgsm`.
    public var method: AttackMethod { .fgsm }

    /// One signed gradient step from the images.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        let region = FeasibleSet(clean: images, ball: .lInfinity(epsilon: epsilon), mask: mask)
        let (_, gradient, logits, _) = victim.lossAndGradient(at: images, objective: objective, using: &generator)
        let adversarial = region.project(images - gradient.sign() * epsilon)
        let iterations = objective.isAdversarial(logits: logits).map { $0 ? 0 : 1 }
        return Perturbation(origins: images.detached(), adversarial: adversarial, iterations: iterations)
    }
}
