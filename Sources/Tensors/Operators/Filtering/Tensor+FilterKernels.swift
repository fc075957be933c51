#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Tensor {
    /// A normalised 2-D Gaussian kernel of standard deviation `sigma` pixels,
    /// shaped size×size; `size` defaults to 2·⌈3σ⌉ + 1 (odd, covering ±3σ).
    /// `sigma` 0 gives the 1×1 identity kernel.
    public static func gaussianKernel(sigma: Float, size: Int? = nil) -> Tensor {
        let line = gaussianWeights(sigma: sigma, size: size)
        return Tensor(shape: [line.count, line.count], scalars: line.flatMap { a in line.map { a * $0 } })
    }

    /// The normalised 1-D Gaussian whose outer product is ``gaussianKernel(sigma:size:)``.
    static func gaussianWeights(sigma: Float, size: Int?) -> [Float] {
        precondition(sigma >= 0 && sigma.isFinite, "gaussianKernel: sigma must be finite and non-negative, got \(sigma)")
        let extent = size ?? (2 * Int((3 * sigma).rounded(.up)) + 1)
        precondition(extent >= 1, "gaussianKernel: size must be positive, got \(extent)")
        guard sigma > 0 else {
            var delta = [Float](repeating: 0, count: extent)
            delta[extent / 2] = 1
            return delta
        }
        let centre = Float(extent - 1) / 2
        let line = (0..<extent).map { expf(-pow(Float($0) - centre, 2) / (2 * sigma * sigma)) }
        let total = line.reduce(0, +)
        return line.map { $0 / total }
    }

    /// A normalised linear motion-blur kernel: a line segment of `length`
    /// pixels through the kernel centre at `angle` radians (counter-clockwise
    /// from the +x axis, with image rows pointing down), drawn with bilinear
    /// anti-aliasing of one point per pixel of length (so length 3 at angle 0
    /// is the box [⅓, ⅓, ⅓] in the middle row). `size` (odd) defaults to the smallest odd size ≥ `length`, holding
    /// the segment. A length of at most 1 gives the identity.
    public static func motionBlurKernel(length: Float, angle: Float, size: Int? = nil) -> Tensor {
        precondition(length >= 0 && length.isFinite, "motionBlurKernel: length must be finite and non-negative, got \(length)")
        precondition(angle.isFinite, "motionBlurKernel: angle must be finite, got \(angle)")
        let whole = Swift.max(1, Int(length.rounded(.up)))
        let extent = size ?? (whole % 2 == 1 ? whole : whole + 1)
        precondition(extent >= 1 && extent % 2 == 1, "motionBlurKernel: size must be odd and positive, got \(extent)")
        var values = [Float](repeating: 0, count: extent * extent)
        let centre = Float(extent / 2)
        let (dx, dy) = (cosf(angle), -sinf(angle))
        // One point per pixel of streak, evenly spaced between the centres of
        // the end pixels: an integer length at angle 0 is an exact box.
        let samples = Swift.max(1, Int(length.rounded()))
        let spacing = samples > 1 ? (length - 1) / Float(samples - 1) : 0
        for sample in 0..<samples {
            let t = (Float(sample) - Float(samples - 1) / 2) * spacing
            let (x, y) = (centre + t * dx, centre + t * dy)
            let (x0, y0) = (Int(x.rounded(.down)), Int(y.rounded(.down)))
            let (fx, fy) = (x - Float(x0), y - Float(y0))
            for (yy, xx, weight) in [
                (y0, x0, (1 - fx) * (1 - fy)), (y0, x0 + 1, fx * (1 - fy)), (y0 + 1, x0, (1 - fx) * fy), (y0 + 1, x0 + 1, fx * fy),
            ] where yy >= 0 && yy < extent && xx >= 0 && xx < extent {
                values[yy * extent + xx] += weight
            }
        }
        let total = values.reduce(0, +)
        return Tensor(shape: [extent, extent], scalars: values.map { $0 / total })
    }
}
