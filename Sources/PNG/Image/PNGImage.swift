/// A decoded PNG: its size, channel layout, samples and metadata.
///
/// Samples are interleaved (`R G B R G B ...` for ``PNGChannelLayout/rgb``),
/// row after row from the top, without padding. Read one with
/// ``init(contentsOf:bitDepth:limits:)``, write one with ``write(to:interlaced:)``.
public struct PNGImage: Equatable, Sendable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// The channels of each pixel.
    public var layout: PNGChannelLayout
    /// The samples, `width * height * layout.channelCount` of them.
    public var samples: PNGSamples
    /// Text chunks (tEXt, zTXt, iTXt) in file order.
    public var text: [PNGTextChunk]
    /// The pHYs chunk: how many pixels make a metre, for printing at a known size.
    public var physicalSize: PNGPhysicalSize?

    /// Bits per sample.
    public var bitDepth: PNGBitDepth { samples.bitDepth }

    /// Makes an image; `samples` must hold `width * height * layout.channelCount` values.
    public init(
        width: Int, height: Int, layout: PNGChannelLayout, samples: PNGSamples,
        text: [PNGTextChunk] = [], physicalSize: PNGPhysicalSize? = nil
    ) {
        precondition(width >= 0 && height >= 0, "image size must not be negative")
        precondition(
            samples.count == width * height * layout.channelCount,
            "\(width)x\(height) \(layout.rawValue) needs \(width * height * layout.channelCount) samples, "
                + "got \(samples.count)")
        self.width = width
        self.height = height
        self.layout = layout
        self.samples = samples
        self.text = text
        self.physicalSize = physicalSize
    }
}
