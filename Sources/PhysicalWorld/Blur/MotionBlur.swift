import Tensors

/// Linear motion blur (camera shake): each image is filtered with a streak
/// of its own length (pixels) and angle (degrees), in one per-image
/// `filtered2d`. The kernel size is the smallest odd size holding the
/// longest streak of the range (at most twice the image size less one); a length of at most 1 is the identity.
public struct MotionBlur: Transform {
    /// Streak length in pixels.
    public var length: ParameterRange
    /// Streak direction in degrees (default [0, 180]: any direction).
    public var angle: ParameterRange?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case length, angle
    }

    /// Motion blur with streaks drawn from `length` and `angle`.
    public init(length: ParameterRange, angle: ParameterRange? = nil) {
        self.length = length
        self.angle = angle
    }

    /// One image's streak.
    public struct Parameters: Codable, Equatable, Sendable {
        /// Length in pixels.
        public var length: Float
        /// Direction in degrees.
        public var angle: Float
    }

    public static let name = "motionBlur"

    public func validate(at path: String) throws {
        try length.validate(within: 0...31, at: path + ".length", unit: " pixels")
        try angle?.validate(within: -360...360, at: path + ".angle", unit: " degrees")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let streak = length.sample(using: &generator)
        return Parameters(length: streak, angle: (angle ?? ParameterRange(0, 180)).sample(using: &generator))
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let longest = max(1, Int(length.upper.rounded(.up)))
        let size = images.fittingKernelSize(longest % 2 == 1 ? longest : longest + 1)
        let kernels = parameters.map {
            Tensor.motionBlurKernel(length: $0.length, angle: $0.angle * .pi / 180, size: size)
        }
        return images.filteredPerImage(kernels)
    }
}
