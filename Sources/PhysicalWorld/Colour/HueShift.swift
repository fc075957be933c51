import Tensors

/// Hue shift: the chroma of every pixel rotates by an angle in YIQ space,
/// luma kept, clipped to [0, 1]. Gray images are unchanged.
public struct HueShift: Transform {
    /// The rotation in degrees.
    public var degrees: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case degrees
    }

    /// Hue rotations drawn from `degrees`.
    public init(degrees: ParameterRange) {
        self.degrees = degrees
    }

    /// One image's rotation.
    public struct Parameters: Codable, Equatable, Sendable {
        /// Degrees.
        public var degrees: Float
    }

    public static let name = "hue"

    public func validate(at path: String) throws {
        try degrees.validate(within: -180...180, at: path + ".degrees", unit: " degrees")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(degrees: degrees.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        guard images.shape[1] == 3 else { return images }
        let matrices = Tensor(
            shape: [parameters.count, 3, 3], scalars: parameters.flatMap { ColourMatrices.hueRotation(degrees: $0.degrees) })
        return images.mixingChannels(matrices).clamped(to: 0...1)
    }
}
