/// Entry points that let benchmarks time the internal kernels directly.
public enum KernelProbe {
    /// C = A·B for row-major A (m×k), B (k×n), C (m×n), through the same single
    /// GEMM entry point every kernel uses (so with BLAS's own threading).
    public static func multiply(
        m: Int, n: Int, k: Int, a: [Float], b: [Float], into c: inout [Float]
    ) {
        precondition(
            a.count == m * k && b.count == k * n && c.count == m * n,
            "KernelProbe.multiply: buffers of \(a.count), \(b.count), \(c.count) values do not fit m=\(m) n=\(n) k=\(k)")
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    matrixMultiply(
                        transposeA: false, transposeB: false, m: m, n: n, k: k,
                        a: a.baseAddress!, lda: k, b: b.baseAddress!, ldb: n, c: c.baseAddress!, ldc: n)
                }
            }
        }
    }

    /// The number of cores the kernels spread work over.
    public static var coreCount: Int { ProcessorCount.value }
}
