#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// Uneven light on the photographed surface: a linear light gradient across
/// the image and a lens vignette, x · (1 + g·(u·cos θ + v·sin θ) − w·(u² + v²)/2)
/// clipped to [0, 1], with (u, v) ∈ [−1, 1]² the position in the image.
/// Missing ranges are not varied.
public struct Illumination: Transform {
    /// The gradient strength g: the light changes by ±g from the centre to the edges.
    public var gradient: ParameterRange?
    /// The vignette strength w: the corners darken by w.
    public var vignette: ParameterRange?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case gradient, vignette
    }

    /// Light gradients and vignettes drawn from the given ranges (the gradient's direction is uniform).
    public init(gradient: ParameterRange? = nil, vignette: ParameterRange? = nil) {
        self.gradient = gradient
        self.vignette = vignette
    }

    /// One image's light.
    public struct Parameters: Codable, Equatable, Sendable {
        /// g.
        public var gradient: Float
        /// The gradient's direction θ in degrees.
        public var angle: Float
        /// w.
        public var vignette: Float
    }

    public static let name = "illumination"

    public func validate(at path: String) throws {
        try gradient?.validate(within: 0...1, at: path + ".gradient")
        try vignette?.validate(within: 0...1, at: path + ".vignette")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let strength = gradient?.sample(using: &generator) ?? 0
        let angle = generator.uniform(in: 0...360)
        return Parameters(gradient: strength, angle: angle, vignette: vignette?.sample(using: &generator) ?? 0)
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let (height, width) = (images.shape[2], images.shape[3])
        var light: [Float] = []
        light.reserveCapacity(parameters.count * height * width)
        for p in parameters {
            let radians = p.angle * .pi / 180
            let (c, s) = (cosf(radians), sinf(radians))
            for row in 0..<height {
                let v = (2 * Float(row) + 1) / Float(height) - 1
                for column in 0..<width {
                    let u = (2 * Float(column) + 1) / Float(width) - 1
                    light.append(1 + p.gradient * (u * c + v * s) - p.vignette * (u * u + v * v) / 2)
                }
            }
        }
        return (images * Tensor(shape: [parameters.count, 1, height, width], scalars: light)).clamped(to: 0...1)
    }
}
