#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Batch normalisation for inference: y = scale·(x − mean)/√(variance + ε) + offset
/// per channel (axis 1) of an N,C,… tensor, with fixed statistics of shape [C]
/// (ONNX `BatchNormalization` in inference mode).
///
/// Differentiable with respect to every argument (x, scale, offset, mean,
/// variance); attacks only ask for x.
public func batchNorm(
    _ x: Tensor, scale: Tensor, offset: Tensor, mean: Tensor, variance: Tensor, epsilon: Float = 1e-5
) -> Tensor {
    let (batch, channels, spatial) = batchNormLayout("batchNorm", x, scale: scale, offset: offset)
    precondition(
        mean.shape == [channels] && variance.shape == [channels],
        "batchNorm: mean \(mean.shape) and variance \(variance.shape) must be [\(channels)] for input \(x.shape)")
    let inverse = variance.scalars.map { 1 / sqrtf($0 + epsilon) }
    let (xs, gamma, mu) = (x.detached(), scale.detached(), mean.detached())
    let multiplier = zip(gamma.scalars, inverse).map(*)
    let shift = (0..<channels).map { offset.scalars[$0] - mu.scalars[$0] * multiplier[$0] }
    // Whole (image, channel) planes per core, once the input is large enough.
    let planesPerChunk = Swift.max(1, parallelElementThreshold / 2 / Swift.max(spatial, 1))
    let scalars = makeScalars(x.scalarCount, zeroed: false) { output in
        xs.scalars.withUnsafeBufferPointer { source in
            parallelChunks(batch * channels, minimumChunk: planesPerChunk) { planes in
                for plane in planes {
                    let base = plane * spatial, (a, b) = (multiplier[plane % channels], shift[plane % channels])
                    for index in base..<(base + spatial) { output[index] = a * source[index] + b }
                }
            }
        }
    }
    return Tensor.recordingOperation(
        shape: x.shape, scalars: scalars, inputs: [x, scale, offset, mean, variance]
    ) { gradient, needs in
        var inputGradient: Tensor?
        if needs[0] {
            inputGradient = Tensor(shape: xs.shape, scalars: makeScalars(xs.scalarCount, zeroed: false) { target in
                gradient.scalars.withUnsafeBufferPointer { source in
                    parallelChunks(batch * channels, minimumChunk: planesPerChunk) { planes in
                        for plane in planes {
                            let base = plane * spatial, a = multiplier[plane % channels]
                            for index in base..<(base + spatial) { target[index] = a * source[index] }
                        }
                    }
                }
            })
        }
        // Per channel: Σ g and Σ g·x̂.
        var sumGradient = [Float](repeating: 0, count: channels)
        var sumGradientNormalised = [Float](repeating: 0, count: channels)
        if needs[1] || needs[2] || needs[3] || needs[4] {
            for image in 0..<batch {
                for channel in 0..<channels {
                    let base = (image * channels + channel) * spatial
                    var g: Float = 0, gx: Float = 0
                    for index in base..<(base + spatial) {
                        g += gradient.scalars[index]
                        gx += gradient.scalars[index] * (xs.scalars[index] - mu.scalars[channel]) * inverse[channel]
                    }
                    sumGradient[channel] += g
                    sumGradientNormalised[channel] += gx
                }
            }
        }
        return [
            inputGradient,
            needs[1] ? Tensor(sumGradientNormalised) : nil,
            needs[2] ? Tensor(sumGradient) : nil,
            needs[3] ? Tensor((0..<channels).map { -multiplier[$0] * sumGradient[$0] }) : nil,
            needs[4]
                ? Tensor((0..<channels).map { -0.5 * multiplier[$0] * inverse[$0] * sumGradientNormalised[$0] }) : nil,
        ]
    }
}

