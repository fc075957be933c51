import Evaluation

/// The run as Evaluation's ``ReportDocument``, which ``HTMLReport`` renders
/// as `report.html`: per evaluation and judging model the image-set report
/// (headline rates, rates with intervals, perturbation sizes, a table per
/// image), then the transfer heat maps, the robustness curves, the patches
/// and the panels.
enum PipelineReport {
    /// The document of `results`; `figures` are the patches and panels.
    static func document(_ results: RunResults, description: String?, figures: [PanelFigure]) -> ReportDocument {
        let spec = results.spec
        var document = ReportDocument(
            title: spec.name,
            summary: [
                description,
                "Spec \(spec.file) (SHA-256 \(spec.sha256.prefix(16))…), seed \(spec.seed), Perturb \(results.perturb). "
                    + "Every number per image is in results.json.",
            ].compactMap { $0 }.joined(separator: " "))
        for evaluation in results.evaluations {
            for model in evaluation.models {
                let part = ReportDocument(results: model.results, title: evaluation.input)
                let heading = "\(evaluation.input) on \(model.model)"
                document.headlines += part.headlines.map {
                    Headline(label: "\(heading): \($0.label)", value: $0.value, detail: $0.detail)
                }
                document.sections += part.sections.map { section in
                    ReportSection(
                        title: "\(heading) (\(evaluation.stage)): \(section.title)", paragraphs: section.paragraphs,
                        blocks: section.blocks)
                }
            }
        }
        if let transfer = combinedTransfer(results) {
            var blocks = [ReportBlock.heatMap(HeatMap(title: "Attack success, digital", transfer: transfer, transformed: false))]
            if transfer.entries.contains(where: \.transformed) {
                blocks.append(.heatMap(HeatMap(title: "Attack success under transforms", transfer: transfer, transformed: true)))
            }
            document.sections.append(ReportSection(
                title: "Transfer", paragraphs: ["Images crafted on the row's model, judged by the column's model."],
                blocks: blocks))
        }
        let curves = results.evaluations.flatMap { $0.models.compactMap(\.robustness) }
        if !curves.isEmpty {
            document.sections.append(ReportSection(
                title: "Robustness",
                paragraphs: ["Accuracy against the L∞ budget ε (0–255 units); ε = 0 is the clean accuracy."],
                blocks: [.lineChart(LineChart(title: "Accuracy against ε", curves: curves))]))
        }
        if !results.patches.isEmpty {
            let rows = results.patches.map { patch in
                [patch.stage, patch.model, patch.target, "\(patch.steps)",
                 "\(patch.images.filter(\.success).count) of \(patch.images.count)", patch.patchFile]
            }
            document.sections.append(ReportSection(
                title: "Patches",
                blocks: [.table(ReportTable(
                    columns: ["stage", "model", "target", "steps", "patched images meeting the goal", "file"], rows: rows))]))
        }
        if !figures.isEmpty {
            document.sections.append(ReportSection(
                title: "Images",
                paragraphs: ["Patches, then panels: original | adversarial | perturbation ×10 on grey | top-5 classes of both."],
                blocks: figures.map(ReportBlock.figure)))
        }
        return document
    }

    /// Every evaluation's transfer cells in one matrix.
    private static func combinedTransfer(_ results: RunResults) -> TransferMatrix? {
        let entries = results.evaluations.compactMap(\.transfer).flatMap(\.entries)
        guard !entries.isEmpty else { return nil }
        func unique(_ names: [String]) -> [String] { names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } } }
        return TransferMatrix(sources: unique(entries.map(\.source)), targets: unique(entries.map(\.target)), entries: entries)
    }
}
