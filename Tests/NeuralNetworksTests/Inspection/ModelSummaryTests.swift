import Foundation
import Testing
@testable import NeuralNetworks

/// The summary behind `perturb model info` reports the fixtures correctly.
@Suite struct ModelSummaryTests {
    private func summary(_ fixture: String) throws -> ModelSummary {
        let url = Fixtures.url(fixture)
        let model = try ONNXModel(contentsOf: url)
        return ModelSummary(model: model, file: fixture, metadata: try ClassifierMetadata.resolve(for: model, at: url))
    }

    @Test func cnnSummary() throws {
        let summary = try summary("cnn-opset17.onnx")
        #expect(summary.opset == 17 && summary.irVersion == 8)
        #expect(summary.operators.map(\.op) == ["Conv", "MaxPool", "Relu", "Flatten", "Gemm"])
        #expect(summary.operators.map(\.count) == [2, 2, 2, 1, 1])
        #expect(summary.nodeCount == 8 && summary.parameterCount == 1053 && summary.initializerCount == 6)
        #expect(summary.inputs == [.init(name: "input", type: "FLOAT", shape: [.symbolic("batch"), .fixed(3), .fixed(16), .fixed(16)])])
        #expect(summary.metadataSource == "metadata_props")
        #expect(summary.labels.count == 5)
    }

    @Test func textHasOneAlignedLinePerItem() throws {
        let lines = try summary("cnn-opset17.onnx").text.split(separator: "\n").map(String.init)
        #expect(lines == [
            "model       cnn-opset17.onnx",
            "producer    perturb make-onnx-fixtures.py 2.13.0+cpu (IR 8, opset 17)",
            "inputs      input: FLOAT batch×3×16×16",
            "outputs     logits: FLOAT batch×5",
            "operators   Conv ×2, MaxPool ×2, Relu ×2, Flatten ×1, Gemm ×1 (8 nodes)",
            "parameters  1053 in 6 initializers",
            "input spec  3×16×16, values in [0, 1], mean [0.5, 0.5, 0.5], std [0.25, 0.25, 0.25]",
            "labels      5 from metadata_props: circle, square, triangle, cross, star",
        ])
    }

    @Test func jsonEncodesShapesAsNumbersAndNames() throws {
        let data = try JSONEncoder().encode(try summary("resnet-opset17.onnx"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let inputs = try #require(object["inputs"] as? [[String: Any]])
        let shape = try #require(inputs.first?["shape"] as? [Any])
        #expect(shape.first as? String == "batch")
        #expect(shape.dropFirst().compactMap { $0 as? Int } == [3, 16, 16])
        #expect(object["parameterCount"] as? Int == 2070)
        #expect((object["metadataSource"] as? String)?.hasSuffix("resnet-opset17.json") == true)
        #expect((object["warnings"] as? [Any])?.isEmpty == true)
    }

    @Test func defaultsCarryTheWarning() throws {
        let summary = try summary("ops-opset13.onnx")
        #expect(summary.metadataSource == "defaults")
        #expect(summary.warnings.count == 1)
        #expect(summary.input == .init(channels: 1, height: 28, width: 28, range: [0, 1], mean: nil, std: nil))
    }
}
