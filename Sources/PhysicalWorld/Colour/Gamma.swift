import Tensors

/// A tone curve x^γ (a camera's or printer's gamma mismatch); values are
/// first kept above 10⁻⁴ so the gradient stays finite at black.
public struct Gamma: Transform {
    /// The exponent γ (1 is the identity).
    public var exponent: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case exponent
    }

    /// Exponents drawn from `exponent`.
    public init(exponent: ParameterRange) {
        self.exponent = exponent
    }

    /// One image's exponent.
    public struct Parameters: Codable, Equatable, Sendable {
        /// γ.
        public var exponent: Float
    }

    public static let name = "gamma"

    public func validate(at path: String) throws {
        try exponent.validate(within: 0.1...10, at: path + ".exponent")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(exponent: exponent.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        pow(images.clamped(to: 1e-4...1), Tensor.perImage(parameters.map(\.exponent)))
    }
}
