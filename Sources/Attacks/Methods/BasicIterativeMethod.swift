import Tensors

/// The basic iterative method, I-FGSM (Kurakin, Goodfellow and Bengio 2016):
/// repeated signed steps of α, clipped to the L∞ ball each step, from the
/// clean image. With the least-likely objective it is their iterative
/// least-likely class method.
public struct BasicIterativeMethod: Attack {
    /// The L∞ radius ε.
    public var epsilon: Float
    /// The step α (default one 8-bit level, 1/255).
    public var stepSize: Float
    /// The number of steps (default ``kurakinSteps(epsilon:)``).
    public var steps: Int
    /// `.bim`, or `.iterativeLeastLikely` for the least-likely variant.
    public let method: AttackMethod
    /// The loss followed towards the goal (cross-entropy unless set).
    public var objectiveLoss: ObjectiveLoss

    /// Creates the attack with Kurakin's defaults for the step and the number of steps.
    public init(
        epsilon: Float, stepSize: Float = 1 / 255, steps: Int? = nil, leastLikely: Bool = false,
        loss: ObjectiveLoss = .crossEntropy
    ) {
        self.epsilon = epsilon
        self.stepSize = stepSize
        self.steps = steps ?? Self.kurakinSteps(epsilon: epsilon)
        self.method = leastLikely ? .iterativeLeastLikely : .bim
        self.objectiveLoss = loss
    }

    /// Kurakin's rule `min(ε + 4, 1.25·ε)` with ε in 0–255 units, rounded
    /// down as in their reference code (and torchattacks), at least 1.
    public static func kurakinSteps(epsilon: Float) -> Int {
        // Round ε·255 to 1/1000 first so that 8/255 counts as exactly 8.
        let levels = (Double(epsilon) * 255 * 1000).rounded() / 1000
        return Swift.max(1, Int(Swift.min(levels + 4, 1.25 * levels)))
    }

    /// Iterates from the clean images.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        IterativeGradientDescent(
            ball: .lInfinity(epsilon: epsilon), stepSize: stepSize, steps: steps, restarts: 1,
            randomStart: false, rule: .sign
        ).run(images, objective: objective, victim: victim, mask: mask, using: &generator)
    }
}
