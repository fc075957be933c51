import ArgumentParser

/// `perturb model`: commands about model files.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Inspect classifier models (ONNX files).",
        subcommands: [ModelInfoCommand.self]
    )
}
