import ArgumentParser
import Foundation
import NeuralNetworks

/// `perturb model info M.onnx`: inputs, outputs, operators, parameters, labels.
struct ModelInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Show a model's inputs, outputs, operators, parameter count, opset, input spec and labels.",
        discussion: """
            Labels and input spec come from the model's metadata_props, else from NAME.json beside \
            NAME.onnx, else defaults (with a warning on stderr). --labels names a JSON file to use instead.
            """
    )

    @Argument(help: "The ONNX model file.", completion: .file(extensions: ["onnx"]))
    var model: String

    @Option(help: "A JSON file with labels and input spec, used instead of the model's own.", completion: .file(extensions: ["json"]))
    var labels: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: model)
        let summary = try CommandOutput.reportingFailure {
            let loaded = try ONNXModel(contentsOf: url)
            let metadata = try ClassifierMetadata.resolve(
                for: loaded, at: url, sidecar: labels.map { URL(fileURLWithPath: $0) })
            return ModelSummary(model: loaded, file: url.lastPathComponent, metadata: metadata)
        }
        for warning in summary.warnings {
            CommandOutput.printWarning(warning)
        }
        print(json ? try CommandOutput.json(summary) : summary.text)
    }
}
