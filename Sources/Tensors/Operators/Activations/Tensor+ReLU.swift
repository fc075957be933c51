extension Tensor {
    /// `max(x, 0)` for every value (NaN gives 0); the gradient at 0 is 0.
    ///
    /// ReLU runs on every activation of a CNN, so it has its own eight-lane
    /// loops instead of ``mappingElementwise(_:derivative:)``'s per-value
    /// closure calls. The backward pass masks the output gradient where the
    /// output is positive (exactly where the input is), so it keeps only the
    /// output, not the input.
    public func relu() -> Tensor {
        let outputs = ReLUKernels.forward(scalars)
        guard isTrackingGradient else { return Tensor(shape: shape, scalars: outputs) }
        return Tensor.recordingOperation(shape: shape, scalars: outputs, inputs: [self]) { gradient, _ in
            [Tensor(shape: gradient.shape, scalars: ReLUKernels.backward(gradient.scalars, outputs: outputs))]
        }
    }
}

/// ReLU's forward and backward loops, eight values at a time, in parallel for
/// large inputs.
enum ReLUKernels {
    /// `x > 0 ? x : 0` for every value.
    static func forward(_ x: [Float]) -> [Float] {
        map(x, x) { value, _ in SIMD8<Float>().replacing(with: value, where: value .> 0) }
    }

    /// `gradient · (output > 0 ? 1 : 0)` for every value (a product, so an
    /// infinite or NaN gradient where the output is 0 gives NaN, as the
    /// generic elementwise rule does).
    static func backward(_ gradient: [Float], outputs: [Float]) -> [Float] {
        map(gradient, outputs) { g, y in g * SIMD8<Float>().replacing(with: 1, where: y .> 0) }
    }

    /// `f` over corresponding lanes of two arrays of one length; the tail
    /// goes through `f` in a zero-padded vector.
    @inline(__always)
    private static func map(
        _ a: [Float], _ b: [Float], _ f: (SIMD8<Float>, SIMD8<Float>) -> SIMD8<Float>
    ) -> [Float] {
        precondition(a.count == b.count, "ReLUKernels: \(a.count) and \(b.count) values")
        let count = a.count
        return [Float](unsafeUninitializedCapacity: count) { output, initialized in
            a.withUnsafeBufferPointer { first in
                b.withUnsafeBufferPointer { second in
                    guard count > 0 else { return }
                    let x = first.baseAddress!, y = second.baseAddress!, target = output.baseAddress!
                    parallelChunks(count, minimumChunk: parallelElementThreshold / 2) { range in
                        var index = range.lowerBound
                        while index + 8 <= range.upperBound {
                            let result = f(
                                UnsafeRawPointer(x + index).loadUnaligned(as: SIMD8<Float>.self),
                                UnsafeRawPointer(y + index).loadUnaligned(as: SIMD8<Float>.self))
                            UnsafeMutableRawPointer(target + index).storeBytes(of: result, as: SIMD8<Float>.self)
                            index += 8
                        }
                        if index < range.upperBound {
                            var lastA = SIMD8<Float>(), lastB = SIMD8<Float>()
                            for lane in 0..<(range.upperBound - index) {
                                lastA[lane] = x[index + lane]
                                lastB[lane] = y[index + lane]
                            }
                            let result = f(lastA, lastB)
                            for lane in 0..<(range.upperBound - index) { target[index + lane] = result[lane] }
                        }
                    }
                }
            }
            initialized = count
        }
    }
}
