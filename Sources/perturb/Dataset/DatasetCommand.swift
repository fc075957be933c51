import ArgumentParser

/// `perturb dataset`: make and inspect datasets.
struct DatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Generate datasets as folders of PNGs.",
        subcommands: [DatasetSignsCommand.self, DatasetFashionMNISTCommand.self]
    )
}
