/// The settings of an attack as the CLI and pipelines give them; every field
/// is optional and falls back to the method's published default. JSON keys
/// and CLI names are the ``CodingKeys`` raw values (`eps`, `alpha`, …).
public struct AttackParameters: Codable, Equatable, Sendable {
    /// The radius ε of the norm ball, in [0, 1] image units.
    public var epsilon: Float?
    /// The step α.
    public var stepSize: Float?
    /// Gradient steps (C&W: Adam steps per c; DeepFool: largest number of steps).
    public var steps: Int?
    /// PGD restarts.
    public var restarts: Int?
    /// Whether PGD starts at a random point of the ball.
    public var randomStart: Bool?
    /// The momentum decay μ (MI-FGSM, DI-FGSM).
    public var momentum: Float?
    /// The probability of transforming the input before a step (DI-FGSM).
    public var diversityProbability: Float?
    /// The smallest resize factor of DI-FGSM's input diversity.
    public var resizeRatio: Float?
    /// The standard deviation of the noise fooling images start from.
    public var noise: Float?
    /// The loss gradient methods follow: `"cross-entropy"` (default) or
    /// `"margin"` (the Carlini-Wagner margin, clipped at −κ; see ``ObjectiveLoss``).
    public var loss: String?
    /// The confidence κ of the margin loss (C&W, and gradient methods with `loss` margin).
    public var confidence: Float?
    /// C&W's number of values of c.
    public var binarySearchSteps: Int?
    /// C&W's first c.
    public var initialConstant: Float?
    /// C&W's Adam learning rate.
    public var learningRate: Float?
    /// DeepFool's overshoot.
    public var overshoot: Float?

    /// The names used in JSON and on the command line.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case epsilon = "eps", stepSize = "alpha", steps, restarts, randomStart = "random-start", momentum
        case diversityProbability = "diversity", resizeRatio = "resize-ratio", noise, loss, confidence
        case binarySearchSteps = "binary-search-steps", initialConstant = "initial-constant"
        case learningRate = "learning-rate", overshoot
    }

    /// Creates parameters; unset ones take the method's defaults.
    public init(
        epsilon: Float? = nil, stepSize: Float? = nil, steps: Int? = nil, restarts: Int? = nil,
        randomStart: Bool? = nil, momentum: Float? = nil, diversityProbability: Float? = nil,
        resizeRatio: Float? = nil, noise: Float? = nil, loss: String? = nil, confidence: Float? = nil,
        binarySearchSteps: Int? = nil, initialConstant: Float? = nil, learningRate: Float? = nil,
        overshoot: Float? = nil
    ) {
        self.epsilon = epsilon
        self.stepSize = stepSize
        self.steps = steps
        self.restarts = restarts
        self.randomStart = randomStart
        self.momentum = momentum
        self.diversityProbability = diversityProbability
        self.resizeRatio = resizeRatio
        self.noise = noise
        self.loss = loss
        self.confidence = confidence
        self.binarySearchSteps = binarySearchSteps
        self.initialConstant = initialConstant
        self.learningRate = learningRate
        self.overshoot = overshoot
    }

    /// The parameters that are set.
    var given: [CodingKeys] {
        let isSet: [CodingKeys: Bool] = [
            .epsilon: epsilon != nil, .stepSize: stepSize != nil, .steps: steps != nil, .restarts: restarts != nil,
            .randomStart: randomStart != nil, .momentum: momentum != nil,
            .diversityProbability: diversityProbability != nil, .resizeRatio: resizeRatio != nil,
            .noise: noise != nil, .loss: loss != nil, .confidence: confidence != nil,
            .binarySearchSteps: binarySearchSteps != nil, .initialConstant: initialConstant != nil,
            .learningRate: learningRate != nil, .overshoot: overshoot != nil,
        ]
        return CodingKeys.allCases.filter { isSet[$0]! }
    }
}
