import Foundation
import Testing
import Tensors
@testable import NeuralNetworks

/// Initializers of every stored form convert to the right values.
@Suite struct TensorDecodingTests {
    private func decode(_ proto: Onnx_TensorProto) throws -> ONNXTensor {
        try ONNXTensorDecoder(file: "test.onnx").decode(proto, context: "initializer \"\(proto.name)\"")
    }

    @Test func float32FromRawDataIsLittleEndian() throws {
        // 1.0 = 0x3F800000, -2.5 = 0xC0200000
        let proto = ModelProtoBuilder.rawTensor("w", dims: [2], type: .float, bytes: [0, 0, 0x80, 0x3F, 0, 0, 0x20, 0xC0])
        #expect(try decode(proto) == .float(Tensor([1, -2.5])))
    }

    @Test func float32FromFloatDataKeepsShape() throws {
        let proto = ModelProtoBuilder.floatTensor("w", dims: [2, 1, 2], values: [1, 2, 3, 4])
        #expect(try decode(proto) == .float(Tensor(shape: [2, 1, 2], scalars: [1, 2, 3, 4])))
    }

    @Test func float16FromRawDataConverts() throws {
        // 1, -2, 65504 (largest half), 2⁻²⁴ (smallest subnormal), -0, +infinity
        let halves: [UInt16] = [0x3C00, 0xC000, 0x7BFF, 0x0001, 0x8000, 0x7C00]
        let bytes = halves.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let tensor = try #require(try decode(ModelProtoBuilder.rawTensor("h", dims: [6], type: .float16, bytes: bytes)).floatTensor)
        #expect(tensor.scalars == [1, -2, 65504, 0x1p-24, -0.0, .infinity])
        #expect(tensor.scalars[4].sign == .minus)
    }

    @Test func float16FromInt32DataConverts() throws {
        var proto = ModelProtoBuilder.rawTensor("h", dims: [2], type: .float16, bytes: [])
        proto.clearRawData()
        proto.int32Data = [0x3800, 0x4500]  // 0.5, 5
        #expect(try decode(proto) == .float(Tensor([0.5, 5])))
    }

    @Test func int64FromRawDataAndInt64Data() throws {
        let raw = ModelProtoBuilder.rawTensor(
            "shape", dims: [2], type: .int64, bytes: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 7, 0, 0, 0, 0, 0, 0, 0])
        #expect(try decode(raw) == .integer(IntegerTensor(shape: [2], values: [-1, 7], dataType: .int64)))
        var typed = raw
        typed.clearRawData()
        typed.int64Data = [-1, 7]
        #expect(try decode(typed) == .integer(IntegerTensor(shape: [2], values: [-1, 7], dataType: .int64)))
    }

    @Test func int32AndBoolScalars() throws {
        var int32 = ModelProtoBuilder.rawTensor("i", dims: [], type: .int32, bytes: [])
        int32.clearRawData()
        int32.int32Data = [-3]
        #expect(try decode(int32) == .integer(IntegerTensor(shape: [], values: [-3], dataType: .int32)))
        let bool = ModelProtoBuilder.rawTensor("b", dims: [3], type: .bool, bytes: [1, 0, 1])
        #expect(try decode(bool) == .integer(IntegerTensor(shape: [3], values: [1, 0, 1], dataType: .bool)))
    }

    @Test func doubleConvertsToFloat() throws {
        var proto = ModelProtoBuilder.rawTensor("d", dims: [2], type: .double, bytes: [])
        proto.clearRawData()
        proto.doubleData = [0.25, -8]
        #expect(try decode(proto) == .float(Tensor([0.25, -8])))
    }

    @Test func valueCountMustMatchDims() {
        let proto = ModelProtoBuilder.floatTensor("w", dims: [2, 3], values: [1, 2, 3, 4, 5])
        #expect(throws: ONNXLoadingError.initializerSizeMismatch(
            file: "test.onnx", context: "initializer \"w\"", dims: [2, 3], expected: 6, found: 5)) { try decode(proto) }
    }

    @Test func rawDataMustBeWholeValues() {
        let proto = ModelProtoBuilder.rawTensor("w", dims: [1], type: .float, bytes: [0, 0, 0x80, 0x3F, 0])
        #expect(throws: ONNXLoadingError.invalidTensor(
            file: "test.onnx", context: "initializer \"w\"",
            reason: "raw_data has 5 bytes, not a multiple of the 4 bytes of one FLOAT")) { try decode(proto) }
    }

    @Test func stringTensorsAreRefused() {
        let proto = ModelProtoBuilder.rawTensor("s", dims: [1], type: .string, bytes: [65])
        #expect(throws: ONNXLoadingError.unsupportedDataType(
            file: "test.onnx", context: "initializer \"s\"", dataType: "STRING (8)")) { try decode(proto) }
    }

    @Test func externalDataIsRefused() {
        var proto = ModelProtoBuilder.floatTensor("w", dims: [1], values: [])
        proto.dataLocation = .external
        #expect(throws: ONNXLoadingError.externalData(file: "test.onnx", context: "initializer \"w\"")) {
            try decode(proto)
        }
    }
}
