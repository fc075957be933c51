import Foundation
import Pipeline

/// Shared set-up of the pipeline tests: the repository as working directory
/// (specs name `Models/…` and `SampleImages/…`), temporary folders, and
/// running a spec given as JSON text.
enum PipelineFixture {
    /// The repository root, found from this file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Makes the repository the working directory (the same value for every test).
    static func enterRepository() {
        let entered = FileManager.default.changeCurrentDirectoryPath(repository)
        precondition(entered, "cannot enter the repository at \(repository)")
    }

    /// A new empty temporary folder.
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "perturb-pipeline-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Decodes and validates `json` as the spec `source`.
    static func spec(_ json: String, source: String = "test.json") throws -> PipelineSpec {
        enterRepository()
        return try PipelineSpec.decode(Data(json.utf8), source: source)
    }

    /// Runs `json` quietly into `directory`.
    @discardableResult
    static func run(_ json: String, into directory: String, resume: Bool = false) throws -> PipelineRunner.Summary {
        let spec = try spec(json)
        let runner = try PipelineRunner(
            spec: spec, data: Data(json.utf8), source: "test.json",
            options: RunOptions(resume: resume, quiet: true, outputDirectory: directory))
        return try runner.run()
    }

    /// The problems `json` has, one line each, or an empty list.
    static func problems(_ json: String) -> [String] {
        do {
            _ = try spec(json)
            return []
        } catch PipelineError.invalidSpec(_, let issues) {
            return issues.map(\.description)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    /// Every regular file below `directory` (relative paths, sorted), without the resume store.
    static func files(in directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        var files: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory)
            if exists, !isDirectory.boolValue, !path.hasPrefix(".resume") { files.append(path) }
        }
        return files.sorted()
    }
}
