#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A tensor viewed as `[outer, extent, inner]` around one axis: the layout of
/// every "along an axis" operation.
struct AxisLayout {
    let outer: Int
    let extent: Int
    let inner: Int

    init(shape: [Int], axis: Int) {
        outer = shape[..<axis].reduce(1, *)
        extent = shape[axis]
        inner = shape[(axis + 1)...].reduce(1, *)
    }

    /// Calls `body(start, stride)` for every line along the axis: the values
    /// `start + j·stride` for `j` in `0..<extent`.
    @inline(__always)
    func forEachLine(_ body: (_ start: Int, _ stride: Int) -> Void) {
        for outerIndex in 0..<outer {
            for innerIndex in 0..<inner {
                body(outerIndex * extent * inner + innerIndex, inner)
            }
        }
    }
}

/// Writes the log-softmax (or softmax) of every line along an axis; the
/// maximum of each line is subtracted first, so large logits cannot overflow.
func softmaxLines(_ x: [Float], layout: AxisLayout, logarithm: Bool) -> [Float] {
    var output = [Float](repeating: 0, count: x.count)
    x.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target in
            let input = source.baseAddress!, out = target.baseAddress!
            let extent = layout.extent
            layout.forEachLine { start, stride in
                var largest = -Float.infinity
                for j in 0..<extent { largest = Swift.max(largest, input[start + j * stride]) }
                if largest == -.infinity { largest = 0 }
                var total: Float = 0
                for j in 0..<extent {
                    let e = expf(input[start + j * stride] - largest)
                    out[start + j * stride] = e
                    total += e
                }
                if logarithm {
                    // (x − max) − log Σ: subtracting the maximum first keeps
                    // the precision of the shifted values for large logits.
                    let logTotal = logf(total)
                    for j in 0..<extent { out[start + j * stride] = (input[start + j * stride] - largest) - logTotal }
                } else {
                    let scale = 1 / total
                    for j in 0..<extent { out[start + j * stride] *= scale }
                }
            }
        }
    }
    return output
}

extension Tensor {
    /// The softmax along `axis`: `exp(x − max) / Σ exp(x − max)` on every line,
    /// so each line sums to 1 (negative axes count from the end).
    public func softmax(alongAxis axis: Int = -1) -> Tensor {
        let layout = AxisLayout(shape: shape, axis: normalisedAxis(axis, rank: rank))
        let probabilities = softmaxLines(scalars, layout: layout, logarithm: false)
        return Tensor.recordingOperation(shape: shape, scalars: probabilities, inputs: [self]) { gradient, _ in
            // dx = y ⊙ (g − Σ g⊙y along the axis)
            var result = [Float](repeating: 0, count: probabilities.count)
            gradient.scalars.withUnsafeBufferPointer { g in
                layout.forEachLine { start, stride in
                    var dot: Float = 0
                    for j in 0..<layout.extent { dot += g[start + j * stride] * probabilities[start + j * stride] }
                    for j in 0..<layout.extent {
                        let index = start + j * stride
                        result[index] = probabilities[index] * (g[index] - dot)
                    }
                }
            }
            return [Tensor(shape: gradient.shape, scalars: result)]
        }
    }

    /// The logarithm of the softmax along `axis`, computed stably as
    /// `x − max − log Σ exp(x − max)`.
    public func logSoftmax(alongAxis axis: Int = -1) -> Tensor {
        let layout = AxisLayout(shape: shape, axis: normalisedAxis(axis, rank: rank))
        let logProbabilities = softmaxLines(scalars, layout: layout, logarithm: true)
        return Tensor.recordingOperation(shape: shape, scalars: logProbabilities, inputs: [self]) { gradient, _ in
            // dx = g − softmax ⊙ Σ g along the axis
            var result = [Float](repeating: 0, count: logProbabilities.count)
            gradient.scalars.withUnsafeBufferPointer { g in
                layout.forEachLine { start, stride in
                    var total: Float = 0
                    for j in 0..<layout.extent { total += g[start + j * stride] }
                    for j in 0..<layout.extent {
                        let index = start + j * stride
                        result[index] = g[index] - expf(logProbabilities[index]) * total
                    }
                }
            }
            return [Tensor(shape: gradient.shape, scalars: result)]
        }
    }
}
