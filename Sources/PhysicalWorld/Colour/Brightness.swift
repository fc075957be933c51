import Tensors

/// Additive brightness: x + δ, clipped to [0, 1] (Kurakin et al., Athalye et al., Thys et al.).
public struct Brightness: Transform {
    /// The shift δ, in image units (1 = full scale).
    public var delta: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case delta
    }

    /// Brightness shifts drawn from `delta`.
    public init(delta: ParameterRange) {
        self.delta = delta
    }

    /// One image's shift.
    public struct Parameters: Codable, Equatable, Sendable {
        /// δ.
        public var delta: Float
    }

    public static let name = "brightness"

    public func validate(at path: String) throws {
        try delta.validate(within: -1...1, at: path + ".delta")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        Parameters(delta: delta.sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        (images + Tensor.perImage(parameters.map(\.delta))).clamped(to: 0...1)
    }
}
