/// How a Pad node fills the border.
public enum PadMode: String, CaseIterable, Sendable {
    /// With a constant (the optional third input, default 0).
    case constant
    /// By mirroring the values next to the border, without repeating the edge.
    case reflect
    /// By repeating the edge value.
    case edge
}
