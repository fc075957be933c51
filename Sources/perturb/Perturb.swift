import ArgumentParser
import Pipeline

/// The `perturb` command: crafts adversarial examples that survive the physical world.
@main
struct Perturb: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "perturb",
        abstract: "Craft adversarial examples that survive printing and photographing.",
        version: PerturbVersion.string,
        subcommands: [
            ImageCommand.self, ModelCommand.self, ClassifyCommand.self, DatasetCommand.self, TrainCommand.self,
            TransformCommand.self, AttackCommand.self, PatchCommand.self, StickerCommand.self, EvaluateCommand.self,
            RunCommand.self, ValidateCommand.self,
        ]
    )
}
