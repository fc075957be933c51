import ArgumentParser
import Attacks
import Foundation
import NeuralNetworks
import PNG
import PhysicalWorld
import Tensors

/// `perturb sticker --model M.onnx --images GLOB … --out DIR`: an RP2-style
/// sticker (a masked perturbation) on images of one object.
struct StickerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sticker",
        abstract: "Optimise an RP2-style sticker (Eykholt et al. 2018) on images of one object against an ONNX classifier.",
        discussion: """
            One perturbation, confined to a mask (--rect boxes as left,top,right,bottom image fractions, or \
            --mask PNG), is shared by all --images (views of the same object) and optimised under EOT \
            (default 8 samples of eykholt2018). Settings come from --settings FILE.json (keys of \
            StickerSettings: rectangles, maskFile, target, steps, optimizer, learningRate, schedule, eot, l1, l2, \
            nps, npsForm, tv, palette, earlyStopRate), then the options override them. Writes \
            DIR/NAME-sticker.png (each image with the sticker), DIR/sticker.png (the first image's sticker \
            pixels, mask as alpha: what to print) and DIR/results.json, and prints per image the label before \
            and after and, with --evaluate-samples, the success rate under that many transforms of \
            --evaluate-preset.
            """
    )

    @Option(help: "The ONNX model.", completion: .file(extensions: ["onnx"]))
    var model: String

    @Option(help: "A JSON file of sticker settings.", completion: .file(extensions: ["json"]))
    var settings: String?

    @Option(help: "untargeted, a class name or a class index.")
    var target: String?

    @Option(parsing: .upToNextOption, help: "Images of the object (files or quoted glob patterns).")
    var images: [String]

    @Option(help: "A sticker box left,top,right,bottom in image fractions (repeatable; replaces the default bars).")
    var rect: [String] = []

    @Option(help: "A PNG whose alpha (or gray) is the sticker mask.")
    var mask: String?

    @Option(help: "Optimisation steps.")
    var steps: Int?

    @Option(name: .customLong("learning-rate"), help: "The base learning rate.")
    var learningRate: Float?

    @Option(name: .customLong("eot-samples"), help: "Transformed copies per image per step (0: no EOT).")
    var eotSamples: Int?

    @Option(name: .customLong("eot-preset"), help: "The EOT transform preset.")
    var eotPreset: String?

    @Option(help: "The weight of ‖M·δ‖₁ (mean absolute value over the mask).")
    var l1: Float?

    @Option(help: "The weight of ‖M·δ‖₂.")
    var l2: Float?

    @Option(help: "The weight of the non-printability score.")
    var nps: Float?

    @Option(help: "The weight of the total-variation penalty.")
    var tv: Float?

    @Option(help: "The true label of every image (default: the model's prediction on each clean image).")
    var label: String?

    @Option(name: .customLong("evaluate-preset"), help: "The transform preset of the measurement.")
    var evaluatePreset = TransformPreset.standard.rawValue

    @Option(name: .customLong("evaluate-samples"), help: "Transforms per image in the measurement (0: digital only).")
    var evaluateSamples = 0

    @Option(help: "The random seed.")
    var seed: UInt64 = 0

    @Option(help: "The folder to write into (created if missing).", completion: .directory)
    var out: String

    func validate() throws {
        guard !images.isEmpty else { throw ValidationError("Give the object's images with --images.") }
        guard (0...10_000).contains(evaluateSamples) else {
            throw ValidationError("--evaluate-samples must be in 0...10000, got \(evaluateSamples).")
        }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let settings = try resolvedSettings()
            let classifier = try Classifier.load(from: URL(fileURLWithPath: model))
            for warning in classifier.warnings { CommandOutput.printWarning(warning) }
            let files = try ImageFileList.expand(images, option: "--images")
            let batch = try OptimisedAttackOptions.batch(files, for: classifier, model: model)
            let before = try classifier.logits(for: batch).argmax(alongAxis: 1)
            let labels = try OptimisedAttackOptions.trueLabels(label, count: files.count, classifier: classifier) { before }
            let assets = try PatchAssets(maskFile: settings.maskFile, palette: settings.palette) { file in
                try PNGImage(contentsOf: file).tensor()
            }
            var generator = RandomGenerator(seed: seed)
            let result = try StickerAttack(settings: settings, assets: assets).run(
                classifier: classifier, images: batch, labels: labels, using: &generator
            ) { step in
                guard (step.step + 1) % 25 == 0 || step.step == 0 else { return }
                CommandOutput.printProgress(
                    String(format: "step %d/%d  loss %.4f  success %.2f", step.step + 1, settings.steps, step.loss, step.successRate))
            }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let after = try classifier.logits(for: result.adversarial).argmax(alongAxis: 1)
            let transforms = evaluateSamples > 0 ? try TransformPreset(name: evaluatePreset).distribution : nil
            var evaluationGenerator = RandomGenerator(seed: seed &+ 2)
            var records: [StickerImageRecord] = []
            for (index, file) in files.enumerated() {
                let image = result.adversarial.sliced(alongAxis: 0, index..<(index + 1))
                let output = (out as NSString).appendingPathComponent(
                    URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + "-sticker.png")
                try PNGImage(tensor: image).write(to: output)
                let rate = try transforms.map { distribution -> Float in
                    let copies = try distribution.sample(image, count: evaluateSamples, using: &evaluationGenerator).images
                    let predicted = try classifier.logits(for: copies).argmax(alongAxis: 1)
                    let hits = predicted.filter { prediction in
                        if case .label(let goal) = result.target { return prediction == goal }
                        return prediction != labels[index]
                    }
                    return Float(hits.count) / Float(evaluateSamples)
                }
                records.append(
                    StickerImageRecord(
                        file: file, output: output, before: classifier.labels[before[index]],
                        after: classifier.labels[after[index]], success: result.success[index], transformedSuccessRate: rate))
            }
            try PNGImage(tensor: result.stickerImage()).write(to: (out as NSString).appendingPathComponent("sticker.png"))
            let json = try CommandOutput.json(StickerRunRecord(settings: settings, seed: seed, model: model, images: records))
            try Data(json.utf8).write(
                to: URL(fileURLWithPath: (out as NSString).appendingPathComponent("results.json")), options: .atomic)
            print(StickerImageRecord.table(records))
        }
    }

    /// The settings file (if any) with the command-line options applied.
    private func resolvedSettings() throws -> StickerSettings {
        var settings = try self.settings.map {
            try OptimisedAttackOptions.settings(StickerSettings.self, file: $0, command: "sticker")
        } ?? StickerSettings()
        if !rect.isEmpty {
            settings.rectangles = try rect.map { try OptimisedAttackOptions.box($0, option: "--rect") }
        }
        settings.maskFile = mask ?? settings.maskFile
        settings.target = target ?? settings.target
        settings.steps = steps ?? settings.steps
        settings.learningRate = learningRate ?? settings.learningRate
        settings.l1 = l1 ?? settings.l1
        settings.l2 = l2 ?? settings.l2
        settings.nps = nps ?? settings.nps
        settings.tv = tv ?? settings.tv
        if eotSamples == 0 {
            settings.eot = nil
        } else if eotSamples != nil || eotPreset != nil {
            settings.eot = try EOTSettings(
                samples: eotSamples ?? settings.eot?.samples ?? 8,
                preset: try eotPreset.map(TransformPreset.init(name:)) ?? settings.eot?.preset ?? .eykholt2018)
        }
        try settings.validate()
        return settings
    }
}

/// One image's outcome in `perturb sticker`.
struct StickerImageRecord: Encodable {
    let file: String
    let output: String
    let before: String
    let after: String
    let success: Bool
    let transformedSuccessRate: Float?

    /// One line per image.
    static func table(_ records: [StickerImageRecord]) -> String {
        (["image                          before              after               success  under transforms"]
            + records.map { record in
                let name = URL(fileURLWithPath: record.file).lastPathComponent
                return name.padding(toLength: 30, withPad: " ", startingAt: 0) + " "
                    + record.before.padding(toLength: 19, withPad: " ", startingAt: 0) + " "
                    + record.after.padding(toLength: 19, withPad: " ", startingAt: 0) + " "
                    + (record.success ? "yes    " : "no     ") + "  "
                    + (record.transformedSuccessRate.map { String(format: "%6.1f%%", 100 * $0) } ?? "      -")
            }).joined(separator: "\n")
    }
}

/// DIR/results.json of `perturb sticker`.
struct StickerRunRecord: Encodable {
    let settings: StickerSettings
    let seed: UInt64
    let model: String
    let images: [StickerImageRecord]
}
