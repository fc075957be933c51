/// The physical size a patch is printed at: JSON
/// `{"widthMillimetres": 60, "dpi": 300}`. The printed PNG is
/// ``widthPixels`` wide and carries this resolution in its pHYs chunk.
public struct PatchPrintSize: Codable, Equatable, Sendable {
    /// The printed width in millimetres.
    public var widthMillimetres: Float
    /// Printer dots (pixels) per inch.
    public var dpi: Float

    /// A print size; both values must be positive and give at most 16384 pixels.
    public init(widthMillimetres: Float = 60, dpi: Float = 300) throws {
        guard widthMillimetres > 0, dpi > 0, widthMillimetres / 25.4 * dpi <= 16384 else {
            throw AttackError.invalidParameter(
                name: "print", value: "\(widthMillimetres) mm at \(dpi) dpi",
                expected: "a positive width and dpi giving at most 16384 pixels")
        }
        self.widthMillimetres = widthMillimetres
        self.dpi = dpi
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case widthMillimetres, dpi }

    /// Decodes and validates; unknown keys are errors.
    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            widthMillimetres: try container.decode(Float.self, forKey: .widthMillimetres),
            dpi: try container.decodeIfPresent(Float.self, forKey: .dpi) ?? 300)
    }

    /// The printed width in pixels, at least 1.
    public var widthPixels: Int { Swift.max(1, Int((widthMillimetres / 25.4 * dpi).rounded())) }
}
