import ArgumentParser
import Foundation

/// How subcommands write errors, warnings and JSON.
enum CommandOutput {
    /// Runs a command's work; any error it throws is written as one line
    /// `error: MESSAGE` on stderr and the command exits with status 1.
    /// Argument errors (`ValidationError`) and explicit exit codes pass
    /// through to ArgumentParser, which prints the usage with them.
    static func reportingFailure<Result>(_ body: () throws -> Result) throws -> Result {
        do {
            return try body()
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch {
            printLine("error: " + error.localizedDescription)
            throw ExitCode.failure
        }
    }

    /// Writes `warning: MESSAGE` as one line on stderr.
    static func printWarning(_ message: String) {
        printLine("warning: " + message)
    }

    /// Writes a progress line on stderr (stdout stays for results).
    static func printProgress(_ message: String) {
        printLine(message)
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
