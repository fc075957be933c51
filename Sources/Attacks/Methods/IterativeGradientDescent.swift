import Tensors

/// The loop shared by BIM, PGD, MI-FGSM and DI-FGSM: from a start point, step
/// against the loss gradient and project onto the feasible set, for several
/// restarts, keeping per image the best iterate seen.
///
/// "Best" prefers an iterate that meets the objective and, among equals, the
/// lowest loss on the images themselves (no transforms).
struct IterativeGradientDescent {
    var ball: NormBall
    var stepSize: Float
    var steps: Int
    var restarts: Int
    var randomStart: Bool
    var rule: StepRule

    func run(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        let region = FeasibleSet(clean: images, ball: ball, mask: mask)
        var best = BestIterates(start: images)
        var stepsTaken = 0
        for _ in 0..<restarts {
            var x = randomStart ? region.randomPoint(using: &generator) : images
            var velocity = Tensor.zeros(images.shape)
            for step in 0...steps {
                if step == steps {
                    best.offer(x, logits: victim.logits(x), objective: objective, stepsTaken: stepsTaken)
                    break
                }
                let (_, gradient, logits) = victim.lossAndGradient(at: x, objective: objective, using: &generator)
                best.offer(x, logits: logits, objective: objective, stepsTaken: stepsTaken)
                let direction = rule.direction(for: gradient, velocity: &velocity)
                x = region.project(x - direction * stepSize)
                stepsTaken += 1
            }
        }
        return Perturbation(origins: images, adversarial: best.images, iterations: best.firstSuccess)
    }
}
