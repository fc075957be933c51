import Tensors

/// A white-box attack: searches, batched, for images that meet an objective.
///
/// Attacks are values built from validated settings (see
/// ``AttackMethod/makeAttack(_:)``); the same settings, inputs and generator
/// seed give bit-identical output. ``run(on:labels:target:victim:mask:using:)``
/// adds validation, quantisation and the measurements.
public protocol Attack {
    /// The method this attack implements.
    var method: AttackMethod { get }
    /// The loss this attack optimises by default for a goal.
    var objectiveLoss: ObjectiveLoss { get }
    /// Searches for adversarial versions of `images` (N,C,H,W in [0, 1]),
    /// changing values only where `mask` is 1.
    func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation
}
