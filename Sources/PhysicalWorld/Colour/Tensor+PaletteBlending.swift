#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

extension Tensor {
    /// Every pixel p of an M,C,H,W batch moved towards its soft nearest
    /// palette colour: p + s_m·(Σ_k w_k c_k − p) with w = softmax_k(−‖p − c_k‖²/τ).
    ///
    /// `palette` holds K colours of C values each. One fused pass per pixel
    /// on both cores, forward and backward (the weights are recomputed in the
    /// backward pass rather than stored). With c̄ = Σ_k w_k c_k and output
    /// gradient g, the input gradient is
    /// (1 − s)·g + s·(2/τ)·(Σ_k w_k (g·c_k) c_k − (g·c̄) c̄).
    func blendedTowardsPalette(_ palette: [Float], strengths: [Float], temperature: Float) -> Tensor {
        let (count, channels) = (shape[0], shape[1])
        let plane = shape[2] * shape[3], colours = palette.count / channels
        let input = detached()
        let inverseTemperature = 1 / temperature

        typealias Values = UnsafeMutablePointer<Float>
        /// Calls `body(image, pixel, values, weights, c̄, work)` for every pixel,
        /// `work` being room for 2·C values.
        func forEachPixel(_ body: (Int, Int, Values, Values, Values, Values) -> Void) {
            input.scalars.withUnsafeBufferPointer { source in
                parallelChunks(count * plane, minimumChunk: 4096) { range in
                    let scratch = UnsafeMutablePointer<Float>.allocate(capacity: 4 * channels + colours)
                    defer { scratch.deallocate() }
                    let (values, mean, work, weights) = (scratch, scratch + channels, scratch + 2 * channels, scratch + 4 * channels)
                    for index in range {
                        let (image, pixel) = index.quotientAndRemainder(dividingBy: plane)
                        for channel in 0..<channels { values[channel] = source[(image * channels + channel) * plane + pixel] }
                        var largest = -Float.infinity
                        for k in 0..<colours {
                            var distance: Float = 0
                            for channel in 0..<channels {
                                let d = values[channel] - palette[k * channels + channel]
                                distance += d * d
                            }
                            weights[k] = -distance * inverseTemperature
                            largest = Swift.max(largest, weights[k])
                        }
                        var total: Float = 0
                        for k in 0..<colours {
                            weights[k] = expf(weights[k] - largest)
                            total += weights[k]
                        }
                        for channel in 0..<channels { mean[channel] = 0 }
                        for k in 0..<colours {
                            weights[k] /= total
                            for channel in 0..<channels { mean[channel] += weights[k] * palette[k * channels + channel] }
                        }
                        body(image, pixel, values, weights, mean, work)
                    }
                }
            }
        }

        var output = [Float](repeating: 0, count: scalarCount)
        output.withUnsafeMutableBufferPointer { target in
            forEachPixel { image, pixel, values, _, mean, _ in
                let s = strengths[image]
                for channel in 0..<channels {
                    target[(image * channels + channel) * plane + pixel] = values[channel] + s * (mean[channel] - values[channel])
                }
            }
        }
        return Tensor.recordingOperation(shape: shape, scalars: output, inputs: [self]) { gradient, _ in
            var result = [Float](repeating: 0, count: input.scalarCount)
            result.withUnsafeMutableBufferPointer { target in
                gradient.scalars.withUnsafeBufferPointer { upstream in
                    forEachPixel { image, pixel, _, weights, mean, work in
                        let s = strengths[image]
                        let (g, mixed) = (work, work + channels)
                        var gMean: Float = 0
                        for channel in 0..<channels {
                            g[channel] = upstream[(image * channels + channel) * plane + pixel]
                            mixed[channel] = 0
                            gMean += g[channel] * mean[channel]
                        }
                        for k in 0..<colours {
                            var gc: Float = 0
                            for channel in 0..<channels { gc += g[channel] * palette[k * channels + channel] }
                            for channel in 0..<channels { mixed[channel] += weights[k] * gc * palette[k * channels + channel] }
                        }
                        let factor = 2 * s * inverseTemperature
                        for channel in 0..<channels {
                            target[(image * channels + channel) * plane + pixel] =
                                (1 - s) * g[channel] + factor * (mixed[channel] - gMean * mean[channel])
                        }
                    }
                }
            }
            return [Tensor(shape: input.shape, scalars: result)]
        }
    }
}
