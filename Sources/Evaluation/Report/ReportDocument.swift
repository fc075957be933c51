/// Everything a report shows, independent of how it is drawn:
/// ``HTMLReport/render(_:)`` turns it into one self-contained HTML file.
public struct ReportDocument: Sendable {
    /// The report's title.
    public var title: String
    /// A paragraph under the title (what was run, when, on what).
    public var summary: String?
    /// The few figures shown large at the top.
    public var headlines: [Headline]
    /// The body, in order.
    public var sections: [ReportSection]

    /// Creates a document.
    public init(title: String, summary: String? = nil, headlines: [Headline] = [], sections: [ReportSection] = []) {
        self.title = title
        self.summary = summary
        self.headlines = headlines
        self.sections = sections
    }
}

/// One figure shown large: a label, a value and a line of detail.
public struct Headline: Sendable, Equatable {
    /// What the figure is ("attack success").
    public var label: String
    /// The figure as shown ("63.0 %").
    public var value: String
    /// A line under it (the interval and counts).
    public var detail: String?

    /// Creates a headline from its text.
    public init(label: String, value: String, detail: String? = nil) {
        self.label = label
        self.value = value
        self.detail = detail
    }

    /// A rate as a percentage with its Wilson interval and counts as detail.
    public init(label: String, proportion: Proportion) {
        self.init(label: label, value: ReportFormat.percent(proportion.rate), detail: ReportFormat.interval(proportion))
    }
}

/// A titled part of a report: paragraphs, then tables, charts and figures.
public struct ReportSection: Sendable {
    /// The section heading.
    public var title: String
    /// Paragraphs of plain text (escaped when rendered).
    public var paragraphs: [String]
    /// The tables, charts and figures, in order.
    public var blocks: [ReportBlock]

    /// Creates a section.
    public init(title: String, paragraphs: [String] = [], blocks: [ReportBlock] = []) {
        self.title = title
        self.paragraphs = paragraphs
        self.blocks = blocks
    }
}

/// One table, chart or figure of a section.
public enum ReportBlock: Sendable {
    /// A table of text.
    case table(ReportTable)
    /// Horizontal bars of rates with intervals (success under transforms).
    case barChart(BarChart)
    /// A matrix of rates as coloured cells (transfer).
    case heatMap(HeatMap)
    /// Lines of rates against a number (robustness curves).
    case lineChart(LineChart)
    /// A PNG picture (an attack panel), embedded in the file.
    case figure(PanelFigure)
}

/// A table: a header row and rows of text.
public struct ReportTable: Sendable, Equatable {
    /// A line above the table.
    public var caption: String?
    /// The column headings.
    public var columns: [String]
    /// The rows, each as many cells as there are columns.
    public var rows: [[String]]

    /// Creates a table; every row must have one cell per column.
    public init(caption: String? = nil, columns: [String], rows: [[String]]) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "ReportTable: every row needs \(columns.count) cells")
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// A PNG picture with a caption, embedded as a data: URI.
public struct PanelFigure: Sendable, Equatable {
    /// The text under the picture.
    public var caption: String
    /// The PNG file's bytes (for instance `PNGImage(tensor:).encoded()`).
    public var png: [UInt8]

    /// Creates a figure.
    public init(caption: String, png: [UInt8]) {
        self.caption = caption
        self.png = png
    }
}
