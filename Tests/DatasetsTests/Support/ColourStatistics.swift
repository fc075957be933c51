@testable import Datasets

/// The share of a picture's (opaque) pixels whose colour passes `test`,
/// given red, green and blue in [0, 1].
func share(of image: PixelBuffer, where test: (Float, Float, Float) -> Bool) -> Double {
    var matching = 0, counted = 0
    for pixel in 0..<(image.width * image.height) {
        let base = pixel * image.channels
        if image.channels == 4 && image.bytes[base + 3] < 128 { continue }
        counted += 1
        let (r, g, b) = (Float(image.bytes[base]) / 255, Float(image.bytes[base + 1]) / 255, Float(image.bytes[base + 2]) / 255)
        if test(r, g, b) { matching += 1 }
    }
    return counted == 0 ? 0 : Double(matching) / Double(counted)
}

/// Sign-paint tests, loose enough for lighting and colour casts.
enum Paint {
    static func red(_ r: Float, _ g: Float, _ b: Float) -> Bool { r > 0.35 && r > 1.8 * g && r > 1.8 * b }
    static func blue(_ r: Float, _ g: Float, _ b: Float) -> Bool { b > 0.3 && b > 1.5 * r && b > 1.1 * g }
    static func yellow(_ r: Float, _ g: Float, _ b: Float) -> Bool { r > 0.5 && g > 0.4 && b < 0.5 * g }
    static func white(_ r: Float, _ g: Float, _ b: Float) -> Bool { min(r, g, b) > 0.8 }
    static func black(_ r: Float, _ g: Float, _ b: Float) -> Bool { max(r, g, b) < 0.2 }
}

/// The picture reflected left to right.
func mirrored(_ image: PixelBuffer) -> PixelBuffer {
    var bytes = image.bytes
    for y in 0..<image.height {
        for x in 0..<image.width {
            for channel in 0..<image.channels {
                bytes[(y * image.width + x) * image.channels + channel] =
                    image.bytes[(y * image.width + image.width - 1 - x) * image.channels + channel]
            }
        }
    }
    return PixelBuffer(width: image.width, height: image.height, channels: image.channels, bytes: bytes)
}
