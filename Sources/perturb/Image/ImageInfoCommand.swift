import ArgumentParser
import Foundation
import PNG

/// `perturb image info FILE [--json]`: prints what a PNG says about itself.
struct ImageInfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Print a PNG's size, channels, bit depth, colour type, interlace and text chunks."
    )

    @Argument(help: "The PNG file.")
    var file: String

    @Flag(help: "Print one JSON object (keys: width, height, channels, bitDepth, colorType, interlaced, text).")
    var json = false

    func run() throws {
        try CommandOutput.reportingFailure {
            let info = try PNGInfo(contentsOf: file)
            print(json ? try Self.json(info) : Self.text(info, file: file))
        }
    }

    /// The human-readable report: a summary line, then one line per text chunk.
    static func text(_ info: PNGInfo, file: String) -> String {
        var summary = "\(file): \(info.width) x \(info.height), \(info.colorType.name), \(info.bitDepth)-bit, "
            + "\(info.channels) channel\(info.channels == 1 ? "" : "s"), "
            + (info.interlaced ? "Adam7 interlaced" : "not interlaced")
        if info.hasTransparency { summary += ", tRNS transparency" }
        if let dotsPerInch = info.physicalSize?.dotsPerInch { summary += String(format: ", %.0f dpi", dotsPerInch) }
        let lines = info.text.map { chunk in
            "  \(chunk.kind.chunkType) \(chunk.keyword): " + chunk.text.replacingOccurrences(of: "\n", with: "\\n")
        }
        return ([summary] + lines).joined(separator: "\n")
    }

    /// The JSON report, keys sorted.
    static func json(_ info: PNGInfo) throws -> String {
        let report = ImageInfoReport(
            width: info.width, height: info.height, channels: info.channels, bitDepth: info.bitDepth,
            colorType: info.colorType.name, interlaced: info.interlaced,
            text: info.text.map { ImageInfoReport.Text(keyword: $0.keyword, text: $0.text, chunk: $0.kind.chunkType) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
