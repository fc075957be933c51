/// How a convolution or pooling derives its padding (`auto_pad`).
public enum AutoPad: String, CaseIterable, Sendable {
    /// Use the explicit `pads`.
    case notSet = "NOTSET"
    /// Pad so the output size is ceil(input / stride); extra padding at the end.
    case sameUpper = "SAME_UPPER"
    /// Like ``sameUpper`` with the extra padding at the start.
    case sameLower = "SAME_LOWER"
    /// No padding.
    case valid = "VALID"
}
