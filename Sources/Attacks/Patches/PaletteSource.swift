import PhysicalWorld

/// Where the printable colours of the non-printability score come from:
/// JSON `"standard"` (``PrinterPalette/standard``) or
/// `{"file": "chart.png", "rows": 5, "columns": 6}`, a photograph of printed
/// swatches in a grid whose cells' mean colours are the palette.
public enum PaletteSource: Codable, Equatable, Sendable {
    /// The default 30-colour palette.
    case standard
    /// A photographed chart of `rows`×`columns` swatches.
    case measured(file: String, rows: Int, columns: Int)

    private enum CodingKeys: String, CodingKey, CaseIterable { case file, rows, columns }

    /// Decodes `"standard"` or the chart object; unknown keys are errors.
    public init(from decoder: Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            guard name == "standard" else {
                throw AttackError.invalidParameter(
                    name: "palette", value: "'\(name)'", expected: "\"standard\" or {\"file\": …, \"rows\": …, \"columns\": …}")
            }
            self = .standard
            return
        }
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let (rows, columns) = (try container.decode(Int.self, forKey: .rows), try container.decode(Int.self, forKey: .columns))
        guard rows >= 1, columns >= 1 else {
            throw AttackError.invalidParameter(
                name: "palette.rows/columns", value: "\(rows)×\(columns)", expected: "at least 1×1 swatches")
        }
        self = .measured(file: try container.decode(String.self, forKey: .file), rows: rows, columns: columns)
    }

    /// Encodes `"standard"` or the chart object.
    public func encode(to encoder: Encoder) throws {
        switch self {
        case .standard:
            var container = encoder.singleValueContainer()
            try container.encode("standard")
        case .measured(let file, let rows, let columns):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(rows, forKey: .rows)
            try container.encode(columns, forKey: .columns)
        }
    }
}
