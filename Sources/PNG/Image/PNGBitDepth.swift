/// Bits per sample of a decoded or encoded ``PNGImage``.
public enum PNGBitDepth: Int, CaseIterable, Codable, Sendable {
    /// Samples are `UInt8`, 0...255.
    case eight = 8
    /// Samples are `UInt16`, 0...65535.
    case sixteen = 16
}
