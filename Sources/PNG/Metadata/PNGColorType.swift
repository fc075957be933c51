/// The colour type recorded in a PNG header.
public enum PNGColorType: Int, CaseIterable, Codable, Sendable {
    /// Gray samples.
    case gray = 0
    /// Red, green, blue samples.
    case rgb = 2
    /// Indices into a palette of RGB colours.
    case palette = 3
    /// Gray and alpha samples.
    case grayAlpha = 4
    /// Red, green, blue and alpha samples.
    case rgba = 6

    /// A short name: `gray`, `rgb`, `palette`, `gray-alpha` or `rgba`.
    public var name: String {
        switch self {
        case .gray: "gray"
        case .rgb: "rgb"
        case .palette: "palette"
        case .grayAlpha: "gray-alpha"
        case .rgba: "rgba"
        }
    }

    /// Samples per pixel as stored in the file (a palette index is one).
    public var channelCount: Int {
        switch self {
        case .gray, .palette: 1
        case .grayAlpha: 2
        case .rgb: 3
        case .rgba: 4
        }
    }
}
