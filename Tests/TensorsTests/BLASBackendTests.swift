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
}
