/// The channels of each pixel, in the order they are stored.
public enum PNGChannelLayout: String, CaseIterable, Codable, Sendable {
    /// One luminance channel.
    case gray
    /// Luminance then alpha.
    case grayAlpha = "gray-alpha"
    /// Red, green, blue.
    case rgb
    /// Red, green, blue, alpha.
    case rgba

    /// The number of samples per pixel.
    public var channelCount: Int {
        switch self {
        case .gray: 1
        case .grayAlpha: 2
        case .rgb: 3
        case .rgba: 4
        }
    }

    /// Whether the last channel is alpha.
    public var hasAlpha: Bool { self == .grayAlpha || self == .rgba }

    /// Whether the pixels carry colour (red, green, blue) rather than luminance.
    public var isColor: Bool { self == .rgb || self == .rgba }

    /// The PNG colour type that stores this layout.
    var colorType: PNGColorType {
        switch self {
        case .gray: .gray
        case .grayAlpha: .grayAlpha
        case .rgb: .rgb
        case .rgba: .rgba
        }
    }

    /// The layout with the given colour and alpha.
    init(color: Bool, alpha: Bool) {
        switch (color, alpha) {
        case (false, false): self = .gray
        case (false, true): self = .grayAlpha
        case (true, false): self = .rgb
        case (true, true): self = .rgba
        }
    }
}
