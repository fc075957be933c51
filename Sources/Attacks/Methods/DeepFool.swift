import Tensors

/// DeepFool (Moosavi-Dezfooli, Fawzi and Frossard 2016), L2, multi-class:
/// each step linearises the model around x and moves to the nearest linearised
/// class boundary; the accumulated step is scaled by 1 + overshoot.
///
/// Untargeted: it leaves the class the model predicts for the clean image,
/// and stops per image once the objective is met. It differentiates the
/// victim's model directly (one backward pass per class, each batched over
/// the images), without the victim's transforms.
public struct DeepFool: Attack {
    /// The largest number of linearisation steps.
    public var steps: Int
    /// The overshoot η (paper: 0.02).
    public var overshoot: Float

    /// Creates the attack with the paper's overshoot.
    public init(steps: Int = 50, overshoot: Float = 0.02) {
        self.steps = steps
        self.overshoot = overshoot
    }

    /// `.deepfool`.
    public var method: AttackMethod { .deepfool }
    /// Cross-entropy (used only to judge success).
    public var objectiveLoss: ObjectiveLoss { .crossEntropy }

    /// Steps towards the nearest boundary until every image meets the objective.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        let clean = images.detached()
        let region = FeasibleSet(clean: clean, ball: .unbounded, mask: mask)
        let allowed = mask.map { $0.detached().broadcasted(to: clean.shape) }
        let original = victim.logits(clean).argmax(alongAxis: 1)
        var total = [Float](repeating: 0, count: clean.scalarCount)
        var x = clean
        var iterations = [Int?](repeating: nil, count: clean.shape[0])
        for step in 0...steps {
            let tracked = x.trackingGradient()
            let logits = victim.model(tracked, mode: .inference)
            for (image, success) in objective.isAdversarial(logits: logits.detached()).enumerated()
            where success && iterations[image] == nil {
                iterations[image] = step
            }
            let active = iterations.map { $0 == nil }
            guard step < steps, active.contains(true) else { break }
            let jacobian = (0..<logits.shape[1]).map { k -> [Float] in
                let seed = Tensor(oneHot: Array(repeating: k, count: clean.shape[0]), classes: logits.shape[1])
                let gradient = gradients(of: logits, withRespectTo: [tracked], seed: seed)[0]
                return (allowed.map { gradient * $0 } ?? gradient).scalars
            }
            let moves = LinearisedBoundary.steps(
                logits: logits.detached(), jacobian: jacobian, original: original, active: active)
            for index in total.indices { total[index] += moves[index] }
            let moved = Tensor(shape: clean.shape, scalars: total) * (1 + overshoot)
            x = region.project(clean + moved)
        }
        return Perturbation(origins: clean, adversarial: x, iterations: iterations)
    }
}
