import Evaluation
import Foundation

/// `report.html`: one self-contained page (panels inline as data URLs,
/// tables, inline SVG charts: success under transforms, the transfer heat
/// map, robustness curves), readable in a browser with no network. Written
/// as well-formed XHTML-style markup so any XML parser can check it.
struct ReportWriter {
    let results: RunResults
    let description: String?
    /// Inline images: a caption and the PNG bytes.
    let figures: [(caption: String, png: [UInt8])]

    /// The page.
    func html() -> String {
        var sections = [header()]
        sections += results.evaluations.map(evaluation)
        if let transfer = transferSection() { sections.append(transfer) }
        if let robustness = robustnessSection() { sections.append(robustness) }
        if !results.patches.isEmpty { sections.append(patchSection()) }
        if !figures.isEmpty { sections.append(figureSection()) }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/><title>\(escape(results.spec.name)) — Perturb report</title>
            <style>body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}\
            td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}\
            figure{display:inline-block;margin:6px}figcaption{font-size:12px}img{image-rendering:pixelated}</style>
            </head><body>
            \(sections.joined(separator: "\n"))
            </body></html>

            """
    }

    private func header() -> String {
        """
        <h1>\(escape(results.spec.name))</h1>
        \(description.map { "<p>\(escape($0))</p>" } ?? "")
        <p>Spec \(escape(results.spec.file)) (SHA-256 \(results.spec.sha256.prefix(16))…), seed \(results.spec.seed), \
        Perturb \(escape(results.perturb)). Rates are given with their Wilson 95% intervals; numbers per image are in results.json.</p>
        """
    }

    private func evaluation(_ record: EvaluationRecord) -> String {
        var rows = ""
        var bars: [(String, Proportion)] = []
        for model in record.models {
            let summary = model.summary
            rows += "<tr><td>\(escape(model.model))</td><td>\(rate(summary.cleanAccuracy))</td><td>\(rate(summary.success))</td>"
                + "<td>\(rate(summary.top5Success))</td><td>\(rate(model.underTransforms?.adversarial))</td>"
                + "<td>\(model.underTransforms?.meanTargetProbability.map { String(format: "%.3f", $0) } ?? "–")</td>"
                + "<td>\(rate(model.destructionRate?.rate))</td></tr>"
            if let success = summary.success { bars.append(("\(model.model), digital", success)) }
            if let transformed = model.underTransforms?.adversarial { bars.append(("\(model.model), transformed", transformed)) }
        }
        let goal = record.target.map { "target \(escape($0))" } ?? "untargeted"
        let transforms = record.transforms.map { ", \(record.samplesPerImage ?? 0) samples of \(escape($0)) per image" } ?? ""
        var html = """
            <h2>\(escape(record.stage)): \(escape(record.input))</h2>
            <p>\(record.attackedModel.map { "Attacked on \(escape($0)); " } ?? "")\(goal)\(transforms).</p>
            <table><tr><th>model</th><th>clean accuracy</th><th>success (top-1)</th><th>success (top-5)</th>\
            <th>adversarialness under transforms</th><th>mean target probability</th><th>destruction rate</th></tr>\(rows)</table>
            """
        if !bars.isEmpty { html += "\n<h3>Success, digital and under transforms</h3>\n" + SVGChart.rateBars(bars) }
        if let size = record.perturbation {
            html += """

                <table><tr><th>perturbation (mean over \(size.images) images)</th><th>L∞</th><th>L2</th><th>L0</th>\
                <th>PSNR</th><th>SSIM</th><th>ΔE (CIEDE2000)</th><th>max ΔE</th></tr><tr><td>0–255 units</td>\
                <td>\(number(size.meanLInfinity))</td><td>\(number(size.meanL2))</td><td>\(number(size.meanL0))</td>\
                <td>\(size.meanPSNR.map { number($0) + " dB" } ?? "–")</td><td>\(String(format: "%.3f", size.meanSSIM))</td>\
                <td>\(number(size.meanDeltaE))</td><td>\(number(size.maxDeltaE))</td></tr></table>
                """
        }
        return html
    }

    /// One heat map of every evaluation's transfer cells: rows are source
    /// models (and whether transformed), columns judging models.
    private func transferSection() -> String? {
        let matrices = results.evaluations.compactMap(\.transfer)
        let entries = matrices.flatMap(\.entries)
        guard !entries.isEmpty else { return nil }
        var rows: [(source: String, transformed: Bool)] = []
        for entry in entries where !rows.contains(where: { $0 == (entry.source, entry.transformed) }) {
            rows.append((entry.source, entry.transformed))
        }
        var columns: [String] = []
        for entry in entries where !columns.contains(entry.target) { columns.append(entry.target) }
        let chart = SVGChart.heatMap(
            rows: rows.map { "\($0.source)\($0.transformed ? ", transformed" : "")" }, columns: columns
        ) { row, column in
            entries.last { $0.source == rows[row].source && $0.transformed == rows[row].transformed && $0.target == columns[column] }?.success
        }
        return "<h2>Transfer</h2>\n<p>Attack success of images crafted on the row's model, judged by the column's model.</p>\n" + chart
    }

    private func robustnessSection() -> String? {
        let curves = results.evaluations.flatMap { $0.models.compactMap(\.robustness) }
        guard !curves.isEmpty else { return nil }
        let rows = curves.flatMap { curve in
            curve.points.map { "<tr><td>\(escape(curve.model)) (\(escape(curve.method)))</td><td>\(number($0.epsilon))</td><td>\(rate($0.accuracy))</td></tr>" }
        }
        let chart = SVGChart.curves(curves.map { curve in
            ("\(curve.model) (\(curve.method))", curve.points.map { ($0.epsilon, $0.accuracy.rate) })
        })
        return "<h2>Robustness</h2>\n<p>Accuracy against the budget ε (0–255 units).</p>\n" + chart
            + "\n<table><tr><th>model</th><th>ε</th><th>accuracy</th></tr>\(rows.joined())</table>"
    }

    private func patchSection() -> String {
        let rows = results.patches.map { patch in
            "<tr><td>\(escape(patch.stage))</td><td>\(escape(patch.model))</td><td>\(escape(patch.target))</td>"
                + "<td>\(patch.steps)</td><td>\(patch.images.filter(\.success).count) of \(patch.images.count)</td>"
                + "<td>\(escape(patch.patchFile))</td></tr>"
        }
        return "<h2>Patches</h2>\n<table><tr><th>stage</th><th>model</th><th>target</th><th>steps</th>"
            + "<th>patched images meeting the goal</th><th>file</th></tr>\(rows.joined())</table>"
    }

    private func figureSection() -> String {
        let items = figures.map { figure in
            "<figure><img alt=\"\(escape(figure.caption))\" src=\"data:image/png;base64,\(Data(figure.png).base64EncodedString())\"/>"
                + "<figcaption>\(escape(figure.caption))</figcaption></figure>"
        }
        return "<h2>Images</h2>\n<p>Patches, then panels: original | adversarial | perturbation ×10 | top-5 classes of both (bar colour = class).</p>\n"
            + items.joined(separator: "\n")
    }

    private func rate(_ proportion: Proportion?) -> String {
        guard let proportion else { return "–" }
        return String(
            format: "%.1f%% [%.1f, %.1f] (%d/%d)", proportion.rate * 100, proportion.lower * 100, proportion.upper * 100,
            proportion.successes, proportion.trials)
    }

    private func number(_ value: Double) -> String { String(format: "%.2f", value) }

    private func escape(_ text: String) -> String { SVGChart.escape(text) }
}
