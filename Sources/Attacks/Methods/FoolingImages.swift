import Tensors

/// "Fooling" (rubbish-class) images (Goodfellow et al. 2014): Gaussian noise
/// pushed by one targeted FGSM step towards a chosen class. The given images
/// only set the batch shape; the noise is the origin of every measurement.
public struct FoolingImages: Attack {
    /// The L∞ radius ε of the step.
    public var epsilon: Float
    /// The standard deviation of the noise around mid-grey (0.5), clamped to [0, 1].
    public var noiseStandardDeviation: Float

    /// Creates the attack.
    public init(epsilon: Float, noiseStandardDeviation: Float = 0.25) {
        self.epsilon = epsilon
        self.noiseStandardDeviation = noiseStandardDeviation
    }

    /// `.fooling`.
    public var method: AttackMethod { .fooling }
    /// Cross-entropy towards the target.
    public var objectiveLoss: ObjectiveLoss { .crossEntropy }

    /// Draws noise shaped like `images` and takes one FGSM step from it.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        let noise = Tensor.normal(
            images.shape, mean: 0.5, standardDeviation: noiseStandardDeviation, using: &generator)
        return FGSM(epsilon: epsilon).perturb(
            noise.clamped(to: 0...1), objective: objective, victim: victim, mask: mask, using: &generator)
    }
}
