import Tensors

/// The loop shared by BIM, PGD, MI-FGSM and DI-FGSM: from a start point, step
/// against the loss gradient and project onto the feasible set, for several
/// restarts, keeping per image the best iterate seen.
///
/// "Best" prefers an iterate that meets the objective in more of the victim's
/// transformed copies (under EOT; otherwise on the image itself) and, among
/// equals, the lowest loss through those transforms: an EOT attack keeps the
/// iterate that survives the transforms, not the one that works only on screen.
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
                    let (losses, logits, rates) = victim.evaluate(x.detached(), objective: objective, using: &generator)
                    best.offer(
                        x, losses: losses, logits: logits, successRates: rates, objective: objective,
                        stepsTaken: stepsTaken)
                    break
                }
                let (losses, gradient, logits, rates) = victim.lossAndGradient(
                    at: x, objective: objective, using: &generator)
                best.offer(
                    x, losses: losses, logits: logits, successRates: rates, objective: objective, stepsTaken: stepsTaken)
                let direction = rule.direction(for: gradient, velocity: &velocity)
                x = region.project(x - direction * stepSize)
                stepsTaken += 1
            }
        }
        return Perturbation(origins: images, adversarial: best.images, iterations: best.firstSuccess)
    }
}
