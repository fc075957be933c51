import Foundation
import Attacks
import Tensors
import Testing

@Suite struct AttackMethodTests {
    let images = SyntheticTask.batch.images
    let labels = SyntheticTask.batch.labels

    static let goals: [AttackMethod: AttackTarget] = [.fooling: .label(2)]

    @Test(arguments: AttackMethod.allCases)
    func everyMethodIsDeterministicForASeedAndStaysInRange(method: AttackMethod) throws {
        let attack = try method.makeAttack(method == .cwL2 ? AttackParameters(steps: 10, binarySearchSteps: 2) : .init())
        #expect(attack.method == method)
        let target = Self.goals[method] ?? .untargeted
        var first = RandomGenerator(seed: 21), second = RandomGenerator(seed: 21)
        let a = try attack.run(on: images, labels: labels, target: target, victim: SyntheticTask.victim, using: &first)
        let b = try attack.run(on: images, labels: labels, target: target, victim: SyntheticTask.victim, using: &second)
        #expect(a.adversarial == b.adversarial)
        #expect(a.outcomes == b.outcomes)
        #expect(a.adversarial.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        if [.fgsm, .fooling, .bim, .iterativeLeastLikely, .pgd, .mifgsm, .difgsm].contains(method) {
            expectInsideLInfinityBall(a.adversarial, around: a.origins, epsilon: 8 / 255)
        }
    }

    @Test func unknownMethodNamesTheValidOnes() throws {
        #expect(throws: AttackError.unknownMethod("pgd-linf", valid: AttackMethod.allCases.map(\.rawValue))) {
            try AttackMethod(named: "pgd-linf")
        }
        let message = AttackError.unknownMethod("x", valid: ["fgsm", "pgd"]).localizedDescription
        #expect(message.contains("fgsm, pgd"))
        #expect(try AttackMethod(named: "PGD") == .pgd)
    }

    @Test func negativeEpsilonIsRejected() {
        #expect(throws: AttackError.self) { try AttackMethod.pgd.makeAttack(AttackParameters(epsilon: -0.1)) }
        do {
            _ = try AttackMethod.fgsm.makeAttack(AttackParameters(epsilon: -0.1))
            Issue.record("a negative ε must be rejected")
        } catch let error as AttackError {
            guard case .invalidParameter(let name, let value, _) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(name == "eps" && value == "-0.1")
            #expect(error.localizedDescription.contains("between 0 and 1"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test(arguments: [0, -3])
    func stepsMustBePositive(steps: Int) {
        #expect(throws: AttackError.invalidParameter(name: "steps", value: "\(steps)", expected: "at least 1")) {
            try AttackMethod.bim.makeAttack(AttackParameters(steps: steps))
        }
    }

    @Test func parametersAMethodDoesNotUseAreErrors() {
        let accepted = AttackMethod.deepfool.acceptedParameters.map(\.rawValue)
        #expect(throws: AttackError.unusedParameter(name: "eps", method: "deepfool", accepted: accepted)) {
            try AttackMethod.deepfool.makeAttack(AttackParameters(epsilon: 0.1))
        }
    }

    @Test func parametersDecodeFromTheirJSONNames() throws {
        let json = #"{"eps": 0.3, "alpha": 0.01, "steps": 40, "random-start": false}"#
        let parameters = try JSONDecoder().decode(AttackParameters.self, from: Data(json.utf8))
        let attack = try #require(try AttackMethod.pgd.makeAttack(parameters) as? PGD)
        #expect(attack.ball == .lInfinity(epsilon: 0.3))
        #expect(attack.stepSize == 0.01 && attack.steps == 40 && !attack.randomStart)
    }

    @Test(arguments: [AttackMethod.fgsm, .bim, .iterativeLeastLikely, .pgd, .pgdL2, .mifgsm, .difgsm])
    func gradientMethodsFollowTheMarginLossWhenAsked(method: AttackMethod) throws {
        #expect(try method.makeAttack().objectiveLoss == .crossEntropy)
        let json = #"{"loss": "margin", "confidence": 2.5}"#
        let parameters = try JSONDecoder().decode(AttackParameters.self, from: Data(json.utf8))
        #expect(try method.makeAttack(parameters).objectiveLoss == .margin(confidence: 2.5))
        #expect(try method.makeAttack(AttackParameters(loss: "margin")).objectiveLoss == .margin(confidence: 0))
    }

    @Test func badLossSettingsAreErrors() {
        #expect(throws: AttackError.invalidParameter(name: "loss", value: "hinge", expected: "cross-entropy or margin")) {
            try AttackMethod.pgd.makeAttack(AttackParameters(loss: "hinge"))
        }
        #expect(throws: AttackError.self) { try AttackMethod.pgd.makeAttack(AttackParameters(confidence: 1)) }
        #expect(throws: AttackError.self) { try AttackMethod.bim.makeAttack(AttackParameters(loss: "margin", confidence: -1)) }
        let accepted = AttackMethod.deepfool.acceptedParameters.map(\.rawValue)
        #expect(throws: AttackError.unusedParameter(name: "loss", method: "deepfool", accepted: accepted)) {
            try AttackMethod.deepfool.makeAttack(AttackParameters(loss: "margin"))
        }
    }

    @Test func publishedDefaults() throws {
        let bim = try #require(try AttackMethod.bim.makeAttack() as? BasicIterativeMethod)
        #expect(bim.epsilon == 8 / 255 && bim.stepSize == 1 / 255 && bim.steps == 10)
        let momentum = try #require(try AttackMethod.mifgsm.makeAttack() as? MomentumIterativeFGSM)
        #expect(momentum.decay == 1 && momentum.steps == 10 && momentum.stepSize == momentum.epsilon / 10)
        let deepFool = try #require(try AttackMethod.deepfool.makeAttack() as? DeepFool)
        #expect(deepFool.overshoot == 0.02)
        let diverse = try #require(try AttackMethod.difgsm.makeAttack() as? DiverseInputsFGSM)
        #expect(diverse.diversity.probability == 0.5)
    }

    @Test func targetNotInTheModelIsAnError() throws {
        var generator = RandomGenerator(seed: 1)
        #expect(throws: AttackError.targetOutOfRange(7, classCount: 3)) {
            try FGSM(epsilon: 0.1).run(
                on: images, labels: labels, target: .label(7), victim: SyntheticTask.victim, using: &generator)
        }
        let names = ["top", "left", "diagonal"]
        #expect(try AttackTarget(parsing: "left", classNames: names) == .label(1))
        #expect(try AttackTarget(parsing: "2", classNames: names) == .label(2))
        #expect(try AttackTarget(parsing: "least-likely", classNames: names) == .leastLikely)
        #expect(throws: AttackError.unknownTarget("stop", classNames: names)) {
            try AttackTarget(parsing: "stop", classNames: names)
        }
    }

    @Test func goalsAMethodCannotPursueAreErrors() throws {
        #expect(throws: AttackError.self) { try AttackMethod.fooling.resolve(.untargeted) }
        #expect(throws: AttackError.self) { try AttackMethod.deepfool.resolve(.label(1)) }
        #expect(try AttackMethod.iterativeLeastLikely.resolve(.untargeted) == .leastLikely)
        var generator = RandomGenerator(seed: 1)
        #expect(throws: AttackError.self) {
            try DeepFool().run(on: images, labels: labels, target: .label(0), victim: SyntheticTask.victim, using: &generator)
        }
    }

    @Test func badInputsAreReported() {
        var generator = RandomGenerator(seed: 1)
        let attack = FGSM(epsilon: 0.1)
        #expect(throws: AttackError.labelCountMismatch(images: 12, labels: 2)) {
            try attack.run(on: images, labels: [0, 1], victim: SyntheticTask.victim, using: &generator)
        }
        #expect(throws: AttackError.imagesOutOfRange(minimum: 0, maximum: 255)) {
            try attack.run(
                on: Tensor(shape: [1, 1, 4, 4], scalars: (0..<16).map { Float($0) * 17 }), labels: [0],
                victim: SyntheticTask.victim, using: &generator)
        }
        #expect(throws: AttackError.badImageShape([16])) {
            try attack.run(on: Tensor.zeros([16]), labels: [0], victim: SyntheticTask.victim, using: &generator)
        }
        #expect(throws: AttackError.labelOutOfRange(5, image: 0, classCount: 3)) {
            try attack.run(
                on: images, labels: [5] + labels.dropFirst(), victim: SyntheticTask.victim, using: &generator)
        }
    }
}
