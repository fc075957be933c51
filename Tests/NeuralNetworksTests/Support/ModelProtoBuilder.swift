import Foundation
import SwiftProtobuf
@testable import NeuralNetworks

/// Builds small ONNX models from the generated protobuf types, so each
/// bad-model test changes exactly one thing in an otherwise valid model.
enum ModelProtoBuilder {
    /// A float tensor proto with values in `float_data`.
    static func floatTensor(_ name: String, dims: [Int], values: [Float]) -> Onnx_TensorProto {
        var tensor = Onnx_TensorProto()
        tensor.name = name
        tensor.dims = dims.map { Int64($0) }
        tensor.dataType = Int32(ONNXDataType.float.rawValue)
        tensor.floatData = values
        return tensor
    }

    /// A tensor proto of any type with values in little-endian `raw_data`.
    static func rawTensor(_ name: String, dims: [Int], type: ONNXDataType, bytes: [UInt8]) -> Onnx_TensorProto {
        var tensor = Onnx_TensorProto()
        tensor.name = name
        tensor.dims = dims.map { Int64($0) }
        tensor.dataType = Int32(type.rawValue)
        tensor.rawData = Data(bytes)
        return tensor
    }

    /// A node proto.
    static func node(
        _ opType: String, name: String, inputs: [String], outputs: [String],
        attributes: [Onnx_AttributeProto] = []
    ) -> Onnx_NodeProto {
        var node = Onnx_NodeProto()
        node.opType = opType
        node.name = name
        node.input = inputs
        node.output = outputs
        node.attribute = attributes
        return node
    }

    /// An INT attribute.
    static func intAttribute(_ name: String, _ value: Int) -> Onnx_AttributeProto {
        var attribute = Onnx_AttributeProto()
        attribute.name = name
        attribute.type = .int
        attribute.i = Int64(value)
        return attribute
    }

    /// A STRING attribute.
    static func stringAttribute(_ name: String, _ value: String) -> Onnx_AttributeProto {
        var attribute = Onnx_AttributeProto()
        attribute.name = name
        attribute.type = .string
        attribute.s = Data(value.utf8)
        return attribute
    }

    /// A float tensor value description; `nil` dimensions are symbolic `batch`.
    static func valueInfo(_ name: String, dims: [Int?]) -> Onnx_ValueInfoProto {
        var info = Onnx_ValueInfoProto()
        info.name = name
        var tensorType = Onnx_TypeProto.Tensor()
        tensorType.elemType = Int32(ONNXDataType.float.rawValue)
        tensorType.shape.dim = dims.map { size in
            var dimension = Onnx_TensorShapeProto.Dimension()
            if let size { dimension.dimValue = Int64(size) } else { dimension.dimParam = "batch" }
            return dimension
        }
        info.type.tensorType = tensorType
        return info
    }

    /// A valid model: x (batch×3) → Gemm(W 2×3, transB, bias b) → "gemm" → Relu → y (batch×2).
    static func tinyModel(opset: Int = 17) -> Onnx_ModelProto {
        var model = Onnx_ModelProto()
        model.irVersion = 8
        model.producerName = "tests"
        var opsetImport = Onnx_OperatorSetIdProto()
        opsetImport.domain = ""
        opsetImport.version = Int64(opset)
        model.opsetImport = [opsetImport]
        model.graph.name = "tiny"
        model.graph.input = [valueInfo("x", dims: [nil, 3])]
        model.graph.output = [valueInfo("y", dims: [nil, 2])]
        model.graph.initializer = [
            floatTensor("W", dims: [2, 3], values: [1, 2, 3, 4, 5, 6]),
            floatTensor("b", dims: [2], values: [0.5, -0.5]),
        ]
        model.graph.node = [
            node("Gemm", name: "gemm", inputs: ["x", "W", "b"], outputs: ["h"], attributes: [intAttribute("transB", 1)]),
            node("Relu", name: "relu", inputs: ["h"], outputs: ["y"]),
        ]
        return model
    }

    /// Loads `model` through its serialized bytes, as from a file named `tiny.onnx`.
    static func load(_ model: Onnx_ModelProto) throws -> ONNXModel {
        try ONNXModel(serializedData: try model.serializedData(), source: "tiny.onnx")
    }
}
