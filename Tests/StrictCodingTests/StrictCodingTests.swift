import Foundation
import StrictCoding
import Testing

/// Unknown keys, JSON paths and suggestions, shared by every spec.
@Suite struct StrictCodingTests {
    private struct Inner: Decodable {
        let samples: Int
        private enum CodingKeys: String, CodingKey, CaseIterable { case samples }
        init(from decoder: Decoder) throws {
            try decoder.rejectUnknownKeys(CodingKeys.self)
            samples = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .samples)
        }
    }

    private struct Outer: Decodable {
        let stages: [[String: Inner]]
    }

    @Test func anUnknownKeyHasItsPathAndTheNearestKey() throws {
        let json = #"{"stages": [{"a": {"samples": 1}}, {"eot": {"sampels": 4}}]}"#
        let error = try #require(throws: UnknownKeyError.self) {
            try JSONDecoder().decode(Outer.self, from: Data(json.utf8))
        }
        #expect(error.path == "stages[1].eot")
        #expect(error.suggestion == "samples")
        #expect(SpecIssue(error).description == #"stages[1].eot: unknown key "sampels" (expected one of samples); did you mean "samples"?"#)
    }

    @Test func aWrongTypeSaysWhatWasExpectedAndFound() throws {
        let json = #"{"stages": [{"eot": {"samples": "four"}}]}"#
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Outer.self, from: Data(json.utf8))
        }
        #expect(SpecIssue(error).description == "stages[0].eot.samples: expected an integer, found a string")
    }

    @Test func suggestionsOnlyForPlausibleTypos() {
        #expect(NearestName.nearest(to: "atack", in: ["attack", "load", "save"]) == "attack")
        #expect(NearestName.nearest(to: "banana", in: ["attack", "load", "save"]) == nil)
        #expect(NearestName.editDistance("kitten", "sitting") == 3)
    }
}
