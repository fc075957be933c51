import Foundation
import Pipeline
import Testing

/// Same spec and seed ⇒ byte-identical outputs; a resumed run equals an
/// uninterrupted one.
@Suite struct ReproducibilityTests {
    static let stages = [
        #"{"generate": {"as": "signs", "signs": ["stop", "yield"], "count": 1, "size": 64}}"#,
        #"{"attack": {"input": "signs", "as": "adversarial", "model": "cnn", "method": "pgd", "parameters": {"steps": 2}, "eot": {"samples": 2}}}"#,
        #"{"evaluate": {"input": "adversarial", "models": ["cnn"], "transforms": {"preset": "print-and-photograph", "samples": 3}}}"#,
        #"{"transform": {"input": "adversarial", "as": "photographed", "preset": "print-and-photograph", "samples": 2}}"#,
        #"{"save": {"panels": true, "report": true}}"#,
    ]

    static func spec(_ stages: ArraySlice<String>) -> String {
        #"{"name": "tiny", "seed": 3, "models": {"cnn": "signs-cnn"}, "stages": [\#(stages.joined(separator: ", "))]}"#
    }

    /// Every output file's bytes, by relative path (the resume store left out).
    static func contents(of directory: String) throws -> [String: Data] {
        Dictionary(uniqueKeysWithValues: try PipelineFixture.files(in: directory).map {
            ($0, try Data(contentsOf: URL(fileURLWithPath: directory + "/" + $0)))
        })
    }

    @Test func theSameSpecAndSeedGiveIdenticalBytes() throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let json = Self.spec(Self.stages[...])
        try PipelineFixture.run(json, into: directory + "/first")
        try PipelineFixture.run(json, into: directory + "/second")
        let (first, second) = (try Self.contents(of: directory + "/first"), try Self.contents(of: directory + "/second"))
        #expect(first.keys.contains("results.json") && first.keys.contains("images/adversarial/stop-0.png"))
        #expect(first.keys.contains("panels/adversarial/stop-0.png"))
        #expect(first.keys.sorted() == second.keys.sorted())
        for (file, bytes) in first { #expect(second[file] == bytes, "\(file) differs") }
    }

    @Test func aResumedRunEqualsAnUninterruptedOne() throws {
        let directory = try PipelineFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try PipelineFixture.run(Self.spec(Self.stages[...]), into: directory + "/whole")
        // Interrupted after the attack stage, and (as if killed in the middle) one attacked image lost.
        let interrupted = directory + "/interrupted"
        try PipelineFixture.run(Self.spec(Self.stages[..<2]), into: interrupted)
        let store = interrupted + "/.resume"
        let entries = try FileManager.default.contentsOfDirectory(atPath: store).sorted()
        #expect(entries.count == 2)
        try FileManager.default.removeItem(atPath: store + "/" + entries[0])
        let kept = try FileManager.default.attributesOfItem(atPath: store + "/" + entries[1])[.modificationDate] as? Date
        try PipelineFixture.run(Self.spec(Self.stages[...]), into: interrupted, resume: true)
        #expect(try FileManager.default.attributesOfItem(atPath: store + "/" + entries[1])[.modificationDate] as? Date == kept)
        let (whole, resumed) = (try Self.contents(of: directory + "/whole"), try Self.contents(of: interrupted))
        #expect(whole.keys.sorted() == resumed.keys.sorted())
        for (file, bytes) in whole { #expect(resumed[file] == bytes, "\(file) differs") }
    }
}
