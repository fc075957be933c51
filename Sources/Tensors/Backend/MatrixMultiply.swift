/// C ← alpha · op(A) · op(B) + beta · C for row-major Float matrices, where
/// op(X) is X or Xᵀ. op(A) is m×k, op(B) is k×n, C is m×n; `lda`, `ldb`, `ldc`
/// are the row strides of A, B and C as stored.
///
/// Every matrix product in Perturb goes through this one function, so the
/// backend (OpenBLAS today) can change in one place. Large products are split
/// over the cores along the longer of m and n, in a partition fixed by the
/// shape and the core count, with one single-threaded BLAS call per part, so
/// the result never depends on what else the process is doing. Inside a
/// parallel loop (``ParallelRegion``) the product runs as one call.
func matrixMultiply(
    transposeA: Bool, transposeB: Bool,
    m: Int, n: Int, k: Int,
    alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
) {
    guard m > 0, n > 0 else { return }
    guard m * n * k >= minimumSplitWork else {
        singleMatrixMultiply(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
            a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
        return
    }
    let splitRows = m >= n
    parallelChunks(splitRows ? m : n, minimumChunk: minimumPartExtent) { part in
        if splitRows {
            singleMatrixMultiply(
                transposeA: transposeA, transposeB: transposeB, m: part.count, n: n, k: k, alpha: alpha,
                a: transposeA ? a + part.lowerBound : a + part.lowerBound * lda, lda: lda, b: b, ldb: ldb,
                beta: beta, c: c + part.lowerBound * ldc, ldc: ldc)
        } else {
            singleMatrixMultiply(
                transposeA: transposeA, transposeB: transposeB, m: m, n: part.count, k: k, alpha: alpha,
                a: a, lda: lda, b: transposeB ? b + part.lowerBound * ldb : b + part.lowerBound, ldb: ldb,
                beta: beta, c: c + part.lowerBound, ldc: ldc)
        }
    }
}

/// Products smaller than this many multiply-adds run as one call: splitting
/// them costs more than it saves.
private let minimumSplitWork = 1 << 18

/// Each part of a split product spans at least this many rows or columns
/// (``parallelChunks`` gives fewer parts when the extent is small).
private let minimumPartExtent = 16

/// One single-threaded BLAS call, or the portable GEMM without OpenBLAS.
private func singleMatrixMultiply(
    transposeA: Bool, transposeB: Bool,
    m: Int, n: Int, k: Int,
    alpha: Float = 1,
    a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0,
    c: UnsafeMutablePointer<Float>, ldc: Int
) {
    if let sgemm = BLASBackend.loaded.sgemm {
        let rowMajor: Int32 = 101, noTranspose: Int32 = 111, transpose: Int32 = 112
        sgemm(
            rowMajor, transposeA ? transpose : noTranspose, transposeB ? transpose : noTranspose,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    } else {
        portableMatrixMultiply(
            transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: alpha,
            a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
    }
}

/// The reference GEMM used when no BLAS library is available: simple, exact
/// in its accumulation order, and loop-ordered so the inner loop is contiguous.
func portableMatrixMultiply(
    transposeA: Bool, transposeB: Bool,
    m: Int, n: Int, k: Int, alpha: Float,
    a: UnsafePointer<Float>, lda: Int,
    b: UnsafePointer<Float>, ldb: Int,
    beta: Float,
    c: UnsafeMutablePointer<Float>, ldc: Int
) {
    for row in 0..<m {
        let cRow = c + row * ldc
        for column in 0..<n { cRow[column] = beta == 0 ? 0 : beta * cRow[column] }
        for inner in 0..<k {
            let aValue = alpha * (transposeA ? a[inner * lda + row] : a[row * lda + inner])
            if transposeB {
                for column in 0..<n { cRow[column] += aValue * b[column * ldb + inner] }
            } else {
                let bRow = b + inner * ldb
                for column in 0..<n { cRow[column] += aValue * bRow[column] }
            }
        }
    }
}
