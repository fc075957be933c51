#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where one copy of a patch lands on an image: its centre, its scale and
/// its rotation.
///
/// At scale 1 a patch pixel covers one image pixel; the patch is rotated
/// about its centre, counter-clockwise as displayed.
public struct PatchPlacement: Codable, Equatable, Sendable {
    /// The centre's horizontal position as a fraction of the image width (0 = left edge).
    public var centreX: Float
    /// The centre's vertical position as a fraction of the image height (0 = top edge).
    public var centreY: Float
    /// The size factor (1 keeps the patch's own pixel size).
    public var scale: Float
    /// Degrees, counter-clockwise as displayed.
    public var rotation: Float

    /// A placement.
    public init(centreX: Float, centreY: Float, scale: Float = 1, rotation: Float = 0) {
        precondition(scale > 0, "a patch placement needs a positive scale, got \(scale)")
        self.centreX = centreX
        self.centreY = centreY
        self.scale = scale
        self.rotation = rotation
    }

    /// The row-major 2×3 map from an image's normalised output coordinates
    /// to the patch's normalised coordinates (the θ of `affineGrid`), for a
    /// `patchWidth`×`patchHeight` patch on a `imageWidth`×`imageHeight` image.
    public func samplingMatrix(imageWidth: Int, imageHeight: Int, patchWidth: Int, patchHeight: Int) -> [Float] {
        let angle = Double(rotation) * .pi / 180
        let (c, s) = (cos(angle), sin(angle))
        let scaledWidth = Double(scale) * Double(patchWidth), scaledHeight = Double(scale) * Double(patchHeight)
        let (w, h) = (Double(imageWidth), Double(imageHeight))
        let (x0, y0) = (2 * Double(centreX) - 1, 2 * Double(centreY) - 1)
        let row0 = [w * c / scaledWidth, -h * s / scaledWidth]
        let row1 = [w * s / scaledHeight, h * c / scaledHeight]
        return [
            row0[0], row0[1], -(row0[0] * x0 + row0[1] * y0),
            row1[0], row1[1], -(row1[0] * x0 + row1[1] * y0),
        ].map { Float($0) }
    }
}
