#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the image arguments of a command: each argument is a file or a
/// quoted glob pattern (`'out/signs/stop/*.png'`), matched in sorted order.
enum ImageFileList {
    /// The files, in argument order, each pattern's matches sorted; throws
    /// when a pattern matches nothing.
    static func expand(_ arguments: [String], option: String) throws -> [String] {
        try arguments.flatMap { argument -> [String] in
            guard argument.contains(where: { "*?[".contains($0) }) else { return [argument] }
            var matches = glob_t()
            defer { globfree(&matches) }
            guard glob(argument, 0, nil, &matches) == 0 else {
                throw PatchCommandError.noMatches(pattern: argument, option: option)
            }
            return (0..<Int(matches.gl_pathc)).compactMap { matches.gl_pathv[$0].map { String(cString: $0) } }.sorted()
        }
    }
}
