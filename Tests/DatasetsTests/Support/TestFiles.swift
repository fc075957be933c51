import CZlib
import Foundation

/// Scratch files for reader tests, written into a fresh temporary directory.
struct TestFiles {
    /// The directory the files go into.
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "perturb-datasets-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// The path of `name` in the directory.
    func path(_ name: String) -> String { directory + "/" + name }

    /// Writes `bytes` uncompressed and returns the path.
    func write(_ bytes: [UInt8], to name: String) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    /// Writes `bytes` gzip-compressed through zlib and returns the path.
    func writeGzip(_ bytes: [UInt8], to name: String) throws -> String {
        guard let file = gzopen(path(name), "wb") else { throw CocoaError(.fileWriteUnknown) }
        let written = bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32($0.count)) }
        guard gzclose(file) == Z_OK, written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
        return path(name)
    }

    /// Removes the directory and everything in it.
    func remove() { try? FileManager.default.removeItem(atPath: directory) }
}

/// The bytes of an IDX file of unsigned bytes with the given dimensions.
func idxBytes(dimensions: [Int], values: [UInt8]) -> [UInt8] {
    var bytes: [UInt8] = [0, 0, 0x08, UInt8(dimensions.count)]
    for dimension in dimensions {
        bytes += [24, 16, 8, 0].map { UInt8((dimension >> $0) & 0xFF) }
    }
    return bytes + values
}
