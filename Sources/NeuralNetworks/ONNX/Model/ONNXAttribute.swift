/// The value of one node attribute, as stored in the model.
public enum ONNXAttribute: Equatable {
    /// A single float (`f`).
    case float(Float)
    /// A single integer (`i`).
    case int(Int)
    /// A UTF-8 string (`s`).
    case string(String)
    /// A tensor (`t`).
    case tensor(ONNXTensor)
    /// A list of floats.
    case floats([Float])
    /// A list of integers.
    case ints([Int])
    /// A list of UTF-8 strings.
    case strings([String])

    /// The ONNX attribute type name (`FLOAT`, `INTS`, ...), for messages.
    public var typeName: String {
        switch self {
        case .float: "FLOAT"
        case .int: "INT"
        case .string: "STRING"
        case .tensor: "TENSOR"
        case .floats: "FLOATS"
        case .ints: "INTS"
        case .strings: "STRINGS"
        }
    }
}
