import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// Saving a loaded model and loading it again gives an equal model.
@Suite struct SavingRoundTripTests {
    @Test(arguments: ["cnn-opset17.onnx", "cnn-opset11.onnx", "resnet-opset17.onnx", "ops-opset13.onnx"])
    func fixturesRoundTripExactly(fixture: String) throws {
        let model = try ONNXModel(contentsOf: Fixtures.url(fixture))
        let again = try ONNXModel(serializedData: try model.serializedData(), source: "saved \(fixture)")
        #expect(again == model)
        #expect(again.graph.nodes.map(\.operation) == model.graph.nodes.map(\.operation))
    }

    @Test func everyAttributeFormRoundTrips() throws {
        var model = try ModelProtoBuilder.load(ModelProtoBuilder.tinyModel(opset: 12))
        let window = PoolAttributes(
            kernelShape: [3, 3], strides: [2, 1], dilations: [1, 2], pads: [0, 1, 1, 0], autoPad: .notSet,
            ceilMode: true, countIncludePad: true)
        let operations: [(ONNXOperator, ONNXOperation, [String])] = [
            (.conv, .conv(ConvAttributes(kernelShape: [1, 1], autoPad: .sameLower, group: 2)), ["y", "W"]),
            (.convTranspose, .convTranspose(ConvTransposeAttributes(outputPadding: [1, 1], outputShape: [8, 8])), ["y", "W"]),
            (.averagePool, .averagePool(window), ["y"]),
            (.gelu, .gelu(.tanh), ["y"]),
            (.softmax, .softmax(SoftmaxAttributes(axis: 1, coercesTo2D: true)), ["y"]),
            (.squeeze, .squeeze(axes: [0]), ["y"]),
            (.unsqueeze, .unsqueeze(axes: [0, 2]), ["y"]),
            (.reduceMean, .reduceMean(ReduceAttributes(axes: nil, keepDims: false)), ["y"]),
            (.shape, .shape(start: 1, end: -1), ["y"]),
            (.cast, .cast(to: .float16), ["y"]),
            (.constant, .constant(.integer(IntegerTensor(shape: [2], values: [-1, 1 << 40]))), []),
            (.constant, .constant(.integer(IntegerTensor(shape: [3], values: [1, 0, 1], dataType: .bool))), []),
            (.constantOfShape, .constantOfShape(value: .float(Tensor(shape: [1], scalars: [-0.5]))), ["y"]),
            (.reshape, .reshape(allowZero: true), ["y", "y"]),
            (.pad, .pad(.reflect), ["y", "y"]),
            (.transpose, .transpose(permutation: nil), ["y"]),
        ]
        for (index, (opType, operation, inputs)) in operations.enumerated() {
            model.graph.nodes.append(
                ONNXNode(name: "n\(index)", opType: opType, operation: operation, inputs: inputs, outputs: ["o\(index)"]))
        }
        let again = try ONNXModel(serializedData: try model.serializedData(), source: "saved")
        #expect(again.graph.nodes.map(\.operation) == model.graph.nodes.map(\.operation))
        #expect(again == model)
    }

    @Test func savedFileLoadsFromDisk() throws {
        let model = try ONNXModel(contentsOf: Fixtures.url("resnet-opset17.onnx"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("perturb-saved-\(UUID()).onnx")
        defer { try? FileManager.default.removeItem(at: file) }
        try model.write(to: file)
        #expect(try ONNXModel(contentsOf: file) == model)
    }
}
