import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// Exporting built-in models to ONNX and loading them back.
@Suite struct ExportTests {
    private static let labels = (0..<10).map { "class-\($0)" }

    private func exportAndReload(_ model: any BuiltInLayer, input: InputSpec) throws -> (ONNXModel, ONNXModel) {
        let exported = try model.onnxModel(input: input, labels: Self.labels)
        let reloaded = try ONNXModel(serializedData: try exported.serializedData(), source: "exported")
        return (exported, reloaded)
    }

    @Test(arguments: Architecture.allCases)
    func exportThenImportIsExact(architecture: Architecture) throws {
        let model = architecture.build(channels: 3, side: 64, classes: 10, seed: 3)
        let (exported, reloaded) = try exportAndReload(model, input: InputSpec(channels: 3, height: 64, width: 64))
        #expect(reloaded == exported)
        #expect(reloaded.opsetVersion == 17)
        for parameter in model.parameters {
            #expect(reloaded.graph.initializers[parameter.name] == .float(parameter.value))
        }
        #expect(reloaded.graph.inputs.first?.shape == [.symbolic("N"), .fixed(3), .fixed(64), .fixed(64)])
        #expect(reloaded.graph.outputs.map(\.name) == ["logits"])
    }

    @Test func resnetExportsBatchNormalizationAndResidualAdds() throws {
        let model = Architecture.resnet.build(channels: 1, side: 28, classes: 10, seed: 1)
        let (_, reloaded) = try exportAndReload(model, input: InputSpec(channels: 1, height: 28, width: 28))
        let counts = reloaded.graph.operatorCounts
        #expect(counts[.batchNormalization] == 9)
        #expect(counts[.add] == 3)
        #expect(counts[.conv] == 9)
        #expect(counts[.globalAveragePool] == 1)
    }

    @Test func cnnExportLeavesDropoutOut() throws {
        let model = Architecture.cnn.build(channels: 1, side: 28, classes: 10, seed: 1)
        let (_, reloaded) = try exportAndReload(model, input: InputSpec(channels: 1, height: 28, width: 28))
        #expect(reloaded.graph.nodes.map(\.opType) == [
            .conv, .batchNormalization, .relu, .maxPool, .conv, .batchNormalization, .relu, .maxPool,
            .flatten, .gemm, .relu, .gemm, .identity,
        ])
    }

    @Test func geluExportsAsErfArithmetic() throws {
        var generator = RandomGenerator(seed: 1)
        let model = Sequential([Dense("fc", inputs: 4, outputs: 10, generator: &generator), GELU()])
        let (_, reloaded) = try exportAndReload(model, input: InputSpec(channels: 1, height: 2, width: 2))
        #expect(reloaded.graph.nodes.map(\.opType) == [.gemm, .div, .erf, .add, .mul, .mul, .identity])
    }

    @Test func labelsAndInputSpecTravelInMetadata() throws {
        let model = Architecture.mlp.build(channels: 1, side: 28, classes: 10, seed: 1)
        let (_, reloaded) = try exportAndReload(model, input: InputSpec(channels: 1, height: 28, width: 28))
        let metadata = try ClassifierMetadata.resolve(for: reloaded, at: nil)
        #expect(metadata.origin == .modelMetadata)
        #expect(metadata.labels == Self.labels)
        #expect(metadata.input == InputSpec(channels: 1, height: 28, width: 28))
        #expect(metadata.warnings.isEmpty)
    }
}
