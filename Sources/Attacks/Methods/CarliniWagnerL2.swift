#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NeuralNetworks
import Tensors

/// The Carlini-Wagner L2 attack (2017): minimise `‖x − x₀‖² + c·f(x)` over
/// `x = (tanh(w) + 1) / 2` (the tanh box keeps x in [0, 1]) with Adam on w,
/// with a binary search over c per image, keeping the adversarial image of
/// smallest L2 distance found.
///
/// `f` is the objective's loss (by default the C&W margin with confidence
/// κ). With a mask, `x = x₀ + m·(box(w) − x₀)`.
public struct CarliniWagnerL2: Attack {
    /// The confidence κ of the margin loss.
    public var confidence: Float
    /// Adam steps per value of c.
    public var steps: Int
    /// Values of c tried per image.
    public var binarySearchSteps: Int
    /// The first c.
    public var initialConstant: Float
    /// Adam's learning rate in w-space.
    public var learningRate: Float

    /// Creates the attack with the authors' defaults, except 100 rather than
    /// 10,000 Adam steps per c and, to make up for that, a learning rate of
    /// 0.05 rather than 0.01. Adam moves each w by at most about the learning
    /// rate per step: at 0.01 a hundred steps stop far from convergence (and
    /// pixels at 0 or 1, where the tanh box saturates at |w| ≈ 7.25, hardly
    /// move), so the attack returned larger perturbations than DeepFool's on
    /// the shipped Fashion-MNIST CNN (docs/RESULTS.md, issue 6).
    public init(
        confidence: Float = 0, steps: Int = 100, binarySearchSteps: Int = 9, initialConstant: Float = 1e-3,
        learningRate: Float = 5e-2
    ) {
        self.confidence = confidence
        self.steps = steps
        self.binarySearchSteps = binarySearchSteps
        self.initialConstant = initialConstant
        self.learningRate = learningRate
    }

    /// `.cwL2`.
    public var method: AttackMethod { .cwL2 }
    /// The C&W margin with this attack's confidence.
    public var objectiveLoss: ObjectiveLoss { .margin(confidence: confidence) }

    /// Runs the binary search.
    public func perturb(
        _ images: Tensor, objective: any Objective, victim: Victim, mask: Tensor?,
        using generator: inout RandomGenerator
    ) -> Perturbation {
        let clean = images.detached()
        let count = clean.shape[0]
        let start = Tensor(shape: clean.shape, scalars: clean.scalars.map { atanhf((2 * $0 - 1) * 0.999999) })
        var search = ConstantSearch(count: count, initial: initialConstant)
        // Distance 0: an image never made adversarial comes back unchanged.
        var best = BestIterates(start: clean, score: 0)
        var stepsTaken = 0
        for _ in 0..<binarySearchSteps {
            let w = Parameter(name: "w", value: start)
            var optimizer = Adam(learningRate: learningRate)
            var succeeded = [Bool](repeating: false, count: count)
            let constants = Tensor(shape: [count], scalars: search.constants)
            for _ in 0..<steps {
                let tracked = w.value.trackingGradient()
                var x = (tanh(tracked) + 1) * 0.5
                if let mask { x = clean + (x - clean) * mask }
                let (losses, logits, rates) = victim.evaluate(x, objective: objective, using: &generator)
                let difference = x - clean
                let squaredDistances = (difference * difference).sum(alongAxes: [1, 2, 3])
                let total = (squaredDistances + constants * losses).sum()
                let gradient = gradients(of: total, withRespectTo: [tracked])[0]
                let success = objective.isAdversarial(logits: logits)
                best.offer(
                    x, success: success, successRates: rates, scores: squaredDistances.detached().scalars,
                    stepsTaken: stepsTaken)
                for image in 0..<count where success[image] { succeeded[image] = true }
                optimizer.update([w], along: [gradient])
                stepsTaken += 1
            }
            search.update(succeeded: succeeded)
        }
        return Perturbation(origins: clean, adversarial: best.images, iterations: best.firstSuccess)
    }
}
