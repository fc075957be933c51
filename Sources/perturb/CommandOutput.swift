import Foundation

/// How subcommands write errors, warnings and JSON.
enum CommandOutput {
    /// Writes `error: MESSAGE` as one line on stderr.
    static func printError(_ error: Error) {
        printLine("error: " + error.localizedDescription)
    }

    /// Writes `warning: MESSAGE` as one line on stderr.
    static func printWarning(_ message: String) {
        printLine("warning: " + message)
    }

    /// Pretty-printed JSON with sorted keys; infinities and NaN (a PSNR of an
    /// unchanged image) as the strings "Infinity", "-Infinity" and "NaN".
    static func json<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private static func printLine(_ text: String) {
        let line = text.replacingOccurrences(of: "\n", with: " ") + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
