/// A count of successes out of a number of trials, with its Wilson score 95 %
/// interval (Wilson 1927; Newcombe 1998, method 3: no continuity correction).
///
/// Every rate Perturb reports (accuracy, attack success, destruction rate,
/// adversarialness under transforms) is one of these. The interval is the
/// set of true rates p for which the observed rate is within z = 1.96
/// standard errors √(p(1−p)/n); unlike the normal approximation it stays
/// inside [0, 1] and is not empty at 0 or n successes. With no trials the
/// rate is 0 and the interval the whole of [0, 1].
public struct Proportion: Codable, Equatable, Sendable {
    /// The number of successes.
    public let successes: Int
    /// The number of trials.
    public let trials: Int
    /// successes / trials (0 with no trials).
    public let rate: Double
    /// The lower end of the Wilson 95 % interval.
    public let lower: Double
    /// The upper end of the Wilson 95 % interval.
    public let upper: Double

    /// The two-sided 95 % quantile of the standard normal distribution.
    public static let z95 = 1.959963984540054

    /// The proportion of `successes` out of `trials` (0 ≤ successes ≤ trials).
    public init(successes: Int, trials: Int) {
        precondition(trials >= 0 && (0...trials).contains(successes), "Proportion: \(successes) of \(trials)")
        self.successes = successes
        self.trials = trials
        guard trials > 0 else {
            (rate, lower, upper) = (0, 0, 1)
            return
        }
        let n = Double(trials), p = Double(successes) / n
        let z2 = Self.z95 * Self.z95
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let halfWidth = Self.z95 / denominator * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        rate = p
        lower = successes == 0 ? 0 : Swift.max(0, centre - halfWidth)
        upper = successes == trials ? 1 : Swift.min(1, centre + halfWidth)
    }

    /// The proportion of `true` values.
    public init(counting outcomes: [Bool]) {
        self.init(successes: outcomes.lazy.filter { $0 }.count, trials: outcomes.count)
    }

    /// The pooled proportion: all successes over all trials.
    public static func pooled(_ parts: [Proportion]) -> Proportion {
        Proportion(successes: parts.reduce(0) { $0 + $1.successes }, trials: parts.reduce(0) { $0 + $1.trials })
    }
}
