import Tensors

/// Printer gamut: every pixel moves towards a soft nearest colour of a
/// printable palette.
///
/// For a pixel p, the palette colours c_k get weights softmax_k(−‖p − c_k‖² / τ)
/// (a differentiable nearest-colour choice; small τ is nearly hard), and the
/// output is p + s·(Σ_k w_k c_k − p) with the strength s drawn per image.
/// Colours the printer cannot make (pure white, deep black, saturated
/// primaries) are pulled into the palette's gamut; colours near a palette
/// entry barely move. Gray images use the palette's luma.
public struct PrinterGamut: Transform {
    /// How far pixels move towards the palette, in [0, 1].
    public var strength: ParameterRange
    /// The softmax temperature τ in squared colour distance (default 0.01).
    public var temperature: Float?
    /// The printable colours, RGB triples in [0, 1] (default ``PrinterPalette/standard``).
    public var palette: [[Float]]?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case strength, temperature, palette
    }

    /// A gamut mapping of the given strength towards `palette`.
    public init(strength: ParameterRange, temperature: Float? = nil, palette: [[Float]]? = nil) {
        self.strength = strength
        self.temperature = temperature
        self.palette = palette
    }

    /// One image's strength.
    public struct Parameters: Codable, Equatable, Sendable {
        /// s.
        public var strength: Float
    }

    public static let name = "gamut"

    public func validate(at path: String) throws {
        try strength.validate(within: 0...1, at: path + ".strength")
        if let temperature, !(temperature.isFinite && temperature > 0) {
            throw TransformError.invalidValue(
                path: path + ".temperature", expected: "a positive temperature", found: "\(temperature)",
                advice: "use e.g. 0.01")
        }
        if let palette {
            guard !palette.isEmpty, palette.allSatisfy({ $0.count == 3 && $0.allSatisfy { (0...1).contains($0) } }) else {
                throw TransformError.invalidValue(
                    path: path + ".palette", expected: "a non-empty list of [r, g, b] triples in [0, 1]",
                    found: "\(palette.count) entries, some malformed", advice: "write each colour as e.g. [0.94, 0.93, 0.9]")
            }
        }
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(strength: strength.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let colours = palette ?? PrinterPalette.standard
        let entries = images.shape[1] == 3
            ? colours.flatMap { $0 }
            : colours.map { c in Float(zip(c, ColourMatrices.luma).reduce(0.0) { $0 + Double($1.0) * $1.1 }) }
        return images.blendedTowardsPalette(
            entries, strengths: parameters.map(\.strength), temperature: temperature ?? 0.01)
    }
}
