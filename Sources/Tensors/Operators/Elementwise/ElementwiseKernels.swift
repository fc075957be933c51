/// Tensors with at least this many values are processed on every core.
let parallelElementThreshold = 1 << 16

/// `f` applied to every value, in parallel for large inputs.
@inline(__always)
func elementwiseMap(_ x: [Float], _ f: (Float) -> Float) -> [Float] {
    let count = x.count
    return [Float](unsafeUninitializedCapacity: count) { output, initialized in
        x.withUnsafeBufferPointer { input in
            let source = input.baseAddress!, target = output.baseAddress!
            parallelChunks(count, minimumChunk: parallelElementThreshold / 2) { range in
                for index in range { target[index] = f(source[index]) }
            }
        }
        initialized = count
    }
}

/// `f` applied to corresponding values of two arrays of one length.
@inline(__always)
func elementwiseZip(_ a: [Float], _ b: [Float], _ f: (Float, Float) -> Float) -> [Float] {
    precondition(a.count == b.count, "elementwiseZip needs equal counts, got \(a.count) and \(b.count)")
    let count = a.count
    return [Float](unsafeUninitializedCapacity: count) { output, initialized in
        a.withUnsafeBufferPointer { first in
            b.withUnsafeBufferPointer { second in
                let x = first.baseAddress!, y = second.baseAddress!, target = output.baseAddress!
                parallelChunks(count, minimumChunk: parallelElementThreshold / 2) { range in
                    for index in range { target[index] = f(x[index], y[index]) }
                }
            }
        }
        initialized = count
    }
}

/// `f` applied to corresponding values of three arrays of one length.
@inline(__always)
func elementwiseZip3(_ a: [Float], _ b: [Float], _ c: [Float], _ f: (Float, Float, Float) -> Float) -> [Float] {
    precondition(a.count == b.count && b.count == c.count, "elementwiseZip3 needs equal counts")
    let count = a.count
    return [Float](unsafeUninitializedCapacity: count) { output, initialized in
        a.withUnsafeBufferPointer { first in
            b.withUnsafeBufferPointer { second in
                c.withUnsafeBufferPointer { third in
                    let x = first.baseAddress!, y = second.baseAddress!, z = third.baseAddress!
                    let target = output.baseAddress!
                    parallelChunks(count, minimumChunk: parallelElementThreshold / 2) { range in
                        for index in range { target[index] = f(x[index], y[index], z[index]) }
                    }
                }
            }
        }
        initialized = count
    }
}

/// `f` applied to values of `a` and `b` broadcast together (NumPy rules);
/// returns the result shape and its values. Same shapes and one-value
/// operands take direct loops; other cases walk a collapsed layout.
@inline(__always)
func broadcastingZip(
    _ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float
) -> (shape: [Int], scalars: [Float]) {
    if a.shape == b.shape {
        return (a.shape, elementwiseZip(a.scalars, b.scalars, f))
    }
    let shape = broadcastShape(a.shape, b.shape)
    if b.scalarCount == 1 && shape == a.shape {
        let value = b.scalars[0]
        return (shape, elementwiseMap(a.scalars) { f($0, value) })
    }
    if a.scalarCount == 1 && shape == b.shape {
        let value = a.scalars[0]
        return (shape, elementwiseMap(b.scalars) { f(value, $0) })
    }
    let layout = BroadcastLayout(shape: shape, a: a.shape, b: b.shape)
    let count = shape.elementCount
    let inner = layout.inner, strideA = layout.innerStrideA, strideB = layout.innerStrideB
    let scalars = [Float](unsafeUninitializedCapacity: count) { output, initialized in
        a.scalars.withUnsafeBufferPointer { first in
            b.scalars.withUnsafeBufferPointer { second in
                let x = first.baseAddress!, y = second.baseAddress!, target = output.baseAddress!
                let minimumRows = Swift.max(1, parallelElementThreshold / 2 / Swift.max(inner, 1))
                parallelChunks(layout.rowCount, minimumChunk: minimumRows) { rows in
                    for row in rows {
                        let (offsetA, offsetB) = layout.rowOffsets(row)
                        let out = target + row * inner
                        if strideA == 1 && strideB == 1 {
                            let xs = x + offsetA, ys = y + offsetB
                            for index in 0..<inner { out[index] = f(xs[index], ys[index]) }
                        } else if strideA == 1 {
                            let xs = x + offsetA, value = y[offsetB]
                            for index in 0..<inner { out[index] = f(xs[index], value) }
                        } else if strideB == 1 {
                            let ys = y + offsetB, value = x[offsetA]
                            for index in 0..<inner { out[index] = f(value, ys[index]) }
                        } else {
                            for index in 0..<inner {
                                out[index] = f(x[offsetA + index * strideA], y[offsetB + index * strideB])
                            }
                        }
                    }
                }
            }
        }
        initialized = count
    }
    return (shape, scalars)
}

/// The values of a tensor of shape `shape` summed down to `target`, a shape
/// that broadcasts to `shape` (the backward pass of broadcasting, and the
/// forward pass of sums over axes). Accumulates in Double.
func sumReduced(_ scalars: [Float], shape: [Int], to target: [Int]) -> [Float] {
    if shape == target { return scalars }
    let targetCount = target.elementCount
    if targetCount == 1 {
        var total = 0.0
        scalars.withUnsafeBufferPointer { values in
            for value in values { total += Double(value) }
        }
        return [Float(total)]
    }
    let layout = BroadcastLayout(shape: shape, a: shape, b: target)
    let inner = layout.inner, strideB = layout.innerStrideB
    var sums = [Double](repeating: 0, count: targetCount)
    scalars.withUnsafeBufferPointer { source in
        sums.withUnsafeMutableBufferPointer { accumulator in
            let x = source.baseAddress!, out = accumulator.baseAddress!
            for row in 0..<layout.rowCount {
                let (offsetA, offsetB) = layout.rowOffsets(row)
                let xs = x + offsetA
                if strideB == 0 {
                    var total = 0.0
                    for index in 0..<inner { total += Double(xs[index]) }
                    out[offsetB] += total
                } else {
                    let outs = out + offsetB
                    for index in 0..<inner { outs[index] += Double(xs[index]) }
                }
            }
        }
    }
    return sums.map { Float($0) }
}

extension Tensor {
    /// This (untracked) gradient summed down to `target`, the shape of an
    /// operand that was broadcast; returned unchanged when shapes agree.
    func summedForBroadcast(to target: [Int]) -> Tensor {
        if shape == target { return self }
        return Tensor(shape: target, scalars: sumReduced(scalars, shape: shape, to: target))
    }
}
