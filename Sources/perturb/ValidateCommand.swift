import ArgumentParser
import Foundation
import Pipeline

/// `perturb validate SPEC...`: checks pipeline specs without running them.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipeline specs and list every problem, without running anything.",
        discussion: """
            Reports unknown keys (with the nearest valid one), wrong types, values out of range, missing models \
            and files, unknown labels, and dangling or cyclic image-set references, each with its JSON path. \
            Exits with status 1 when any spec has a problem.
            """
    )

    @Argument(help: "The pipeline specs (JSON).", completion: .file(extensions: ["json"]))
    var specs: [String]

    func validate() throws {
        guard !specs.isEmpty else { throw ValidationError("Give at least one pipeline spec to check.") }
    }

    func run() throws {
        var failed = false
        for spec in specs {
            do {
                _ = try PipelineSpec.read(contentsOf: spec)
                print("\(spec): valid")
            } catch {
                failed = true
                FileHandle.standardError.write(Data("error: \(error.localizedDescription)\n".utf8))
            }
        }
        if failed { throw ExitCode.failure }
    }
}
