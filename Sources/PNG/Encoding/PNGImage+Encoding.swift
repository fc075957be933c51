extension PNGImage {
    /// The PNG bytes of this image, with its text chunks and pHYs.
    ///
    /// - Parameters:
    ///   - interlaced: write Adam7 interlaced.
    ///   - compressionLevel: zlib level 0-9; nil for zlib's default (6).
    /// - Throws: ``PNGEncodingError``.
    public func encoded(interlaced: Bool = false, compressionLevel: Int? = nil) throws -> [UInt8] {
        try PNGEncoder(destination: "<memory>").encode(self, interlaced: interlaced, compressionLevel: compressionLevel)
    }

    /// Writes this image to `path` atomically: a temporary file in the same
    /// folder is renamed over `path` only once it is complete, so a failure
    /// leaves no partial file and the old file, if any, untouched.
    ///
    /// - Throws: ``PNGEncodingError``.
    public func write(to path: String, interlaced: Bool = false, compressionLevel: Int? = nil) throws {
        let bytes = try PNGEncoder(destination: path).encode(
            self, interlaced: interlaced, compressionLevel: compressionLevel)
        try AtomicFile.write(bytes, to: path)
    }
}
