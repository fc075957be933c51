#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The softmax (or log-softmax) of every line along an axis. The maximum of
/// each line is subtracted first, so large logits cannot overflow. Lines are
/// walked so that memory is read contiguously (for an inner axis, a whole
/// `[extent, inner]` block at a time), in parallel over the outer dimension.
func softmaxLines(_ x: [Float], layout: AxisLayout, logarithm: Bool) -> [Float] {
    let (outer, extent, inner) = (layout.outer, layout.extent, layout.inner)
    let count = x.count
    let blockSize = extent * inner
    return [Float](unsafeUninitializedCapacity: count) { output, initialized in
        x.withUnsafeBufferPointer { source in
            let input = source.baseAddress!, out = output.baseAddress!
            parallelChunks(outer, minimumChunk: Swift.max(1, parallelElementThreshold / Swift.max(blockSize, 1))) {
                blocks in
                // Per inner position: the running maximum, then the sum of exponentials.
                if inner == 1 {
                    for line in blocks {
                        let row = input + line * extent, target = out + line * extent
                        var largest = -Float.infinity
                        for j in 0..<extent { largest = Swift.max(largest, row[j]) }
                        if largest == -.infinity { largest = 0 }
                        var total: Float = 0
                        for j in 0..<extent {
                            let e = expf(row[j] - largest)
                            target[j] = e
                            total += e
                        }
                        if logarithm {
                            let logTotal = logf(total)
                            for j in 0..<extent { target[j] = (row[j] - largest) - logTotal }
                        } else {
                            let scale = 1 / total
                            for j in 0..<extent { target[j] *= scale }
                        }
                    }
                    return
                }
                var largest = [Float](repeating: 0, count: inner)
                var totals = [Float](repeating: 0, count: inner)
                for block in blocks {
                    let base = block * blockSize
                    for i in 0..<inner { largest[i] = -.infinity }
                    for j in 0..<extent {
                        let row = input + base + j * inner
                        for i in 0..<inner { largest[i] = Swift.max(largest[i], row[i]) }
                    }
                    for i in 0..<inner {
                        if largest[i] == -.infinity { largest[i] = 0 }
                        totals[i] = 0
                    }
                    for j in 0..<extent {
                        let row = input + base + j * inner, target = out + base + j * inner
                        for i in 0..<inner {
                            let e = expf(row[i] - largest[i])
                            target[i] = e
                            totals[i] += e
                        }
                    }
                    if logarithm {
                        // (x − max) − log Σ: subtracting the maximum first keeps
                        // the precision of the shifted values for large logits.
                        for i in 0..<inner { totals[i] = logf(totals[i]) }
                        for j in 0..<extent {
                            let row = input + base + j * inner, target = out + base + j * inner
                            for i in 0..<inner { target[i] = (row[i] - largest[i]) - totals[i] }
                        }
                    } else {
                        for i in 0..<inner { totals[i] = 1 / totals[i] }
                        for j in 0..<extent {
                            let target = out + base + j * inner
                            for i in 0..<inner { target[i] *= totals[i] }
                        }
                    }
                }
            }
        }
        initialized = count
    }
}

/// The backward pass of softmax and log-softmax along an axis, given the
/// output gradient `g` and the forward output `y`:
/// softmax: `y ⊙ (g − Σ g⊙y)`; log-softmax: `g − exp(y) ⊙ Σ g`.
func softmaxLinesBackward(_ g: [Float], output y: [Float], layout: AxisLayout, logarithm: Bool) -> [Float] {
    let (outer, extent, inner) = (layout.outer, layout.extent, layout.inner)
    let count = y.count
    let blockSize = extent * inner
    return [Float](unsafeUninitializedCapacity: count) { result, initialized in
        g.withUnsafeBufferPointer { gradientBuffer in
            y.withUnsafeBufferPointer { outputBuffer in
                let gradient = gradientBuffer.baseAddress!, forward = outputBuffer.baseAddress!
                let target = result.baseAddress!
                parallelChunks(outer, minimumChunk: Swift.max(1, parallelElementThreshold / Swift.max(blockSize, 1))) {
                    blocks in
                    if inner == 1 {
                        for line in blocks {
                            let gs = gradient + line * extent, ys = forward + line * extent
                            let out = target + line * extent
                            var total: Float = 0
                            if logarithm {
                                for j in 0..<extent { total += gs[j] }
                                for j in 0..<extent { out[j] = gs[j] - expf(ys[j]) * total }
                            } else {
                                for j in 0..<extent { total += gs[j] * ys[j] }
                                for j in 0..<extent { out[j] = ys[j] * (gs[j] - total) }
                            }
                        }
                        return
                    }
                    var totals = [Float](repeating: 0, count: inner)
                    for block in blocks {
                        let base = block * blockSize
                        for i in 0..<inner { totals[i] = 0 }
                        for j in 0..<extent {
                            let gs = gradient + base + j * inner, ys = forward + base + j * inner
                            if logarithm {
                                for i in 0..<inner { totals[i] += gs[i] }
                            } else {
                                for i in 0..<inner { totals[i] += gs[i] * ys[i] }
                            }
                        }
                        for j in 0..<extent {
                            let offset = base + j * inner
                            let gs = gradient + offset, ys = forward + offset, out = target + offset
                            if logarithm {
                                for i in 0..<inner { out[i] = gs[i] - expf(ys[i]) * totals[i] }
                            } else {
                                for i in 0..<inner { out[i] = ys[i] * (gs[i] - totals[i]) }
                            }
                        }
                    }
                }
            }
        }
        initialized = count
    }
}

extension Tensor {
    /// The softmax along `axis`: `exp(x − max) / Σ exp(x − max)` on every line,
    /// so each line sums to 1 (negative axes count from the end).
    public func softmax(alongAxis axis: Int = -1) -> Tensor {
        let layout = AxisLayout(shape: shape, axis: normalisedAxis(axis, rank: rank))
        let probabilities = softmaxLines(scalars, layout: layout, logarithm: false)
        return Tensor.recordingOperation(shape: shape, scalars: probabilities, inputs: [self]) { gradient, _ in
            [Tensor(shape: gradient.shape, scalars: softmaxLinesBackward(
                gradient.scalars, output: probabilities, layout: layout, logarithm: false))]
        }
    }

    /// The logarithm of the softmax along `axis`, computed stably as
    /// `x − max − log Σ exp(x − max)`.
    public func logSoftmax(alongAxis axis: Int = -1) -> Tensor {
        let layout = AxisLayout(shape: shape, axis: normalisedAxis(axis, rank: rank))
        let logProbabilities = softmaxLines(scalars, layout: layout, logarithm: true)
        return Tensor.recordingOperation(shape: shape, scalars: logProbabilities, inputs: [self]) { gradient, _ in
            [Tensor(shape: gradient.shape, scalars: softmaxLinesBackward(
                gradient.scalars, output: logProbabilities, layout: layout, logarithm: true))]
        }
    }
}
