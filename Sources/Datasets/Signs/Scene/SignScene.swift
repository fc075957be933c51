import Foundation
import Tensors

/// Composes one photograph-like picture of a sign: a random background, an
/// optional pole, the sign texture warped by a random homography and lit,
/// then camera effects.
enum SignScene {
    /// Renders the scene of the sign whose clean premultiplied RGBA texture
    /// is `texture`, into a new `size` x `size` RGB canvas.
    static func render(
        texture: Canvas, size: Int, augmentation: SceneAugmentation, using generator: inout RandomGenerator
    ) -> Canvas {
        var canvas = BackgroundPainter.paint(size: size, clutter: augmentation.clutter, using: &generator)
        let signToImage = pose(size: Float(size), augmentation: augmentation, using: &generator)
        if generator.bernoulli(probability: augmentation.poleProbability) {
            paintPole(&canvas, signToImage: signToImage, using: &generator)
        }
        let lighting = SignLighting(augmentation: augmentation, using: &generator)
        paintSign(texture, on: &canvas, signToImage: signToImage, lighting: lighting)
        CameraEffects.adjustTone(
            &canvas, brightness: generator.uniform(in: augmentation.brightness),
            contrast: generator.uniform(in: augmentation.contrast),
            gains: Colour(
                1 + generator.uniform(in: -augmentation.colourCast...augmentation.colourCast),
                1 + generator.uniform(in: -augmentation.colourCast...augmentation.colourCast),
                1 + generator.uniform(in: -augmentation.colourCast...augmentation.colourCast)))
        CameraEffects.blur(&canvas, sigma: generator.uniform(in: augmentation.blur) * Float(size) / 64)
        CameraEffects.addNoise(&canvas, sigma: generator.uniform(in: augmentation.noise), using: &generator)
        return canvas
    }

    /// The random mapping from sign coordinates ([-1, 1] square) to pixels:
    /// scale, rotation, shift, and corner jitter for perspective.
    private static func pose(size: Float, augmentation: SceneAugmentation, using generator: inout RandomGenerator)
        -> Homography
    {
        let halfWidth = generator.uniform(in: augmentation.signScale) * size
        let angle = generator.uniform(in: -augmentation.maximumRotation...augmentation.maximumRotation) * .pi / 180
        let shift = Point(
            generator.uniform(in: -augmentation.maximumShift...augmentation.maximumShift),
            generator.uniform(in: -augmentation.maximumShift...augmentation.maximumShift))
        let centre = (Point(0.5, 0.5) + shift) * size
        let jitter = augmentation.perspectiveJitter
        let corners = [Point(-1, -1), Point(1, -1), Point(1, 1), Point(-1, 1)]
        let placed = corners.map { corner -> Point in
            let moved = corner + Point(generator.uniform(in: -jitter...jitter), generator.uniform(in: -jitter...jitter))
            let rotated = Point(
                moved.x * cos(angle) - moved.y * sin(angle), moved.x * sin(angle) + moved.y * cos(angle))
            return centre + rotated * halfWidth
        }
        return Homography(mapping: corners, to: placed)
    }

    /// A metal pole from behind the sign down past the bottom of the image.
    private static func paintPole(_ canvas: inout Canvas, signToImage: Homography, using generator: inout RandomGenerator)
    {
        let halfWidth = generator.uniform(in: 0.05...0.09)
        let outline = [Point(-halfWidth, 0), Point(halfWidth, 0), Point(halfWidth, 3), Point(-halfWidth, 3)]
        let metal = SignPalette.metal * generator.uniform(in: 0.55...1.1)
        Rasterizer.pixelSpace.fill(.polygon(outline.map(signToImage.apply)), with: metal, into: &canvas)
        let highlight = [Point(-halfWidth * 0.5, 0), Point(0, 0), Point(0, 3), Point(-halfWidth * 0.5, 3)]
        Rasterizer.pixelSpace.fill(
            .polygon(highlight.map(signToImage.apply)), with: unitClamped(metal * 1.25), opacity: 0.6, into: &canvas)
    }

    /// Warps the texture onto the canvas: each pixel averages 2x2 bilinear
    /// samples of the texture at the inverse-mapped positions, is lit, and is
    /// blended over the background by its coverage.
    private static func paintSign(
        _ texture: Canvas, on canvas: inout Canvas, signToImage: Homography, lighting: SignLighting
    ) {
        let corners = [Point(-1, -1), Point(1, -1), Point(1, 1), Point(-1, 1)]
        let placed = corners.map(signToImage.apply)
        let imageToSign = Homography(mapping: placed, to: corners)
        let lower = placed.dropFirst().reduce(placed[0]) { pointwiseMin($0, $1) }
        let upper = placed.dropFirst().reduce(placed[0]) { pointwiseMax($0, $1) }
        let firstX = max(Int(lower.x.rounded(.down)), 0), lastX = min(Int(upper.x.rounded(.up)), canvas.width - 1)
        let firstY = max(Int(lower.y.rounded(.down)), 0), lastY = min(Int(upper.y.rounded(.up)), canvas.height - 1)
        guard firstX <= lastX, firstY <= lastY else { return }
        let offsets = [Point(0.25, 0.25), Point(0.75, 0.25), Point(0.25, 0.75), Point(0.75, 0.75)]
        let (width, plane) = (canvas.width, canvas.planeSize)
        texture.planes.withUnsafeBufferPointer { texels in
            let sampler = TextureSampler(planes: texels, width: texture.width, height: texture.height)
            canvas.planes.withUnsafeMutableBufferPointer { planes in
                for y in firstY...lastY {
                    for x in firstX...lastX {
                        var sample = SIMD4<Float>(repeating: 0)
                        for offset in offsets {
                            sample += sampler.sample(at: imageToSign.apply(Point(Float(x), Float(y)) + offset))
                        }
                        sample /= 4
                        guard sample.w > 0 else { continue }
                        let centre = imageToSign.apply(Point(Float(x) + 0.5, Float(y) + 0.5))
                        let lit = lighting.light(Colour(sample.x, sample.y, sample.z), alpha: sample.w, at: centre)
                        let pixel = y * width + x
                        for channel in 0..<3 {
                            let index = channel * plane + pixel
                            planes[index] = planes[index] * (1 - sample.w) + lit[channel]
                        }
                    }
                }
            }
        }
    }
}
