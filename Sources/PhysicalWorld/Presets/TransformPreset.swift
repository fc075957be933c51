import StrictCoding

/// Named transform distributions: the published settings of the papers and
/// Perturb's own print-and-photograph and screen-and-photograph models.
/// docs/TRANSFORMS.md lists every range and its source.
public enum TransformPreset: String, CaseIterable, Sendable {
    /// Kurakin, Goodfellow & Bengio 2016: brightness, contrast, blur, noise, JPEG.
    case kurakin2016
    /// Athalye et al. 2018, the 2-D EOT distribution.
    case athalye2018TwoD = "athalye2018-2d"
    /// Brown et al. 2017 (adversarial patch): scale, rotation, in-bounds translation.
    case brown2017
    /// Eykholt et al. 2018 (RP2): crop, perspective, multiplicative colour.
    case eykholt2018
    /// Thys et al. 2019: contrast, brightness, uniform noise, rotation.
    case thys2019
    /// A printer then a camera: Perturb's default.
    case printAndPhotograph = "print-and-photograph"
    /// A screen then a camera.
    case screenAndPhotograph = "screen-and-photograph"

    /// The preset used when none is named.
    public static let standard = TransformPreset.printAndPhotograph

    /// The preset called `name`, or ``TransformError/unknownPreset(name:nearest:)``.
    public init(name: String) throws {
        guard let preset = TransformPreset(rawValue: name) else {
            throw TransformError.unknownPreset(
                name: name, nearest: NearestName.nearest(to: name, in: Self.allCases.map(\.rawValue)))
        }
        self = preset
    }

    /// The preset's distribution.
    public var distribution: TransformDistribution {
        switch self {
        case .kurakin2016: return Self.kurakin2016Distribution
        case .athalye2018TwoD: return Self.athalye2018Distribution
        case .brown2017: return Self.brown2017Distribution
        case .eykholt2018: return Self.eykholt2018Distribution
        case .thys2019: return Self.thys2019Distribution
        case .printAndPhotograph: return Self.printAndPhotographDistribution
        case .screenAndPhotograph: return Self.screenAndPhotographDistribution
        }
    }
}
