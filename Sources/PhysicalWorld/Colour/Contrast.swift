import Tensors

/// Multiplicative contrast (exposure): x · c, clipped to [0, 1] (Kurakin et
/// al., Thys et al.; Eykholt et al.'s multiplicative colour shift).
public struct Contrast: Transform {
    /// The factor c.
    public var factor: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case factor
    }

    /// Contrast factors drawn from `factor`.
    public init(factor: ParameterRange) {
        self.factor = factor
    }

    /// One image's factor.
    public struct Parameters: Codable, Equatable, Sendable {
        /// c.
        public var factor: Float
    }

    public static let name = "contrast"

    public func validate(at path: String) throws {
        try factor.validate(within: 0...10, at: path + ".factor")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(factor: factor.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        (images * Tensor.perImage(parameters.map(\.factor))).clamped(to: 0...1)
    }
}
