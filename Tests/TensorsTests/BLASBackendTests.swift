import Testing
@testable import Tensors

@Suite struct BLASBackendTests {
    @Test func matrixMultiplyMatchesTheReferenceInEveryTransposition() {
        var generator = RandomGenerator(seed: 4)
        let (m, n, k) = (5, 7, 3)
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                let a = Tensor.uniform([m * k], in: -1...1, using: &generator).scalars
                let b = Tensor.uniform([k * n], in: -1...1, using: &generator).scalars
                let (lda, ldb) = (transposeA ? m : k, transposeB ? k : n)
                var fast = [Float](repeating: 1, count: m * n)
                var reference = fast
                matrixMultiply(
                    transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 2,
                    a: a, lda: lda, b: b, ldb: ldb, beta: 0.5, c: &fast, ldc: n)
                portableMatrixMultiply(
                    transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 2,
                    a: a, lda: lda, b: b, ldb: ldb, beta: 0.5, c: &reference, ldc: n)
                #expect(zip(fast, reference).allSatisfy { abs($0 - $1) < 1e-5 })
            }
        }
    }

    /// The core type chosen before loading is the one OpenBLAS uses: ours on an
    /// AVX-512 CPU when the user set none, else the user's.
    @Test func requestedCoreTypeTookEffect() throws {
        guard BLASBackend.libraryName != nil else { return }
        let core = try #require(BLASBackend.coreName).lowercased()
        if let requested = BLASBackend.requestedCoreType {
            #expect(core == requested.lowercased())
        } else if let users = BLASBackend.usersCoreType {
            #expect(core == users.lowercased())
        }
    }

    /// OpenBLAS's results depend on its thread count, which is global to the
    /// process; a product must give the same bits whatever runs beside it.
    @Test func productsDoNotDependOnConcurrentWork() async {
        var generator = RandomGenerator(seed: 8)
        let a = Tensor.uniform([256, 784], in: -1...1, using: &generator)
        let b = Tensor.uniform([784, 128], in: -1...1, using: &generator)
        let alone = matmul(a, b)
        let image = Tensor.uniform([8, 16, 32, 32], in: 0...1, using: &generator)
        let weight = Tensor.uniform([16, 16, 3, 3], in: -1...1, using: &generator)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { for _ in 0..<20 { _ = conv2d(image, weight: weight, padding: 1) } }
            group.addTask { for _ in 0..<20 { #expect(matmul(a, b) == alone) } }
        }
    }

    /// Products large enough to be split over the cores (along m when m ≥ n,
    /// else along n) match the reference in every transposition, inside a
    /// parallel region (one call) and outside it (split).
    @Test(arguments: [(m: 300, n: 90, k: 200), (m: 40, n: 700, k: 150)])
    func splitProductsMatchTheReference(shape: (m: Int, n: Int, k: Int)) {
        var generator = RandomGenerator(seed: 10)
        let (m, n, k) = shape
        for transposeA in [false, true] {
            for transposeB in [false, true] {
                let a = Tensor.uniform([m * k], in: -1...1, using: &generator).scalars
                let b = Tensor.uniform([k * n], in: -1...1, using: &generator).scalars
                let (lda, ldb) = (transposeA ? m : k, transposeB ? k : n)
                var reference = [Float](repeating: 0, count: m * n)
                portableMatrixMultiply(
                    transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1,
                    a: a, lda: lda, b: b, ldb: ldb, beta: 0, c: &reference, ldc: n)
                for insideRegion in [false, true] {
                    var result = [Float](repeating: 0, count: m * n)
                    let multiply = {
                        matrixMultiply(
                            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k,
                            a: a, lda: lda, b: b, ldb: ldb, c: &result, ldc: n)
                    }
                    if insideRegion { ParallelRegion.enter(multiply) } else { multiply() }
                    // Float32 sums of 200 products of values in [-1, 1]: 1e-3 absolute is generous.
                    #expect(zip(result, reference).allSatisfy { abs($0 - $1) < 1e-3 })
                }
            }
        }
    }
}
