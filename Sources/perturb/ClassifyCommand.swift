import ArgumentParser
import Foundation
import NeuralNetworks
import Tensors

/// `perturb classify --model M.onnx IMG...`: the top classes of each image.
struct ClassifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "classify",
        abstract: "Classify PNG images with an ONNX model and print the most probable labels.",
        discussion: """
            Images are converted to the model's channel count and resized to its input size (area \
            averaging when shrinking, else bilinear) \
            when they differ, which is reported on stderr; --no-resize makes a size difference an error. \
            Labels and input spec come from the model's metadata_props, else NAME.json beside NAME.onnx, \
            else defaults (with a warning); --labels names a JSON file to use instead.
            """
    )

    @Option(help: "The ONNX model file.", completion: .file(extensions: ["onnx"]))
    var model: String

    @Option(help: "A JSON file with labels and input spec, used instead of the model's own.", completion: .file(extensions: ["json"]))
    var labels: String?

    @Option(help: "How many of the most probable classes to print per image.")
    var top = 5

    @Flag(help: "Print a JSON array of {file, logits, probabilities, top} instead of text.")
    var json = false

    @Flag(name: .customLong("no-resize"), help: "Fail on images whose size differs from the model input instead of resizing them.")
    var noResize = false

    @Argument(help: "The PNG images to classify.", completion: .file(extensions: ["png"]))
    var images: [String]

    /// Images classified per forward pass, which bounds memory.
    private static let batchSize = 32

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top must be at least 1, got \(top).") }
        guard !images.isEmpty else { throw ValidationError("Give at least one PNG image to classify.") }
    }

    func run() throws {
        try CommandOutput.reportingFailure {
            let classifier = try Classifier.load(
                from: URL(fileURLWithPath: model), labelsOverride: labels.map { URL(fileURLWithPath: $0) })
            for warning in classifier.warnings { CommandOutput.printWarning(warning) }
            var records: [ClassificationRecord] = []
            for start in stride(from: 0, to: images.count, by: Self.batchSize) {
                let files = Array(images[start..<Swift.min(start + Self.batchSize, images.count)])
                let batch = concatenate(try files.map {
                    try ModelInputImage.load($0, for: classifier.input, model: model, resize: !noResize)
                }, alongAxis: 0)
                records += try classify(batch, files: files, with: classifier)
            }
            print(json ? try CommandOutput.json(records) : text(records))
        }
    }

    private func classify(_ batch: Tensor, files: [String], with classifier: Classifier) throws -> [ClassificationRecord] {
        let logits = try classifier.logits(for: batch)
        let probabilities = logits.softmax(alongAxis: 1)
        let ranked = Classifier.topPredictions(top, probabilities: probabilities, labels: classifier.labels)
        let classes = classifier.labels.count
        return files.indices.map { row in
            let values = (row * classes)..<((row + 1) * classes)
            return ClassificationRecord(
                file: files[row], logits: Array(logits.scalars[values]),
                probabilities: Array(probabilities.scalars[values]), top: ranked[row])
        }
    }

    private func text(_ records: [ClassificationRecord]) -> String {
        records.map { record in
            let width = record.top.map(\.label.count).max() ?? 0
            let lines = record.top.map { prediction in
                "  " + prediction.label.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  " + String(format: "%.4f", prediction.probability)
            }
            return ([record.file] + lines).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
