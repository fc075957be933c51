import Tensors
import StrictCoding

/// A closed interval a parameter is drawn from uniformly, written in JSON as
/// `[lower, upper]` or as one number for a fixed value.
public struct ParameterRange: Codable, Equatable, Sendable, CustomStringConvertible {
    /// The smallest value.
    public let lower: Float
    /// The largest value.
    public let upper: Float

    /// The interval `lower...upper`; both must be finite with `lower ≤ upper`.
    public init(_ lower: Float, _ upper: Float) {
        precondition(lower.isFinite && upper.isFinite && lower <= upper, "ParameterRange: invalid [\(lower), \(upper)]")
        self.lower = lower
        self.upper = upper
    }

    /// The interval `-magnitude...magnitude`.
    public static func symmetric(_ magnitude: Float) -> ParameterRange { ParameterRange(-magnitude, magnitude) }

    /// The one value `value`.
    public static func fixed(_ value: Float) -> ParameterRange { ParameterRange(value, value) }

    /// Decodes `[lower, upper]` or a single number.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let path = JSONPath.string(decoder.codingPath)
        let bounds: [Float]
        if let value = try? container.decode(Float.self) {
            bounds = [value, value]
        } else if let pair = try? container.decode([Float].self), pair.count == 2 {
            bounds = pair
        } else {
            throw TransformError.invalidValue(
                path: path, expected: "a range [lower, upper] of two numbers, or one number",
                found: "another JSON value", advice: "write the range as e.g. [0.9, 1.1]")
        }
        guard bounds.allSatisfy(\.isFinite), bounds[0] <= bounds[1] else {
            throw TransformError.invalidValue(
                path: path, expected: "finite bounds with lower ≤ upper", found: "[\(bounds[0]), \(bounds[1])]",
                advice: "swap or correct the bounds")
        }
        self.init(bounds[0], bounds[1])
    }

    /// Encodes `[lower, upper]`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode([lower, upper])
    }

    /// A uniform draw from the interval.
    public func sample(using generator: inout RandomGenerator) -> Float {
        generator.uniform(in: lower...upper)
    }

    /// Throws unless the whole interval lies within `bounds`.
    public func validate(within bounds: ClosedRange<Float>, at path: String, unit: String = "") throws {
        guard bounds.contains(lower), bounds.contains(upper) else {
            throw TransformError.invalidValue(
                path: path, expected: "a range within [\(bounds.lowerBound), \(bounds.upperBound)]\(unit)",
                found: description, advice: "narrow the range to the allowed bounds")
        }
    }

    /// `[lower, upper]`.
    public var description: String { "[\(lower), \(upper)]" }
}
