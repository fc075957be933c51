import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// The PyTorch-exported fixtures load with the right graph, weights and shapes.
@Suite struct FixtureLoadingTests {
    @Test func smallCNNAtOpset17() throws {
        let model = try ONNXModel(contentsOf: Fixtures.url("cnn-opset17.onnx"))
        #expect(model.opsetVersion == 17)
        #expect(model.producer == "perturb make-onnx-fixtures.py 2.13.0+cpu")
        #expect(model.graph.nodes.map(\.opType) == [.conv, .relu, .maxPool, .conv, .relu, .maxPool, .flatten, .gemm])
        #expect(model.graph.parameterCount == 4 * 3 * 9 + 4 + 8 * 4 * 9 + 8 + 128 * 5 + 5)
        #expect(model.graph.inputs == [
            ONNXValueInfo(name: "input", dataType: .float, shape: [.symbolic("batch"), .fixed(3), .fixed(16), .fixed(16)])
        ])
        #expect(model.graph.outputs == [
            ONNXValueInfo(name: "logits", dataType: .float, shape: [.symbolic("batch"), .fixed(5)])
        ])
        #expect(model.graph.initializers["conv1.weight"]?.shape == [4, 3, 3, 3])
        #expect(model.graph.initializers["fc.weight"]?.shape == [5, 128])
        #expect(model.metadata.map(\.key) == ["labels", "input", "mean", "std"])
    }

    @Test func attributesOfTheCNNDecodeTyped() throws {
        let model = try ONNXModel(contentsOf: Fixtures.url("cnn-opset17.onnx"))
        let operations = Dictionary(uniqueKeysWithValues: model.graph.nodes.map { ($0.name, $0.operation) })
        #expect(operations["/conv1/Conv"] == .conv(
            ConvAttributes(kernelShape: [3, 3], strides: [1, 1], dilations: [1, 1], pads: [1, 1, 1, 1])))
        #expect(operations["/MaxPool"] == .maxPool(
            PoolAttributes(kernelShape: [2, 2], strides: [2, 2], dilations: [1, 1], pads: [0, 0, 0, 0])))
        #expect(operations["/Flatten"] == .flatten(axis: 1))
        #expect(operations["/fc/Gemm"] == .gemm(GemmAttributes(transposeB: true)))
        let convolution = try #require(model.graph.nodes.first)
        #expect(convolution.inputs == ["input", "conv1.weight", "conv1.bias"])
    }

    @Test func opset11ExportHasTheSameWeightsAsOpset17() throws {
        let opset11 = try ONNXModel(contentsOf: Fixtures.url("cnn-opset11.onnx"))
        let opset17 = try ONNXModel(contentsOf: Fixtures.url("cnn-opset17.onnx"))
        #expect(opset11.opsetVersion == 11)
        #expect(opset11.metadata.isEmpty)
        #expect(opset11.graph.initializers == opset17.graph.initializers)
        #expect(opset11.graph.nodes.map(\.operation) == opset17.graph.nodes.map(\.operation))
    }

    @Test func resNetKeepsBatchNormResidualAddsAndShapeOps() throws {
        let model = try ONNXModel(contentsOf: Fixtures.url("resnet-opset17.onnx"))
        let counts = model.graph.operatorCounts
        #expect(counts[.batchNormalization] == 6)
        #expect(counts[.conv] == 6)
        #expect(counts[.add] == 2)
        #expect(counts[.globalAveragePool] == 1)
        #expect(counts[.shape] == 1 && counts[.gather] == 1 && counts[.unsqueeze] == 2 && counts[.reshape] == 1)
        #expect(model.graph.parameterCount == 2070)
        let batchNorms = model.graph.nodes.filter { $0.opType == .batchNormalization }
        #expect(batchNorms.allSatisfy { $0.operation == .batchNormalization(epsilon: 1e-5) })
        #expect(model.graph.initializers["bn.running_var"]?.floatTensor?.scalars.allSatisfy { $0 >= 0.5 && $0 <= 2 } == true)
        let strided = model.graph.nodes.first { $0.name == "/block2/conv1/Conv" }
        #expect(strided?.operation == .conv(
            ConvAttributes(kernelShape: [3, 3], strides: [2, 2], dilations: [1, 1], pads: [1, 1, 1, 1])))
    }

    @Test func operatorMixDecodesShapeSubgraphsAndOpset13Attributes() throws {
        let model = try ONNXModel(contentsOf: Fixtures.url("ops-opset13.onnx"))
        #expect(model.opsetVersion == 13)
        let operations = Dictionary(uniqueKeysWithValues: model.graph.nodes.map { ($0.name, $0.operation) })
        #expect(operations["/Pad"] == .pad(.constant))
        #expect(operations["/LeakyRelu"] == .leakyRelu(alpha: 0.1))
        #expect(operations["/Cast"] == .cast(to: .int64))
        #expect(operations["/ConstantOfShape"] == .constantOfShape(
            value: .integer(IntegerTensor(shape: [1], values: [0], dataType: .int64))))
        #expect(operations["/ReduceMean"] == .reduceMean(ReduceAttributes(axes: [1, 3], keepDims: false)))
        #expect(operations["/LogSoftmax"] == .logSoftmax(SoftmaxAttributes(axis: 1, coercesTo2D: false)))
        #expect(operations["/Transpose_1"] == .transpose(permutation: [0, 1, 3, 2]))
        if case .averagePool(let pool)? = operations["/AveragePool"] {
            #expect(pool.countIncludePad && pool.kernelShape == [2, 2])
        } else {
            Issue.record("/AveragePool did not decode as average pooling")
        }
        let constants = model.graph.nodes.compactMap { node -> ONNXTensor? in
            if case .constant(let value) = node.operation { value } else { nil }
        }
        #expect(constants.count == 14)
        #expect(constants.contains { $0.integerTensor?.dataType == .int64 })
        #expect(constants.contains { $0.floatTensor != nil })
    }

    @Test(arguments: ["cnn-opset17.onnx", "cnn-opset11.onnx", "resnet-opset17.onnx", "ops-opset13.onnx"])
    func nodesAreInTopologicalOrder(fixture: String) throws {
        let graph = try ONNXModel(contentsOf: Fixtures.url(fixture)).graph
        var available = Set(graph.inputs.map(\.name)).union(graph.initializers.keys).union([""])
        for node in graph.nodes {
            #expect(node.inputs.allSatisfy(available.contains), "\(node.name) runs before one of its inputs exists")
            available.formUnion(node.outputs)
        }
        #expect(graph.outputs.allSatisfy { available.contains($0.name) })
    }

    @Test(arguments: ["cnn-opset17.onnx", "cnn-opset11.onnx", "resnet-opset17.onnx", "ops-opset13.onnx"])
    func referenceMatchesTheModelSignature(fixture: String) throws {
        let model = try ONNXModel(contentsOf: Fixtures.url(fixture))
        let reference = try ONNXReference.load(forModel: fixture)
        #expect(reference.model == fixture)
        let input = try #require(model.graph.inputs.first?.shape)
        let output = try #require(model.graph.outputs.first?.shape)
        #expect(reference.input.shape == [2] + input.dropFirst().compactMap(\.fixedSize))
        #expect(reference.output.shape == [2] + output.dropFirst().compactMap(\.fixedSize))
        #expect(reference.inputGradient.shape == reference.input.shape)
        #expect(reference.objectiveWeights.shape == reference.output.shape)
        #expect(reference.input.tensor.scalarCount == reference.input.data.count)
        #expect(reference.inputGradient.data.contains { $0 != 0 })
    }
}
