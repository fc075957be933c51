/// Every attack by the name the CLI (`--method`) and pipelines use.
public enum AttackMethod: String, CaseIterable, Codable, Sendable {
    /// ``FGSM``.
    case fgsm
    /// ``FoolingImages``.
    case fooling
    /// ``BasicIterativeMethod``.
    case bim
    /// ``BasicIterativeMethod`` towards the least likely class.
    case iterativeLeastLikely = "iterative-least-likely"
    /// ``PGD`` in an L∞ ball.
    case pgd
    /// ``PGD`` in an L2 ball.
    case pgdL2 = "pgd-l2"
    /// ``MomentumIterativeFGSM``.
    case mifgsm
    /// ``DiverseInputsFGSM``.
    case difgsm
    /// ``CarliniWagnerL2``.
    case cwL2 = "cw-l2"
    /// ``DeepFool``.
    case deepfool

    /// The method with this name, or an error listing the valid names.
    public init(named name: String) throws {
        guard let method = AttackMethod(rawValue: name.lowercased()) else {
            throw AttackError.unknownMethod(name, valid: AttackMethod.allCases.map(\.rawValue))
        }
        self = method
    }

    /// The parameters this method reads.
    public var acceptedParameters: [AttackParameters.CodingKeys] {
        switch self {
        case .fgsm: return [.epsilon] + Self.lossParameters
        case .fooling: return [.epsilon, .noise]
        case .bim, .iterativeLeastLikely: return [.epsilon, .stepSize, .steps] + Self.lossParameters
        case .pgd, .pgdL2: return [.epsilon, .stepSize, .steps, .restarts, .randomStart] + Self.lossParameters
        case .mifgsm: return [.epsilon, .stepSize, .steps, .momentum] + Self.lossParameters
        case .difgsm:
            return [.epsilon, .stepSize, .steps, .momentum, .diversityProbability, .resizeRatio] + Self.lossParameters
        case .cwL2: return [.confidence, .steps, .binarySearchSteps, .initialConstant, .learningRate]
        case .deepfool: return [.steps, .overshoot]
        }
    }

    /// The loss settings every gradient method reads (``ParameterCheck/objectiveLoss()``).
    private static let lossParameters: [AttackParameters.CodingKeys] = [.loss, .confidence]

    /// The goal this method pursues when the user asked for `target`, or an
    /// error when it cannot: fooling images need a class, DeepFool is
    /// untargeted, and the iterative least-likely method aims at the least
    /// likely class (also when no target is given).
    public func resolve(_ target: AttackTarget) throws -> AttackTarget {
        switch (self, target) {
        case (.fooling, .label), (.deepfool, .untargeted), (.iterativeLeastLikely, .leastLikely):
            return target
        case (.iterativeLeastLikely, .untargeted):
            return .leastLikely
        case (.fooling, _):
            throw unsupported(target, "fooling images start from noise and need a target class; pass a class name or index.")
        case (.deepfool, _):
            throw unsupported(target, "DeepFool is untargeted; drop the target or use pgd or cw-l2 for a targeted attack.")
        case (.iterativeLeastLikely, _):
            throw unsupported(target, "it always aims at the least likely class; use bim or pgd for a chosen class.")
        default:
            return target
        }
    }

    private func unsupported(_ target: AttackTarget, _ reason: String) -> AttackError {
        let name: String
        switch target {
        case .untargeted: name = "untargeted"
        case .leastLikely: name = "least-likely"
        case .label(let index): name = "class \(index)"
        }
        return .unsupportedTarget(method: rawValue, target: name, reason: reason)
    }

