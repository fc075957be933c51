import Foundation

/// Converts ``ONNXTensor``s to `TensorProto`s with little-endian `raw_data`:
/// float tensors as FLOAT, integer tensors in their declared type.
enum ONNXTensorEncoder {
    /// The tensor proto named `name` holding `tensor`.
    static func encode(_ tensor: ONNXTensor, name: String = "") -> Onnx_TensorProto {
        var proto = Onnx_TensorProto()
        proto.name = name
        proto.dims = tensor.shape.map { Int64($0) }
        switch tensor {
        case .float(let values):
            proto.dataType = Int32(ONNXDataType.float.rawValue)
            proto.rawData = littleEndian(values.scalars.map { UInt64($0.bitPattern) }, width: 4)
        case .integer(let values):
            proto.dataType = Int32(values.dataType.rawValue)
            proto.rawData = littleEndian(values.values.map { UInt64(bitPattern: Int64($0)) }, width: values.dataType.byteWidth)
        }
        return proto
    }

    /// The low `width` bytes of each value, least significant first.
    private static func littleEndian(_ values: [UInt64], width: Int) -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(values.count * width)
        for value in values {
            for byte in 0..<width {
                bytes.append(UInt8(truncatingIfNeeded: value >> (8 * byte)))
            }
        }
        return Data(bytes)
    }
}
