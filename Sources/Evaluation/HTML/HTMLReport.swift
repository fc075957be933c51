import Foundation

/// Renders a ``ReportDocument`` as one self-contained HTML5 file: inline
/// CSS, charts as inline SVG, pictures as base64 `data:` URIs; no scripts,
/// fonts, style sheets or images are fetched, so it reads offline. The
/// output is also well-formed XML (every element closed, attributes quoted,
/// only XML's own character references), and all text is escaped.
public enum HTMLReport {
    /// The HTML text of `document`.
    public static func render(_ document: ReportDocument) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(HTMLText.escape(document.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <main>
            <h1>\(HTMLText.escape(document.title))</h1>

            """
        if let summary = document.summary { html += "<p class=\"summary\">\(HTMLText.escape(summary))</p>\n" }
        if !document.headlines.isEmpty {
            html += "<div class=\"headlines\">\n"
            for headline in document.headlines {
                html += "<div class=\"headline\"><div class=\"label\">\(HTMLText.escape(headline.label))</div>"
                html += "<div class=\"value\">\(HTMLText.escape(headline.value))</div>"
                if let detail = headline.detail { html += "<div class=\"detail\">\(HTMLText.escape(detail))</div>" }
                html += "</div>\n"
            }
            html += "</div>\n"
        }
        for section in document.sections { html += render(section) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private static func render(_ section: ReportSection) -> String {
        var html = "<section>\n<h2>\(HTMLText.escape(section.title))</h2>\n"
        for paragraph in section.paragraphs { html += "<p>\(HTMLText.escape(paragraph))</p>\n" }
        for block in section.blocks {
            switch block {
            case .table(let table): html += render(table)
            case .barChart(let chart): html += figure(SVGChart.bars(chart), title: chart.title)
            case .heatMap(let map): html += figure(SVGChart.heatMap(map), title: map.title)
            case .lineChart(let chart): html += figure(SVGChart.lines(chart), title: chart.title)
            case .figure(let panel):
                html += "<figure class=\"panel\"><img alt=\"\(HTMLText.escape(panel.caption))\" "
                html += "src=\"data:image/png;base64,\(Data(panel.png).base64EncodedString())\"/>"
                html += "<figcaption>\(HTMLText.escape(panel.caption))</figcaption></figure>\n"
            }
        }
        return html + "</section>\n"
    }

    private static func render(_ table: ReportTable) -> String {
        var html = "<div class=\"table\"><table>\n"
        if let caption = table.caption { html += "<caption>\(HTMLText.escape(caption))</caption>\n" }
        html += "<thead><tr>" + table.columns.map { "<th>\(HTMLText.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>" + row.map { "<td>\(HTMLText.escape($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    private static func figure(_ svg: String, title: String) -> String {
        "<figure class=\"chart\"><figcaption>\(HTMLText.escape(title))</figcaption>\n\(svg)</figure>\n"
    }

    /// The style sheet: no '<', '>' or '&', so it is also valid XML text.
    private static let style = """

        :root { --ink: #1d2330; --muted: #5b6474; --line: #dde1e8; --accent: #1f77b4; --card: #f5f7fa; }
        body { margin: 0; background: #ffffff; color: var(--ink);
          font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 32px 24px 64px; }
        h1 { font-size: 28px; margin: 0 0 8px; letter-spacing: -0.01em; }
        h2 { font-size: 20px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
        p { margin: 8px 0; max-width: 72ch; }
        .summary { color: var(--muted); }
        .headlines { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 24px 0; }
        .headline { background: var(--card); border-radius: 10px; padding: 14px 16px; border-left: 4px solid var(--accent); }
        .headline .label { color: var(--muted); font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; }
        .headline .value { font-size: 28px; font-weight: 650; font-variant-numeric: tabular-nums; }
        .headline .detail { color: var(--muted); font-size: 13px; font-variant-numeric: tabular-nums; }
        .table { overflow-x: auto; margin: 16px 0; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 14px; }
        caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
        th, td { padding: 6px 12px; border-bottom: 1px solid var(--line); text-align: left; white-space: nowrap; }
        th { background: var(--card); font-weight: 600; }
        tbody tr:nth-child(even) td { background: #fafbfc; }
        figure { margin: 20px 0; }
        figure.chart figcaption { font-weight: 600; margin-bottom: 6px; }
        figure.panel figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
        figure.panel img { max-width: 100%; image-rendering: pixelated; border: 1px solid var(--line); border-radius: 4px; }
        svg { max-width: 100%; height: auto; font-family: inherit; }
        svg text { fill: var(--ink); font-size: 12px; }
        svg .muted { fill: var(--muted); }
        svg .grid { stroke: var(--line); stroke-width: 1; }

        """
}
