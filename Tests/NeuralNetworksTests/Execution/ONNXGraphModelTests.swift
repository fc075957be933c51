import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// The executor reproduces onnxruntime's logits and PyTorch's input gradients on every fixture.
@Suite struct ONNXGraphModelTests {
    static let fixtures = ["cnn-opset17.onnx", "cnn-opset11.onnx", "resnet-opset17.onnx", "ops-opset13.onnx"]

    /// The largest absolute difference between two tensors of the same shape.
    static func maximumDifference(_ a: Tensor, _ b: Tensor) -> Float {
        #expect(a.shape == b.shape)
        return zip(a.scalars, b.scalars).map { abs($0 - $1) }.max() ?? 0
    }

    /// The gradient of sum(model(input) · weights) with respect to the input.
    static func inputGradient(_ model: ONNXGraphModel, _ input: Tensor, weights: Tensor) -> Tensor {
        valueAndGradient(at: input) { x in (model(x) * weights).sum() }.gradient
    }

    @Test(arguments: fixtures) func logitsMatchOnnxruntime(fixture: String) throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url(fixture))
        let reference = try ONNXReference.load(forModel: fixture)
        let logits = try model.run(reference.input.tensor)
        #expect(Self.maximumDifference(logits, reference.output.tensor) <= 1e-4)
    }

    @Test(arguments: fixtures) func inputGradientsMatchPyTorch(fixture: String) throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url(fixture))
        let reference = try ONNXReference.load(forModel: fixture)
        let gradient = Self.inputGradient(model, reference.input.tensor, weights: reference.objectiveWeights.tensor)
        let expected = reference.inputGradient.tensor
        let scale = expected.scalars.map(abs).max() ?? 0
        #expect(scale > 0)
        #expect(Self.maximumDifference(gradient, expected) <= 1e-3 * scale)
    }

    /// Batches of 1 and 5 (the fixtures were exported with batch 1 and referenced with 2)
    /// give each image the logits it has in the reference batch.
    @Test(arguments: ["cnn-opset17.onnx", "resnet-opset17.onnx"]) func dynamicBatchSize(fixture: String) throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url(fixture))
        let reference = try ONNXReference.load(forModel: fixture)
        let input = reference.input.tensor, output = reference.output.tensor
        let single = try model.run(input.sliced(alongAxis: 0, 1..<2))
        #expect(Self.maximumDifference(single, output.sliced(alongAxis: 0, 1..<2)) <= 1e-4)
        let order = [0, 1, 1, 0, 1]
        let five = try model.run(input.gathering(atIndices: order))
        #expect(Self.maximumDifference(five, output.gathering(atIndices: order)) <= 1e-4)
    }

    @Test func opset11AndOpset17ExportsAgree() throws {
        let input = try ONNXReference.load(forModel: "cnn-opset17.onnx").input.tensor
        let opset11 = try ONNXGraphModel(contentsOf: Fixtures.url("cnn-opset11.onnx")).run(input)
        let opset17 = try ONNXGraphModel(contentsOf: Fixtures.url("cnn-opset17.onnx")).run(input)
        #expect(Self.maximumDifference(opset11, opset17) <= 1e-6)
    }

    @Test func wrongInputShapeIsAClearError() throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url("cnn-opset17.onnx"))
        let expected = ONNXExecutionError.inputShapeMismatch(
            model: "cnn-opset17.onnx", input: "input", declared: "batch×3×16×16", found: [2, 3, 32, 32])
        #expect(throws: expected) { try model.run(Tensor.zeros([2, 3, 32, 32])) }
        #expect(throws: ONNXExecutionError.self) { try model.run(Tensor.zeros([3, 16, 16])) }
        let message = expected.errorDescription ?? ""
        #expect(message.contains("declared as batch×3×16×16 but the batch has shape 2×3×32×32"))
    }

    @Test func initializersBecomeParametersAndStatisticsAreNotTrained() throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url("resnet-opset17.onnx"))
        let loaded = model.model.graph
        #expect(model.parameters.map(\.name) == loaded.initializers.keys.filter {
            loaded.initializers[$0]?.floatTensor != nil
        }.sorted())
        let untrainable = model.parameters.filter { !$0.isTrainable }.map(\.name)
        #expect(!untrainable.isEmpty)
        #expect(untrainable.allSatisfy { $0.hasSuffix("running_mean") || $0.hasSuffix("running_var") })
    }

    /// Changing a parameter changes the output, and the updated model carries the new value.
    @Test func parametersDriveTheGraphAndExport() throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url("cnn-opset17.onnx"))
        let input = try ONNXReference.load(forModel: "cnn-opset17.onnx").input.tensor
        let before = try model.run(input)
        let bias = try #require(model.parameters.first { $0.name == "fc.bias" })
        bias.value = bias.value + 1
        let after = try model.run(input)
        #expect(Self.maximumDifference(after, before + 1) <= 1e-5)
        #expect(model.updatedModel().graph.initializers["fc.bias"] == .float(bias.value))
    }

    @Test func parameterGradientsFlowThroughTheGraph() throws {
        let model = try ONNXGraphModel(contentsOf: Fixtures.url("cnn-opset17.onnx"))
        let input = try ONNXReference.load(forModel: "cnn-opset17.onnx").input.tensor
        let bias = try #require(model.parameters.first { $0.name == "fc.bias" })
        let (_, gradients) = valueAndGradients(of: [bias]) { model(input).sum() }
        // d/d(bias) of the sum of all logits is the batch size for every class.
        #expect(gradients[0] == Tensor(shape: [5], repeating: 2))
    }
}
