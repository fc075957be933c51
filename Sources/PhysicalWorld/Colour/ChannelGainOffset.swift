import Tensors

/// Per-channel gain and offset, x_c · g_c + o_c clipped to [0, 1]: a
/// printer's colour cast and a camera's white balance. Each channel draws its
/// own gain and offset; a missing range is not varied.
public struct ChannelGainOffset: Transform {
    /// The gain of each channel.
    public var gain: ParameterRange?
    /// The offset of each channel, in image units.
    public var offset: ParameterRange?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case gain, offset
    }

    /// Gains and offsets drawn from the given ranges.
    public init(gain: ParameterRange? = nil, offset: ParameterRange? = nil) {
        self.gain = gain
        self.offset = offset
    }

    /// One image's gains and offsets (red, green, blue; a gray image uses the first).
    public struct Parameters: Codable, Equatable, Sendable {
        /// g for each channel.
        public var gains: [Float]
        /// o for each channel.
        public var offsets: [Float]
    }

    public static let name = "channelGainOffset"

    public func validate(at path: String) throws {
        try gain?.validate(within: 0...10, at: path + ".gain")
        try offset?.validate(within: -1...1, at: path + ".offset")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let gains = (0..<3).map { _ in gain?.sample(using: &generator) ?? 1 }
        let offsets = (0..<3).map { _ in offset?.sample(using: &generator) ?? 0 }
        return Parameters(gains: gains, offsets: offsets)
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let channels = images.shape[1], count = parameters.count
        let gains = Tensor(shape: [count, channels, 1, 1], scalars: parameters.flatMap { $0.gains.prefix(channels) })
        let offsets = Tensor(shape: [count, channels, 1, 1], scalars: parameters.flatMap { $0.offsets.prefix(channels) })
        return (images * gains + offsets).clamped(to: 0...1)
    }
}
