import NeuralNetworks

extension ReportDocument {
    /// A report of one ``ImageSetResults``: headline rates, a bar chart of the
    /// rates with their intervals (digital and under transforms), the
    /// perturbation sizes, a table per image and the given panels.
    public init(results: ImageSetResults, title: String, summary: String? = nil, panels: [PanelFigure] = []) {
        let classification = results.classification
        let goal = results.goal.target.map { "targeted at \(Self.name($0, results.labels))" } ?? "untargeted"
        var headlines = [Headline(label: "clean accuracy", proportion: classification.cleanAccuracy)]
        var bars = [BarChart.Bar(label: "clean accuracy", proportion: classification.cleanAccuracy)]
        if let success = classification.success, let top5 = classification.top5Success {
            headlines.append(Headline(label: "attack success (\(goal))", proportion: success))
            bars += [
                .init(label: "attack success, top-1", proportion: success),
                .init(label: "attack success, top-5", proportion: top5),
            ]
        }
        var paragraphs = [
            "\(results.images.count) images; success is \(goal), judged on the model's top-1 class "
                + "(top-5: the target among the five most probable classes, or untargeted the true label not among them). "
                + "Intervals are Wilson 95 % score intervals.",
        ]
        if let transforms = results.transforms {
            let under = "under \(transforms.name)"
            bars.append(.init(label: "clean correct, transformed", proportion: transforms.clean.correct))
            if let adversarial = transforms.adversarial {
                headlines.append(Headline(label: "success \(under)", proportion: adversarial.adversarial))
                bars.append(.init(label: "attack success, transformed", proportion: adversarial.adversarial))
            }
            if let destruction = transforms.destructionRate {
                headlines.append(Headline(label: "destruction rate", proportion: destruction.rate))
                bars.append(.init(label: "destruction rate", proportion: destruction.rate))
            }
            paragraphs.append(
                "Under transforms: \(transforms.samplesPerImage) sampled \(transforms.name) transforms per image, the same "
                    + "for the clean and the adversarial version; every (image, sample) pair is one trial. The destruction "
                    + "rate (Kurakin et al. 2016) counts, over images correct when clean and wrong when attacked, the "
                    + "transformed samples classified correctly again.")
        }
        let transformed = results.transforms.map { " (transformed: \($0.samplesPerImage) samples of \($0.name) per image)" }
        var sections = [
            ReportSection(
                title: "Success", paragraphs: paragraphs,
                blocks: [.barChart(BarChart(title: "Rates with 95 % intervals" + (transformed ?? ""), bars: bars))])
        ]
        if let size = results.perturbation {
            sections.append(
                ReportSection(
                    title: "Perturbation size",
                    paragraphs: ["Means over images; distances in 0–255 units, L0 in changed pixel positions, ΔE is CIEDE2000."],
                    blocks: [.table(Self.sizeTable(size))]))
        }
        sections.append(ReportSection(title: "Images", blocks: [.table(Self.imageTable(results))]))
        if !panels.isEmpty {
            sections.append(
                ReportSection(
                    title: "Panels", paragraphs: ["original | adversarial | perturbation ×10 on grey | top-5 classes of both"],
                    blocks: panels.map(ReportBlock.figure)))
        }
        self.init(title: title, summary: summary, headlines: headlines, sections: sections)
    }

    private static func name(_ index: Int, _ labels: [String]) -> String {
        labels.indices.contains(index) ? labels[index] : "class \(index)"
    }

    private static func sizeTable(_ size: PerturbationSummary) -> ReportTable {
        ReportTable(
            columns: ["L∞", "L2", "L0", "PSNR (dB)", "SSIM", "mean ΔE", "max ΔE"],
            rows: [[
                ReportFormat.number(size.meanLInfinity, digits: 1), ReportFormat.number(size.meanL2, digits: 1),
                ReportFormat.number(size.meanL0, digits: 0), size.meanPSNR.map { ReportFormat.number($0, digits: 1) } ?? "∞",
                ReportFormat.number(size.meanSSIM, digits: 3), ReportFormat.number(size.meanDeltaE, digits: 2),
                ReportFormat.number(size.maxDeltaE, digits: 2),
            ]])
    }

    private static func imageTable(_ results: ImageSetResults) -> ReportTable {
        let attacked = results.images.first?.classification.adversarial != nil
        let transformed = results.transforms != nil
        var columns = ["image", "true", "clean top-1"]
        if attacked { columns += ["adversarial top-1", "success", "L∞", "PSNR", "SSIM", "mean ΔE"] }
        if transformed { columns += ["clean correct under T"] + (attacked ? ["adversarial under T"] : []) }
        func top(_ ranking: [ClassProbability]?) -> String {
            guard let first = ranking?.first else { return "" }
            return "\(first.label) \(ReportFormat.percent(Double(first.probability)))"
        }
        let rows = results.images.map { image -> [String] in
            let outcome = image.classification
            var row = [image.name, name(outcome.trueLabel, results.labels), top(outcome.clean)]
            if attacked {
                let size = image.perturbation
                row += [
                    top(outcome.adversarial), outcome.success(results.goal) == true ? "yes" : "no",
                    size.map { ReportFormat.number($0.lInfinity, digits: 1) } ?? "",
                    size.map { ReportFormat.number($0.psnr, digits: 1) } ?? "",
                    size.map { ReportFormat.number($0.ssim, digits: 3) } ?? "",
                    size.map { ReportFormat.number($0.meanDeltaE, digits: 2) } ?? "",
                ]
            }
            if transformed {
                row.append(image.cleanUnderTransforms.map { ReportFormat.percent($0.correct.rate) } ?? "")
                if attacked { row.append(image.adversarialUnderTransforms.map { ReportFormat.percent($0.adversarial.rate) } ?? "") }
            }
            return row
        }
        return ReportTable(columns: columns, rows: rows)
    }
}
