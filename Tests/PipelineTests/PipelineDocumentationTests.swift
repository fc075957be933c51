import Datasets
import Foundation
import Pipeline
import Testing

/// docs/PIPELINES.md cannot drift from the code: every stage has a section
/// whose table lists exactly the keys the stage accepts, and the top-level
/// table lists exactly the spec's keys.
@Suite struct PipelineDocumentationTests {
    /// The keys in the first table after each heading: heading → keys.
    static func documentedKeys() throws -> [String: [String]] {
        let text = try String(contentsOfFile: PipelineFixture.repository + "/docs/PIPELINES.md", encoding: .utf8)
        var tables: [String: [String]] = [:]
        var heading = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") {
                heading = line.trimmingCharacters(in: CharacterSet(charactersIn: "# `"))
            } else if line.hasPrefix("| `"), let key = line.dropFirst(3).split(separator: "`").first {
                tables[heading, default: []].append(String(key))
            }
        }
        return tables
    }

    @Test func everyStageAndKeyIsDocumented() throws {
        let documented = try Self.documentedKeys()
        for kind in Stage.kinds {
            #expect(Set(documented[kind] ?? []) == Set(Stage.keys[kind] ?? []), "stage \(kind)")
        }
        #expect(Set(Stage.keys.keys) == Set(Stage.kinds))
        #expect(documented["The file"] == PipelineSpec.keys)
    }

    @Test func theDocumentsExampleSpecValidates() throws {
        let text = try String(contentsOfFile: PipelineFixture.repository + "/docs/PIPELINES.md", encoding: .utf8)
        let start = try #require(text.range(of: "```json\n{\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let json = String(text[text.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
        if (try? FashionMNIST.installedDirectory()) != nil {
            #expect(throws: Never.self) { try PipelineFixture.spec(json) }
        } else {
            #expect(PipelineFixture.problems(json).allSatisfy { $0.contains("fashion-mnist") })
        }
    }
}
