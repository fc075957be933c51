import ArgumentParser
import Attacks
import Foundation
import NeuralNetworks
import PNG
import PhysicalWorld
import Pipeline
import Tensors

/// `perturb patch --model M.onnx --target LABEL --images GLOB … --out DIR`:
/// trains a universal adversarial patch and measures it on scenes.
struct PatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patch",
        abstract: "Train a printable universal adversarial patch (Brown et al. 2017) against an ONNX classifier.",
        discussion: """
            Settings come from --settings FILE.json (keys of PatchSettings: shape, maskFile, aspectRatio, size, \
            target, steps, batchSize, optimizer, learningRate, schedule, rotation, scale, region, eot, nps, npsForm, tv, \
            palette, earlyStopRate, print), then the options below override them; unset values take Brown et \
            al.'s defaults (circle, SGD at learning rate 5, 500 steps, batch 16, rotation ±22.5°). \
            Writes DIR/patch.png (RGBA at print resolution, pHYs set from the print size, settings in tEXt), \
            DIR/patch-model.png (the patch at the model's pixel scale), DIR/scenes/NAME.png (each evaluation \
            scene with the patch at a random placement), DIR/results.json, and prints the success table: \
            per model, the share of scenes classified as the target when clean, patched, and under \
            --evaluate-samples transforms of --evaluate-preset. Scenes are --evaluate images, else the \
            training images. Image arguments may be quoted glob patterns.
            """
    )

    @Option(help: "The ONNX model the patch is trained against.", completion: .file(extensions: ["onnx"]))
    var model: String

    @Option(help: "A JSON file of patch settings (see the discussion).", completion: .file(extensions: ["json"]))
    var settings: String?

    @Option(help: "untargeted, a class name or a class index.")
    var target: String?

    @Option(parsing: .upToNextOption, help: "The training images (files or quoted glob patterns).")
    var images: [String]

    @Option(help: "The share of the image area the patch covers, in (0, 1].")
    var size: Float?

    @Option(help: "circle, square, rectangle or octagon.")
    var shape: String?

    @Option(help: "Where the patch's centre goes: left,top,right,bottom fractions of the image (default 0,0,1,1).")
    var region: String?

    @Option(help: "A PNG whose alpha (or gray) is the patch's mask, instead of --shape.")
    var mask: String?

    @Option(help: "Optimisation steps.")
    var steps: Int?

    @Option(name: .customLong("batch-size"), help: "Images per step.")
    var batchSize: Int?

    @Option(help: "sgd or adam.")
    var optimizer: String?

    @Option(name: .customLong("learning-rate"), help: "The base learning rate.")
    var learningRate: Float?

    @Option(name: .customLong("eot-samples"), help: "Transformed copies per image per step.")
    var eotSamples: Int?

    @Option(name: .customLong("eot-preset"), help: "Train under this transform preset (4 samples unless --eot-samples).")
    var eotPreset: String?

    @Option(help: "The weight of the non-printability score.")
    var nps: Float?

    @Option(name: .customLong("nps-form"), help: "product (Sharif et al.) or minimum (Thys et al.).")
    var npsForm: String?

    @Option(help: "The weight of the total-variation penalty.")
    var tv: Float?

    @Option(name: .customLong("early-stop"), help: "Stop once the last 20 batches reach this target rate.")
    var earlyStop: Float?

    @Option(help: "The true label of every image (default: the model's prediction on each clean image).")
    var label: String?

    @Option(parsing: .upToNextOption, help: "Held-out scenes to measure the patch on (files or quoted globs).")
    var evaluate: [String] = []

    @Option(name: .customLong("evaluate-preset"), help: "The transform preset of the measurement.")
    var evaluatePreset = TransformPreset.standard.rawValue

    @Option(name: .customLong("evaluate-samples"), help: "Transforms per scene in the measurement (0: digital only).")
    var evaluateSamples = 0

    @Option(parsing: .singleValue, help: "Another ONNX model to measure the patched scenes on (repeatable).")
    var transfer: [String] = []

    @Option(help: "The random seed.")
    var seed: UInt64 = 0

    @Flag(help: "Print results.json instead of the table.")
    var json = false

    @Option(help: "The folder to write into (created if missing).", completion: .directory)
    var out: String

    func validate() throws {
        guard !images.isEmpty else { throw ValidationError("Give the training images with --images (a quoted glob works).") }
        guard (0...10_000).contains(evaluateSamples) else {
            throw ValidationError("--evaluate-samples must be in 0...10000, got \(evaluateSamples).")
        }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let settings = try resolvedSettings()
            let classifier = try Classifier.load(from: URL(fileURLWithPath: model))
            for warning in classifier.warnings { CommandOutput.printWarning(warning) }
            let trainingFiles = try ImageFileList.expand(images, option: "--images")
            let training = try OptimisedAttackOptions.batch(trainingFiles, for: classifier, model: model)
            let trainingLabels = try labels(training, classifier: classifier)
            let assets = try PatchAssets(maskFile: settings.maskFile, palette: settings.palette) { file in
                try PNGImage(contentsOf: file).tensor()
            }
            let attack = try UniversalPatchAttack(settings: settings, assets: assets)
            var generator = RandomGenerator(seed: seed)
            let started = Date()
            let result = try attack.train(
                classifier: classifier, images: training, labels: trainingLabels, using: &generator
            ) { step in
                guard (step.step + 1) % 25 == 0 || step.step == 0 else { return }
                CommandOutput.printProgress(
                    String(format: "step %d/%d  loss %.4f  batch target rate %.2f", step.step + 1, settings.steps, step.loss, step.successRate))
            }
            let trainingSeconds = Date().timeIntervalSince(started)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            try writePatch(result, settings: settings)

            let sceneFiles = evaluate.isEmpty ? trainingFiles : try ImageFileList.expand(evaluate, option: "--evaluate")
            let scenes = evaluate.isEmpty ? training : try OptimisedAttackOptions.batch(sceneFiles, for: classifier, model: model)
            let sceneLabels = evaluate.isEmpty ? trainingLabels : try labels(scenes, classifier: classifier)
            var placementGenerator = RandomGenerator(seed: seed &+ 1)
            let placements = result.randomPlacements(
                count: sceneFiles.count, imageHeight: scenes.shape[2], imageWidth: scenes.shape[3],
                from: settings.placements(training: false), using: &placementGenerator)
            let transforms = evaluateSamples > 0 ? try TransformPreset(name: evaluatePreset).distribution : nil
            var reports: [PatchModelReport] = []
            for (index, file) in ([model] + transfer).enumerated() {
                let measured = index == 0 ? classifier : try Classifier.load(from: URL(fileURLWithPath: file))
                var evaluationGenerator = RandomGenerator(seed: seed &+ 2)
                let evaluation = try PatchEvaluation.measure(
                    result, model: measured, images: scenes, labels: sceneLabels, placements: placements,
                    transforms: transforms, samples: Swift.max(evaluateSamples, 1), using: &evaluationGenerator)
                if index == 0 { try writeScenes(evaluation.patchedImages, files: sceneFiles) }
                reports.append(PatchModelReport(model: file, evaluation: evaluation, target: result.target))
            }
            let record = PatchRunRecord(
                settings: settings, seed: seed, model: model, trainingImages: trainingFiles.count,
                stepsRun: result.history.count, stoppedEarly: result.stoppedEarly, trainingSeconds: trainingSeconds,
                finalBatchRates: result.history.suffix(PatchSettings.earlyStopWindow).map(\.successRate),
                patchSize: [result.patch.shape[2], result.patch.shape[3]],
                evaluation: evaluateSamples > 0 ? "\(evaluateSamples) samples of \(evaluatePreset)" : "digital only",
                models: reports)
            let recordJSON = try CommandOutput.json(record)
            try Data(recordJSON.utf8).write(
                to: URL(fileURLWithPath: (out as NSString).appendingPathComponent("results.json")), options: .atomic)
            print(json ? recordJSON : PatchModelReport.table(reports, scenes: sceneFiles.count, samples: evaluateSamples > 0 ? evaluateSamples : nil))
        }
    }

    /// The settings file (if any) with the command-line options applied.
    private func resolvedSettings() throws -> PatchSettings {
        var settings = try self.settings.map {
            try OptimisedAttackOptions.settings(PatchSettings.self, file: $0, command: "patch")
        } ?? PatchSettings()
        func choice<Choice: RawRepresentable & CaseIterable>(_ name: String?, _ option: String, _ current: Choice) throws -> Choice
        where Choice.RawValue == String {
            guard let name else { return current }
            guard let chosen = Choice(rawValue: name) else {
                throw ValidationError(
                    "\(option) '\(name)' is not one of: \(Choice.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return chosen
        }
        settings.shape = try choice(shape, "--shape", settings.shape)
        settings.optimizer = try choice(optimizer, "--optimizer", settings.optimizer)
        settings.npsForm = try choice(npsForm, "--nps-form", settings.npsForm)
        settings.maskFile = mask ?? settings.maskFile
        settings.region = try region.map { try OptimisedAttackOptions.box($0, option: "--region") } ?? settings.region
        settings.target = target ?? settings.target
        settings.size = size ?? settings.size
        settings.steps = steps ?? settings.steps
        settings.batchSize = batchSize ?? settings.batchSize
        settings.learningRate = learningRate ?? settings.learningRate
        settings.nps = nps ?? settings.nps
        settings.tv = tv ?? settings.tv
        settings.earlyStopRate = earlyStop ?? settings.earlyStopRate
        if eotSamples != nil || eotPreset != nil {
            settings.eot = try EOTSettings(
                samples: eotSamples ?? settings.eot?.samples ?? 4,
                preset: try eotPreset.map(TransformPreset.init(name:)) ?? settings.eot?.preset ?? .standard)
        }
        try settings.validate()
        return settings
    }

    /// `--label` for every image, or the model's prediction on each clean image.
    private func labels(_ batch: Tensor, classifier: Classifier) throws -> [Int] {
        try OptimisedAttackOptions.trueLabels(label, count: batch.shape[0], classifier: classifier) {
            try classifier.logits(for: batch).argmax(alongAxis: 1)
        }
    }

    /// DIR/patch.png at print resolution with pHYs and DIR/patch-model.png.
    private func writePatch(_ result: PatchResult, settings: PatchSettings) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = [
            PNGTextChunk(keyword: "Software", text: "perturb \(PerturbVersion.string)"),
            PNGTextChunk(keyword: "perturb:settings", text: String(decoding: try encoder.encode(settings), as: UTF8.self)),
            PNGTextChunk(keyword: "perturb:model", text: model),
            PNGTextChunk(keyword: "perturb:model-sha256", text: try SHA256.hexDigest(ofFileAt: URL(fileURLWithPath: model))),
            PNGTextChunk(keyword: "perturb:seed", text: "\(seed)"),
        ]
        var printed = PNGImage(tensor: result.printImage(widthPixels: settings.print.widthPixels))
        printed.physicalSize = PNGPhysicalSize(dotsPerInch: Double(settings.print.dpi))
        printed.text = text
        try printed.write(to: (out as NSString).appendingPathComponent("patch.png"))
        var small = PNGImage(tensor: concatenate([result.patch, result.mask], alongAxis: 1))
        small.text = text
        try small.write(to: (out as NSString).appendingPathComponent("patch-model.png"))
    }

    /// DIR/scenes/NAME.png for every patched scene.
    private func writeScenes(_ patched: Tensor, files: [String]) throws {
        let folder = (out as NSString).appendingPathComponent("scenes")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, file) in files.enumerated() {
            let parent = URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent
            let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            try PNGImage(tensor: patched.sliced(alongAxis: 0, index..<(index + 1)))
                .write(to: (folder as NSString).appendingPathComponent("\(parent)-\(stem).png"))
        }
    }
}
