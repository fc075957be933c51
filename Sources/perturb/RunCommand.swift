import ArgumentParser
import Foundation
import Pipeline

/// `perturb run SPEC.json`: validates a pipeline, then runs it.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a JSON pipeline: load, attack, transform, evaluate and save (docs/PIPELINES.md).",
        discussion: """
            Validates the whole spec first and lists every problem. Writes images/, panels/, results.json and \
            report.html into the output folder (out/NAME unless the save stage or --out says otherwise) and \
            prints where the report is. --resume continues an interrupted run: finished stages and images are \
            read back from OUT/.resume and the outputs equal an uninterrupted run's.
            """
    )

    @Argument(help: "The pipeline spec (JSON).", completion: .file(extensions: ["json"]))
    var spec: String

    @Flag(help: "Continue an interrupted run in the same output folder.")
    var resume = false

    @Flag(help: "No progress bars or stage lines on stderr.")
    var quiet = false

    @Flag(name: .customLong("dry-run"), help: "Print the plan and its size, and do nothing.")
    var dryRun = false

    @Option(help: "The output folder (default: the save stage's directory, else out/NAME).", completion: .directory)
    var out: String?

    func run() throws {
        try CommandOutput.reportingFailure {
            guard let data = FileManager.default.contents(atPath: spec) else {
                throw PipelineError.unreadableFile(path: spec, advice: "check the path of the pipeline spec")
            }
            let pipeline = try PipelineSpec.decode(data, source: spec)
            let output = out ?? PipelineRunner.outputDirectory(of: pipeline)
            if dryRun {
                print(PipelinePlan.describe(pipeline, outputDirectory: output))
                return
            }
            let runner = try PipelineRunner(
                spec: pipeline, data: data, source: spec, options: RunOptions(resume: resume, quiet: quiet, outputDirectory: output))
            let summary = try runner.run()
            if let report = summary.report {
                print("report: \(report)")
            } else if let results = summary.results {
                print("results: \(results)")
            } else {
                print("done; no save stage, nothing written to \(summary.outputDirectory)")
            }
        }
    }
}
