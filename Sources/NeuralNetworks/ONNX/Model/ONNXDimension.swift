/// One dimension of a declared ONNX value shape.
public enum ONNXDimension: Equatable, Sendable, CustomStringConvertible {
    /// A fixed size.
    case fixed(Int)
    /// A named size chosen at run time, such as `batch`.
    case symbolic(String)
    /// A size the model does not state.
    case unknown

    /// The fixed size, or `nil` for symbolic and unknown dimensions.
    public var fixedSize: Int? {
        if case .fixed(let size) = self { return size }
        return nil
    }

    /// The size, its name, or `?`.
    public var description: String {
        switch self {
        case .fixed(let size): String(size)
        case .symbolic(let name): name
        case .unknown: "?"
        }
    }
}
