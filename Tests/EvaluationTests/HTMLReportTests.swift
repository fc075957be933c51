import Evaluation
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The HTML report: well-formed, self-contained, escaped, with its charts.
@Suite struct HTMLReportTests {
    /// A document with every kind of block and text that needs escaping.
    var document: ReportDocument {
        let transfer = TransferMatrix(
            sources: ["cnn", "resnet"], targets: ["cnn", "resnet"],
            entries: [
                .init(source: "cnn", target: "cnn", transformed: false, success: Proportion(successes: 9, trials: 10)),
                .init(source: "cnn", target: "resnet", transformed: false, success: Proportion(successes: 2, trials: 10)),
                .init(source: "resnet", target: "resnet", transformed: false, success: Proportion(successes: 8, trials: 10)),
            ])
        let curve = RobustnessCurve(
            model: "cnn", method: "pgd",
            points: [0, 4, 8, 16].enumerated().map {
                .init(epsilon: $1, accuracy: Proportion(successes: 10 - 3 * $0, trials: 10))
            })
        return ReportDocument(
            title: "Stop <sign> & \"patch\"", summary: "Run 'today' on 2 cores.",
            headlines: [Headline(label: "attack success", proportion: Proportion(successes: 63, trials: 100))],
            sections: [
                ReportSection(
                    title: "Results", paragraphs: ["a < b & c > d"],
                    blocks: [
                        .table(ReportTable(caption: "per image", columns: ["image", "success"], rows: [["<x>", "yes"]])),
                        .barChart(
                            BarChart(
                                title: "Success under transforms",
                                bars: [.init(label: "digital", proportion: Proportion(successes: 63, trials: 100))])),
                        .heatMap(HeatMap(title: "Transfer", transfer: transfer, transformed: false)),
                        .lineChart(LineChart(title: "Robustness", curves: [curve])),
                        .figure(PanelFigure(caption: "panel 1", png: Array(repeating: 0xFF, count: 300))),
                    ]),
            ])
    }

    @Test func isWellFormedXML() throws {
        let html = HTMLReport.render(document)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        let parser = XMLParser(data: Data(html.utf8))
        let parsed = parser.parse()
        #expect(parsed, "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
        #expect(TagBalance.problem(in: html) == nil, "\(TagBalance.problem(in: html) ?? "")")
        for broken in ["<p><b>unclosed</p>", "<p>a & b</p>", "<img src=x/>", "<p>1 > 0</p>", "<div>"] {
            #expect(TagBalance.problem(in: broken) != nil, "\(broken) is caught")
        }
    }

    @Test func referencesNoNetworkResource() {
        let html = HTMLReport.render(document)
        // Base64 may contain "//": look only outside the data: URIs.
        let outside = html.replacingOccurrences(
            of: "data:image/png;base64,[A-Za-z0-9+/=]*", with: "data:", options: .regularExpression)
        for forbidden in ["http:", "https:", "//", "<script", "<link", "url("] {
            #expect(!outside.contains(forbidden), "found \(forbidden)")
        }
        let sources = outside.components(separatedBy: "src=\"").dropFirst()
        #expect(sources.count == 1 && sources.allSatisfy { $0.hasPrefix("data:") })
        #expect(html.contains("src=\"data:image/png;base64,\(Data(Array(repeating: UInt8(0xFF), count: 300)).base64EncodedString())\""))
    }

    @Test func escapesText() {
        let html = HTMLReport.render(document)
        #expect(html.contains("<h1>Stop &lt;sign&gt; &amp; &quot;patch&quot;</h1>"))
        #expect(html.contains("<p>a &lt; b &amp; c &gt; d</p>"))
        #expect(html.contains("<td>&lt;x&gt;</td>"))
        #expect(html.contains("Run &#39;today&#39; on 2 cores."))
        #expect(!html.contains("<sign>") && !html.contains("<x>"))
    }

    @Test func drawsEveryChart() {
        let html = HTMLReport.render(document)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 3)
        #expect(html.contains("63.0 %") && html.contains("95% CI 53.2–71.8 %, 63/100"), "headline and bar value")
        #expect(html.contains(">90.0 %</text>") && html.contains(">20.0 %</text>") && html.contains(">–</text>"), "heat map cells")
        #expect(html.contains("<polyline") && html.contains("<polygon"), "robustness line with its interval band")
        #expect(html.contains("cnn · pgd"))
    }
}
