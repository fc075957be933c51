import Datasets
import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// The models in Models/ load, carry their labels and input spec, stay under
/// 5 MB, and the sign models classify freshly rendered held-out signs.
@Suite struct ShippedModelTests {
    private static let models = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Models")

    @Test(arguments: ["fashion-mlp", "fashion-cnn", "fashion-resnet", "signs-cnn", "signs-resnet"])
    func modelsCarryTheirMetadataAndStaySmall(name: String) throws {
        let url = Self.models.appendingPathComponent("\(name).onnx")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
        #expect(size < 5_000_000)
        let model = try ONNXModel(contentsOf: url)
        let metadata = try ClassifierMetadata.resolve(for: model, at: url)
        #expect(metadata.origin == .modelMetadata)
        let fashion = name.hasPrefix("fashion")
        #expect(metadata.labels == (fashion ? FashionMNIST.classNames : SignClass.allNames))
        #expect(metadata.input == (fashion ? InputSpec(channels: 1, height: 28, width: 28) : InputSpec(channels: 3, height: 64, width: 64)))
    }

    @Test(arguments: ["signs-cnn", "signs-resnet"])
    func signModelsClassifyHeldOutSigns(name: String) throws {
        let model = try ONNXGraphModel(contentsOf: Self.models.appendingPathComponent("\(name).onnx"))
        let signs = SignGenerator(size: 64).dataset(count: 100, seed: 12)
        #expect(model.accuracy(on: signs, batchSize: 50) >= 0.97)
    }
}
