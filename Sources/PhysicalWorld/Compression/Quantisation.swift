import Tensors

/// Rounding to `levels` + 1 gray levels per channel (8-bit by default, as
/// every saved image is), with the straight-through gradient (identity).
public struct Quantisation: Transform {
    /// The largest code value: 255 for 8 bits (default).
    public var levels: Float?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case levels
    }

    /// Quantisation to `levels` steps per unit.
    public init(levels: Float? = nil) {
        self.levels = levels
    }

    /// Quantisation draws nothing.
    public typealias Parameters = NoParameters

    public static let name = "quantise"

    public func validate(at path: String) throws {
        if let levels, !(levels.isFinite && levels >= 1 && levels <= 65535) {
            throw TransformError.invalidValue(
                path: path + ".levels", expected: "a number of levels in [1, 65535]", found: "\(levels)",
                advice: "use 255 for 8-bit images")
        }
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters { NoParameters() }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        images.roundedStraightThrough(levelsPerUnit: levels ?? 255)
    }
}
