/// The interleaved samples of an image, row by row, at one bit depth.
public enum PNGSamples: Equatable, Sendable {
    /// 8-bit samples.
    case eight([UInt8])
    /// 16-bit samples, in host byte order.
    case sixteen([UInt16])

    /// The bit depth of the samples.
    public var bitDepth: PNGBitDepth {
        switch self {
        case .eight: .eight
        case .sixteen: .sixteen
        }
    }

    /// The number of samples.
    public var count: Int {
        switch self {
        case .eight(let samples): samples.count
        case .sixteen(let samples): samples.count
        }
    }
}
