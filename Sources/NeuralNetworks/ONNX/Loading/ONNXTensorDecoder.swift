import Foundation
import Tensors

/// Converts stored `TensorProto`s (initializers, Constant values, tensor
/// attributes) into ``ONNXTensor``s, checking type, location and size.
struct ONNXTensorDecoder {
    /// The model's name for error messages.
    let file: String

    /// Decodes `proto`; `context` says where it is (`initializer "fc.weight"`).
    func decode(_ proto: Onnx_TensorProto, context: String) throws -> ONNXTensor {
        if proto.dataLocation == .external || !proto.externalData.isEmpty {
            throw ONNXLoadingError.externalData(file: file, context: context)
        }
        guard let dataType = ONNXDataType(rawValue: Int(proto.dataType)),
            dataType.isFloatingPoint || dataType.isInteger
        else {
            throw ONNXLoadingError.unsupportedDataType(
                file: file, context: context, dataType: ONNXDataType.describe(code: Int(proto.dataType)))
        }
        let shape = proto.dims.map { Int($0) }
        guard shape.allSatisfy({ $0 >= 0 }), Self.checkedElementCount(shape) != nil else {
            throw ONNXLoadingError.invalidTensor(file: file, context: context, reason: "dims \(shape) are not valid sizes")
        }
        let bits = try storedBits(of: proto, as: dataType, context: context)
        guard bits.count == shape.elementCount else {
            throw ONNXLoadingError.initializerSizeMismatch(
                file: file, context: context, dims: shape, expected: shape.elementCount, found: bits.count)
        }
        if dataType.isFloatingPoint {
            return .float(Tensor(shape: shape, scalars: bits.map(dataType.floatValue(bits:))))
        }
        return .integer(IntegerTensor(shape: shape, values: bits.map(dataType.integerValue(bits:)), dataType: dataType))
    }

    /// The product of `shape`, or `nil` when it overflows (corrupt dims).
    private static func checkedElementCount(_ shape: [Int]) -> Int? {
        var count = 1
        for size in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            if overflow { return nil }
            count = product
        }
        return count
    }

    /// The stored values as bit patterns, from `raw_data` (little-endian) or
    /// the typed field ONNX uses for `dataType`.
    private func storedBits(of proto: Onnx_TensorProto, as dataType: ONNXDataType, context: String) throws -> [UInt64] {
        if proto.hasRawData {
            return try littleEndianValues(proto.rawData, width: dataType.byteWidth, dataType: dataType, context: context)
        }
        switch dataType {
        case .float: return proto.floatData.map { UInt64($0.bitPattern) }
        case .double: return proto.doubleData.map(\.bitPattern)
        case .int64: return proto.int64Data.map { UInt64(bitPattern: $0) }
        case .uint32: return proto.uint64Data
        default: return proto.int32Data.map { UInt64(UInt32(bitPattern: $0)) }
        }
    }

    /// Splits `raw` into `width`-byte little-endian values.
    private func littleEndianValues(_ raw: Data, width: Int, dataType: ONNXDataType, context: String) throws -> [UInt64] {
        guard raw.count % width == 0 else {
            throw ONNXLoadingError.invalidTensor(
                file: file, context: context,
                reason: "raw_data has \(raw.count) bytes, not a multiple of the \(width) bytes of one \(dataType.name)")
        }
        return raw.withUnsafeBytes { bytes in
            (0..<(bytes.count / width)).map { index in
                var value: UInt64 = 0
                for byte in 0..<width {
                    value |= UInt64(bytes[index * width + byte]) << (8 * byte)
                }
                return value
            }
        }
    }
}
