import Attacks
import Foundation
import PhysicalWorld
import StrictCoding
import Tensors
import TestSupport
import Testing

/// EOT on the RGB convolutional victim: the wrapper's layout, its gradient,
/// determinism, and that EOT-PGD survives the transforms better than PGD.
@Suite struct ExpectationOverTransformationTests {
    let model = TinyCNN(seed: 12)
    let images: Tensor
    let labels: [Int]

    init() {
        var generator = RandomGenerator(seed: 31)
        images = Tensor.uniform([8, 3, 16, 16], in: 0.2...0.8, using: &generator)
        labels = model(images).argmax(alongAxis: 1)
    }

    func eotVictim(samples: Int, preset: TransformPreset = .printAndPhotograph) throws -> Victim {
        Victim(model: model, transforms: [try EOTSettings(samples: samples, preset: preset).makeTransform()])
    }

    @Test func victimLossIsEachImagesMeanOverItsSampledCopies() throws {
        let samples = 3
        var first = RandomGenerator(seed: 5), second = RandomGenerator(seed: 5)
        let losses = try eotVictim(samples: samples).evaluate(
            images, objective: UntargetedCrossEntropy(labels: labels), using: &first
        ).losses.scalars
        let copies = try TransformPreset.printAndPhotograph.distribution.sample(images, count: samples, using: &second)
        let sampleMajorLabels = (0..<samples).flatMap { _ in labels }
        let rowLosses = crossEntropy(logits: model(copies.images), labels: sampleMajorLabels, reduction: .perSample).scalars
        for image in labels.indices {
            let expected = -(0..<samples).map { rowLosses[$0 * labels.count + image] }.reduce(0, +) / Float(samples)
            #expect(abs(losses[image] - expected) <= 1e-5 * max(1, abs(expected)), "image \(image)")
        }
    }

    @Test func victimSuccessRateIsTheFractionOfEachImagesCopiesThatAreAdversarial() throws {
        let samples = 5
        let objective = UntargetedCrossEntropy(labels: labels)
        var first = RandomGenerator(seed: 8), second = RandomGenerator(seed: 8)
        let rates = try eotVictim(samples: samples).evaluate(images, objective: objective, using: &first).successRates
        let copies = try TransformPreset.printAndPhotograph.distribution.sample(images, count: samples, using: &second)
        let predicted = model(copies.images).argmax(alongAxis: 1)
        for image in labels.indices {
            let fooled = (0..<samples).filter { predicted[$0 * labels.count + image] != labels[image] }.count
            #expect(rates[image] == Float(fooled) / Float(samples), "image \(image)")
        }
        // The transforms alone fool the model on some copies of these images (not all).
        #expect(rates.contains { $0 > 0 } && rates.contains { $0 < 1 })
        // Without transforms the rate is the image's own success, 1 or 0.
        let plain = Victim(model: model).evaluate(images, objective: objective, using: &first).successRates
        #expect(plain == objective.isAdversarial(logits: model(images)).map { $0 ? 1 : 0 })
    }

    @Test func gradientThroughSampledTransformsMatchesFiniteDifferences() throws {
        // A fixed seed fixes every drawn parameter, so the loss is a
        // deterministic function of the images; athalye2018-2d has no
        // straight-through step (JPEG, 8-bit rounding) whose gradient is approximate.
        let victim = try eotVictim(samples: 4, preset: .athalye2018TwoD)
        let objective = UntargetedCrossEntropy(labels: Array(labels.prefix(2)))
        let batch = images.sliced(alongAxis: 0, 0..<2)
        expectGradientMatchesFiniteDifferences(at: batch, step: 1e-3, tolerance: 1e-2) { x in
            var generator = RandomGenerator(seed: 9)
            return victim.evaluate(x, objective: objective, using: &generator).losses
        }
    }

