import Foundation

/// Why `perturb patch` or `perturb sticker` cannot run, with what to do.
enum PatchCommandError: Error, LocalizedError {
    /// An image pattern matched no file.
    case noMatches(pattern: String, option: String)
    /// The settings file is not valid settings of `command` (patch or sticker).
    case badSettings(file: String, command: String, reason: String)

    var errorDescription: String? {
        switch self {
        case .noMatches(let pattern, let option):
            return "\(option) '\(pattern)' matches no file. Check the pattern, and quote it so the shell passes it on."
        case .badSettings(let file, let command, let reason):
            return "\(file): not valid \(command) settings: \(reason). See `perturb \(command) --help` for the keys."
        }
    }
}
