import Foundation

/// Why training, its spec or its checkpoint failed.
public enum TrainingError: Error, Equatable, LocalizedError {
    /// The spec file could not be read.
    case unreadableSpec(file: String, reason: String)
    /// The spec is not valid JSON.
    case invalidJSON(file: String, reason: String)
    /// The spec has a key the schema does not define.
    case unknownKey(file: String, path: String, key: String, suggestion: String?)
    /// A spec value has the wrong JSON type.
    case wrongType(file: String, path: String, expected: String)
    /// A spec value is missing or out of range.
    case invalidValue(file: String, path: String, reason: String)
    /// The checkpoint file could not be read or decoded.
    case unreadableCheckpoint(file: String, reason: String)
    /// `--resume` was asked for but there is nothing to resume from.
    case nothingToResume(reason: String)
    /// The checkpoint does not fit the model or the run.
    case checkpointMismatch(file: String, reason: String)
    /// A checkpoint or model could not be written.
    case unwritableFile(file: String, reason: String)

    /// What went wrong, where, and what to do.
    public var errorDescription: String? {
        switch self {
        case .unreadableSpec(let file, let reason):
            "cannot read the training spec \(file) (\(reason)); check the path."
        case .invalidJSON(let file, let reason):
            "the training spec \(file) is not valid JSON: \(reason)"
        case .unknownKey(let file, let path, let key, let suggestion):
            "\(file): unknown key '\(key)' in \(path)"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; remove it")
        case .wrongType(let file, let path, let expected):
            "\(file): \(path) must be \(expected)"
        case .invalidValue(let file, let path, let reason):
            "\(file): \(path) \(reason)"
        case .unreadableCheckpoint(let file, let reason):
            "cannot read the checkpoint \(file) (\(reason)); delete it to start afresh, or run without --resume."
        case .nothingToResume(let reason):
            "cannot resume: \(reason); run without --resume to start afresh."
        case .checkpointMismatch(let file, let reason):
            "the checkpoint \(file) does not fit this run: \(reason); delete it to start afresh."
        case .unwritableFile(let file, let reason):
            "cannot write \(file) (\(reason)); check that its folder is writable."
        }
    }
}
