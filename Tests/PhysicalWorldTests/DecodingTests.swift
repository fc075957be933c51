import Foundation
import StrictCoding
import Testing
@testable import PhysicalWorld

/// The JSON spec: strict keys, validated ranges, messages that advise.
@Suite struct DecodingTests {
    static func decode(_ json: String) throws -> TransformDistribution {
        try JSONDecoder().decode(TransformDistribution.self, from: Data(json.utf8))
    }

    static func error(_ json: String) -> TransformError? {
        do {
            _ = try decode(json)
            return nil
        } catch {
            return error as? TransformError
        }
    }

    @Test func decodesSteps() throws {
        let distribution = try Self.decode("""
            {"steps": [{"transform": "affine", "rotation": [-10, 10], "padding": "zeros"},
                       {"transform": "gaussianBlur", "probability": 0.5, "sigma": 1.5},
                       {"transform": "jpeg", "quality": [30, 90]}]}
            """)
        #expect(distribution.steps.map(\.name) == ["affine", "gaussianBlur", "jpeg"])
        #expect(distribution.steps[1].probability == 0.5)
        let blur = try #require(distribution.steps[1].transform as? GaussianBlur)
        #expect(blur.sigma == .fixed(1.5))
    }

    @Test func unknownKeyNamesTheNearest() throws {
        let error = try #require(throws: UnknownKeyError.self) {
            try Self.decode(#"{"steps": [{"transform": "affine", "rotaton": [-10, 10]}]}"#)
        }
        #expect(error.path == "steps[0]" && error.key == "rotaton" && error.suggestion == "rotation")
        #expect(error.errorDescription?.contains("Did you mean \"rotation\"?") == true)
    }

    @Test func unknownTransformAndPreset() {
        guard case .unknownTransform(_, "gausianBlur", "gaussianBlur") = Self.error(#"{"steps": [{"transform": "gausianBlur"}]}"#)
        else {
            Issue.record("expected an unknown transform")
            return
        }
        #expect(throws: TransformError.unknownPreset(name: "kurakin2017", nearest: "kurakin2016")) {
            try TransformPreset(name: "kurakin2017")
        }
        #expect(throws: UnknownKeyError(codingPath: [], key: "extra", allowed: ["steps"])) {
            try Self.decode(#"{"steps": [], "extra": 1}"#)
        }
    }

    @Test func invalidRangesAreErrorsWithPaths() {
        let swapped = Self.error(#"{"steps": [{"transform": "contrast", "factor": [1.2, 0.8]}]}"#)
        guard case .invalidValue(let path, _, let found, _) = swapped else {
            Issue.record("expected an invalid value, got \(String(describing: swapped))")
            return
        }
        #expect(path == "steps[0].factor" && found == "[1.2, 0.8]")
        let outOfBounds = Self.error(#"{"steps": [{"transform": "jpeg", "quality": [0, 90]}]}"#)
        guard case .invalidValue("steps[0].quality", _, _, _) = outOfBounds else {
            Issue.record("expected an invalid quality, got \(String(describing: outOfBounds))")
            return
        }
        let probability = Self.error(#"{"steps": [{"transform": "brightness", "delta": 0.1, "probability": 2}]}"#)
        guard case .invalidValue("steps[0].probability", _, _, _) = probability else {
            Issue.record("expected an invalid probability, got \(String(describing: probability))")
            return
        }
    }

    /// Every preset's distribution encodes to JSON that decodes to the same JSON.
    @Test(arguments: TransformPreset.allCases) func presetsRoundTrip(preset: TransformPreset) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(preset.distribution)
        let decoded = try JSONDecoder().decode(TransformDistribution.self, from: json)
        #expect(try encoder.encode(decoded) == json)
    }
}
