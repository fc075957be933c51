import Foundation
import Testing
@testable import NeuralNetworks

/// Labels and input specs come from metadata_props, a sidecar or defaults, in that order.
@Suite struct ClassifierMetadataResolutionTests {
    private func resolve(_ fixture: String, sidecar: URL? = nil) throws -> ClassifierMetadata {
        let url = Fixtures.url(fixture)
        return try ClassifierMetadata.resolve(for: ONNXModel(contentsOf: url), at: url, sidecar: sidecar)
    }

    @Test func embeddedMetadataProps() throws {
        let metadata = try resolve("cnn-opset17.onnx")
        #expect(metadata.origin == .modelMetadata)
        #expect(metadata.labels == ["circle", "square", "triangle", "cross", "star"])
        #expect(metadata.input == InputSpec(
            channels: 3, height: 16, width: 16, valueRange: 0...1, mean: [0.5, 0.5, 0.5], std: [0.25, 0.25, 0.25]))
        #expect(metadata.warnings.isEmpty)
    }

    @Test func sidecarBesideTheModel() throws {
        let metadata = try resolve("resnet-opset17.onnx")
        #expect(metadata.origin == .sidecar(Fixtures.url("resnet-opset17.json")))
        #expect(metadata.labels == ["stop", "yield", "no-entry", "speed-limit-30"])
        #expect(metadata.input.mean == [0.485, 0.456, 0.406])
        #expect(metadata.input.std == [0.229, 0.224, 0.225])
        #expect(metadata.input.batchShape(count: 8) == [8, 3, 16, 16])
        #expect(metadata.warnings.isEmpty)
    }

    @Test func defaultsComeWithAWarning() throws {
        let metadata = try resolve("cnn-opset11.onnx")
        #expect(metadata.origin == .defaults)
        #expect(metadata.labels == ["class 0", "class 1", "class 2", "class 3", "class 4"])
        #expect(metadata.input == InputSpec(channels: 3, height: 16, width: 16))
        #expect(metadata.warnings.count == 1)
        #expect(metadata.warnings.first?.contains("cnn-opset11.onnx: no classifier metadata") == true)
    }

    @Test func explicitSidecarWinsOverEmbeddedMetadata() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("perturb-labels-\(UUID()).json")
        try Data(#"{"labels": ["a", "b", "c", "d", "e"]}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let metadata = try resolve("cnn-opset17.onnx", sidecar: file)
        #expect(metadata.origin == .sidecar(file))
        #expect(metadata.labels == ["a", "b", "c", "d", "e"])
        #expect(metadata.input.mean == nil)
        #expect(metadata.warnings.isEmpty)
    }

    @Test func missingExplicitSidecarIsAnError() {
        let file = URL(fileURLWithPath: "/nonexistent/labels.json")
        let error = #expect(throws: ClassifierMetadataError.self) { try resolve("cnn-opset17.onnx", sidecar: file) }
        guard case .unreadableFile(let source, _)? = error else {
            Issue.record("expected unreadableFile, got \(String(describing: error))")
            return
        }
        #expect(source == "/nonexistent/labels.json")
    }

    @Test func nonImageModelIsRefused() throws {
        let model = try ModelProtoBuilder.load(ModelProtoBuilder.tinyModel())
        #expect(throws: ClassifierMetadataError.notAnImageModel(model: "tiny.onnx", input: "x", shape: "batch×3")) {
            try ClassifierMetadata.resolve(for: model, at: URL(fileURLWithPath: "/tmp/tiny.onnx"))
        }
    }

    @Test func documentRoundTripsThroughJSON() throws {
        let metadata = try resolve("resnet-opset17.onnx")
        let json = try JSONEncoder().encode(metadata.document)
        let decoded = try ClassifierMetadataDocument.decode(json, source: "round-trip")
        #expect(decoded == metadata.document)
        let again = try ClassifierMetadata.resolve(
            decoded, origin: .defaults, source: "round-trip", modelName: "m",
            inputShape: [.symbolic("batch"), .fixed(3), .fixed(16), .fixed(16)], classCount: 4)
        #expect(again.input == metadata.input && again.labels == metadata.labels)
    }
}
