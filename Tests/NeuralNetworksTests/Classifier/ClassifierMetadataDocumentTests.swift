import Foundation
import Testing
@testable import NeuralNetworks

/// The sidecar / metadata_props JSON decodes strictly, and every bad value
/// gives an error with its JSON path.
@Suite struct ClassifierMetadataDocumentTests {
    private static let imageShape: [ONNXDimension] = [.symbolic("batch"), .fixed(3), .fixed(16), .fixed(16)]

    private func decode(_ json: String) throws -> ClassifierMetadataDocument {
        try ClassifierMetadataDocument.decode(Data(json.utf8), source: "m.json")
    }

    /// Decodes `json` and completes it for a 3×16×16 model with `classCount` outputs.
    private func resolve(
        _ json: String, shape: [ONNXDimension] = imageShape, classCount: Int? = 2
    ) throws -> ClassifierMetadata {
        try ClassifierMetadata.resolve(
            decode(json), origin: .defaults, source: "m.json", modelName: "m.onnx", inputShape: shape,
            classCount: classCount)
    }

    @Test func fullDocumentDecodes() throws {
        let document = try decode(
            #"{"labels":["a","b"],"input":{"channels":3,"height":16,"width":16,"range":[-1,1]},"mean":[0,0,0],"std":[1,2,3]}"#)
        #expect(document == ClassifierMetadataDocument(
            labels: ["a", "b"], input: .init(channels: 3, height: 16, width: 16, range: [-1, 1]),
            mean: [0, 0, 0], std: [1, 2, 3]))
        let metadata = try resolve(#"{"labels":["a","b"],"input":{"range":[-1,1]}}"#)
        #expect(metadata.input == InputSpec(channels: 3, height: 16, width: 16, valueRange: -1...1))
        #expect(metadata.warnings.isEmpty)
    }

    @Test func unknownKeysSuggestTheNearestKey() {
        #expect(throws: ClassifierMetadataError.unknownKey(source: "m.json", path: "the top level", key: "lables", suggestion: "labels")) {
            try decode(#"{"lables":["a"]}"#)
        }
        #expect(throws: ClassifierMetadataError.unknownKey(source: "m.json", path: "input", key: "hieght", suggestion: "height")) {
            try decode(#"{"input":{"hieght":16}}"#)
        }
        #expect(throws: ClassifierMetadataError.unknownKey(source: "m.json", path: "the top level", key: "architecture", suggestion: nil)) {
            try decode(#"{"architecture":"resnet"}"#)
        }
    }

    @Test func wrongTypesNameTheJSONPath() {
        #expect(throws: ClassifierMetadataError.wrongType(source: "m.json", path: "labels", expected: "an array of strings")) {
            try decode(#"{"labels":"a,b"}"#)
        }
        #expect(throws: ClassifierMetadataError.wrongType(source: "m.json", path: "labels[1]", expected: "a string")) {
            try decode(#"{"labels":["a",2]}"#)
        }
        #expect(throws: ClassifierMetadataError.wrongType(source: "m.json", path: "input.channels", expected: "an integer")) {
            try decode(#"{"input":{"channels":3.5}}"#)
        }
        #expect(throws: ClassifierMetadataError.wrongType(source: "m.json", path: "input", expected: "an object")) {
            try decode(#"{"input":[3,16,16]}"#)
        }
    }

    @Test func invalidJSONIsReported() {
        let error = #expect(throws: ClassifierMetadataError.self) { try decode(#"{"labels": ["a",}"#) }
        guard case .invalidJSON(let source, _)? = error else {
            Issue.record("expected invalidJSON, got \(String(describing: error))")
            return
        }
        #expect(source == "m.json")
    }

