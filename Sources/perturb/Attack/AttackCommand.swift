import ArgumentParser
import Attacks
import Evaluation
import Foundation
import NeuralNetworks
import PNG
import PhysicalWorld
import Tensors

/// `perturb attack --model M.onnx --method NAME … IMG... --out DIR`: crafts
/// adversarial versions of PNG images against an ONNX classifier.
struct AttackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attack",
        abstract: "Craft adversarial versions of PNG images against an ONNX classifier.",
        discussion: """
            Writes DIR/NAME-adversarial.png per image (8-bit, provenance in tEXt chunks: method, \
            parameters, model file and its SHA-256, seed, perturb version) and DIR/NAME-panel.png \
            (original | adversarial | perturbation x10 on grey | top-5 bars of both, labelled with class \
            name and probability, one colour per class; the same in its Description chunk), and prints a table, or with \
            --json the outcome of each image. The true label of each image is the model's own prediction on \
            the clean image unless --label names it. Unset parameters take the method's published \
            defaults. --eot-samples K attacks the expectation over K sampled physical-world transforms \
            (--eot-preset, default \(TransformPreset.standard.rawValue)). Images are converted and resized to \
            the model input like `perturb classify` does. Methods: \
            \(AttackMethod.allCases.map(\.rawValue).joined(separator: ", ")).
            """
    )

    @Option(help: "The ONNX model file.", completion: .file(extensions: ["onnx"]))
    var model: String

    @Option(help: "The attack method.")
    var method: String

    @Option(help: "The radius ε of the norm ball, in [0, 1] image units (8/255 ≈ 0.0314).")
    var eps: Float?

    @Option(help: "The step size α.")
    var alpha: Float?

    @Option(help: "The number of gradient steps.")
    var steps: Int?

    @Option(help: "untargeted, least-likely, a class name or a class index.")
    var target = "untargeted"

    @Option(help: "PGD restarts.")
    var restarts: Int?

    @Option(help: "The loss of the gradient methods (not fooling, cw-l2, deepfool): cross-entropy or margin.")
    var loss: String?

    @Option(help: "The confidence κ of the margin loss (C&W, or --loss margin): the margin by which the goal must be won.")
    var confidence: Float?

    @Option(name: .customLong("binary-search-steps"), help: "C&W's number of values of its constant c.")
    var binarySearchSteps: Int?

    @Option(name: .customLong("initial-constant"), help: "C&W's first constant c.")
    var initialConstant: Float?

    @Option(name: .customLong("learning-rate"), help: "C&W's Adam learning rate.")
    var learningRate: Float?

    @Option(help: "DeepFool's overshoot.")
    var overshoot: Float?

    @Option(help: "The random seed.")
    var seed: UInt64 = 0

    @Option(name: .customLong("eot-samples"), help: "Attack the expectation over K sampled transforms per step.")
    var eotSamples: Int?

    @Option(name: .customLong("eot-preset"), help: "The transform preset for EOT (needs --eot-samples).")
    var eotPreset: String?

    @Option(help: "The true label of every image (default: the model's prediction on each clean image).")
    var label: String?

    @Flag(help: "Print the outcomes as JSON instead of a table.")
    var json = false

    @Option(help: "The folder to write the adversarial images to (created if missing).", completion: .directory)
    var out: String

    @Argument(help: "The PNG images to attack.", completion: .file(extensions: ["png"]))
    var images: [String]

    func validate() throws {
        guard !images.isEmpty else { throw ValidationError("Give at least one PNG image to attack.") }
        if eotPreset != nil, eotSamples == nil {
            throw ValidationError("--eot-preset needs --eot-samples K (for example --eot-samples 16).")
        }
        if eotSamples != nil, AttackMethod(rawValue: method) == .deepfool {
            throw ValidationError(
                "deepfool follows the model's own Jacobian and ignores EOT transforms; "
                    + "drop --eot-samples or choose a gradient method such as pgd.")
        }
        let stems = images.map(Self.stem)
        if let repeated = stems.first(where: { stem in stems.filter { $0 == stem }.count > 1 }) {
            throw ValidationError(
                "Two images are named '\(repeated)', so their outputs would overwrite each other; rename one.")
        }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let classifier = try Classifier.load(from: URL(fileURLWithPath: model))
            for warning in classifier.warnings { CommandOutput.printWarning(warning) }
            let attack = try AttackMethod(named: method).makeAttack(parameters)
            let goal = try AttackTarget(parsing: target, classNames: classifier.labels)
            let eot = try eotSamples.map { samples in
                try EOTSettings(samples: samples, preset: TransformPreset(name: eotPreset ?? TransformPreset.standard.rawValue))
            }
            let batch = concatenate(
                try images.map { try ModelInputImage.load($0, for: classifier.input, model: model, resize: true) },
                alongAxis: 0)
            let victim = Victim(model: classifier, transforms: try eot.map { [try $0.makeTransform()] } ?? [])
            var generator = RandomGenerator(seed: seed)
            let result = try attack.run(
                on: batch, labels: try trueLabels(batch, classifier: classifier), target: goal, victim: victim,
                using: &generator)
            let provenance = AttackProvenance(
                method: attack.method.rawValue, target: target, parameters: parameters, eot: eot,
                model: model, modelSHA256: try SHA256.hexDigest(ofFileAt: URL(fileURLWithPath: model)), seed: seed)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let (originalTop, adversarialTop) = (
                try classifier.topPredictions(5, for: result.origins), try classifier.topPredictions(5, for: result.quantised)
            )
            let records = try images.indices.map { index in
                try writePanel(result, image: index, originalTop: originalTop[index], adversarialTop: adversarialTop[index])
                return try write(result, image: index, provenance: provenance, labels: classifier.labels)
            }
            print(json ? try CommandOutput.json(records) : AttackRecord.table(records))
        }
    }

    /// The parameters as given (unset ones are the method's defaults).
    private var parameters: AttackParameters {
        AttackParameters(
            epsilon: eps, stepSize: alpha, steps: steps, restarts: restarts, loss: loss, confidence: confidence,
            binarySearchSteps: binarySearchSteps, initialConstant: initialConstant, learningRate: learningRate,
            overshoot: overshoot)
    }

    /// `--label` for every image, or the model's prediction on each clean image.
    private func trueLabels(_ batch: Tensor, classifier: Classifier) throws -> [Int] {
        if let label {
            return Array(repeating: try classifier.index(ofLabel: label), count: images.count)
        }
        return try classifier.logits(for: batch).argmax(alongAxis: 1)
    }

    /// Writes image `index`'s 8-bit adversarial PNG and returns its record.
    private func write(
        _ result: AttackResult, image index: Int, provenance: AttackProvenance, labels: [String]
    ) throws -> AttackRecord {
        let file = images[index]
        let output = (out as NSString).appendingPathComponent(Self.stem(file) + "-adversarial.png")
        var png = PNGImage(tensor: result.quantised.sliced(alongAxis: 0, index..<index + 1))
        png.text = try provenance.textChunks(source: file)
        try png.write(to: output)
        return AttackRecord(file: file, output: output, outcome: result.outcomes[index], labels: labels)
    }

    /// Writes image `index`'s panel (original | adversarial | perturbation ×10
    /// | top-5 bars of both) with a tEXt legend of the bars.
    private func writePanel(
        _ result: AttackResult, image index: Int, originalTop: [ClassProbability], adversarialTop: [ClassProbability]
    ) throws {
        let panel = AttackPanel.render(
            original: result.origins.sliced(alongAxis: 0, index..<index + 1),
            adversarial: result.quantised.sliced(alongAxis: 0, index..<index + 1),
            originalTop: originalTop, adversarialTop: adversarialTop)
        func legend(_ top: [ClassProbability]) -> String {
            top.map { String(format: "%@ %.3f", $0.label, $0.probability) }.joined(separator: ", ")
        }
        var png = PNGImage(tensor: panel)
        png.text = [
            PNGTextChunk(keyword: "Title", text: "\(images[index]): original | adversarial | perturbation x10 | top-5 bars"),
            PNGTextChunk(keyword: "Description", text: "original: \(legend(originalTop)); adversarial: \(legend(adversarialTop))"),
        ]
        try png.write(to: (out as NSString).appendingPathComponent(Self.stem(images[index]) + "-panel.png"))
    }

    /// The file name without folder and extension.
    private static func stem(_ file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    }
}
