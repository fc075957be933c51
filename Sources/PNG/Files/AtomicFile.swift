import Foundation

/// Writes a file so that readers see either the old contents or the new ones.
///
/// The bytes go to a temporary file in the destination's folder, are synced,
/// and the temporary file is renamed over the destination. Any failure
/// removes the temporary file and leaves the destination as it was.
enum AtomicFile {
    /// Replaces the file at `path` with `bytes` (mode 0644).
    static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var template = Array("\(folder)/.\(url.lastPathComponent).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw PNGEncodingError.cannotCreateFile(path: path, reason: String(cString: strerror(errno)))
        }
        let temporary = String(cString: template)
        do {
            try writeAll(bytes, to: descriptor, path: path)
            guard fchmod(descriptor, 0o644) == 0, fsync(descriptor) == 0 else { throw failure(path) }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path)
                }
                offset += written
            }
        }
    }

    private static func failure(_ path: String) -> PNGEncodingError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}
