import Tensors

/// JPEG compression at a quality drawn per image.
///
/// Forward: a real encode and decode in memory through libjpeg-turbo (4:2:0
/// for colour), so the values are exactly what a saved JPEG would give.
/// Backward: straight-through on those values with the gradient of
/// ``JPEGApproximation`` using ``JPEGRounding/smooth(sharpness:)`` (sharpness
/// 3 by default), evaluated at the input. The approximation is only computed
/// when the images are tracked for gradients.
public struct JPEGCompression: Transform {
    /// The quality, 1–100; drawn as a uniform integer of the range.
    public var quality: ParameterRange
    /// The soft-rounding sharpness α of the gradient model (default 3).
    public var sharpness: Float?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case quality, sharpness
    }

    /// JPEG at qualities drawn from `quality`.
    public init(quality: ParameterRange, sharpness: Float? = nil) {
        self.quality = quality
        self.sharpness = sharpness
    }

    /// One image's quality.
    public struct Parameters: Codable, Equatable, Sendable {
        /// 1–100.
        public var quality: Int
    }

    public static let name = "jpeg"

    public func validate(at path: String) throws {
        try quality.validate(within: 1...100, at: path + ".quality")
        guard quality.lower.rounded(.up) <= quality.upper.rounded(.down) else {
            throw TransformError.invalidValue(
                path: path + ".quality", expected: "a range holding a whole quality", found: quality.description,
                advice: "use whole numbers such as [50, 95]")
        }
        if let sharpness, !(sharpness.isFinite && sharpness > 0) {
            throw TransformError.invalidValue(
                path: path + ".sharpness", expected: "a positive sharpness", found: "\(sharpness)", advice: "use e.g. 3")
        }
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let lowest = Int(quality.lower.rounded(.up)), highest = Int(quality.upper.rounded(.down))
        return Parameters(quality: lowest + generator.integer(below: highest - lowest + 1))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) throws -> Tensor {
        let qualities = parameters.map(\.quality)
        let decoded = try TurboJPEG.roundTrip(images, qualities: qualities)
        guard images.isTrackingGradient else { return decoded }
        let model = JPEGApproximation.apply(images, qualities: qualities, rounding: .smooth(sharpness: sharpness ?? 3))
        return Tensor.recordingOperation(shape: decoded.shape, scalars: decoded.scalars, inputs: [model]) { gradient, _ in
            [gradient]
        }
    }
}
