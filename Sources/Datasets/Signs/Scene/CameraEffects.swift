import Foundation
import Tensors

/// What the camera does to the whole picture: exposure, contrast, white
/// balance, lens blur and sensor noise, applied in place to an RGB canvas.
enum CameraEffects {
    /// Stretches intensities by `contrast` around mid-grey, then multiplies
    /// each channel by `brightness` times its `gains` entry.
    static func adjustTone(_ canvas: inout Canvas, brightness: Float, contrast: Float, gains: Colour) {
        for channel in 0..<3 {
            let gain = brightness * gains[channel]
            let range = (channel * canvas.planeSize)..<((channel + 1) * canvas.planeSize)
            for index in range {
                canvas.planes[index] = ((canvas.planes[index] - 0.5) * contrast + 0.5) * gain
            }
        }
    }

    /// A separable Gaussian blur with standard deviation `sigma` pixels;
    /// edges are extended. Does nothing for tiny sigmas.
    static func blur(_ canvas: inout Canvas, sigma: Float) {
        guard sigma >= 0.25 else { return }
        let radius = Int((3 * sigma).rounded(.up))
        var weights = (-radius...radius).map { exp(-Float($0 * $0) / (2 * sigma * sigma)) }
        let total = weights.reduce(0, +)
        weights = weights.map { $0 / total }
        let (width, height) = (canvas.width, canvas.height)
        var paddedRow = [Float](repeating: 0, count: width + 2 * radius)
        var rows = [Float](repeating: 0, count: canvas.planeSize)
        canvas.planes.withUnsafeMutableBufferPointer { planes in
            for channel in 0..<canvas.channels {
                let plane = planes.baseAddress! + channel * width * height
                // Horizontal pass into `rows`, through a row padded with its edge values.
                for y in 0..<height {
                    let source = plane + y * width
                    for x in 0..<(width + 2 * radius) { paddedRow[x] = source[min(max(x - radius, 0), width - 1)] }
                    for x in 0..<width {
                        var sum: Float = 0
                        for tap in 0...(2 * radius) { sum += weights[tap] * paddedRow[x + tap] }
                        rows[y * width + x] = sum
                    }
                }
                // Vertical pass back into the plane, a whole row of taps at a time.
                for y in 0..<height {
                    let target = plane + y * width
                    target.update(repeating: 0, count: width)
                    for tap in 0...(2 * radius) {
                        let sourceRow = min(max(y + tap - radius, 0), height - 1) * width
                        let weight = weights[tap]
                        for x in 0..<width { target[x] += weight * rows[sourceRow + x] }
                    }
                }
            }
        }
    }

    /// Adds zero-mean noise of standard deviation `sigma` to every value:
    /// a shared (luminance) part and a smaller per-channel (chroma) part,
    /// each the sum of two uniforms (a cheap bell shape).
    static func addNoise(_ canvas: inout Canvas, sigma: Float, using generator: inout RandomGenerator) {
        guard sigma > 0 else { return }
        // The sum of two uniforms in [-1, 1) has standard deviation sqrt(2/3).
        let scale = sigma / (2.0 / 3.0 as Float).squareRoot()
        func bell(_ bits: UInt64) -> Float {
            Float(bits & 0xFFFF) / 32768 + Float((bits >> 16) & 0xFFFF) / 32768 - 2
        }
        for pixel in 0..<canvas.planeSize {
            let first = generator.next(), second = generator.next()
            let shared = bell(first) * 0.8
            let own = Colour(bell(first >> 32), bell(second), bell(second >> 32))
            for channel in 0..<3 {
                canvas.planes[channel * canvas.planeSize + pixel] += (shared + own[channel] * 0.6) * scale
            }
        }
    }
}
