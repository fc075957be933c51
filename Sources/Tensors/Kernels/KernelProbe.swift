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

    /// A closure that computes `count` products C = A·B (A `m`×`k`, B `k`×`n`,
    /// row-major) spread over the cores, each into its own C, through
    /// Perturb's packed AVX-512 micro-kernel with both operands packed once
    /// beforehand: the kernel's own speed, without the packing. `nil` on a
    /// CPU without AVX-512.
    public static func packedProducts(m: Int, n: Int, k: Int, a: [Float], b: [Float], count: Int) -> (() -> Void)? {
        precondition(
            a.count == m * k && b.count == k * n,
            "KernelProbe.packedProducts: buffers of \(a.count) and \(b.count) values do not fit m=\(m) n=\(n) k=\(k)")
        guard PackedGEMM.isAvailable else { return nil }
        var packedA = [Float](repeating: 0, count: PackedGEMM.packedACount(rows: m, depth: k))
        var packedB = [Float](repeating: 0, count: PackedGEMM.packedBCount(depth: k, columns: n))
        packedA.withUnsafeMutableBufferPointer { target in
            PackedGEMM.packA(rows: m, depth: k, a: a, rowStride: k, columnStride: 1, into: target.baseAddress!)
        }
        packedB.withUnsafeMutableBufferPointer { target in
            PackedGEMM.packB(depth: k, columns: n, b: b, rowStride: n, into: target.baseAddress!)
        }
        let outputs = UnsafeMutableBufferPointer<Float>.allocate(capacity: count * m * n)
        outputs.initialize(repeating: 0)
        let products = PackedProducts(outputs: outputs)
        return { [packedA, packedB] in
            packedA.withUnsafeBufferPointer { a in
                packedB.withUnsafeBufferPointer { b in
                    runOnEveryCore(units: count) { unit in
                        PackedGEMM.multiply(
                            rows: m, columns: n, depth: k, packedA: a.baseAddress!, packedB: b.baseAddress!,
                            c: products.outputs.baseAddress! + unit * m * n, ldc: n)
                    }
                }
            }
        }
    }

    /// The outputs of ``packedProducts(m:n:k:a:b:count:)``, freed with the closure.
    private final class PackedProducts: @unchecked Sendable {
        let outputs: UnsafeMutableBufferPointer<Float>
        init(outputs: UnsafeMutableBufferPointer<Float>) { self.outputs = outputs }
        deinit { outputs.deallocate() }
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
