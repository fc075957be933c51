import Evaluation
import Foundation

/// The report's charts as inline SVG: rates with their Wilson intervals,
/// heat maps and curves. Pure text, no scripts, no external resources.
enum SVGChart {
    /// Horizontal bars of rates in [0, 1], each with its 95 % interval as a whisker.
    static func rateBars(_ rows: [(label: String, rate: Proportion)]) -> String {
        let (left, width, rowHeight) = (220.0, 320.0, 22.0)
        let height = Double(rows.count) * rowHeight + 24
        var body = ""
        for (index, row) in rows.enumerated() {
            let y = Double(index) * rowHeight + 4
            let (rate, lower, upper) = (row.rate.rate * width, row.rate.lower * width, row.rate.upper * width)
            body += text(left - 6, y + 14, row.label, anchor: "end")
            body += ##"<rect x="\##(format(left))" y="\##(format(y + 3))" width="\##(format(rate))" height="14" fill="#4878a8"/>"##
            body += ##"<line x1="\##(format(left + lower))" x2="\##(format(left + upper))" y1="\##(format(y + 10))" y2="\##(format(y + 10))" stroke="#222" stroke-width="1.5"/>"##
            body += text(left + width + 6, y + 14, String(format: "%.1f%%", row.rate.rate * 100), anchor: "start")
        }
        body += axis(left: left, width: width, y: height - 18)
        return svg(width: left + width + 70, height: height, body)
    }

    /// A heat map of rates: rows × columns, darker is higher, the value in each cell.
    static func heatMap(rows: [String], columns: [String], value: (Int, Int) -> Proportion?) -> String {
        let (left, top, cell) = (200.0, 40.0, 90.0)
        var body = ""
        for (column, name) in columns.enumerated() {
            body += text(left + (Double(column) + 0.5) * cell, top - 10, name, anchor: "middle")
        }
        for (row, name) in rows.enumerated() {
            let y = top + Double(row) * 40
            body += text(left - 8, y + 25, name, anchor: "end")
            for column in columns.indices {
                let x = left + Double(column) * cell
                guard let rate = value(row, column) else {
                    body += ##"<rect x="\##(format(x))" y="\##(format(y))" width="\##(format(cell - 2))" height="38" fill="#eee"/>"##
                    continue
                }
                let shade = Int(255 - rate.rate * 200)
                let ink = rate.rate > 0.6 ? "#fff" : "#000"
                body += ##"<rect x="\##(format(x))" y="\##(format(y))" width="\##(format(cell - 2))" height="38" fill="rgb(\##(shade),\##(shade),255)"/>"##
                body += ##"<text x="\##(format(x + cell / 2))" y="\##(format(y + 24))" text-anchor="middle" fill="\##(ink)" font-size="12">\##(String(format: "%.0f%%", rate.rate * 100))</text>"##
            }
        }
        return svg(width: left + Double(columns.count) * cell + 10, height: top + Double(rows.count) * 40 + 10, body)
    }

    /// Curves of accuracy against ε (0–255 units), one per series, with a legend.
    static func curves(_ series: [(label: String, points: [(x: Double, y: Double)])]) -> String {
        let (left, top, width, height) = (50.0, 10.0, 360.0, 200.0)
        let maxX = max(series.flatMap { $0.points.map(\.x) }.max() ?? 1, 1e-9)
        let colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]
        var body = ##"<rect x="\##(format(left))" y="\##(format(top))" width="\##(format(width))" height="\##(format(height))" fill="none" stroke="#999"/>"##
        for tick in [0.0, 0.5, 1.0] {
            body += text(left - 6, top + height * (1 - tick) + 4, String(format: "%.0f%%", tick * 100), anchor: "end")
        }
        body += text(left, top + height + 16, "0", anchor: "middle")
        body += text(left + width, top + height + 16, String(format: "ε = %.0f/255", maxX), anchor: "middle")
        for (index, line) in series.enumerated() {
            let colour = colours[index % colours.count]
            let points = line.points.map { "\(format(left + $0.x / maxX * width)),\(format(top + (1 - $0.y) * height))" }
            body += ##"<polyline points="\##(points.joined(separator: " "))" fill="none" stroke="\##(colour)" stroke-width="2"/>"##
            body += ##"<text x="\##(format(left + width + 10))" y="\##(format(top + 14 + Double(index) * 16))" fill="\##(colour)" font-size="12">\##(escape(line.label))</text>"##
        }
        return svg(width: left + width + 170, height: top + height + 26, body)
    }

    /// Text escaped for HTML and XML.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func axis(left: Double, width: Double, y: Double) -> String {
        [0.0, 0.5, 1.0].map { tick in text(left + tick * width, y + 12, String(format: "%.0f%%", tick * 100), anchor: "middle") }
            .joined() + ##"<line x1="\##(format(left))" x2="\##(format(left + width))" y1="\##(format(y))" y2="\##(format(y))" stroke="#999"/>"##
    }

    private static func text(_ x: Double, _ y: Double, _ content: String, anchor: String) -> String {
        ##"<text x="\##(format(x))" y="\##(format(y))" text-anchor="\##(anchor)" font-size="12">\##(escape(content))</text>"##
    }

    private static func svg(width: Double, height: Double, _ body: String) -> String {
        ##"<svg width="\##(format(width))" height="\##(format(height))" viewBox="0 0 \##(format(width)) \##(format(height))" font-family="sans-serif">\##(body)</svg>"##
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
