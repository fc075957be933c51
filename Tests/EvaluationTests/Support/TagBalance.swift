import Foundation

/// A strict well-formedness check of XHTML-compatible text (Foundation's
/// XMLParser on Linux accepts unclosed elements): every element closed in
/// order or self-closed, attribute values double-quoted, `&` only in the
/// five XML entities or numeric references, no stray `<` or `>`.
enum TagBalance {
    /// nil when `text` is well-formed, else what is wrong and where.
    static func problem(in text: String) -> String? {
        let characters = Array(text.unicodeScalars)
        var stack: [String] = []
        var index = 0
        func word(from start: Int) -> String {
            var end = start
            while end < characters.count, characters[end].properties.isAlphabetic || "0123456789-:".unicodeScalars.contains(characters[end]) {
                end += 1
            }
            return String(String.UnicodeScalarView(characters[start..<end]))
        }
        while index < characters.count {
            let character = characters[index]
            if character == ">" { return "stray '>' at \(index)" }
            if character == "&" {
                let rest = String(String.UnicodeScalarView(characters[index..<Swift.min(index + 10, characters.count)]))
                guard rest.range(of: "^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);", options: .regularExpression) != nil else {
                    return "bad character reference at \(index): \(rest)"
                }
            }
            guard character == "<" else { index += 1; continue }
            guard let close = characters[index...].firstIndex(of: ">") else { return "unterminated tag at \(index)" }
            let tag = String(String.UnicodeScalarView(characters[(index + 1)..<close]))
            if tag.hasPrefix("!DOCTYPE") {
                index = close + 1
                continue
            }
            if tag.hasPrefix("/") {
                let name = word(from: index + 2)
                guard stack.last == name else { return "</\(name)> at \(index) closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else {
                let name = word(from: index + 1)
                guard !name.isEmpty else { return "stray '<' at \(index)" }
                let attributes = tag.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
                let body = attributes.hasSuffix("/") ? String(attributes.dropLast()) : attributes
                let pattern = #"^(\s*[a-zA-Z][a-zA-Z0-9:-]*="[^"<]*")*\s*$"#
                guard body.range(of: pattern, options: .regularExpression) != nil else {
                    return "badly quoted attributes in <\(tag)> at \(index)"
                }
                if !attributes.hasSuffix("/") { stack.append(name) }
            }
            index = close + 1
        }
        return stack.isEmpty ? nil : "unclosed elements: \(stack.joined(separator: ", "))"
    }
}
