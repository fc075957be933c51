import CKernels

/// Perturb's own matrix product on packed panels, with an AVX-512
/// micro-kernel (the C target `CKernels`).
///
/// The convolution uses it instead of BLAS on AVX-512 CPUs: its im2col writes
/// the column matrix straight into the panels the micro-kernel reads, which
/// saves the copy BLAS makes of every operand, and the micro-kernel keeps an
/// 8×32 tile of C in registers over a depth block of up to 384. Each output
/// is a sum over k in increasing order, so results do not depend on threads.
enum PackedGEMM {
    /// Whether this CPU runs the micro-kernel.
    static var isAvailable: Bool { AVX512.isAvailable }

    /// Rows of C per tile: the height of an A panel.
    static let tileRows = Int(PERTURB_GEMM_ROWS)

    /// Columns of C per tile: the width of a B panel.
    static let tileColumns = Int(PERTURB_GEMM_COLUMNS)

    /// Values in packed A for `rows` × `depth`.
    static func packedACount(rows: Int, depth: Int) -> Int {
        ceilDivide(rows, tileRows) * tileRows * depth
    }

    /// Values in packed B for `depth` × `columns`.
    static func packedBCount(depth: Int, columns: Int) -> Int {
        ceilDivide(columns, tileColumns) * tileColumns * depth
    }

    /// Packs op(A), `rows` × `depth`, whose element (i, p) is
    /// `a[i · rowStride + p · columnStride]`.
    static func packA(
        rows: Int, depth: Int, a: UnsafePointer<Float>, rowStride: Int, columnStride: Int,
        into packed: UnsafeMutablePointer<Float>
    ) {
        perturb_packed_gemm_pack_a(rows, depth, a, rowStride, columnStride, packed)
    }

    /// Packs row-major B, `depth` × `columns`, rows `rowStride` apart.
    static func packB(
        depth: Int, columns: Int, b: UnsafePointer<Float>, rowStride: Int, into packed: UnsafeMutablePointer<Float>
    ) {
        perturb_packed_gemm_pack_b(depth, columns, b, rowStride, packed)
    }

    /// C (`rows` × `columns`, rows `ldc` apart) = packed A · packed B, or
    /// C += that product when `accumulate` is set.
    static func multiply(
        rows: Int, columns: Int, depth: Int, packedA: UnsafePointer<Float>, packedB: UnsafePointer<Float>,
        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool = false
    ) {
        precondition(isAvailable, "PackedGEMM.multiply needs a CPU with AVX-512")
        perturb_packed_gemm(rows, columns, depth, packedA, packedB, c, ldc, accumulate ? 1 : 0)
    }
}
