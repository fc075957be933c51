import Foundation

/// How reports write numbers, so tables, charts and the CLI agree.
public enum ReportFormat {
    /// A rate as a percentage with one decimal: "63.0 %".
    public static func percent(_ rate: Double) -> String {
        String(format: "%.1f %%", 100 * rate)
    }

    /// A rate's Wilson interval and counts: "95% CI 53.2–71.8 %, 63/100".
    public static func interval(_ proportion: Proportion) -> String {
        String(
            format: "95%% CI %.1f–%.1f %%, %d/%d", 100 * proportion.lower, 100 * proportion.upper, proportion.successes,
            proportion.trials)
    }

    /// A rate with its interval in one cell: "63.0 % (53.2–71.8)".
    public static func rateWithInterval(_ proportion: Proportion) -> String {
        String(format: "%.1f %% (%.1f–%.1f)", 100 * proportion.rate, 100 * proportion.lower, 100 * proportion.upper)
    }

    /// A number with `digits` decimals; "∞" for +∞.
    public static func number(_ value: Double, digits: Int = 2) -> String {
        value.isInfinite ? (value > 0 ? "∞" : "−∞") : String(format: "%.\(digits)f", value)
    }
}
