import Foundation
import Pipeline
import Testing

/// The patch stage trains on one set and, with `pasteOn`, is judged on another.
@Suite struct PatchStageTests {
    @Test func aPatchIsPastedOnTheHeldOutSet() throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let json = #"""
            {"name": "held-out", "seed": 3, "models": {"cnn": "signs-cnn"}, "stages": [
              {"generate": {"as": "training", "signs": ["stop"], "count": 3, "size": 64}},
              {"generate": {"as": "held-out", "signs": ["stop"], "count": 2, "size": 64}},
              {"patch": {"input": "training", "pasteOn": "held-out", "as": "patched", "model": "cnn",
                         "settings": {"target": "speed-limit-80", "steps": 2, "batchSize": 2}}},
              {"save": {"report": false}}]}
            """#
        try PipelineFixture.run(json, into: directory)
        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/results.json")))
                as? [String: Any])
        let patch = try #require((results["patches"] as? [[String: Any]])?.first)
        #expect(patch["input"] as? String == "training")
        #expect(patch["pasteOn"] as? String == "held-out")
        #expect((patch["images"] as? [Any])?.count == 2)
        let patched = try #require((results["sets"] as? [[String: Any]])?.first { $0["name"] as? String == "patched" })
        #expect(patched["source"] as? String == "held-out")
        #expect((patched["images"] as? [Any])?.count == 2)
    }
}
