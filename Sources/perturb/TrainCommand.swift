import ArgumentParser
import Foundation
import NeuralNetworks

/// `perturb train SPEC.json`: trains a built-in model and writes it as ONNX.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a built-in model from a JSON spec and write it as ONNX.",
        discussion: """
            The spec names the data (fashion-mnist or generated signs), the architecture (mlp, cnn, resnet), \
            the optimizer, schedule, epochs, batch size, seed, the output model and a checkpoint file. \
            See pipelines/train-*.json. A progress bar is drawn when stderr is a terminal; one line per \
            epoch is always written to stderr. --resume continues from the checkpoint after an interruption \
            and gives the same model as an uninterrupted run.
            """
    )

    @Argument(help: "The training spec (JSON).", completion: .file(extensions: ["json"]))
    var spec: String

    @Flag(help: "Continue from the spec's checkpoint.")
    var resume = false

    @Flag(help: "Print the result as JSON on stdout.")
    var json = false

    func run() throws {
        let result = try CommandOutput.reportingFailure {
            let run = TrainingRun(spec: try TrainingSpec.read(contentsOf: URL(fileURLWithPath: spec)))
            return try run.run(resume: resume) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        }
        if json {
            print(try CommandOutput.json(result))
        } else {
            print(
                "wrote \(result.output): \(result.architecture.rawValue), \(result.parameterCount) parameters, "
                    + String(format: "test accuracy %.2f%%", result.testAccuracy * 100))
        }
    }
}
