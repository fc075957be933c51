import StrictCoding

/// `save`: writes image sets, panels, `results.json` and `report.html` into
/// the run's output folder.
///
/// ```json
/// {"save": {"images": ["adversarial"], "panels": true, "report": true}}
/// ```
/// `images` (default: every set made so far; `[]` for none) are written as
/// `images/SET/NAME.png` with provenance text chunks; `panels` (default
/// true) draws original | adversarial | perturbation ×10 | top-5 bars for
/// every image of an attacked set; `report` (default true) writes
/// `report.html`. `results.json` is always written. The folder is
/// `out/NAME` unless `directory` or `perturb run --out` says otherwise.
public struct SaveStage: Decodable, Equatable, Sendable {
    /// The sets written, or nil for all.
    public var images: [String]?
    /// Whether to draw panels of attacked sets.
    public var panels: Bool
    /// Whether to write report.html.
    public var report: Bool
    /// The output folder, if not `out/NAME`.
    public var directory: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case images, panels, report, directory
    }

    /// A save stage of these settings.
    public init(images: [String]?, panels: Bool, report: Bool, directory: String?) {
        self.images = images
        self.panels = panels
        self.report = report
        self.directory = directory
    }

    /// Decodes strictly.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let single = try? container.decode(String.self, forKey: .images) {
            images = [single]
        } else {
            images = try container.decodeIfPresent([String].self, forKey: .images)
        }
        panels = try container.decodeIfPresent(Bool.self, forKey: .panels) ?? true
        report = try container.decodeIfPresent(Bool.self, forKey: .report) ?? true
        directory = try container.decodeIfPresent(String.self, forKey: .directory)
    }
}
