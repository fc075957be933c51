import Datasets
import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// The models in Models/ load, carry their labels and input spec, stay under
/// 5 MB, and the sign models classify freshly rendered held-out signs.
@Suite struct ShippedModelTests {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let models = packageRoot.appendingPathComponent("Models")

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

    /// The sample pictures the default pipelines use are classified as the
    /// folder they are in, matched by label name.
    @Test(arguments: ["signs-cnn", "signs-resnet"])
    func signModelsLabelTheSampleImages(name: String) throws {
        let classifier = try Classifier.load(from: Self.models.appendingPathComponent("\(name).onnx"))
        let samples = try ImageFolder.load(directory: Self.packageRoot.appendingPathComponent("SampleImages/signs").path)
        #expect(samples.count == 20)
        let predicted = try classifier.probabilities(for: samples.images).argmax(alongAxis: 1)
        #expect(predicted.map { classifier.labels[$0] } == samples.labels.map { samples.classNames[$0] })
    }
}
