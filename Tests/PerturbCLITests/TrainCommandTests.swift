import Foundation
import Testing

/// `perturb train`, run as a process on a tiny generated sign set.
@Suite final class TrainCommandTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "/perturb-train-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    private func writeSpec(_ extra: String = "") throws {
        let spec = """
            {
              "data": { "signs": { "count": 64, "size": 16, "seed": 1, "test": { "count": 20, "seed": 2 } } },
              "architecture": "mlp",
              "optimizer": { "type": "adam", "learningRate": 0.001 },
              "epochs": 2, "batchSize": 16, "seed": 3,
              "output": "out/model.onnx", "checkpoint": "out/run.json"\(extra)
            }
            """
        try spec.write(toFile: folder + "/spec.json", atomically: true, encoding: .utf8)
    }

    @Test func trainsAndWritesTheModelAndAResultJSON() throws {
        try writeSpec()
        let result = try PerturbProcess.run(["train", "spec.json", "--json"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["output"] as? String == "out/model.onnx")
        #expect((object["epochs"] as? [Any])?.count == 2)
        #expect(result.standardError.contains("epoch 2/2: loss"))
        #expect(FileManager.default.fileExists(atPath: folder + "/out/model.onnx"))
        let resumed = try PerturbProcess.run(["train", "spec.json", "--resume"], in: folder)
        #expect(resumed.status == 0)
        #expect(resumed.standardError.contains("resuming at epoch 3, batch 1"))
    }

    @Test func anUnknownKeyIsAnErrorWithItsPath() throws {
        try writeSpec(#", "epoch": 3"#)
        let result = try PerturbProcess.run(["train", "spec.json"], in: folder)
        #expect(result.status != 0)
        #expect(result.standardError == "error: spec.json: unknown key 'epoch' in the top level; did you mean 'epochs'?\n")
    }

    @Test func resumingWithoutACheckpointSaysSo() throws {
        try writeSpec()
        let result = try PerturbProcess.run(["train", "spec.json", "--resume"], in: folder)
        #expect(result.status != 0)
        #expect(
            result.standardError
                == "error: cannot resume: there is no checkpoint at out/run.json; run without --resume to start afresh.\n")
    }
}
