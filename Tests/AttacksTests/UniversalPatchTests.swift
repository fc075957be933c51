import Attacks
import Foundation
import PhysicalWorld
import StrictCoding
import Tensors
import Testing

/// The universal patch attack on a small RGB model, its settings and its outputs.
@Suite struct UniversalPatchTests {
    let model = TinyCNN(seed: 12)
    let classNames = ["zero", "one", "two"]

    func scenes(count: Int, seed: UInt64) -> (Tensor, [Int]) {
        var generator = RandomGenerator(seed: seed)
        let images = Tensor.uniform([count, 3, 16, 16], in: 0.2...0.8, using: &generator)
        return (images, model(images, mode: .inference).argmax(alongAxis: 1))
    }

    func settings(_ json: String) throws -> PatchSettings {
        try JSONDecoder().decode(PatchSettings.self, from: Data(json.utf8))
    }

    /// The class the model gives least often to clean scenes.
    func rarestClass(_ labels: [Int]) -> Int {
        (0..<3).min { a, b in labels.filter { $0 == a }.count < labels.filter { $0 == b }.count }!
    }

    @Test func aTrainedPatchRaisesTheTargetRateOnUnseenImages() throws {
        let (training, trainingLabels) = scenes(count: 32, seed: 40)
        let (heldOut, heldOutLabels) = scenes(count: 40, seed: 41)
        let target = rarestClass(heldOutLabels)
        let attack = try UniversalPatchAttack(
            settings: settings(#"{"target": "\#(classNames[target])", "size": 0.2, "steps": 60, "batchSize": 8, "optimizer": "adam", "learningRate": 0.1}"#))
        var generator = RandomGenerator(seed: 1)
        let result = try attack.train(
            model: model, classNames: classNames, images: training, labels: trainingLabels, using: &generator)
        // A disc covering 20% of 16×16 pixels: side √(51.2 / (π/4)) ≈ 8.
        #expect(result.patch.shape == [1, 3, 8, 8] && result.mask.shape == [1, 1, 8, 8])
        #expect(result.history.count == 60)
        #expect(result.patch.scalars.allSatisfy { (0...1).contains($0) })

        let placements = result.randomPlacements(count: 40, imageHeight: 16, imageWidth: 16, from: attack.settings.placements(training: false), using: &generator)
        let evaluation = try PatchEvaluation.measure(
            result, model: model, images: heldOut, labels: heldOutLabels, placements: placements,
            transforms: TransformPreset.thys2019.distribution, samples: 8, using: &generator)
        let before = Float(heldOutLabels.filter { $0 == target }.count) / 40
        #expect(before < 0.34)
        #expect(evaluation.successRate >= 0.8, "target rate \(before) → \(evaluation.successRate)")
        #expect(evaluation.outcomes.allSatisfy { $0.success == ($0.patched == target) })
        #expect((evaluation.transformedSuccessRate ?? 0) > before)
    }

    @Test func sameSeedSameSettingsGiveTheSamePatch() throws {
        let (images, labels) = scenes(count: 8, seed: 3)
        let attack = try UniversalPatchAttack(
            settings: settings(#"{"target": "untargeted", "steps": 3, "batchSize": 4, "nps": 0.01, "tv": 0.5, "eot": {"samples": 2, "preset": "thys2019"}}"#))
        func run() throws -> PatchResult {
            var generator = RandomGenerator(seed: 9)
            return try attack.train(model: model, classNames: classNames, images: images, labels: labels, using: &generator)
        }
        let (first, second) = (try run(), try run())
        #expect(first.patch == second.patch)
        #expect(first.history == second.history)
    }

    @Test func earlyStopEndsTrainingOnceTheRecentRateIsReached() throws {
        let (images, labels) = scenes(count: 8, seed: 3)
        let attack = try UniversalPatchAttack(
            settings: settings(#"{"steps": 200, "batchSize": 4, "size": 0.5, "optimizer": "adam", "learningRate": 0.1, "earlyStopRate": 0.5}"#))
        var generator = RandomGenerator(seed: 2)
        let result = try attack.train(model: model, classNames: classNames, images: images, labels: labels, using: &generator)
        #expect(result.stoppedEarly)
        #expect(result.history.count < 200 && result.history.count >= PatchSettings.earlyStopWindow)
        let recent = result.history.suffix(PatchSettings.earlyStopWindow).map(\.successRate)
        #expect(recent.reduce(0, +) / Float(recent.count) >= 0.5)
    }

    @Test func settingsTakeBrownsDefaultsAndRejectUnknownKeys() throws {
        let defaults = try settings("{}")
        #expect(defaults == PatchSettings())
        #expect(defaults.shape == .circle && defaults.rotation == 22.5 && defaults.steps == 500 && defaults.batchSize == 16)
        #expect(defaults.optimizer == .sgd && defaults.learningRate == 5)
        let full = try settings(
            #"{"shape": "octagon", "size": 0.05, "target": "two", "eot": {"samples": 4, "preset": "print-and-photograph"}, "nps": 0.01, "npsForm": "minimum", "tv": 2.5, "palette": {"file": "chart.png", "rows": 5, "columns": 6}, "print": {"widthMillimetres": 60, "dpi": 300}, "schedule": "cosine", "scale": [0.9, 1.1], "region": [0.25, 0.25, 0.75, 0.75]}"#)
        #expect(try JSONDecoder().decode(PatchSettings.self, from: JSONEncoder().encode(full)) == full)
        #expect(full.print.widthPixels == 709)
        #expect(throws: UnknownKeyError.self) { try settings(#"{"sise": 0.1}"#) }
        #expect(throws: AttackError.self) { try settings(#"{"shape": "triangle"}"#) }
        #expect(throws: AttackError.self) { try settings(#"{"size": 1.5}"#) }
        #expect(throws: AttackError.self) { try settings(#"{"region": [0.5, 0, 0.4, 1]}"#) }
        #expect(throws: UnknownKeyError.self) { try settings(#"{"print": {"widthMillimetres": 60, "dpj": 300}}"#) }
    }

    @Test func goalsAndFilesAreCheckedBeforeTraining() throws {
        let (images, labels) = scenes(count: 2, seed: 3)
        var generator = RandomGenerator(seed: 1)
        let leastLikely = try UniversalPatchAttack(settings: settings(#"{"target": "least-likely"}"#))
        #expect(throws: AttackError.self) {
            try leastLikely.train(model: model, classNames: classNames, images: images, labels: labels, using: &generator)
        }
        #expect(throws: AttackError.self) { try UniversalPatchAttack(settings: settings(#"{"maskFile": "star.png"}"#)) }
        let plain = try UniversalPatchAttack(settings: PatchSettings())
        #expect(throws: AttackError.self) {
            try plain.train(model: model, classNames: classNames, images: images * 2, labels: labels, using: &generator)
        }
    }

    @Test func aMaskFileSetsTheShapeAndAMeasuredChartThePalette() throws {
        let star = Tensor(shape: [1, 4, 2, 4], scalars: Array(repeating: 0.5, count: 24) + [0, 1, 1, 0, 1, 1, 1, 1])
        let chart = Tensor(shape: [1, 3, 2, 2], scalars: [0, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0])
        var settings = PatchSettings()
        settings.maskFile = "star.png"
        settings.palette = .measured(file: "chart.png", rows: 2, columns: 2)
        let assets = try PatchAssets(maskFile: settings.maskFile, palette: settings.palette) { file in
            file == "star.png" ? star : chart
        }
        #expect(assets.mask == Tensor(shape: [1, 1, 2, 4], scalars: [0, 1, 1, 0, 1, 1, 1, 1]))
        #expect(assets.palette == [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0]])
        let attack = try UniversalPatchAttack(settings: settings, assets: assets)
        let size = attack.patchSize(imageHeight: 64, imageWidth: 64)
        #expect(Swift.abs(size.width - 2 * size.height) <= 1)
        let mask = attack.mask(height: size.height, width: size.width)
        let covered = mask.scalars.reduce(0, +) / Float(64 * 64)
        #expect(Swift.abs(covered - 0.1) < 0.02)
    }

    @Test func thePrintImageHasThePrintWidthAndTheMaskAsAlpha() throws {
        let (images, labels) = scenes(count: 2, seed: 3)
        let attack = try UniversalPatchAttack(settings: settings(#"{"steps": 1, "batchSize": 2, "shape": "rectangle", "size": 0.25}"#))
        var generator = RandomGenerator(seed: 1)
        let result = try attack.train(model: model, classNames: classNames, images: images, labels: labels, using: &generator)
        let printed = result.printImage(widthPixels: 709)
        // 64 pixels at aspect 2: 6 × 11, printed 709 wide and 709·6/11 ≈ 387 high.
        #expect(result.patch.shape == [1, 3, 6, 11])
        #expect(printed.shape == [1, 4, 387, 709])
        #expect(printed.sliced(alongAxis: 1, 3..<4).scalars.allSatisfy { $0 == 1 })
    }
}
