import Tensors

/// Poisson-Gaussian sensor noise (the heteroscedastic model of raw camera
/// noise): x + √(a·x + b²)·z clipped to [0, 1], with z standard normal, the
/// shot-noise gain a (variance per unit signal) and the read-noise standard
/// deviation b drawn per image; each image's noise comes from its own seed.
public struct SensorNoise: Transform {
    /// The shot-noise gain a.
    public var shot: ParameterRange
    /// The read-noise standard deviation b.
    public var read: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case shot, read
    }

    /// Sensor noise with gains drawn from the given ranges.
    public init(shot: ParameterRange, read: ParameterRange) {
        self.shot = shot
        self.read = read
    }

    /// One image's noise.
    public struct Parameters: Codable, Equatable, Sendable {
        /// a.
        public var shot: Float
        /// b.
        public var read: Float
        /// The seed of the image's noise pattern.
        public var seed: UInt32
    }

    public static let name = "sensorNoise"

    public func validate(at path: String) throws {
        try shot.validate(within: 0...1, at: path + ".shot")
        try read.validate(within: 0...1, at: path + ".read")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let a = shot.sample(using: &generator), b = read.sample(using: &generator)
        return Parameters(shot: a, read: b, seed: UInt32(truncatingIfNeeded: generator.next()))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let noise = Tensor.unitNoise(
            seeds: parameters.map(\.seed), imageShape: Array(images.shape.dropFirst()), distribution: .gaussian)
        let gains = Tensor.perImage(parameters.map(\.shot))
        let floor = Tensor.perImage(parameters.map { $0.read * $0.read + 1e-12 })
        let deviation = sqrt(images.clamped(to: 0...1) * gains + floor)
        return (images + deviation * noise).clamped(to: 0...1)
    }
}
