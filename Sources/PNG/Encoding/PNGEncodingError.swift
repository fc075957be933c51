import Foundation

/// Why a PNG could not be encoded or written. Nothing is written when one is thrown.
public enum PNGEncodingError: Error, Equatable, LocalizedError {
    /// A text chunk cannot be stored as asked.
    case invalidText(keyword: String, reason: String)
    /// libpng refused the image (for example a zero width); `destination` is the file or `<memory>`.
    case encoderFailed(destination: String, detail: String)
    /// Memory ran out while encoding.
    case outOfMemory(destination: String)
    /// No temporary file can be made next to the destination (missing or read-only folder).
    case cannotCreateFile(path: String, reason: String)
    /// Writing, syncing or renaming the temporary file failed (for example a full disk).
    case cannotWrite(path: String, reason: String)

    /// One line: what was expected, what was found, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .invalidText(let keyword, let reason):
            "text chunk \"\(keyword)\": \(reason)."
        case .encoderFailed(let destination, let detail):
            "\(destination): libpng cannot encode this image: \(detail); check the image size and metadata."
        case .outOfMemory(let destination):
            "\(destination): ran out of memory while encoding; free memory or write a smaller image."
        case .cannotCreateFile(let path, let reason):
            "\(path): cannot create a file in its folder (\(reason)); check that the folder exists and is writable."
        case .cannotWrite(let path, let reason):
            "\(path): writing failed (\(reason)); the old file, if any, is unchanged. Check free space and permissions."
        }
    }
}
