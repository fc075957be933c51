import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on stderr with figures and the time left (training
/// and pipeline stages); silent when stderr is not a terminal (logs get
/// per-epoch or per-stage lines instead).
public struct ProgressBar {
    private let total: Int
    private let title: String
    private let isEnabled: Bool
    private let start = Date()
    private var lastDrawn = Date.distantPast

    /// Whether stderr is a terminal, where a bar that redraws itself makes sense.
    public static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// A bar for `total` steps labelled `title`; `enabled` defaults to whether stderr is a terminal.
    public init(total: Int, title: String, enabled: Bool = standardErrorIsTerminal) {
        self.total = total
        self.title = title
        self.isEnabled = enabled
    }

    /// Redraws the bar (at most ten times a second) after `done` of the steps.
    public mutating func update(done: Int, startedAt first: Int, loss: Float, accuracy: Float) {
        update(done: done, startedAt: first, detail: String(format: "loss %.4f acc %.1f%%", loss, accuracy * 100))
    }

    /// Redraws the bar (at most ten times a second) after `done` of the
    /// steps, `first` of which were done before this run (resumed), with
    /// `detail` before the estimate of the time left.
    public mutating func update(done: Int, startedAt first: Int, detail: String) {
        guard isEnabled, done == total || Date().timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = Date()
        let width = 24, filled = width * done / max(total, 1)
        let elapsed = Date().timeIntervalSince(start)
        let perStep = elapsed / Double(max(done - first, 1))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "\r\(title) [\(bar)] \(done)/\(total) \(detail) ETA \(Self.duration(perStep * Double(total - done))) "
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    public func finish() {
        if isEnabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// `1h02m`, `3m05s` or `12s`.
    public static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        if total >= 3600 { return String(format: "%dh%02dm", total / 3600, total % 3600 / 60) }
        if total >= 60 { return String(format: "%dm%02ds", total / 60, total % 60) }
        return "\(total)s"
    }
}
