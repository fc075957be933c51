import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// Corrupted bytes give a loading error or, when the damage happens to be
/// harmless, a model; never a crash.
@Suite struct CorruptedFileTests {
    @Test(arguments: ["cnn-opset17.onnx", "resnet-opset17.onnx", "ops-opset13.onnx"])
    func mutatedFixturesNeverCrash(fixture: String) throws {
        let original = [UInt8](try Fixtures.data(fixture))
        var generator = RandomGenerator(seed: 2024)
        var refused = 0
        let trials = 200
        for trial in 0..<trials {
            var bytes = original
            if trial % 4 == 0 {
                bytes.removeLast(Int(generator.next() % UInt64(bytes.count)))
            } else {
                for _ in 0..<(1 + trial % 8) {
                    bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
            }
            do {
                _ = try ONNXModel(serializedData: Data(bytes), source: fixture)
            } catch is ONNXLoadingError {
                refused += 1
            }
        }
        // Most mutations land in weights and stay loadable; a good share must be caught.
        #expect(refused > trials / 10)
    }

    @Test func hugeDimsAreRefusedWithoutOverflow() throws {
        var model = ModelProtoBuilder.tinyModel()
        model.graph.initializer[0].dims = [Int64(Int32.max), Int64(Int32.max), Int64(Int32.max)]
        #expect(throws: ONNXLoadingError.invalidTensor(
            file: "tiny.onnx", context: "initializer \"W\"",
            reason: "dims [2147483647, 2147483647, 2147483647] are not valid sizes")) {
            try ModelProtoBuilder.load(model)
        }
    }

    @Test func negativeDeclaredDimensionIsUnknown() throws {
        var model = ModelProtoBuilder.tinyModel()
        model.graph.input[0].type.tensorType.shape.dim[1].dimValue = -1
        let loaded = try ModelProtoBuilder.load(model)
        #expect(loaded.graph.inputs[0].shape == [.symbolic("batch"), .unknown])
    }

    @Test func initializersListedAsInputsAreNotInputs() throws {
        var model = ModelProtoBuilder.tinyModel()
        model.graph.input.append(ModelProtoBuilder.valueInfo("W", dims: [2, 3]))
        let loaded = try ModelProtoBuilder.load(model)
        #expect(loaded.graph.inputs.map(\.name) == ["x"])
        #expect(loaded.graph.initializers["W"] == .float(Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])))
    }

    @Test func padsMustCoverEverySpatialAxis() {
        var model = ModelProtoBuilder.tinyModel()
        var kernel = Onnx_AttributeProto()
        kernel.name = "kernel_shape"
        kernel.type = .ints
        kernel.ints = [2, 2]
        var pads = kernel
        pads.name = "pads"
        pads.ints = [1, 1]
        model.graph.node.append(
            ModelProtoBuilder.node("MaxPool", name: "pool", inputs: ["y"], outputs: ["p"], attributes: [kernel, pads]))
        #expect(throws: ONNXLoadingError.unsupportedAttribute(
            file: "tiny.onnx", node: "pool", opType: "MaxPool", attribute: "pads",
            reason: "is [1, 1]; it needs a begin and an end for each of the 2 spatial axes")) {
            try ModelProtoBuilder.load(model)
        }
    }
}
