/// A height and width pair for kernel sizes, strides, dilations and output
/// paddings; an integer literal sets both (`stride: 2`).
public struct Size2D: Equatable, Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The extent along the image rows (H).
    public var height: Int
    /// The extent along the image columns (W).
    public var width: Int

    /// A pair with the given height and width.
    public init(height: Int, width: Int) {
        self.height = height
        self.width = width
    }

    /// A pair with equal height and width.
    public init(_ both: Int) {
        self.init(height: both, width: both)
    }

    /// A pair from a two-value list `[height, width]`, as ONNX `kernel_shape`,
    /// `strides` and `dilations` give it.
    public init(_ values: [Int]) {
        precondition(values.count == 2, "Size2D: expected 2 values [height, width], got \(values)")
        self.init(height: values[0], width: values[1])
    }

    /// A pair with equal height and width, from a literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// `HxW`.
    public var description: String { "\(height)x\(width)" }
}
