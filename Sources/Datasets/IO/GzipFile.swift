import CZlib
import Foundation

/// Reads files that may be gzip-compressed, through zlib.
enum GzipFile {
    /// The whole decompressed content of the file at `path`. zlib reads
    /// uncompressed files unchanged, so plain IDX files work too.
    static func contents(of path: String) throws -> [UInt8] {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DatasetError.fileNotFound(path: path)
        }
        guard let file = gzopen(path, "rb") else {
            throw DatasetError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { gzclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32($0.count)) }
            if count < 0 { throw DatasetError.unreadable(path: path, reason: zlibMessage(file)) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<Int(count)])
        }
        var status: Int32 = 0
        _ = gzerror(file, &status)
        if status != Z_OK && status != Z_STREAM_END {
            throw DatasetError.unreadable(path: path, reason: zlibMessage(file))
        }
        return bytes
    }

    private static func zlibMessage(_ file: gzFile) -> String {
        var status: Int32 = 0
        guard let message = gzerror(file, &status) else { return "zlib error \(status)" }
        return "zlib: " + String(cString: message)
    }
}
