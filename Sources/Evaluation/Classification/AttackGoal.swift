import Attacks

/// What counts as a success when an image is judged: any label but the true
/// one (untargeted), or one class (targeted). JSON: `{}` or `{"target": 3}`.
public struct AttackGoal: Codable, Equatable, Hashable, Sendable {
    /// The class to reach, or nil for untargeted.
    public var target: Int?

    /// A goal; nil `target` is untargeted.
    public init(target: Int?) {
        self.target = target
    }

    /// Any label but the true one.
    public static let untargeted = AttackGoal(target: nil)

    /// The class `label`.
    public static func targeted(_ label: Int) -> AttackGoal { AttackGoal(target: label) }

    /// The goal an attack's target is judged by: least-likely attacks count
    /// as untargeted, as Kurakin et al. (2016) measure them (misclassified).
    public init(_ target: AttackTarget) {
        switch target {
        case .untargeted, .leastLikely: self.init(target: nil)
        case .label(let label): self.init(target: label)
        }
    }

    /// Whether ranked classes (most probable first) meet the goal within the
    /// first `k`: the target among them, or (untargeted) the true label not.
    public func isMet(byRanking ranking: [Int], trueLabel: Int, within k: Int = 1) -> Bool {
        let top = ranking.prefix(k)
        if let target { return top.contains(target) }
        return !top.contains(trueLabel)
    }
}