    /// The attack with these parameters (unset ones take the published
    /// defaults), or an error naming the first bad or unused parameter.
    public func makeAttack(_ parameters: AttackParameters = AttackParameters()) throws -> any Attack {
        if let unused = parameters.given.first(where: { !acceptedParameters.contains($0) }) {
            throw AttackError.unusedParameter(
                name: unused.rawValue, method: rawValue, accepted: acceptedParameters.map(\.rawValue))
        }
        let check = ParameterCheck(parameters: parameters)
        switch self {
        case .fgsm:
            return FGSM(epsilon: try check.lInfinityEpsilon(), loss: try check.objectiveLoss())
        case .fooling:
            let noise = try check.float(
                .noise, parameters.noise, default: 0.25, expected: "at least 0", where: { $0 >= 0 })
            return FoolingImages(epsilon: try check.lInfinityEpsilon(), noiseStandardDeviation: noise)
        case .bim, .iterativeLeastLikely:
            let epsilon = try check.lInfinityEpsilon()
            return BasicIterativeMethod(
                epsilon: epsilon, stepSize: try check.stepSize(default: 1 / 255),
                steps: try check.count(.steps, parameters.steps, default: BasicIterativeMethod.kurakinSteps(epsilon: epsilon)),
                leastLikely: self == .iterativeLeastLikely, loss: try check.objectiveLoss())
        case .pgd, .pgdL2:
            return try makePGD(check)
        case .mifgsm:
            let epsilon = try check.lInfinityEpsilon()
            let steps = try check.count(.steps, parameters.steps, default: 10)
            return MomentumIterativeFGSM(
                epsilon: epsilon, steps: steps, stepSize: try check.stepSize(default: epsilon / Float(steps)),
                decay: try momentum(check, default: 1), loss: try check.objectiveLoss())
        case .difgsm:
            return try makeDiverseInputs(check)
        case .cwL2:
            return CarliniWagnerL2(
                confidence: try check.float(
                    .confidence, parameters.confidence, default: 0, expected: "at least 0", where: { $0 >= 0 }),
                steps: try check.count(.steps, parameters.steps, default: 100),
                binarySearchSteps: try check.count(.binarySearchSteps, parameters.binarySearchSteps, default: 9),
                initialConstant: try check.float(
                    .initialConstant, parameters.initialConstant, default: 1e-3, expected: "greater than 0",
                    where: { $0 > 0 }),
                learningRate: try check.float(
                    .learningRate, parameters.learningRate, default: 5e-2, expected: "greater than 0",
                    where: { $0 > 0 }))
        case .deepfool:
            return DeepFool(
                steps: try check.count(.steps, parameters.steps, default: 50),
                overshoot: try check.float(
                    .overshoot, parameters.overshoot, default: 0.02, expected: "at least 0", where: { $0 >= 0 }))
        }
    }

    /// PGD with Madry's CIFAR-10 settings for L∞ (ε 8/255, α 2/255, 10 steps)
    /// and, for L2, ε 0.5 with α = 2.5·ε/steps (the `robustness` library's rule).
    private func makePGD(_ check: ParameterCheck) throws -> any Attack {
        let parameters = check.parameters
        let steps = try check.count(.steps, parameters.steps, default: 10)
        let restarts = try check.count(.restarts, parameters.restarts, default: 1)
        let randomStart = parameters.randomStart ?? true
        guard self == .pgdL2 else {
            return PGD(
                ball: .lInfinity(epsilon: try check.lInfinityEpsilon()), stepSize: try check.stepSize(default: 2 / 255),
                steps: steps, restarts: restarts, randomStart: randomStart, loss: try check.objectiveLoss())
        }
        let epsilon = try check.float(
            .epsilon, parameters.epsilon, default: 0.5, expected: "at least 0 (the L2 length of the whole perturbation)",
            where: { $0 >= 0 })
        return PGD(
            ball: .l2(epsilon: epsilon), stepSize: try check.stepSize(default: 2.5 * epsilon / Float(steps)),
            steps: steps, restarts: restarts, randomStart: randomStart, loss: try check.objectiveLoss())
    }

    private func makeDiverseInputs(_ check: ParameterCheck) throws -> any Attack {
        let parameters = check.parameters
        let epsilon = try check.lInfinityEpsilon()
        return DiverseInputsFGSM(
            epsilon: epsilon, stepSize: try check.stepSize(default: 1 / 255),
            steps: try check.count(.steps, parameters.steps, default: BasicIterativeMethod.kurakinSteps(epsilon: epsilon)),
            decay: try momentum(check, default: 0),
            diversity: InputDiversity(
                probability: try check.float(
                    .diversityProbability, parameters.diversityProbability, default: 0.5,
                    expected: "between 0 and 1", where: { (0...1).contains($0) }),
                resizeRatio: try check.float(
                    .resizeRatio, parameters.resizeRatio, default: 0.9,
                    expected: "greater than 0 and at most 1", where: { $0 > 0 && $0 <= 1 })),
            loss: try check.objectiveLoss())
    }

    private func momentum(_ check: ParameterCheck, default fallback: Float) throws -> Float {
        try check.float(.momentum, check.parameters.momentum, default: fallback, expected: "at least 0", where: { $0 >= 0 })
    }
}
