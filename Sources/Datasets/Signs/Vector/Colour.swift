/// A colour: red, green and blue in [0, 1] (sRGB values).
typealias Colour = SIMD3<Float>

/// The colour with each channel clamped to [0, 1].
@inline(__always) func unitClamped(_ colour: Colour) -> Colour {
    colour.clamped(lowerBound: Colour(repeating: 0), upperBound: Colour(repeating: 1))
}
