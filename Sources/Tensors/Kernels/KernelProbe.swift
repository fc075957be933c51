/// Entry points that let benchmarks time the internal kernels directly.
public enum KernelProbe {
    /// C = op(A)·op(B) for row-major matrices (op(A) m×k, op(B) k×n, C m×n),
    /// through the same single GEMM entry point every kernel uses.
    public static func multiply(
        m: Int, n: Int, k: Int, a: UnsafePointer<Float>, transposeA: Bool = false,
        b: UnsafePointer<Float>, transposeB: Bool = false, into c: UnsafeMutablePointer<Float>
    ) {
        matrixMultiply(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
            a: a, lda: transposeA ? m : k, b: b, ldb: transposeB ? k : n, c: c, ldc: n)
    }

    /// C = A·B for row-major A (m×k), B (k×n), C (m×n) held in arrays.
    public static func multiply(m: Int, n: Int, k: Int, a: [Float], b: [Float], into c: inout [Float]) {
        precondition(
            a.count == m * k && b.count == k * n && c.count == m * n,
            "KernelProbe.multiply: buffers of \(a.count), \(b.count), \(c.count) values do not fit m=\(m) n=\(n) k=\(k)")
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                c.withUnsafeMutableBufferPointer { c in
                    multiply(m: m, n: n, k: k, a: a.baseAddress!, b: b.baseAddress!, into: c.baseAddress!)
                }
            }
        }
    }

    /// Runs `units` units spread over the cores exactly as the convolution
    /// kernels do (each worker's GEMMs single-threaded).
    public static func runOnEveryCore(units: Int, _ body: (_ unit: Int) -> Void) {
        Workers.run(units: units) { claim in
            while let (_, range) = claim() {
                for unit in range { body(unit) }
            }
        }
    }

    /// The number of cores the kernels spread work over.
    public static var coreCount: Int { ProcessorCount.value }
}
