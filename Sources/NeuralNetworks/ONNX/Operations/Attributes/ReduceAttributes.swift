/// The attributes of a ReduceMean node.
public struct ReduceAttributes: Equatable, Sendable {
    /// The axes reduced, from the attribute (opsets before 18); `nil` when
    /// absent: then the optional second input (opset 18) or all axes apply.
    public var axes: [Int]?
    /// Whether reduced axes stay as size 1.
    public var keepDims: Bool
    /// Opset 18: with no axes given, return the input instead of reducing all.
    public var noopWithEmptyAxes: Bool

    /// Creates reduce attributes; the defaults are those of ONNX.
    public init(axes: [Int]? = nil, keepDims: Bool = true, noopWithEmptyAxes: Bool = false) {
        self.axes = axes
        self.keepDims = keepDims
        self.noopWithEmptyAxes = noopWithEmptyAxes
    }
}
