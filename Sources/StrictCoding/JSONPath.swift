/// JSON paths such as `stages[2].attack.eot.samples`, the way every spec
/// error names the place of the problem.
public enum JSONPath {
    /// The path of a decoder's coding path; `root` for the top level.
    public static func string(_ codingPath: [CodingKey], root: String = "$") -> String {
        guard !codingPath.isEmpty else { return root }
        return codingPath.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }
}
