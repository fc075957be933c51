/// Limits that protect the reader from hostile or absurd files.
///
/// Images over the size limits are refused before any pixel memory is
/// allocated; the chunk limits go to libpng (`png_set_chunk_cache_max`,
/// `png_set_chunk_malloc_max`).
public struct PNGLimits: Equatable, Sendable {
    /// Most pixels a side, horizontally.
    public var maxWidth: Int
    /// Most pixels a side, vertically.
    public var maxHeight: Int
    /// Most pixels in all (width times height).
    public var maxPixels: Int
    /// Most ancillary chunks (text, unknown) libpng keeps; later ones are skipped.
    public var maxAncillaryChunks: Int
    /// Most bytes libpng allocates for one ancillary chunk's decompressed data
    /// (zTXt, compressed iTXt, iCCP); a larger one is skipped, which defuses
    /// compression bombs.
    public var maxChunkBytes: Int

    /// Makes limits; each defaults to the value of ``standard``.
    public init(
        maxWidth: Int = 16384, maxHeight: Int = 16384, maxPixels: Int = 128_000_000,
        maxAncillaryChunks: Int = 1000, maxChunkBytes: Int = 8 << 20
    ) {
        self.maxWidth = maxWidth
        self.maxHeight = maxHeight
        self.maxPixels = maxPixels
        self.maxAncillaryChunks = maxAncillaryChunks
        self.maxChunkBytes = maxChunkBytes
    }

    /// 16384 pixels a side, 128 megapixels, 1000 ancillary chunks of at most 8 MiB.
    public static let standard = PNGLimits()

    /// Whether an image of this size is within the limits.
    public func admits(width: Int, height: Int) -> Bool {
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        return width <= maxWidth && height <= maxHeight && !overflow && pixels <= maxPixels
    }

    /// The limits in words, for error messages.
    var summary: String {
        "\(maxWidth) x \(maxHeight) pixels and \(maxPixels) pixels in all"
    }
}
