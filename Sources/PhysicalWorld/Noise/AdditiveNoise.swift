import Tensors

/// Additive noise (Gaussian by default), x + s·z clipped to [0, 1], with z normal or
/// uniform in [−1, 1] and the scale s drawn per image; each image's noise
/// comes from its own recorded seed.
public struct AdditiveNoise: Transform {
    /// The scale s (standard deviation, or half-width for uniform noise).
    public var deviation: ParameterRange
    /// Gaussian (default) or uniform.
    public var distribution: NoiseDistribution?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case deviation, distribution
    }

    /// Noise of scale drawn from `deviation`.
    public init(deviation: ParameterRange, distribution: NoiseDistribution? = nil) {
        self.deviation = deviation
        self.distribution = distribution
    }

    /// One image's noise.
    public struct Parameters: Codable, Equatable, Sendable {
        /// s.
        public var deviation: Float
        /// The seed of the image's noise pattern.
        public var seed: UInt32
    }

    public static let name = "noise"

    public func validate(at path: String) throws {
        try deviation.validate(within: 0...1, at: path + ".deviation")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let scale = deviation.sample(using: &generator)
        return Parameters(deviation: scale, seed: UInt32(truncatingIfNeeded: generator.next()))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let noise = Tensor.unitNoise(
            seeds: parameters.map(\.seed), imageShape: Array(images.shape.dropFirst()),
            distribution: distribution ?? .gaussian)
        return (images + noise * Tensor.perImage(parameters.map(\.deviation))).clamped(to: 0...1)
    }
}
