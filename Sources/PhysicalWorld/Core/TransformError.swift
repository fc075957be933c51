import Foundation

/// Everything that can go wrong when decoding, validating, sampling or
/// replaying physical-world transforms. Each message says what was expected,
/// what was found, where, and what to do.
public enum TransformError: LocalizedError, Equatable {
    /// A value of the spec is out of range or malformed.
    case invalidValue(path: String, expected: String, found: String, advice: String)
    /// The spec names a transform that does not exist.
    case unknownTransform(path: String, name: String, nearest: String?)
    /// A preset name that does not exist.
    case unknownPreset(name: String, nearest: String?)
    /// A batch whose shape the transforms cannot handle.
    case invalidImages(expected: String, found: [Int])
    /// A record that does not fit the distribution or the images it replays.
    case recordMismatch(path: String, expected: String, found: String)
    /// libjpeg-turbo reported an error.
    case jpegCodec(operation: String, message: String)

    /// The message, naming what was expected, what was found, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .invalidValue(let path, let expected, let found, let advice):
            return "\(path): expected \(expected), found \(found); \(advice)."
        case .unknownTransform(let path, let name, let nearest):
            let hint = nearest.map { " Did you mean \"\($0)\"?" } ?? ""
            return "\(path): unknown transform \"\(name)\"; expected one of "
                + "\(TransformCatalogue.names.joined(separator: ", ")).\(hint)"
        case .unknownPreset(let name, let nearest):
            let hint = nearest.map { " Did you mean \"\($0)\"?" } ?? ""
            return "unknown transform preset \"\(name)\"; expected one of "
                + "\(TransformPreset.allCases.map(\.rawValue).joined(separator: ", ")).\(hint)"
        case .invalidImages(let expected, let found):
            return "images: expected \(expected), found shape \(found); convert the images to an N,C,H,W batch in [0, 1]."
        case .recordMismatch(let path, let expected, let found):
            return "\(path): the record does not fit: expected \(expected), found \(found); "
                + "replay a record with the distribution and the images it was sampled for."
        case .jpegCodec(let operation, let message):
            return "JPEG \(operation) failed in libjpeg-turbo: \(message); check the image size (at least 1×1) and quality (1–100)."
        }
    }
}
