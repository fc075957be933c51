import Foundation

/// Reads whole files with POSIX calls, so each failure has its own errno.
enum FileBytes {
    /// The contents of the file at `path`. `checkStart` sees the first bytes
    /// read (at least 24 unless the file is shorter) before the rest is read,
    /// so a header that claims too much can stop a huge read early.
    static func read(_ path: String, checkStart: ([UInt8]) throws -> Void) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw PNGDecodingError.fileNotFound(path: path) }
            throw PNGDecodingError.unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw PNGDecodingError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw PNGDecodingError.unreadable(path: path, reason: "not a regular file")
        }
        var bytes = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var checked = false
        while true {
            if !checked && (bytes.count >= 24 || bytes.count == Int(status.st_size)) {
                try checkStart(bytes)
                checked = true
                bytes.reserveCapacity(Int(status.st_size))
            }
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 {
                if !checked { try checkStart(bytes) }
                return bytes
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw PNGDecodingError.unreadable(path: path, reason: String(cString: strerror(errno)))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}
