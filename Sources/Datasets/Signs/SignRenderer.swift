/// Renders clean signs: centred, upright, filling the image, no perturbation.
/// Use them for sample images, for patch scenes, and as the texture the
/// scene generator warps.
public enum SignRenderer {
    /// The sign on a transparent square image `size` pixels wide (RGBA,
    /// straight alpha).
    public static func render(_ sign: SignClass, size: Int) -> PixelBuffer {
        canvas(sign, size: size, fill: [0, 0, 0, 0]).pixelBuffer()
    }

    /// The sign on an opaque background colour (RGB), e.g. `(255, 255, 255)`.
    public static func render(
        _ sign: SignClass, size: Int, background: (red: UInt8, green: UInt8, blue: UInt8)
    ) -> PixelBuffer {
        let fill = [background.red, background.green, background.blue].map { Float($0) / 255 }
        return canvas(sign, size: size, fill: fill).pixelBuffer()
    }

    /// The sign drawn over a canvas filled with `fill` (three values for an
    /// opaque background, four for premultiplied RGBA).
    static func canvas(_ sign: SignClass, size: Int, fill: [Float]) -> Canvas {
        precondition(size > 0, "a sign needs a positive size, got \(size)")
        var canvas = Canvas(width: size, height: size, fill: fill)
        Rasterizer.unitSquare(pixels: size).draw(sign.artwork, into: &canvas)
        return canvas
    }
}
