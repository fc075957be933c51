import Foundation
import Tensors

/// How light falls on the sign's face: a gradient from one side to the other
/// (shade, a nearby shadow), sometimes a soft spot of glare (sun or flash on
/// the reflective film), and paint faded toward grey.
struct SignLighting {
    /// The direction (in sign coordinates) in which the light grows.
    let direction: Point
    /// The change of light from the centre to the edge along `direction`.
    let strength: Float
    /// How far the paint has faded toward its grey, in [0, 1].
    let fading: Float
    /// The centre of the glare spot, in sign coordinates.
    let glareCentre: Point
    /// How far the glare whitens the paint at its centre, in [0, 1]; 0 for none.
    let glare: Float
    /// The reciprocal of the squared radius of the glare spot.
    let glareFalloff: Float

    /// Draws the lighting from the augmentation ranges.
    init(augmentation: SceneAugmentation, using generator: inout RandomGenerator) {
        let angle = generator.uniform(in: 0...(2 * .pi))
        direction = Point(cos(angle), sin(angle))
        strength = generator.uniform(in: 0...augmentation.shading)
        fading = generator.uniform(in: augmentation.fading)
        glareCentre = Point(generator.uniform(in: -0.7...0.7), generator.uniform(in: -0.7...0.7))
        glare = generator.bernoulli(probability: augmentation.glareProbability) ? generator.uniform(in: 0.2...0.7) : 0
        let radius = generator.uniform(in: 0.25...0.7)
        glareFalloff = 1 / (radius * radius)
    }

    /// The lit premultiplied colour of texture colour `colour` with coverage
    /// `alpha` at sign position `position`.
    @inline(__always) func light(_ colour: Colour, alpha: Float, at position: Point) -> Colour {
        let grey = (colour * Colour(0.3, 0.59, 0.11)).sum() * 0.9 + 0.08 * alpha
        let faded = colour + (Colour(repeating: grey) - colour) * fading
        let lit = faded * (1 + strength * (direction * position).sum())
        guard glare > 0 else { return lit }
        let offset = position - glareCentre
        let spot = glare * exp(-(offset * offset).sum() * glareFalloff)
        return lit + (Colour(repeating: alpha) - lit) * spot
    }
}
