import Foundation

/// Writes output files atomically (a temporary file, then a rename), so a
/// killed run never leaves a half-written file.
enum OutputFiles {
    /// Writes `data` to `path` atomically, creating its folder.
    static func write(_ data: Data, to path: String) throws {
        try createDirectory((path as NSString).deletingLastPathComponent)
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw PipelineError.unwritableFile(path: path, reason: error.localizedDescription)
        }
    }

    /// Creates a folder and its parents.
    static func createDirectory(_ path: String) throws {
        guard !path.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw PipelineError.unwritableFile(path: path, reason: error.localizedDescription)
        }
    }

    /// Pretty-printed JSON with sorted keys; infinities and NaN as strings.
    static func json<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(value)
    }
}
