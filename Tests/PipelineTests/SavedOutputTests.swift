import Foundation
import PNG
import Testing

/// What `save` writes: provenance in every PNG, panels, and results.json
/// holding the spec itself and per-image and aggregated numbers.
@Suite struct SavedOutputTests {
    @Test func imagesCarryTheirProvenanceAndResultsHoldTheSpec() throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let json = ReproducibilityTests.spec(ReproducibilityTests.stages[...])
        try PipelineFixture.run(json, into: directory)
        let image = try PNGImage(contentsOf: directory + "/images/adversarial/stop-0.png")
        let text = Dictionary(uniqueKeysWithValues: image.text.map { ($0.keyword, $0.text) })
        #expect(text["perturb:spec"] == "tiny")
        #expect(text["perturb:spec-sha256"]?.count == 64)
        #expect(text["perturb:stage"] == "stages[1].attack")
        #expect(text["perturb:method"] == "pgd")
        #expect(text["perturb:parameters"] == #"{"steps":2}"#)
        #expect(text["perturb:model-sha256"]?.count == 64)
        #expect(text["perturb:seed"] == "3")
        #expect(text["perturb:version"] != nil && text["Software"]?.hasPrefix("perturb ") == true)
        let transformed = try PNGImage(contentsOf: directory + "/images/photographed/yield-0-t1.png")
        #expect(transformed.text.contains { $0.keyword == "perturb:stage" && $0.text == "stages[3].transform" })

        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/results.json")))
                as? [String: Any])
        let spec = try #require(results["spec"] as? [String: Any])
        #expect((spec["document"] as? [String: Any])?["name"] as? String == "tiny")
        let evaluation = try #require((results["evaluations"] as? [[String: Any]])?.first)
        let model = try #require((evaluation["models"] as? [[String: Any]])?.first?["results"] as? [String: Any])
        let images = try #require(model["images"] as? [[String: Any]])
        #expect(images.count == 2)
        #expect(images.allSatisfy { $0["perturbation"] != nil && $0["adversarialUnderTransforms"] != nil })
        let summary = try #require(model["classification"] as? [String: Any])
        let success = try #require(summary["success"] as? [String: Any])
        #expect(success["trials"] as? Int == 2 && success["lower"] != nil && success["upper"] != nil)
        #expect((model["transforms"] as? [String: Any])?["destructionRate"] != nil)
        #expect(((results["sets"] as? [[String: Any]])?.map { $0["name"] as? String }) == ["signs", "adversarial", "photographed"])
    }

    @Test func aStickerStageRunsAndItsSetIsEvaluated() throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let stages = [
            #"{"load": {"as": "stops", "images": "SampleImages/signs/stop/*.png", "label": "stop", "model": "cnn"}}"#,
            #"{"sticker": {"input": "stops", "as": "stickered", "model": "cnn", "settings": {"steps": 2, "target": "yield", "eot": {"samples": 2}}}}"#,
            #"{"evaluate": {"input": "stickered"}}"#,
            #"{"save": {"report": false}}"#,
        ]
        try PipelineFixture.run(ReproducibilityTests.spec(stages[...]), into: directory)
        let results = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/results.json")))
                as? [String: Any])
        let sticker = try #require((results["stickers"] as? [[String: Any]])?.first)
        #expect(sticker["steps"] as? Int == 2 && (sticker["success"] as? [Bool])?.count == 2)
        let evaluation = try #require((results["evaluations"] as? [[String: Any]])?.first)
        #expect(evaluation["attackedModel"] as? String == "cnn" && evaluation["target"] as? String == "yield")
        let image = try PNGImage(contentsOf: directory + "/images/stickered/stop-000000.png")
        #expect(image.text.contains { $0.keyword == "perturb:method" && $0.text == "sticker" })
        #expect(FileManager.default.fileExists(atPath: directory + "/panels/stickered/stop-000010.png"))
    }
}
