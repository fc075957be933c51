import Evaluation

/// The human-readable summary `perturb evaluate` prints without --json.
enum EvaluationSummaryText {
    static func render(_ results: ImageSetResults) -> String {
        var lines: [(String, String)] = [("images", "\(results.images.count)")]
        func rate(_ name: String, _ proportion: Proportion?) {
            guard let proportion else { return }
            lines.append((name, ReportFormat.rateWithInterval(proportion) + "  \(proportion.successes)/\(proportion.trials)"))
        }
        let classification = results.classification
        rate("clean accuracy", classification.cleanAccuracy)
        rate("clean accuracy top-5", classification.cleanTop5Accuracy)
        rate("attack success", classification.success)
        rate("attack success top-5", classification.top5Success)
        rate("success on clean-correct", classification.successOnCorrect)
        if let size = results.perturbation {
            lines.append((
                "perturbation (mean)",
                "Linf \(ReportFormat.number(size.meanLInfinity, digits: 1))  L2 \(ReportFormat.number(size.meanL2, digits: 1))  "
                    + "L0 \(ReportFormat.number(size.meanL0, digits: 0))  PSNR \(size.meanPSNR.map { ReportFormat.number($0, digits: 1) } ?? "inf") dB  "
                    + "SSIM \(ReportFormat.number(size.meanSSIM, digits: 3))  dE00 \(ReportFormat.number(size.meanDeltaE, digits: 2)) "
                    + "(max \(ReportFormat.number(size.maxDeltaE, digits: 1)))"
            ))
        }
        if let transforms = results.transforms {
            let under = "under \(transforms.name) x\(transforms.samplesPerImage)"
            rate("clean correct \(under)", transforms.clean.correct)
            rate("adversarial \(under)", transforms.adversarial?.adversarial)
            if let probability = transforms.adversarial?.meanTargetProbability {
                lines.append(("mean target probability", ReportFormat.number(probability, digits: 3)))
            }
            if let destruction = transforms.destructionRate {
                rate("destruction rate (\(destruction.images) images)", destruction.rate)
            }
            if let destruction = transforms.top5DestructionRate {
                rate("destruction rate top-5 (\(destruction.images) images)", destruction.rate)
            }
        }
        let width = lines.map(\.0.count).max() ?? 0
        return lines.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }.joined(separator: "\n")
    }
}
