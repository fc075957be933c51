import Foundation

/// Why a PNG could not be read. Each case names the file (or `<memory>`).
public enum PNGDecodingError: Error, Equatable, LocalizedError {
    /// No file at this path.
    case fileNotFound(path: String)
    /// The file exists but cannot be read (permissions, a folder, an I/O error).
    case unreadable(path: String, reason: String)
    /// The data does not start with the PNG signature and does not look like a PNG at all.
    case notPNG(source: String, firstBytes: String)
    /// The signature is damaged: `PNG` is there but other bytes differ (often a
    /// transfer in text mode that rewrote line endings).
    case damagedSignature(source: String, firstBytes: String)
    /// The data ends before the image does.
    case truncated(source: String, detail: String)
    /// A chunk's CRC does not match its contents.
    case checksumMismatch(source: String, chunk: String)
    /// The IHDR chunk holds impossible values (zero width, bad bit depth, ...).
    case invalidHeader(source: String, detail: String)
    /// The compressed image data is corrupt.
    case corruptImageData(source: String, detail: String)
    /// The image is larger than the reader's ``PNGLimits``.
    case tooLarge(source: String, width: Int, height: Int, limit: String)
    /// libpng refused the file for another reason.
    case malformed(source: String, detail: String)
    /// Memory ran out while decoding.
    case outOfMemory(source: String)

    /// One line: what was expected, what was found, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .fileNotFound(let path):
            "\(path): no such file; check the path."
        case .unreadable(let path, let reason):
            "\(path): cannot read the file (\(reason)); check that it is a readable file."
        case .notPNG(let source, let firstBytes):
            "\(source): expected a PNG file, found data starting with \(firstBytes); convert it to PNG first."
        case .damagedSignature(let source, let firstBytes):
            "\(source): the PNG signature is damaged (found \(firstBytes), expected 89 50 4E 47 0D 0A 1A 0A); "
                + "the file was probably copied in text mode, copy it again as binary."
        case .truncated(let source, let detail):
            "\(source): the PNG is truncated (\(detail)); the file is incomplete, copy or download it again."
        case .checksumMismatch(let source, let chunk):
            "\(source): the CRC of the \(chunk) chunk does not match its contents; the file is corrupt, "
                + "copy or download it again."
        case .invalidHeader(let source, let detail):
            "\(source): the PNG header (IHDR) is invalid: \(detail); the file is corrupt or not made by a PNG writer."
        case .corruptImageData(let source, let detail):
            "\(source): the compressed image data is corrupt (\(detail)); the file is damaged, "
                + "copy or download it again."
        case .tooLarge(let source, let width, let height, let limit):
            "\(source): the image is \(width) x \(height) pixels, over the limit of \(limit); "
                + "raise the limits (PNGLimits) only for files you trust."
        case .malformed(let source, let detail):
            "\(source): libpng cannot read this PNG: \(detail); the file is malformed."
        case .outOfMemory(let source):
            "\(source): ran out of memory while decoding; free memory or use a smaller image."
        }
    }
}
