extension ONNXDataType {
    /// The bytes one value takes in `raw_data`.
    var byteWidth: Int {
        switch self {
        case .uint8, .int8, .bool: 1
        case .uint16, .int16, .float16, .bfloat16: 2
        case .float, .int32, .uint32: 4
        case .int64, .uint64, .double, .complex64: 8
        case .complex128: 16
        case .string: 0
        }
    }

    /// The value of a floating-point type's bit pattern (as read from
    /// `raw_data` or the typed field), as Float32.
    func floatValue(bits: UInt64) -> Float {
        switch self {
        case .float16: HalfPrecision.float(fromFloat16: UInt16(truncatingIfNeeded: bits))
        case .bfloat16: HalfPrecision.float(fromBFloat16: UInt16(truncatingIfNeeded: bits))
        case .double: Float(Double(bitPattern: bits))
        default: Float(bitPattern: UInt32(truncatingIfNeeded: bits))
        }
    }

    /// The value of an integer or boolean type's bit pattern.
    func integerValue(bits: UInt64) -> Int {
        switch self {
        case .uint8: Int(UInt8(truncatingIfNeeded: bits))
        case .int8: Int(Int8(truncatingIfNeeded: bits))
        case .uint16: Int(UInt16(truncatingIfNeeded: bits))
        case .int16: Int(Int16(truncatingIfNeeded: bits))
        case .int32: Int(Int32(truncatingIfNeeded: bits))
        case .uint32: Int(UInt32(truncatingIfNeeded: bits))
        case .bool: bits & 0xFF == 0 ? 0 : 1
        default: Int(Int64(bitPattern: bits))
        }
    }
}
