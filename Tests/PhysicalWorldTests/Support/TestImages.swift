#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// Small deterministic images for the transform tests.
enum TestImages {
    /// Uniform values in [lower, upper]: away from the clipping at 0 and 1.
    static func uniform(_ shape: [Int], in range: ClosedRange<Float> = 0.3...0.7, seed: UInt64 = 3) -> Tensor {
        var generator = RandomGenerator(seed: seed)
        return Tensor.uniform(shape, in: range, using: &generator)
    }

    /// A smooth colour image: slow sinusoids, different per channel and image.
    static func smooth(count: Int = 1, channels: Int = 3, height: Int, width: Int) -> Tensor {
        var values: [Float] = []
        for image in 0..<count {
            for channel in 0..<channels {
                for row in 0..<height {
                    for column in 0..<width {
                        let x = Float(column) / Float(width), y = Float(row) / Float(height)
                        let phase = Float(image + 2 * channel)
                        let wave = sinf(2 * .pi * x + phase) * cosf(.pi * y + phase / 2)
                        values.append(0.5 + 0.3 * wave)
                    }
                }
            }
        }
        return Tensor(shape: [count, channels, height, width], scalars: values)
    }
}
