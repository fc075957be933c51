import Foundation
import StrictCoding

/// Why a pipeline could not be read, validated or run. Each message says
/// where (file, JSON path, stage), what was expected and found, and what to do.
public enum PipelineError: LocalizedError, Equatable {
    /// The spec has problems; every one is listed.
    case invalidSpec(file: String, issues: [SpecIssue])
    /// A file could not be read.
    case unreadableFile(path: String, advice: String)
    /// A file could not be written.
    case unwritableFile(path: String, reason: String)
    /// A stage failed while running.
    case stageFailed(stage: String, reason: String)
    /// `--resume` found outputs of another spec.
    case resumeMismatch(directory: String, reason: String)

    /// The message; for an invalid spec, one line per problem.
    public var errorDescription: String? {
        switch self {
        case .invalidSpec(let file, let issues):
            let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
            return "\(file): \(count):\n" + issues.map { "  \($0.description)" }.joined(separator: "\n")
        case .unreadableFile(let path, let advice):
            return "cannot read \(path); \(advice)."
        case .unwritableFile(let path, let reason):
            return "cannot write \(path) (\(reason)); check that its folder is writable."
        case .stageFailed(let stage, let reason):
            return "\(stage) failed: \(reason)"
        case .resumeMismatch(let directory, let reason):
            return "cannot resume in \(directory): \(reason); run without --resume or choose another --out."
        }
    }
}
