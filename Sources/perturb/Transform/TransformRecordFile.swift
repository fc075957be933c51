import Foundation
import PhysicalWorld

/// Reads a `parameters.json` that `perturb transform` wrote, with errors
/// that name the file.
enum TransformRecordFile {
    /// Why a record file could not be used.
    struct ReadError: LocalizedError {
        let path: String
        let reason: String

        var errorDescription: String? {
            "\(path): \(reason); pass the parameters.json that `perturb transform` wrote."
        }
    }

    /// The record in `path`.
    static func read(_ path: String) throws -> TransformRecord {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReadError(path: path, reason: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        do {
            return try JSONDecoder().decode(TransformRecord.self, from: data)
        } catch let error as DecodingError {
            throw ReadError(path: path, reason: "not a transform record (\(Self.describe(error)))")
        } catch {
            throw ReadError(path: path, reason: error.localizedDescription)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context),
            .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : "at \(path): ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
