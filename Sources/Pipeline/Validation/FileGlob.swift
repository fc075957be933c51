import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Shell-style file patterns (`SampleImages/signs/*/*.png`).
enum FileGlob {
    /// The files matching `pattern`, sorted; empty when none match.
    static func matches(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }.sorted()
    }
}