    @Test func eotPGDIsDeterministicForASeed() throws {
        let victim = try eotVictim(samples: 4)
        let attack = PGD(ball: .lInfinity(epsilon: 0.1), stepSize: 0.02, steps: 5)
        var first = RandomGenerator(seed: 3), second = RandomGenerator(seed: 3)
        let a = try attack.run(on: images, labels: labels, victim: victim, using: &first)
        let b = try attack.run(on: images, labels: labels, victim: victim, using: &second)
        #expect(a.adversarial == b.adversarial)
        expectInsideLInfinityBall(a.adversarial, around: images, epsilon: 0.1)
    }

    @Test func eotPGDSurvivesFreshlySampledTransformsBetterThanPGD() throws {
        let attack = PGD(ball: .lInfinity(epsilon: 0.06), stepSize: 0.01, steps: 20)
        var generator = RandomGenerator(seed: 1)
        let plain = try attack.run(on: images, labels: labels, victim: Victim(model: model), using: &generator)
        let eot = try attack.run(on: images, labels: labels, victim: try eotVictim(samples: 16), using: &generator)
        let (plainRate, eotRate) = (try successUnderTransforms(plain.adversarial), try successUnderTransforms(eot.adversarial))
        // Measured: the transforms alone fool the model on 13 % of clean
        // copies, PGD's images on 86 %, EOT-PGD's on 98 %.
        #expect(try successUnderTransforms(images) < 0.2)
        #expect(eotRate > plainRate + 0.08, "EOT-PGD \(eotRate) vs PGD \(plainRate) under print-and-photograph")
        #expect(eotRate >= 0.95)
    }

    /// The fraction of 32 fresh print-and-photograph copies of each image
    /// (drawn with a seed the attacks never used) the model misclassifies.
    func successUnderTransforms(_ adversarial: Tensor) throws -> Float {
        let count = 32
        var generator = RandomGenerator(seed: 424_242)
        let copies = try TransformPreset.printAndPhotograph.distribution.sample(adversarial, count: count, using: &generator)
        let predicted = model(copies.images).argmax(alongAxis: 1)
        let fooled = predicted.indices.filter { predicted[$0] != labels[$0 % labels.count] }.count
        return Float(fooled) / Float(predicted.count)
    }

    @Test func settingsDecodeFromPipelineJSON() throws {
        let json = #"{"samples": 16, "preset": "kurakin2016"}"#
        let settings = try JSONDecoder().decode(EOTSettings.self, from: Data(json.utf8))
        #expect(settings == (try EOTSettings(samples: 16, preset: .kurakin2016)))
        let defaulted = try JSONDecoder().decode(EOTSettings.self, from: Data(#"{"samples": 2}"#.utf8))
        #expect(defaulted.preset == .printAndPhotograph)
        let encoded = try JSONDecoder().decode(EOTSettings.self, from: try JSONEncoder().encode(settings))
        #expect(encoded == settings)
    }

    @Test func badSettingsNameTheProblem() throws {
        #expect(throws: AttackError.invalidParameter(name: "eot.samples", value: "0", expected: "an integer in 1...1024")) {
            try JSONDecoder().decode(EOTSettings.self, from: Data(#"{"samples": 0}"#.utf8))
        }
        #expect(throws: TransformError.unknownPreset(name: "print-and-photo", nearest: "print-and-photograph")) {
            try JSONDecoder().decode(EOTSettings.self, from: Data(#"{"samples": 4, "preset": "print-and-photo"}"#.utf8))
        }
        #expect(throws: UnknownKeyError(codingPath: [], key: "sample", allowed: ["samples", "preset"])) {
            try JSONDecoder().decode(EOTSettings.self, from: Data(#"{"sample": 4}"#.utf8))
        }
    }

    @Test func imagesTheTransformsCannotHandleAreRejectedBeforeTheSearch() throws {
        var generator = RandomGenerator(seed: 1)
        let tiny = Tensor.uniform([2, 3, 4, 4], using: &generator)
        #expect(throws: TransformError.self) {
            try FGSM(epsilon: 0.1).run(on: tiny, labels: [0, 0], victim: try eotVictim(samples: 2), using: &generator)
        }
    }
}
