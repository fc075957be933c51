#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// Rotation, scale, translation and shear as one affine warp (one bilinear
/// `gridSample` for the whole batch).
///
/// The content is sheared, rotated and scaled about the image centre, then
/// moved. Angles are in degrees, positive counter-clockwise as displayed;
/// translation is a fraction of the image width (x) and height (y), drawn
/// independently per axis. With `translationInBounds`, a drawn translation t
/// is a fraction of the room the scaled image leaves, |1 − scale|/2, so
/// [-1, 1] means "anywhere the image fits" (Athalye et al., Brown et al.).
/// Missing ranges are not varied.
public struct AffineWarp: Transform {
    /// Rotation in degrees.
    public var rotation: ParameterRange?
    /// Scale factor (1 keeps the size).
    public var scale: ParameterRange?
    /// Translation as a fraction of the image size (or of the free room).
    public var translation: ParameterRange?
    /// Horizontal shear angle in degrees.
    public var shear: ParameterRange?
    /// Whether translation is a fraction of the room left by the scale.
    public var translationInBounds: Bool?
    /// What shows outside the warped image (default `border`).
    public var padding: WarpPadding?

    /// The JSON keys.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case rotation, scale, translation, shear, translationInBounds, padding
    }

    /// A warp with the given ranges.
    public init(
        rotation: ParameterRange? = nil, scale: ParameterRange? = nil, translation: ParameterRange? = nil,
        shear: ParameterRange? = nil, translationInBounds: Bool? = nil, padding: WarpPadding? = nil
    ) {
        self.rotation = rotation
        self.scale = scale
        self.translation = translation
        self.shear = shear
        self.translationInBounds = translationInBounds
        self.padding = padding
    }

    /// One image's warp.
    public struct Parameters: Codable, Equatable, Sendable {
        /// Degrees, counter-clockwise.
        public var rotation: Float
        /// Scale factor.
        public var scale: Float
        /// Horizontal shift, fraction of the width.
        public var translationX: Float
        /// Vertical shift (down), fraction of the height.
        public var translationY: Float
        /// Shear angle in degrees.
        public var shear: Float
    }

    public static let name = "affine"

    public func validate(at path: String) throws {
        try rotation?.validate(within: -180...180, at: path + ".rotation", unit: " degrees")
        try scale?.validate(within: 0.01...100, at: path + ".scale")
        try translation?.validate(within: -2...2, at: path + ".translation")
        try shear?.validate(within: -60...60, at: path + ".shear", unit: " degrees")
    }

    public func sampleParameters(using generator: inout RandomGenerator) -> Parameters {
        let angle = rotation?.sample(using: &generator) ?? 0
        let factor = scale?.sample(using: &generator) ?? 1
        var shiftX = translation?.sample(using: &generator) ?? 0
        var shiftY = translation?.sample(using: &generator) ?? 0
        let shearAngle = shear?.sample(using: &generator) ?? 0
        if translationInBounds == true {
            let room = abs(1 - factor) / 2
            shiftX *= room
            shiftY *= room
        }
        return Parameters(rotation: angle, scale: factor, translationX: shiftX, translationY: shiftY, shear: shearAngle)
    }

    public func apply(_ images: Tensor, parameters: [Parameters]) -> Tensor {
        let aspect = Float(images.shape[3]) / Float(images.shape[2])
        return images.warped(byMatrices: parameters.map { $0.samplingMatrix(aspect: aspect) }, padding: padding ?? .border)
    }
}

extension AffineWarp.Parameters {
    /// The row-major 2×3 map from output to input normalised coordinates.
    ///
    /// The warp A = scale·R·Sh acts on square-pixel coordinates (x·aspect, y);
    /// the sampling map is its inverse, converted back to normalised x.
    func samplingMatrix(aspect: Float) -> [Float] {
        let angle = Double(rotation) * .pi / 180
        let (c, s) = (cos(angle), sin(angle))
        let k = tan(Double(shear) * .pi / 180)
        let f = Double(scale)
        // Counter-clockwise as displayed with y pointing down: R = [[c, s], [-s, c]]; Sh = [[1, k], [0, 1]].
        let a = [f * c, f * (c * k + s), -f * s, f * (-s * k + c)]
        let determinant = a[0] * a[3] - a[1] * a[2]
        let inverse = [a[3] / determinant, -a[1] / determinant, -a[2] / determinant, a[0] / determinant]
        let r = Double(aspect)
        // Normalised x = u / r: conjugate by diag(r, 1).
        let m = [inverse[0], inverse[1] / r, inverse[2] * r, inverse[3]]
        let (tx, ty) = (2 * Double(translationX), 2 * Double(translationY))
        return [m[0], m[1], -(m[0] * tx + m[1] * ty), m[2], m[3], -(m[2] * tx + m[3] * ty)].map { Float($0) }
    }
}
