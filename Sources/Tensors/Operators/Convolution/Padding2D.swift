/// How many rows and columns to add on each side of an image, possibly
/// different on each side (as ONNX `pads`); an integer literal pads every side
/// equally (`padding: 1`).
public struct Padding2D: Equatable, Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// Rows added above the image.
    public var top: Int
    /// Columns added left of the image.
    public var left: Int
    /// Rows added below the image.
    public var bottom: Int
    /// Columns added right of the image.
    public var right: Int

    /// Per-side amounts.
    public init(top: Int, left: Int, bottom: Int, right: Int) {
        self.top = top
        self.left = left
        self.bottom = bottom
        self.right = right
    }

    /// `height` rows above and below, `width` columns left and right.
    public init(height: Int, width: Int) {
        self.init(top: height, left: width, bottom: height, right: width)
    }

    /// The same amount on every side.
    public init(_ all: Int) {
        self.init(top: all, left: all, bottom: all, right: all)
    }

    /// Padding from ONNX `pads` for a 2-D spatial operator:
    /// `[top, left, bottom, right]` (begin values of H and W, then end values).
    public init(onnxPads pads: [Int]) {
        precondition(pads.count == 4, "Padding2D(onnxPads:): expected 4 values [top, left, bottom, right], got \(pads)")
        self.init(top: pads[0], left: pads[1], bottom: pads[2], right: pads[3])
    }

    /// The same amount on every side, from a literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// No padding.
    public static let zero = Padding2D(0)

    /// The padding that makes a strided window cover the whole image with
    /// ⌈size / stride⌉ outputs per axis (ONNX `auto_pad` SAME_UPPER, or
    /// SAME_LOWER when `extraBefore`: an odd total puts the extra row and
    /// column after, or before).
    public static func same(
        height: Int, width: Int, kernel: Size2D, stride: Size2D = 1, dilation: Size2D = 1, extraBefore: Bool = false
    ) -> Padding2D {
        func split(_ size: Int, _ kernel: Int, _ stride: Int, _ dilation: Int) -> (Int, Int) {
            let outputs = (size + stride - 1) / stride
            let total = Swift.max(0, (outputs - 1) * stride + dilation * (kernel - 1) + 1 - size)
            let small = total / 2
            return extraBefore ? (total - small, small) : (small, total - small)
        }
        let (top, bottom) = split(height, kernel.height, stride.height, dilation.height)
        let (left, right) = split(width, kernel.width, stride.width, dilation.width)
        return Padding2D(top: top, left: left, bottom: bottom, right: right)
    }

    /// Total rows added (top + bottom).
    public var vertical: Int { top + bottom }
    /// Total columns added (left + right).
    public var horizontal: Int { left + right }

    /// Whether no side is negative.
    public var isNonNegative: Bool { top >= 0 && left >= 0 && bottom >= 0 && right >= 0 }

    /// `(top, left, bottom, right)`.
    public var description: String { "(top \(top), left \(left), bottom \(bottom), right \(right))" }
}
