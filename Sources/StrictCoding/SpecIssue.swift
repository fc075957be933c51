import Foundation

/// One problem of a spec: where it is (a JSON path) and what is wrong, in a
/// sentence that says what was expected, what was found and what to do.
public struct SpecIssue: Error, Equatable, Sendable, CustomStringConvertible {
    /// The JSON path of the problem (`$` for the whole spec).
    public let path: String
    /// The problem and the advice, without the path.
    public let message: String

    /// An issue at `path`.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// The issue a decoding error describes: unknown keys, wrong types,
    /// missing keys and bad values each say what was expected and found.
    /// Other errors keep their own message, placed at `codingPath`.
    public init(_ error: Error, at codingPath: [CodingKey] = []) {
        switch error {
        case let error as SpecIssue:
            self = error
        case let error as UnknownKeyError:
            let hint = error.suggestion.map { "; did you mean \"\($0)\"?" } ?? "; remove it"
            self.init(
                path: error.path,
                message: "unknown key \"\(error.key)\" (expected one of \(error.allowed.joined(separator: ", ")))\(hint)")
        case DecodingError.typeMismatch(let type, let context):
            self.init(
                path: JSONPath.string(context.codingPath),
                message: "expected \(SpecValue.describe(type)), found \(Self.found(context.debugDescription))")
        case DecodingError.valueNotFound(let type, let context):
            self.init(path: JSONPath.string(context.codingPath), message: "expected \(SpecValue.describe(type)), found null")
        case DecodingError.keyNotFound(let key, let context):
            self.init(path: JSONPath.string(context.codingPath + [key]), message: "is missing; add it")
        case DecodingError.dataCorrupted(let context) where !context.codingPath.isEmpty:
            self.init(path: JSONPath.string(context.codingPath), message: context.debugDescription)
        case DecodingError.dataCorrupted(let context):
            let reason = (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
            self.init(path: "$", message: "not valid JSON: \(reason)")
        default:
            self.init(path: JSONPath.string(codingPath), message: error.localizedDescription)
        }
    }

    /// `PATH: MESSAGE`.
    public var description: String { "\(path): \(message)" }

    /// What Foundation's type-mismatch text says was found (`a string`, …).
    private static func found(_ debugDescription: String) -> String {
        guard let range = debugDescription.range(of: "but found ") else { return "a value of another type" }
        return debugDescription[range.upperBound...].replacingOccurrences(of: " instead.", with: "")
    }
}
