import ArgumentParser
import Attacks
import Datasets
import Evaluation
import Foundation
import NeuralNetworks
import PNG
import PhysicalWorld
import Tensors

/// `perturb evaluate --model M.onnx --originals DIR [--adversarial DIR]`:
/// clean accuracy, attack success and, with `--preset`, the figures under
/// sampled physical-world transforms, with Wilson 95 % intervals.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure clean and adversarial PNGs against a model, digitally and under sampled transforms.",
        discussion: """
            --originals is a folder of class folders, DIR/CLASS/NAME.png (as `perturb dataset` writes them); the \
            class folder is the true label. --adversarial is a folder of NAME-adversarial.png (as `perturb attack` \
            writes them), one per original. Prints clean accuracy, attack success (top-1, top-5) and perturbation \
            sizes (L-inf, L2, L0, PSNR, SSIM, CIEDE2000); with --preset NAME, also both versions under --samples \
            sampled transforms (the same transforms for both) and Kurakin's destruction rate. --json prints every \
            number per image and aggregated; --report writes a self-contained HTML report. Presets: \
            \(TransformPreset.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Option(help: "The ONNX model file.", completion: .file(extensions: ["onnx"]))
    var model: String

    @Option(help: "The folder of clean images, one subfolder per class.", completion: .directory)
    var originals: String

    @Option(help: "The folder of NAME-adversarial.png files (omit to measure the clean images only).", completion: .directory)
    var adversarial: String?

    @Option(help: "What the attack aimed at: untargeted, least-likely (judged as untargeted), a class name or index.")
    var target = "untargeted"

    @Option(help: "Measure under sampled transforms of this preset.")
    var preset: String?

    @Option(help: "Transforms sampled per image (needs --preset).")
    var samples: Int?

    @Option(help: "The random seed for the transforms.")
    var seed: UInt64 = 0

    @Flag(help: "Print every number, per image and aggregated, as JSON.")
    var json = false

    @Option(help: "Write a self-contained HTML report to this file.", completion: .file(extensions: ["html"]))
    var report: String?

    @Option(help: "Attack panels in the report (the first N images; needs --adversarial).")
    var panels = 6

    func validate() throws {
        if samples != nil, preset == nil {
            throw ValidationError("--samples needs --preset NAME (for example --preset print-and-photograph).")
        }
        if let samples, !(1...10_000).contains(samples) {
            throw ValidationError("--samples must be 1 to 10000, got \(samples).")
        }
        if panels < 0 { throw ValidationError("--panels must be 0 or more, got \(panels).") }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let classifier = try Classifier.load(from: URL(fileURLWithPath: model))
            for warning in classifier.warnings { CommandOutput.printWarning(warning) }
            let goal = AttackGoal(try AttackTarget(parsing: target, classNames: classifier.labels))
            let files = try EvaluationImages.originals(in: originals, labels: classifier.labels)
            let load = { (file: String) in try ModelInputImage.load(file, for: classifier.input, model: model, resize: true) }
            let clean = concatenate(try files.map { try load($0.file) }, alongAxis: 0)
            let attacked = try adversarial.map { folder in
                concatenate(try files.map { try load(try EvaluationImages.adversarial(for: $0.file, in: folder)) }, alongAxis: 0)
            }
            let transforms = try preset.map { name in
                let preset = try TransformPreset(name: name)
                return ImageSetEvaluation.Transforms(
                    name: preset.rawValue,
                    evaluation: TransformEvaluation(distribution: preset.distribution, samples: samples ?? 200))
            }
            var generator = RandomGenerator(seed: seed)
            let results = try ImageSetEvaluation(goal: goal, transforms: transforms).run(
                on: classifier, names: files.map(\.file), originals: clean, adversarial: attacked,
                trueLabels: files.map(\.label), using: &generator)
            if let report { try writeReport(results, to: report, clean: clean, attacked: attacked) }
            print(json ? try CommandOutput.json(results) : EvaluationSummaryText.render(results))
        }
    }

    /// The HTML report, with panels of the first `panels` images.
    private func writeReport(_ results: ImageSetResults, to file: String, clean: Tensor, attacked: Tensor?) throws {
        let figures: [PanelFigure] = try attacked.map { attacked in
            try results.images.prefix(panels).enumerated().map { index, image -> PanelFigure in
                let panel = AttackPanel.render(
                    original: clean.sliced(alongAxis: 0, index..<index + 1),
                    adversarial: attacked.sliced(alongAxis: 0, index..<index + 1),
                    originalTop: image.classification.clean, adversarialTop: image.classification.adversarial ?? [])
                return PanelFigure(caption: image.name, png: try PNGImage(tensor: panel).encoded())
            }
        } ?? []
        let summary = "Model \(model); originals \(originals)" + (adversarial.map { "; adversarial images \($0)" } ?? "")
            + "; seed \(seed)."
        let document = ReportDocument(
            results: results, title: "Evaluation of " + (adversarial ?? originals), summary: summary, panels: figures)
        do {
            try Data(HTMLReport.render(document).utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw EvaluationImagesError.unwritable(path: file, reason: error.localizedDescription)
        }
    }
}