    @Test func badValuesAreRefused() {
        #expect(throws: ClassifierMetadataError.invalidValue(
            source: "m.json", path: "input.range", reason: "must be [low, high] with low < high, found [1.0, 0.0]")) {
            try resolve(#"{"input":{"range":[1,0]}}"#)
        }
        #expect(throws: ClassifierMetadataError.invalidValue(
            source: "m.json", path: "std", reason: "is missing while mean is given; give both or neither")) {
            try resolve(#"{"mean":[0.5,0.5,0.5]}"#)
        }
        #expect(throws: ClassifierMetadataError.invalidValue(
            source: "m.json", path: "mean", reason: "has 1 values for 3 channels; give one per channel")) {
            try resolve(#"{"mean":[0.5],"std":[1,1,1]}"#)
        }
        #expect(throws: ClassifierMetadataError.invalidValue(source: "m.json", path: "std", reason: "must be positive, found 0.0")) {
            try resolve(#"{"mean":[0,0,0],"std":[1,0,1]}"#)
        }
        #expect(throws: ClassifierMetadataError.invalidValue(
            source: "m.json", path: "labels[1]", reason: "repeats the label \"a\"; labels must be unique")) {
            try resolve(#"{"labels":["a","a"]}"#)
        }
        #expect(throws: ClassifierMetadataError.invalidValue(
            source: "m.json", path: "input.width", reason: "must be a positive integer, found 0")) {
            try resolve(#"{"input":{"width":0}}"#)
        }
    }

    @Test func documentMustAgreeWithTheModel() {
        #expect(throws: ClassifierMetadataError.labelCountMismatch(source: "m.json", labels: 3, classes: 2)) {
            try resolve(#"{"labels":["a","b","c"]}"#)
        }
        #expect(throws: ClassifierMetadataError.inputMismatch(source: "m.json", path: "input.channels", declared: 1, model: 3)) {
            try resolve(#"{"input":{"channels":1}}"#)
        }
    }

    @Test func dynamicSizesMustBeGiven() throws {
        let dynamic: [ONNXDimension] = [.symbolic("batch"), .fixed(3), .symbolic("height"), .unknown]
        #expect(throws: ClassifierMetadataError.unknownInputSize(model: "m.onnx", path: "input.height")) {
            try resolve(#"{"labels":["a","b"]}"#, shape: dynamic)
        }
        let metadata = try resolve(#"{"input":{"height":24,"width":32}}"#, shape: dynamic)
        #expect(metadata.input == InputSpec(channels: 3, height: 24, width: 32))
        #expect(metadata.labels == ["class 0", "class 1"])
        #expect(metadata.warnings.count == 1)
        #expect(throws: ClassifierMetadataError.unknownClassCount(model: "m.onnx")) {
            try resolve("{}", classCount: nil)
        }
    }

    @Test func metadataPropsAreOneEntryPerKey() throws {
        let props: [(key: String, value: String)] = [
            (key: "producer_note", value: "not JSON, and not ours"),
            (key: "labels", value: #"["cat","dog"]"#),
            (key: "input", value: #"{"channels":3}"#),
        ]
        let document = try ClassifierMetadataDocument.fromModelMetadata(props, source: "m.onnx metadata_props")
        #expect(document == ClassifierMetadataDocument(labels: ["cat", "dog"], input: .init(channels: 3)))
        #expect(try ClassifierMetadataDocument.fromModelMetadata([(key: "author", value: "x")], source: "m") == nil)
    }

    @Test func everyMessageNamesWhereAndWhat() {
        let errors: [ClassifierMetadataError] = [
            .unknownKey(source: "m.json", path: "input", key: "hieght", suggestion: "height"),
            .wrongType(source: "m.json", path: "labels[1]", expected: "a string"),
            .labelCountMismatch(source: "m.json", labels: 3, classes: 2),
            .inputMismatch(source: "m.json", path: "input.channels", declared: 1, model: 3),
        ]
        #expect(errors[0].localizedDescription == "m.json: unknown key \"hieght\" at input; did you mean \"height\"?")
        #expect(errors[1].localizedDescription == "m.json: labels[1] must be a string.")
        #expect(errors[2].localizedDescription.contains("3 labels for a model with 2 outputs"))
        #expect(errors[3].localizedDescription.contains("input.channels is 1 but the model's input has 3"))
    }
}
