import Foundation

/// The files an installed Debian package owns, as `dpkg-query -L` lists them.
enum DebianPackageFiles {
    /// The paths `package` installed, or `[]` when it is not installed or
    /// dpkg is not available.
    static func list(_ package: String) -> [String] {
        let dpkgQuery = "/usr/bin/dpkg-query"
        guard FileManager.default.isExecutableFile(atPath: dpkgQuery) else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dpkgQuery)
        process.arguments = ["-L", package]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return [] }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
