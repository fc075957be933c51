/// The element type of an ONNX tensor, with the codes of `TensorProto.DataType`.
public enum ONNXDataType: Int, CaseIterable, Sendable {
    case float = 1
    case uint8 = 2
    case int8 = 3
    case uint16 = 4
    case int16 = 5
    case int32 = 6
    case int64 = 7
    case string = 8
    case bool = 9
    case float16 = 10
    case double = 11
    case uint32 = 12
    case uint64 = 13
    case complex64 = 14
    case complex128 = 15
    case bfloat16 = 16

    /// The name ONNX uses for the type, such as `FLOAT16`.
    public var name: String {
        switch self {
        case .float: "FLOAT"
        case .uint8: "UINT8"
        case .int8: "INT8"
        case .uint16: "UINT16"
        case .int16: "INT16"
        case .int32: "INT32"
        case .int64: "INT64"
        case .string: "STRING"
        case .bool: "BOOL"
        case .float16: "FLOAT16"
        case .double: "DOUBLE"
        case .uint32: "UINT32"
        case .uint64: "UINT64"
        case .complex64: "COMPLEX64"
        case .complex128: "COMPLEX128"
        case .bfloat16: "BFLOAT16"
        }
    }

    /// Whether values of this type load as a float ``Tensor`` (converted to Float32).
    public var isFloatingPoint: Bool {
        switch self {
        case .float, .float16, .bfloat16, .double: true
        default: false
        }
    }

    /// Whether values of this type load as an ``IntegerTensor``.
    public var isInteger: Bool {
        switch self {
        case .uint8, .int8, .uint16, .int16, .int32, .int64, .bool, .uint32: true
        default: false
        }
    }

    /// The types Perturb reads, in code order, for error messages.
    public static var supported: [ONNXDataType] {
        allCases.filter { $0.isFloatingPoint || $0.isInteger }
    }

    /// A readable name for any data type code, known or not.
    static func describe(code: Int) -> String {
        ONNXDataType(rawValue: code).map { "\($0.name) (\(code))" } ?? "data type code \(code)"
    }
}
