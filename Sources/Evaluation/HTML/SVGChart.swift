import Foundation

/// The report's charts as inline SVG elements (no xmlns needed inside HTML5).
enum SVGChart {
    private static let width = 720.0

    /// Horizontal bars with interval whiskers on a 0–100 % axis.
    static func bars(_ chart: BarChart) -> String {
        let (labelWidth, rowHeight, top) = (250.0, 30.0, 24.0)
        let plotWidth = width - labelWidth - 70
        let height = top + rowHeight * Double(chart.bars.count) + 10
        var svg = open(height: height, label: chart.title)
        svg += percentGrid(left: labelWidth, width: plotWidth, top: top, bottom: height - 10)
        for (index, bar) in chart.bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let (middle, colour) = (y + rowHeight / 2, HTMLText.hex(AttackPanel.classColour(index)))
            svg += text(bar.label, x: labelWidth - 10, y: middle + 4, anchor: "end", fitting: labelWidth - 14)
            svg += "<rect x=\"\(c(labelWidth))\" y=\"\(c(y + 6))\" width=\"\(c(plotWidth * clamp(bar.value)))\" "
            svg += "height=\"\(c(rowHeight - 12))\" rx=\"3\" fill=\"\(colour)\" fill-opacity=\"0.85\"/>\n"
            var end = labelWidth + plotWidth * clamp(bar.value)
            if let interval = bar.interval {
                let (low, high) = (labelWidth + plotWidth * clamp(interval.lowerBound), labelWidth + plotWidth * clamp(interval.upperBound))
                svg += line(low, middle, high, middle) + line(low, middle - 6, low, middle + 6) + line(high, middle - 6, high, middle + 6)
                end = Swift.max(end, high)
            }
            svg += text(ReportFormat.percent(bar.value), x: end + 6, y: middle + 4, anchor: "start")
        }
        return svg + "</svg>\n"
    }

    /// Cells shaded from white to blue by rate, the rate written in each.
    static func heatMap(_ map: HeatMap) -> String {
        let (labelWidth, top, cellHeight) = (150.0, 48.0, 40.0)
        let cellWidth = Swift.min(120, (width - labelWidth - 10) / Double(Swift.max(map.columns.count, 1)))
        let height = top + cellHeight * Double(map.rows.count) + 30
        var svg = open(height: height, label: map.title)
        svg += text(map.columnTitle + " →", x: labelWidth, y: 14, anchor: "start", className: "muted")
        for (column, name) in map.columns.enumerated() {
            svg += text(name, x: labelWidth + cellWidth * (Double(column) + 0.5), y: top - 8, anchor: "middle", fitting: cellWidth - 4)
        }
        for (row, name) in map.rows.enumerated() {
            let y = top + cellHeight * Double(row)
            svg += text(name, x: labelWidth - 10, y: y + cellHeight / 2 + 4, anchor: "end", fitting: labelWidth - 14)
            for (column, value) in map.cells[row].enumerated() {
                let x = labelWidth + cellWidth * Double(column)
                let fill = value.map(shade) ?? "#eeeeee"
                svg += "<rect x=\"\(c(x + 1))\" y=\"\(c(y + 1))\" width=\"\(c(cellWidth - 2))\" height=\"\(c(cellHeight - 2))\" "
                svg += "rx=\"3\" fill=\"\(fill)\"/>\n"
                let label = value.map(ReportFormat.percent) ?? "–"
                let dark = (value ?? 0) > 0.55
                svg += "<text x=\"\(c(x + cellWidth / 2))\" y=\"\(c(y + cellHeight / 2 + 4))\" text-anchor=\"middle\"\(dark ? " style=\"fill: #ffffff\"" : "")>"
                svg += HTMLText.escape(label) + "</text>\n"
            }
        }
        svg += text("↓ " + map.rowTitle, x: 8, y: top + cellHeight * Double(map.rows.count) + 20, anchor: "start", className: "muted")
        return svg + "</svg>\n"
    }

    /// Lines with shaded interval bands on a 0–100 % y axis.
    static func lines(_ chart: LineChart) -> String {
        let (left, right, top, bottom, height) = (60.0, 170.0, 16.0, 44.0, 320.0)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let xs = chart.series.flatMap { $0.points.map(\.x) }
        let (low, high) = (xs.min() ?? 0, xs.max() ?? 1)
        let span = high > low ? high - low : 1
        func px(_ x: Double) -> Double { left + plotWidth * (x - low) / span }
        func py(_ y: Double) -> Double { top + plotHeight * (1 - clamp(y)) }
        var svg = open(height: height, label: chart.title)
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += "<line class=\"grid\" x1=\"\(c(left))\" y1=\"\(c(py(tick)))\" x2=\"\(c(left + plotWidth))\" y2=\"\(c(py(tick)))\"/>\n"
            svg += text("\(Int(tick * 100)) %", x: left - 8, y: py(tick) + 4, anchor: "end", className: "muted")
        }
        for x in Array(Set(xs)).sorted() {
            svg += text(ReportFormat.number(x, digits: x == x.rounded() ? 0 : 1), x: px(x), y: top + plotHeight + 18, anchor: "middle", className: "muted")
        }
        svg += text(chart.xLabel, x: left + plotWidth / 2, y: height - 6, anchor: "middle")
        svg += "<text x=\"14\" y=\"\(c(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 14 \(c(top + plotHeight / 2)))\">"
        svg += HTMLText.escape(chart.yLabel) + "</text>\n"
        for (index, series) in chart.series.enumerated() {
            let colour = HTMLText.hex(AttackPanel.classColour(index))
            let banded = series.points.compactMap { point in point.interval.map { (point.x, $0) } }
            if banded.count == series.points.count, banded.count > 1 {
                let upper = banded.map { "\(c(px($0.0))),\(c(py($0.1.upperBound)))" }
                let lower = banded.reversed().map { "\(c(px($0.0))),\(c(py($0.1.lowerBound)))" }
                svg += "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.15\"/>\n"
            }
            let path = series.points.map { "\(c(px($0.x))),\(c(py($0.y)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>\n"
            for point in series.points {
                svg += "<circle cx=\"\(c(px(point.x)))\" cy=\"\(c(py(point.y)))\" r=\"3.5\" fill=\"\(colour)\"/>\n"
            }
            let legendY = top + 10 + 22 * Double(index)
            svg += "<rect x=\"\(c(width - right + 16))\" y=\"\(c(legendY - 9))\" width=\"14\" height=\"10\" rx=\"2\" fill=\"\(colour)\"/>\n"
            svg += text(series.name, x: width - right + 36, y: legendY, anchor: "start", fitting: right - 40)
        }
        return svg + "</svg>\n"
    }

    // MARK: pieces

    private static func open(height: Double, label: String) -> String {
        "<svg viewBox=\"0 0 \(c(width)) \(c(height))\" width=\"\(c(width))\" height=\"\(c(height))\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape(label))\">\n"
    }

    private static func percentGrid(left: Double, width plotWidth: Double, top: Double, bottom: Double) -> String {
        stride(from: 0.0, through: 1.0, by: 0.25).map { tick in
            let x = left + plotWidth * tick
            return "<line class=\"grid\" x1=\"\(c(x))\" y1=\"\(c(top - 4))\" x2=\"\(c(x))\" y2=\"\(c(bottom))\"/>\n"
                + text("\(Int(tick * 100)) %", x: x, y: top - 8, anchor: "middle", className: "muted")
        }.joined()
    }

    private static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        "<line x1=\"\(c(x1))\" y1=\"\(c(y1))\" x2=\"\(c(x2))\" y2=\"\(c(y2))\" stroke=\"#1d2330\" stroke-width=\"1.5\"/>\n"
    }

    /// A text element; with `fitting`, long text is cut (about 7 px a character) and shown whole on hover.
    private static func text(
        _ content: String, x: Double, y: Double, anchor: String, className: String? = nil, fitting: Double? = nil
    ) -> String {
        let capacity = fitting.map { Swift.max(3, Int($0 / 7)) } ?? Int.max
        let shown = content.count > capacity ? String(content.prefix(capacity - 1)) + "…" : content
        let title = shown == content ? "" : "<title>\(HTMLText.escape(content))</title>"
        let classAttribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<text x=\"\(c(x))\" y=\"\(c(y))\" text-anchor=\"\(anchor)\"\(classAttribute)>\(title)\(HTMLText.escape(shown))</text>\n"
    }

    /// White (0) to a deep blue (1).
    private static func shade(_ value: Double) -> String {
        let t = Float(clamp(value))
        return HTMLText.hex((1 - t * (1 - 0.08), 1 - t * (1 - 0.27), 1 - t * (1 - 0.56)))
    }

    private static func clamp(_ value: Double) -> Double { Swift.min(Swift.max(value, 0), 1) }
    private static func c(_ value: Double) -> String { HTMLText.coordinate(value) }
}
