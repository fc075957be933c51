/// The ranges the scene generator draws each sign's pose, lighting, camera
/// effects and background from. Every value is drawn uniformly from its range
/// (or from -x...x for a single bound).
public struct SceneAugmentation: Equatable, Sendable {
    /// Half the sign's width as a fraction of the image width.
    public var signScale: ClosedRange<Float>
    /// The largest offset of the sign's centre from the image centre, as a
    /// fraction of the image width, each axis.
    public var maximumShift: Float
    /// The largest in-plane rotation in degrees, either way.
    public var maximumRotation: Float
    /// The largest displacement of each corner of the sign, as a fraction of
    /// its half-width; this gives the perspective of an oblique view.
    public var perspectiveJitter: Float
    /// The factor all intensities are multiplied by (exposure).
    public var brightness: ClosedRange<Float>
    /// The factor intensities are stretched by around mid-grey.
    public var contrast: ClosedRange<Float>
    /// The largest relative change of each colour channel's gain (white balance).
    public var colourCast: Float
    /// How far the sign's paint is faded toward grey (sun-bleaching).
    public var fading: ClosedRange<Float>
    /// The largest strength of the light gradient across the sign's face.
    public var shading: Float
    /// The probability of a soft spot of glare on the sign's face.
    public var glareProbability: Float
    /// The standard deviation of the Gaussian blur, in pixels of a 64-pixel
    /// image (scaled with the image size).
    public var blur: ClosedRange<Float>
    /// The standard deviation of the per-pixel sensor noise, in [0, 1] units.
    public var noise: ClosedRange<Float>
    /// The probability that the sign is mounted on a visible pole.
    public var poleProbability: Float
    /// The number of random shapes strewn over the background.
    public var clutter: ClosedRange<Int>

    /// Creates a set of ranges; the defaults are ``standard``.
    public init(
        signScale: ClosedRange<Float> = 0.3...0.46, maximumShift: Float = 0.07, maximumRotation: Float = 12,
        perspectiveJitter: Float = 0.14, brightness: ClosedRange<Float> = 0.55...1.25,
        contrast: ClosedRange<Float> = 0.7...1.15, colourCast: Float = 0.12, fading: ClosedRange<Float> = 0...0.35,
        shading: Float = 0.35, glareProbability: Float = 0.2, blur: ClosedRange<Float> = 0...1.1, noise: ClosedRange<Float> = 0...0.045,
        poleProbability: Float = 0.6, clutter: ClosedRange<Int> = 0...6
    ) {
        self.signScale = signScale
        self.maximumShift = maximumShift
        self.maximumRotation = maximumRotation
        self.perspectiveJitter = perspectiveJitter
        self.brightness = brightness
        self.contrast = contrast
        self.colourCast = colourCast
        self.fading = fading
        self.shading = shading
        self.glareProbability = glareProbability
        self.blur = blur
        self.noise = noise
        self.poleProbability = poleProbability
        self.clutter = clutter
    }

    /// What is wrong with these ranges, one sentence per problem naming the
    /// property, the allowed values and the value found; empty when usable.
    public var problems: [String] {
        var problems: [String] = []
        func check(_ condition: Bool, _ property: String, _ allowed: String, _ found: Any) {
            if !condition { problems.append("\(property) must be \(allowed), got \(found)") }
        }
        check(signScale.lowerBound > 0 && signScale.upperBound <= 1, "signScale", "within 0 exclusive...1", signScale)
        check(maximumShift >= 0, "maximumShift", "at least 0", maximumShift)
        check(maximumRotation >= 0 && maximumRotation <= 90, "maximumRotation", "in 0...90 degrees", maximumRotation)
        check(perspectiveJitter >= 0 && perspectiveJitter < 0.5, "perspectiveJitter", "in 0..<0.5", perspectiveJitter)
        check(brightness.lowerBound >= 0, "brightness", "non-negative", brightness)
        check(contrast.lowerBound >= 0, "contrast", "non-negative", contrast)
        check(colourCast >= 0 && colourCast < 1, "colourCast", "in 0..<1", colourCast)
        check(fading.lowerBound >= 0 && fading.upperBound <= 1, "fading", "within 0...1", fading)
        check(shading >= 0 && shading < 1, "shading", "in 0..<1", shading)
        check(glareProbability >= 0 && glareProbability <= 1, "glareProbability", "in 0...1", glareProbability)
        check(blur.lowerBound >= 0, "blur", "non-negative", blur)
        check(noise.lowerBound >= 0, "noise", "non-negative", noise)
        check(poleProbability >= 0 && poleProbability <= 1, "poleProbability", "in 0...1", poleProbability)
        check(clutter.lowerBound >= 0, "clutter", "non-negative", clutter)
        return problems
    }

    /// The ranges the shipped sign models are trained on.
    public static let standard = SceneAugmentation()
}
