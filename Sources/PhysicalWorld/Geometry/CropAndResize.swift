import Tensors

/// Crops a random rectangle and resizes it back to the full image (bilinear
/// sampling): the left and top edges are drawn from `start`, the right and
/// bottom edges from `end`, as fractions of the width and height (Eykholt et
/// al.: start [0, 0.2], end [0.8, 1]).
public struct CropAndResize: Transform {
    /// Where the left and top edges fall, fractions in [0, 1).
    public var start: ParameterRange
    /// Where the right and bottom edges fall, fractions in (0, 1].
    public var end: ParameterRange

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case start, end
    }

    /// A crop whose edges fall in the given ranges.
    public init(start: ParameterRange, end: ParameterRange) {
        self.start = start
        self.end = end
    }

    /// One image's crop rectangle, fractions of the width and height.
    public struct Parameters: Codable, Equatable, Sendable {
        /// Left edge.
        public var left: Float
        /// Top edge.
        public var top: Float
        /// Right edge.
        public var right: Float
        /// Bottom edge.
        public var bottom: Float
    }

    public static let name = "crop"

    public func validate(at path: String) throws {
        try start.validate(within: 0...1, at: path + ".start")
        try end.validate(within: 0...1, at: path + ".end")
        guard start.upper < end.lower else {
            throw TransformError.invalidValue(
                path: path, expected: "start edges before end edges (start.upper < end.lower)",
                found: "start \(start), end \(end)", advice: "e.g. start [0, 0.2] and end [0.8, 1]")
        }
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let left = start.sample(using: &generator), top = start.sample(using: &generator)
        let right = end.sample(using: &generator), bottom = end.sample(using: &generator)
        return Parameters(left: left, top: top, right: right, bottom: bottom)
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        // Output x ∈ [−1, 1] samples the input at the crop's centre + x · its half-width.
        let matrices = parameters.map { p -> [Float] in
            [p.right - p.left, 0, p.left + p.right - 1, 0, p.bottom - p.top, p.top + p.bottom - 1]
        }
        return images.warped(byMatrices: matrices, padding: .border)
    }
}
