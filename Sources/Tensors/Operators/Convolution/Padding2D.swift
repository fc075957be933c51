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

    /// The same amount on every side, from a literal.
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// No padding.
    public static let zero = Padding2D(0)

    /// Total rows added (top + bottom).
    public var vertical: Int { top + bottom }
    /// Total columns added (left + right).
    public var horizontal: Int { left + right }

    /// Whether no side is negative.
    public var isNonNegative: Bool { top >= 0 && left >= 0 && bottom >= 0 && right >= 0 }

    /// `(top, left, bottom, right)`.
    public var description: String { "(top \(top), left \(left), bottom \(bottom), right \(right))" }
}
