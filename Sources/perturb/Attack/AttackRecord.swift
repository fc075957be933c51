import Attacks
import Foundation

/// One attacked image as `perturb attack` reports it: files, label names and
/// the attack's measurements.
struct AttackRecord: Encodable {
    let file: String
    let output: String
    let trueLabel: String
    let originalLabel: String
    let finalLabel: String
    let outcome: ImageOutcome

    init(file: String, output: String, outcome: ImageOutcome, labels: [String]) {
        self.file = file
        self.output = output
        self.outcome = outcome
        trueLabel = labels[outcome.trueLabel]
        originalLabel = labels[outcome.original.label]
        finalLabel = labels[outcome.quantised.label]
    }

    /// One line per image: file, original → final label (of the written 8-bit
    /// image) with confidences, success, L∞ and L2 in 0–255 units, PSNR, SSIM.
    static func table(_ records: [AttackRecord]) -> String {
        let header = ["file", "original", "final", "success", "L∞", "L2", "PSNR", "SSIM"]
        let rows = records.map { record -> [String] in
            let outcome = record.outcome
            return [
                record.file,
                String(format: "%@ (%.3f)", record.originalLabel, outcome.original.confidence),
                String(format: "%@ (%.3f)", record.finalLabel, outcome.quantised.confidence),
                outcome.quantisedSuccess ? "yes" : "no",
                String(format: "%.1f", outcome.distances.lInfinity),
                String(format: "%.1f", outcome.distances.l2),
                outcome.psnr.isFinite ? String(format: "%.1f dB", outcome.psnr) : "inf",
                String(format: "%.4f", outcome.ssim),
            ]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        return ([header] + rows).map { row in
            row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
