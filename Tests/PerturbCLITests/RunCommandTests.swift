import Foundation
import Testing

/// `perturb run` and `perturb validate`, run as processes on a tiny pipeline.
@Suite final class RunCommandTests {
    let folder: String
    let model = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Models/signs-cnn.onnx").path

    init() throws {
        folder = NSTemporaryDirectory() + "/perturb-run-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func write(_ name: String, stages: String) throws {
        let spec = #"{"name": "tiny", "seed": 2, "models": {"cnn": "\#(model)"}, "stages": [\#(stages)]}"#
        try spec.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    private let goodStages = #"""
        {"generate": {"as": "signs", "signs": ["stop"], "count": 2}},
        {"attack": {"input": "signs", "as": "adversarial", "model": "cnn", "method": "fgsm"}},
        {"save": {"report": true}}
        """#

    @Test func validateListsEveryProblemAndFails() throws {
        try write("good.json", stages: goodStages)
        try write("bad.json", stages: #"{"generate": {"as": "signs", "cout": 2}}, {"attack": {"input": "sings", "as": "a", "model": "cnn", "method": "fgsm"}}"#)
        let result = try PerturbProcess.run(["validate", "good.json", "bad.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput == "good.json: valid\n")
        #expect(result.standardError.contains("bad.json: 2 problems:"))
        #expect(result.standardError.contains(#"stages[0].generate: unknown key "cout""#))
        #expect(result.standardError.contains(#"stages[1].attack.input: dangling reference"#))
    }

    @Test func dryRunPrintsThePlanAndWritesNothing() throws {
        try write("good.json", stages: goodStages)
        let result = try PerturbProcess.run(["run", "good.json", "--dry-run", "--out", "out"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("[2] attack 2 images of signs on cnn with fgsm"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func runEndsByPrintingWhereTheReportIs() throws {
        try write("good.json", stages: goodStages)
        let result = try PerturbProcess.run(["run", "good.json", "--quiet", "--out", "out"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "report: out/report.html\n")
        #expect(result.standardError.isEmpty)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/images/adversarial/stop-0.png"))
    }

    @Test func runRefusesAnInvalidSpecBeforeDoingAnything() throws {
        try write("bad.json", stages: #"{"generate": {"as": "signs", "size": 4}}, {"save": {}}"#)
        let result = try PerturbProcess.run(["run", "bad.json", "--out", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("stages[0].generate.size: expected an integer in 8...512, found 4"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }
}
