import Foundation
import NeuralNetworks
import StrictCoding
import Tensors

/// Runs a validated pipeline: stage after stage, each reading and writing
/// named image sets, writing its outputs atomically into the output folder
/// and its finished work into the resume store.
public final class PipelineRunner {
    /// The spec run.
    public let spec: PipelineSpec
    /// The output folder.
    public let outputDirectory: String
    let options: RunOptions
    let models: ModelStore
    let resumeStore: ResumeStore
    /// Each stage's JSON with sorted keys, part of its resume keys.
    let stageTexts: [String]
    /// The sets made so far, by name, and their order.
    var sets: [String: ImageSet] = [:]
    var setOrder: [String] = []
    /// What the run measured.
    var results: RunResults

    /// Prepares a run of `spec`, read from `source` whose bytes are `data`.
    public init(spec: PipelineSpec, data: Data, source: String, options: RunOptions) throws {
        self.spec = spec
        self.options = options
        outputDirectory = options.outputDirectory ?? Self.outputDirectory(of: spec)
        models = ModelStore(models: spec.models)
        resumeStore = try ResumeStore(output: outputDirectory, resume: options.resume)
        if !options.resume { Self.removeOutputs(in: outputDirectory) }
        let document = try JSONDecoder().decode(JSONValue.self, from: data)
        stageTexts = try Self.stageTexts(document, count: spec.stages.count)
        results = RunResults(
            spec: .init(
                name: spec.name, file: source, sha256: SHA256.hexDigest(of: Array(data)), seed: spec.seed,
                document: document))
    }

    /// The folder the spec's `save` stage names, else `out/NAME`.
    public static func outputDirectory(of spec: PipelineSpec) -> String {
        for case .save(let save) in spec.stages {
            if let directory = save.directory { return directory }
        }
        return "out/\(spec.name)"
    }

    /// What a finished run wrote.
    public struct Summary: Sendable {
        /// The output folder.
        public var outputDirectory: String
        /// results.json, if a save stage wrote it.
        public var results: String?
        /// report.html, if a save stage wrote it.
        public var report: String?
    }

    /// Runs every stage in order.
    public func run() throws -> Summary {
        var summary = Summary(outputDirectory: outputDirectory)
        for (position, stage) in spec.stages.enumerated() {
            let name = "stages[\(position)].\(stage.kind)"
            log("[\(position + 1)/\(spec.stages.count)] \(stage.kind)" + (stage.output.map { " → \($0)" } ?? ""))
            do {
                switch stage {
                case .load(let load): try add(try runLoad(load, stage: name))
                case .generate(let generate): try add(runGenerate(generate, stage: name))
                case .attack(let attack): try add(try runAttack(attack, stage: name, text: stageTexts[position]))
                case .transform(let transform): try add(try runTransform(transform, stage: name, position: position))
                case .evaluate(let evaluate): try runEvaluate(evaluate, stage: name, text: stageTexts[position])
                case .patch(let patch): try add(try runPatch(patch, stage: name, text: stageTexts[position]))
                case .sticker(let sticker): try add(try runSticker(sticker, stage: name, text: stageTexts[position]))
                case .train(let train): try runTrain(train, stage: name, text: stageTexts[position])
                case .save(let save):
                    let written = try runSave(save, stage: name)
                    summary.results = written.results
                    summary.report = written.report ?? summary.report
                }
            } catch let error as PipelineError {
                throw error
            } catch {
                throw PipelineError.stageFailed(stage: name, reason: error.localizedDescription)
            }
        }
        return summary
    }

    /// Keeps a set for later stages.
    private func add(_ set: ImageSet) throws {
        sets[set.name] = set
        setOrder.append(set.name)
    }

    /// The set called `name` (validation made sure an earlier stage made it).
    func set(_ name: String) throws -> ImageSet {
        guard let set = sets[name] else {
            throw PipelineError.stageFailed(stage: "image sets", reason: "no set is called \"\(name)\"")
        }
        return set
    }

    /// A line on stderr, unless quiet.
    func log(_ line: String) {
        guard !options.quiet else { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A progress bar for `total` steps, drawn only on a terminal and when not quiet.
    func progressBar(total: Int, title: String) -> ProgressBar {
        ProgressBar(total: total, title: title, enabled: !options.quiet && ProgressBar.standardErrorIsTerminal)
    }

    /// The files and folders a run writes, removed before a fresh run so no
    /// stale output of an earlier spec remains (nothing else is touched).
    static let outputNames = ["images", "panels", "patches", "results.json", "report.html"]

    private static func removeOutputs(in directory: String) {
        for name in outputNames {
            try? FileManager.default.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
        }
    }

    /// Each stage's JSON with sorted keys; for a training spec run as a
    /// pipeline (no `stages`), the whole document and the stage's position.
    private static func stageTexts(_ document: JSONValue, count: Int) throws -> [String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard case .object(let fields) = document, case .array(let stages)? = fields["stages"] else {
            let whole = String(decoding: try encoder.encode(document), as: UTF8.self)
            return (0..<count).map { "\(whole)#\($0)" }
        }
        return try stages.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
    }
}
