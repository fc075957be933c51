/// The pHYs chunk: the intended pixel size or aspect ratio.
public struct PNGPhysicalSize: Equatable, Codable, Sendable {
    /// The unit of ``pixelsPerUnitX`` and ``pixelsPerUnitY``.
    public enum Unit: Int, Codable, Sendable {
        /// No unit: the two numbers only give the pixel aspect ratio.
        case unknown = 0
        /// Pixels per metre.
        case metre = 1
    }

    /// Pixels per unit, horizontally.
    public var pixelsPerUnitX: UInt32
    /// Pixels per unit, vertically.
    public var pixelsPerUnitY: UInt32
    /// The unit.
    public var unit: Unit

    /// Makes a pHYs chunk from its three fields.
    public init(pixelsPerUnitX: UInt32, pixelsPerUnitY: UInt32, unit: Unit) {
        self.pixelsPerUnitX = pixelsPerUnitX
        self.pixelsPerUnitY = pixelsPerUnitY
        self.unit = unit
    }

    /// Square pixels printed at `dotsPerInch` (stored as pixels per metre, rounded).
    public init(dotsPerInch: Double) {
        let perMetre = UInt32((dotsPerInch / 0.0254).rounded())
        self.init(pixelsPerUnitX: perMetre, pixelsPerUnitY: perMetre, unit: .metre)
    }

    /// Horizontal dots per inch, or nil when the unit is unknown.
    public var dotsPerInch: Double? {
        unit == .metre ? Double(pixelsPerUnitX) * 0.0254 : nil
    }
}
