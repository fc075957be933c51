/// How `padded` fills the added border of an image.
public enum PaddingMode: Equatable, Sendable {
    /// Every added value is this constant (`.constant(0)` is zero padding).
    case constant(Float)
    /// Mirror without repeating the edge: `d c b | a b c d | c b a` (padding
    /// must be smaller than the image).
    case reflect
    /// Repeat the edge value: `a a | a b c d | d d`.
    case replicate

    /// Zero padding.
    public static let zero = PaddingMode.constant(0)

    /// The source index for index `i` of a padded axis of length `extent`
    /// (already shifted by the leading padding), or −1 for a constant value.
    @inline(__always)
    func sourceIndex(_ i: Int, extent: Int) -> Int {
        if i >= 0 && i < extent { return i }
        switch self {
        case .constant: return -1
        case .replicate: return i < 0 ? 0 : extent - 1
        case .reflect:
            guard extent > 1 else { return 0 }
            let period = 2 * (extent - 1)
            var folded = i % period
            if folded < 0 { folded += period }
            return folded < extent ? folded : period - folded
        }
    }
}
