import Foundation

/// Why `perturb patch` cannot run, with what to do.
enum PatchCommandError: Error, LocalizedError {
    /// An image pattern matched no file.
    case noMatches(pattern: String, option: String)
    /// The settings file is not valid patch settings.
    case badSettings(file: String, reason: String)

    var errorDescription: String? {
        switch self {
        case .noMatches(let pattern, let option):
            return "\(option) '\(pattern)' matches no file. Check the pattern, and quote it so the shell passes it on."
        case .badSettings(let file, let reason):
            return "\(file): not valid patch settings: \(reason). See `perturb patch --help` for the keys."
        }
    }
}
