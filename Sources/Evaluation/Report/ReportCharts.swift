/// Horizontal bars of rates in [0, 1], each with an optional interval.
public struct BarChart: Sendable, Equatable {
    /// One bar.
    public struct Bar: Sendable, Equatable {
        /// The text left of the bar.
        public var label: String
        /// The rate, in [0, 1].
        public var value: Double
        /// The interval around it, if any.
        public var interval: ClosedRange<Double>?

        /// Creates a bar.
        public init(label: String, value: Double, interval: ClosedRange<Double>? = nil) {
            self.label = label
            self.value = value
            self.interval = interval
        }

        /// A bar for a rate with its Wilson interval.
        public init(label: String, proportion: Proportion) {
            self.init(label: label, value: proportion.rate, interval: proportion.lower...proportion.upper)
        }
    }

    /// The chart's title.
    public var title: String
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}

/// A matrix of rates in [0, 1] drawn as cells shaded by value.
public struct HeatMap: Sendable, Equatable {
    /// The chart's title.
    public var title: String
    /// What the rows are ("crafted on").
    public var rowTitle: String
    /// What the columns are ("judged by").
    public var columnTitle: String
    /// The row labels, top to bottom.
    public var rows: [String]
    /// The column labels, left to right.
    public var columns: [String]
    /// The rates, `cells[row][column]`; nil cells were not measured.
    public var cells: [[Double?]]

    /// Creates a heat map; `cells` must be rows × columns.
    public init(title: String, rowTitle: String, columnTitle: String, rows: [String], columns: [String], cells: [[Double?]]) {
        precondition(cells.count == rows.count && cells.allSatisfy { $0.count == columns.count }, "HeatMap: cells must be rows × columns")
        self.title = title
        self.rowTitle = rowTitle
        self.columnTitle = columnTitle
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }

    /// The success rates of a transfer matrix, digital or under transforms.
    public init(title: String, transfer: TransferMatrix, transformed: Bool) {
        self.init(
            title: title, rowTitle: "crafted on", columnTitle: "judged by", rows: transfer.sources,
            columns: transfer.targets,
            cells: transfer.sources.map { source in
                transfer.targets.map { transfer.success(source: source, target: $0, transformed: transformed)?.rate }
            })
    }
}

/// Lines of rates in [0, 1] against a number, each point with an optional interval.
public struct LineChart: Sendable, Equatable {
    /// One line.
    public struct Series: Sendable, Equatable {
        /// The legend text.
        public var name: String
        /// The points, in increasing x.
        public var points: [Point]

        /// Creates a series.
        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    /// One point of a line.
    public struct Point: Sendable, Equatable {
        /// The position along the x axis.
        public var x: Double
        /// The rate, in [0, 1].
        public var y: Double
        /// The interval around the rate, if any.
        public var interval: ClosedRange<Double>?

        /// Creates a point.
        public init(x: Double, y: Double, interval: ClosedRange<Double>? = nil) {
            self.x = x
            self.y = y
            self.interval = interval
        }
    }

    /// The chart's title.
    public var title: String
    /// The x axis label.
    public var xLabel: String
    /// The y axis label.
    public var yLabel: String
    /// The lines.
    public var series: [Series]

    /// Creates a chart.
    public init(title: String, xLabel: String, yLabel: String, series: [Series]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
    }

    /// Robustness curves: accuracy with its Wilson interval against ε (0–255).
    public init(title: String, curves: [RobustnessCurve]) {
        self.init(
            title: title, xLabel: "ε (0–255)", yLabel: "accuracy",
            series: curves.map { curve in
                Series(
                    name: "\(curve.model) · \(curve.method)",
                    points: curve.points.map {
                        Point(x: $0.epsilon, y: $0.accuracy.rate, interval: $0.accuracy.lower...$0.accuracy.upper)
                    })
            })
    }
}
