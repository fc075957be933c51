import Foundation

/// Why a classifier could not be built or used.
public enum ClassifierError: LocalizedError, Equatable {
    /// The input spec or labels do not fit together.
    case invalidSpec(reason: String)
    /// Images of the wrong shape were given.
    case imageShapeMismatch(expected: String, found: [Int])
    /// A label that is not one of the classifier's.
    case unknownLabel(String, valid: [String])
    /// A class index outside the labels.
    case indexOutOfRange(Int, classCount: Int)

    /// The message: what was expected, what was found and what to do.
    public var errorDescription: String? {
        switch self {
        case .invalidSpec(let reason):
            "invalid classifier: \(reason). Fix the labels/input entries of the model's metadata or sidecar JSON."
        case .imageShapeMismatch(let expected, let found):
            "the classifier takes images \(expected) but got a batch of shape "
                + "\(found.map(String.init).joined(separator: "×")); resize or convert the images first."
        case .unknownLabel(let label, let valid):
            "unknown label \"\(label)\"; the classifier's labels are: "
                + valid.map { "\"\($0)\"" }.joined(separator: ", ") + "."
        case .indexOutOfRange(let index, let count):
            "class index \(index) is out of range; the classifier has \(count) classes (0…\(count - 1))."
        }
    }
}
