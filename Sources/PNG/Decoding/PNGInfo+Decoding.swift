extension PNGInfo {
    /// Reads the header, text chunks and pHYs of the PNG file at `path`.
    ///
    /// The image data is decoded (one row at a time) and dropped, so a
    /// corrupt file fails here too and text stored after the pixels is found.
    ///
    /// - Throws: ``PNGDecodingError``, naming `path`.
    public init(contentsOf path: String, limits: PNGLimits = .standard) throws {
        let decoder = PNGDecoder(source: path, limits: limits)
        let bytes = try FileBytes.read(path, checkStart: decoder.refuseClaimedSize)
        self = try decoder.info(of: bytes)
    }

    /// Reads the header, text chunks and pHYs of PNG bytes held in memory.
    public init(decoding bytes: [UInt8], source: String = "<memory>", limits: PNGLimits = .standard) throws {
        self = try PNGDecoder(source: source, limits: limits).info(of: bytes)
    }
}
