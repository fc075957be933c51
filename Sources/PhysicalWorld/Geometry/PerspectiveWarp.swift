import Tensors

/// A perspective warp from jittered corners (a homography, one bilinear
/// `gridSample` for the whole batch): each corner of the image content moves
/// by its own offset, a fraction of the width (x) and height (y), as when a
/// print is photographed off-axis.
///
/// Offsets are drawn uniformly in [−jitter, jitter] or normally with standard
/// deviation `jitter`, and clipped to ±0.45 so the quadrilateral never folds.
public struct PerspectiveWarp: Transform {
    /// The offset scale, a fraction of the image size.
    public var jitter: Float
    /// Uniform (default) or normal offsets.
    public var distribution: JitterDistribution?
    /// What shows outside the warped image (default `border`).
    public var padding: WarpPadding?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case jitter, distribution, padding
    }

    /// A warp with corner offsets of scale `jitter`.
    public init(jitter: Float, distribution: JitterDistribution? = nil, padding: WarpPadding? = nil) {
        self.jitter = jitter
        self.distribution = distribution
        self.padding = padding
    }

    /// One image's corner offsets.
    public struct Parameters: Codable, Equatable, Sendable {
        /// (dx, dy) of the top-left, top-right, bottom-right and bottom-left
        /// corners, as fractions of the width and height: eight values.
        public var corners: [Float]
    }

    public static let name = "perspective"

    public func validate(at path: String) throws {
        guard jitter.isFinite, (0...0.45).contains(jitter) else {
            throw TransformError.invalidValue(
                path: path + ".jitter", expected: "a fraction of the image size in [0, 0.45]", found: "\(jitter)",
                advice: "use e.g. 0.1 for offsets up to a tenth of the image")
        }
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let offsets = (0..<8).map { _ -> Float in
            let value = distribution == .normal
                ? generator.normal(standardDeviation: jitter) : generator.uniform(in: -jitter...jitter)
            return min(0.45, max(-0.45, value))
        }
        return Parameters(corners: offsets)
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        images.warped(byMatrices: parameters.map { Homography.mapping(corners: $0.corners) }, padding: padding ?? .border)
    }
}
