import Tensors

/// Projected gradient descent (Madry et al. 2017) in an L∞ or L2 ball: a
/// random start in the ball, steps of α (signed for L∞, L2-normalised for
/// L2) each projected back, and restarts, keeping the best per image.
public struct PGD: Attack {
    /// The ball, `.lInfinity` or `.l2`.
    public var ball: NormBall
    /// The step α.
    public var stepSize: Float
    /// Steps per restart.
    public var steps: Int
    /// Independent runs; each image keeps its best result.
    public var restarts: Int
    /// Whether each run starts at a random point of the ball.
    public var randomStart: Bool
    /// The loss followed towards the goal (cross-entropy unless set).
    public var objectiveLoss: ObjectiveLoss

    /// Creates the attack; `ball` must be `.lInfinity` or `.l2`.
    public init(
        ball: NormBall, stepSize: Float, steps: Int, restarts: Int = 1, randomStart: Bool = true,
        loss: ObjectiveLoss = .crossEntropy
    ) {
        precondition(ball != .unbounded, "PGD needs a bounded ball")
        self.ball = ball
        self.stepSize = stepSize
        self.steps = steps
        self.restarts = restarts
        self.randomStart = randomStart
        self.objectiveLoss = loss
    }

    /// `.pgd` or `.pgdL2`.
    public var method: AttackMethod {
        if case .l2 = ball { return .pgdL2 }
        return .pgd
    }

    /// Runs every restart.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        let rule: StepRule
        if case .l2 = ball { rule = .l2Normalised } else { rule = .sign }
        return IterativeGradientDescent(
            ball: ball, stepSize: stepSize, steps: steps, restarts: restarts, randomStart: randomStart, rule: rule
        ).run(images, objective: objective, victim: victim, mask: mask, using: &generator)
    }
}
