#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A colour in CIE 1976 L*a*b* relative to the D65 white (L* 0–100).
public struct LabColour: Codable, Equatable, Sendable {
    /// Lightness L*, 0 (black) to 100 (white).
    public var lightness: Double
    /// a*: green (negative) to red (positive).
    public var a: Double
    /// b*: blue (negative) to yellow (positive).
    public var b: Double

    /// A colour from its coordinates.
    public init(lightness: Double, a: Double, b: Double) {
        self.lightness = lightness
        self.a = a
        self.b = b
    }

    /// The L*a*b* colour of an sRGB value with components in [0, 1]: the sRGB
    /// transfer curve (IEC 61966-2-1) undone, the linear values taken to
    /// CIE XYZ with the sRGB/D65 matrix, then to L*a*b* with the D65 white
    /// (0.95047, 1, 1.08883), the matrix and white as Bruce Lindbloom tabulates
    /// them.
    public init(sRGB red: Double, _ green: Double, _ blue: Double) {
        let (r, g, b) = (Self.linear(red), Self.linear(green), Self.linear(blue))
        let x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
        let z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b
        let (fx, fy, fz) = (Self.f(x / 0.95047), Self.f(y), Self.f(z / 1.08883))
        self.init(lightness: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz))
    }

    /// The sRGB decoding curve.
    private static func linear(_ value: Double) -> Double {
        value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    /// CIE's f(t): a cube root with a linear segment near black.
    private static func f(_ t: Double) -> Double {
        let delta = 6.0 / 29
        return t > delta * delta * delta ? cbrt(t) : t / (3 * delta * delta) + 4.0 / 29
    }
}
