/// What a PNG file says about itself: its header, text chunks and pHYs.
public struct PNGInfo: Equatable, Sendable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// Bits per sample (or per palette index) in the file: 1, 2, 4, 8 or 16.
    public var bitDepth: Int
    /// The colour type in the file.
    public var colorType: PNGColorType
    /// Whether the image is Adam7 interlaced.
    public var interlaced: Bool
    /// Whether a tRNS chunk gives transparency (decoding turns it into alpha).
    public var hasTransparency: Bool
    /// Text chunks (tEXt, zTXt, iTXt) in file order.
    public var text: [PNGTextChunk]
    /// The pHYs chunk, if any.
    public var physicalSize: PNGPhysicalSize?

    /// Samples per pixel as stored (a palette index counts as one).
    public var channels: Int { colorType.channelCount }

    /// The layout of decoded pixels: palettes become RGB, tRNS becomes alpha.
    public var decodedLayout: PNGChannelLayout {
        PNGChannelLayout(
            color: colorType == .rgb || colorType == .rgba || colorType == .palette,
            alpha: colorType == .grayAlpha || colorType == .rgba || hasTransparency)
    }

    /// The bit depth decoding gives when the caller does not choose: 16 for
    /// 16-bit files, 8 for the rest.
    public var naturalBitDepth: PNGBitDepth { bitDepth == 16 ? .sixteen : .eight }
}