/// Batch normalisation for training: normalises each channel (axis 1) of an
/// N,C,… tensor with the statistics of this batch (mean and biased variance
/// over every axis but 1), then applies `scale` and `offset`.
///
/// Returns the output (differentiable with respect to x, scale and offset,
/// through the batch statistics) and the batch mean and biased variance
/// (plain tensors of shape [C]) for updating running statistics.
public func batchNormTraining(
    _ x: Tensor, scale: Tensor, offset: Tensor, epsilon: Float = 1e-5
) -> (output: Tensor, mean: Tensor, variance: Tensor) {
    let (batch, channels, spatial) = batchNormLayout("batchNormTraining", x, scale: scale, offset: offset)
    let count = batch * spatial
    precondition(count > 0, "batchNormTraining: input \(x.shape) has no values per channel")
    let xs = x.detached(), gamma = scale.detached()
    var mean = [Float](repeating: 0, count: channels), variance = [Float](repeating: 0, count: channels)
    xs.scalars.withUnsafeBufferPointer { source in
        for channel in 0..<channels {
            var total: Double = 0
            for image in 0..<batch {
                total += Double(rowSum(source.baseAddress! + (image * channels + channel) * spatial, count: spatial))
            }
            let mu = Float(total / Double(count))
            var squares: Double = 0
            for image in 0..<batch {
                let row = source.baseAddress! + (image * channels + channel) * spatial
                var partial: Float = 0
                for index in 0..<spatial {
                    let d = row[index] - mu
                    partial += d * d
                }
                squares += Double(partial)
            }
            mean[channel] = mu
            variance[channel] = Float(squares / Double(count))
        }
    }
    let inverse = variance.map { 1 / sqrtf($0 + epsilon) }
    var normalised = [Float](repeating: 0, count: x.scalarCount)
    let scalars = makeScalars(x.scalarCount, zeroed: false) { output in
        for image in 0..<batch {
            for channel in 0..<channels {
                let base = (image * channels + channel) * spatial
                let (mu, inv, a, b) = (mean[channel], inverse[channel], gamma.scalars[channel], offset.scalars[channel])
                for index in base..<(base + spatial) {
                    let value = (xs.scalars[index] - mu) * inv
                    normalised[index] = value
                    output[index] = a * value + b
                }
            }
        }
    }
    let xHat = normalised
    let output = Tensor.recordingOperation(shape: x.shape, scalars: scalars, inputs: [x, scale, offset]) {
        gradient, needs in
        var sumGradient = [Float](repeating: 0, count: channels)
        var sumGradientNormalised = [Float](repeating: 0, count: channels)
        for image in 0..<batch {
            for channel in 0..<channels {
                let base = (image * channels + channel) * spatial
                var g: Float = 0, gx: Float = 0
                for index in base..<(base + spatial) {
                    g += gradient.scalars[index]
                    gx += gradient.scalars[index] * xHat[index]
                }
                sumGradient[channel] += g
                sumGradientNormalised[channel] += gx
            }
        }
        var inputGradient: Tensor?
        if needs[0] {
            // dx = γ/σ · (g − mean(g) − x̂·mean(g·x̂)), means over the channel's values.
            inputGradient = Tensor(shape: xs.shape, scalars: makeScalars(xs.scalarCount, zeroed: false) { target in
                for image in 0..<batch {
                    for channel in 0..<channels {
                        let base = (image * channels + channel) * spatial
                        let a = gamma.scalars[channel] * inverse[channel]
                        let meanG = sumGradient[channel] / Float(count)
                        let meanGX = sumGradientNormalised[channel] / Float(count)
                        for index in base..<(base + spatial) {
                            target[index] = a * (gradient.scalars[index] - meanG - xHat[index] * meanGX)
                        }
                    }
                }
            })
        }
        return [inputGradient, needs[1] ? Tensor(sumGradientNormalised) : nil, needs[2] ? Tensor(sumGradient) : nil]
    }
    return (output, Tensor(mean), Tensor(variance))
}

/// Batch normalisation for training that also updates running statistics
/// (`running ← (1 − momentum)·running + momentum·batch`, unbiased variance,
/// PyTorch's convention). Returns the normalised output.
public func batchNormTraining(
    _ x: Tensor, scale: Tensor, offset: Tensor, updating running: inout BatchNormStatistics,
    momentum: Float = 0.1, epsilon: Float = 1e-5
) -> Tensor {
    let result = batchNormTraining(x, scale: scale, offset: offset, epsilon: epsilon)
    running.update(
        batchMean: result.mean, batchVariance: result.variance, count: x.scalarCount / Swift.max(x.shape[1], 1),
        momentum: momentum)
    return result.output
}

/// Checks shapes and returns (N, C, values per image and channel).
private func batchNormLayout(_ operation: String, _ x: Tensor, scale: Tensor, offset: Tensor) -> (Int, Int, Int) {
    precondition(x.rank >= 2, "\(operation): input must be N,C or N,C,H,W, got shape \(x.shape)")
    let channels = x.shape[1]
    precondition(
        scale.shape == [channels] && offset.shape == [channels],
        "\(operation): scale \(scale.shape) and offset \(offset.shape) must be [\(channels)] for input \(x.shape)")
    return (x.shape[0], channels, x.shape[2...].elementCount)
}
