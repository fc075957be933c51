/// The goal of an attack as a user states it (CLI `--target`).
public enum AttackTarget: Equatable, Sendable {
    /// Any label but the true one.
    case untargeted
    /// This class index for every image.
    case label(Int)
    /// Each clean image's least likely class (Kurakin 2016).
    case leastLikely

    /// Parses `untargeted`, `least-likely`, a class name or a class index.
    public init(parsing text: String, classNames: [String]) throws {
        switch text {
        case "untargeted": self = .untargeted
        case "least-likely": self = .leastLikely
        default:
            if let index = classNames.firstIndex(of: text) {
                self = .label(index)
            } else if let index = Int(text), classNames.indices.contains(index) {
                self = .label(index)
            } else {
                throw AttackError.unknownTarget(text, classNames: classNames)
            }
        }
    }

    /// Whether this goal names classes to reach.
    public var isTargeted: Bool { self != .untargeted }
}
