import Tensors

/// Saturation: each pixel moves towards (factor < 1) or away from (> 1) its
/// Rec. 601 luma, clipped to [0, 1]. Gray images are unchanged.
public struct Saturation: Transform {
    /// The factor: 0 is gray, 1 the identity (StegaStamp desaturates by U(0, 1)).
    public var factor: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case factor
    }

    /// Saturation factors drawn from `factor`.
    public init(factor: ParameterRange) {
        self.factor = factor
    }

    /// One image's factor.
    public struct Parameters: Codable, Equatable, Sendable {
        /// The saturation factor.
        public var factor: Float
    }

    public static let name = "saturation"

    public func validate(at path: String) throws {
        try factor.validate(within: 0...4, at: path + ".factor")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(factor: factor.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        guard images.shape[1] == 3 else { return images }
        let matrices = Tensor(shape: [parameters.count, 3, 3], scalars: parameters.flatMap { ColourMatrices.saturation($0.factor) })
        return images.mixingChannels(matrices).clamped(to: 0...1)
    }
}
