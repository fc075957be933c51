import Attacks

/// How one model fares on the patched scenes, for the table and results.json.
struct PatchModelReport: Encodable {
    /// The model file.
    let model: String
    /// The share of patched scenes classified as the goal.
    let successRate: Float
    /// The mean share of transformed copies classified as the goal, if measured.
    let transformedSuccessRate: Float?
    /// The share of clean scenes already classified as the goal.
    let cleanRate: Float
    /// One outcome per scene.
    let outcomes: [PatchOutcome]

    init(model: String, evaluation: PatchEvaluation, target: AttackTarget) {
        self.model = model
        successRate = evaluation.successRate
        transformedSuccessRate = evaluation.transformedSuccessRate
        let cleanHits = evaluation.outcomes.filter { outcome in
            if case .label(let index) = target { return outcome.clean == index }
            return outcome.clean != outcome.trueLabel
        }
        cleanRate = Float(cleanHits.count) / Float(Swift.max(evaluation.outcomes.count, 1))
        outcomes = evaluation.outcomes
    }

    /// One line per model: clean, patched and transformed goal rates.
    static func table(_ reports: [PatchModelReport], scenes: Int, samples: Int?) -> String {
        func percent(_ value: Float?) -> String {
            value.map { String(format: "%6.1f%%", 100 * $0) } ?? "      -"
        }
        let transformedHeader = samples.map { "under \($0) transforms" } ?? "under transforms"
        var lines = ["model                              scenes   clean  patched  \(transformedHeader)"]
        for report in reports {
            let name = report.model.count > 34 ? "…" + report.model.suffix(33) : report.model
            lines.append(
                name.padding(toLength: 34, withPad: " ", startingAt: 0)
                    + String(format: " %6d ", scenes) + percent(report.cleanRate) + "  " + percent(report.successRate)
                    + "  " + percent(report.transformedSuccessRate))
        }
        return lines.joined(separator: "\n")
    }
}
