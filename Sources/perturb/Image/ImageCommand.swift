import ArgumentParser

/// `perturb image`: look at and convert PNG files.
struct ImageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "image",
        abstract: "Inspect and convert PNG images.",
        subcommands: [ImageInfoCommand.self, ImageConvertCommand.self]
    )
}
