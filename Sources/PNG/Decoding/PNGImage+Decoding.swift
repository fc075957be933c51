extension PNGImage {
    /// Reads the PNG file at `path`.
    ///
    /// Every valid PNG is accepted: bit depths 1-16, all colour types, Adam7.
    /// Palettes expand to RGB, tRNS to an alpha channel, and samples come out
    /// unscaled (no gamma correction) at `bitDepth`: low depths are scaled up
    /// by bit replication, 16 to 8 rounds to nearest. Nil keeps 16-bit files
    /// at 16 bits and reads the rest at 8.
    ///
    /// - Throws: ``PNGDecodingError``, naming `path`.
    public init(contentsOf path: String, bitDepth: PNGBitDepth? = nil, limits: PNGLimits = .standard) throws {
        let decoder = PNGDecoder(source: path, limits: limits)
        let bytes = try FileBytes.read(path, checkStart: decoder.refuseClaimedSize)
        self = try decoder.image(from: bytes, bitDepth: bitDepth)
    }

    /// Decodes PNG bytes held in memory; see ``init(contentsOf:bitDepth:limits:)``.
    ///
    /// - Parameter source: the name errors give the data.
    public init(
        decoding bytes: [UInt8], source: String = "<memory>", bitDepth: PNGBitDepth? = nil,
        limits: PNGLimits = .standard
    ) throws {
        self = try PNGDecoder(source: source, limits: limits).image(from: bytes, bitDepth: bitDepth)
    }
}
