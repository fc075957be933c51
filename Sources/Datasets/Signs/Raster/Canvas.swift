/// A float image being drawn: planar channels, row-major, values in [0, 1].
///
/// Three channels hold an opaque RGB picture; four hold RGB premultiplied by
/// the alpha in the fourth, so that blending and filtering treat transparent
/// pixels correctly.
struct Canvas {
    let width: Int
    let height: Int
    let channels: Int
    /// Channel planes one after the other: `planes[(channel * height + y) * width + x]`.
    var planes: [Float]

    /// A canvas with every channel of every pixel set to `fill[channel]`.
    init(width: Int, height: Int, fill: [Float]) {
        self.width = width
        self.height = height
        self.channels = fill.count
        planes = fill.flatMap { [Float](repeating: $0, count: width * height) }
    }

    /// The number of pixels in one plane.
    var planeSize: Int { width * height }

    /// The 8-bit interleaved pixels of the canvas, alpha un-premultiplied;
    /// values are rounded and clamped to [0, 255].
    func pixelBuffer() -> PixelBuffer {
        var bytes = [UInt8](repeating: 0, count: planeSize * channels)
        let hasAlpha = channels == 4
        for pixel in 0..<planeSize {
            let alpha = hasAlpha ? planes[3 * planeSize + pixel] : 1
            let scale: Float = hasAlpha ? (alpha > 0 ? 1 / alpha : 0) : 1
            for channel in 0..<channels {
                let value = channel == 3 ? alpha : planes[channel * planeSize + pixel] * scale
                bytes[pixel * channels + channel] = UInt8(min(max(value * 255 + 0.5, 0), 255))
            }
        }
        return PixelBuffer(width: width, height: height, channels: channels, bytes: bytes)
    }
}
