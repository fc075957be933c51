#ifndef PERTURB_PACKED_GEMM_H
#define PERTURB_PACKED_GEMM_H

/// A matrix product for operands packed in panels, with an AVX-512 micro-kernel.
///
/// Packed A holds op(A) (m×k) in panels of PERTURB_GEMM_ROWS rows: panel r
/// starts at r·PERTURB_GEMM_ROWS·k, and within it the column p is the
/// PERTURB_GEMM_ROWS values of rows r·PERTURB_GEMM_ROWS... at offset
/// p·PERTURB_GEMM_ROWS (rows past m are zero). Packed B holds B (k×n) in panels
/// of PERTURB_GEMM_COLUMNS columns: panel c starts at c·PERTURB_GEMM_COLUMNS·k,
/// and row p of that panel is PERTURB_GEMM_COLUMNS consecutive values at offset
/// p·PERTURB_GEMM_COLUMNS (columns past n are zero). A caller that builds its
/// own operand (the convolution's im2col) can write this layout directly.
///
/// Each output value is a sum over k in increasing order, one fused
/// multiply-add at a time, within blocks of PERTURB_GEMM_DEPTH_BLOCK; the
/// result does not depend on the thread or the call's position in memory.
/// Call only when perturb_avx512_available() is 1.

enum {
    /// Rows of C per micro-kernel tile (the A panel height).
    PERTURB_GEMM_ROWS = 8,
    /// Columns of C per micro-kernel tile (the B panel width): two AVX-512 vectors.
    PERTURB_GEMM_COLUMNS = 32,
    /// The depth (k) processed per pass over a C tile, so a B panel stays in cache.
    PERTURB_GEMM_DEPTH_BLOCK = 384,
};

/// Packs op(A), m×k, whose element (i, p) is a[i·row_stride + p·column_stride].
/// `packed` holds ceil(m / PERTURB_GEMM_ROWS)·PERTURB_GEMM_ROWS·k values.
void perturb_packed_gemm_pack_a(
    long m, long k, const float *a, long row_stride, long column_stride, float *packed);

/// Packs B, k×n, row-major with rows `row_stride` apart.
/// `packed` holds ceil(n / PERTURB_GEMM_COLUMNS)·PERTURB_GEMM_COLUMNS·k values.
void perturb_packed_gemm_pack_b(long k, long n, const float *b, long row_stride, float *packed);

/// The shape of one group of a 2-D convolution, for packing its im2col. The
/// horizontal stride is 1 or 2.
typedef struct {
    long channels, input_height, input_width;
    long kernel_height, kernel_width;
    long stride_height, stride_width, dilation_height, dilation_width;
    long pad_top, pad_left;
    long output_width;
} perturb_convolution_shape;

/// Packs, as B, the im2col column matrix of one image's group of channels
/// (`input`, N,C,H,W planes of `channels`) for the output positions
/// `first_position` ..< `first_position + count` (row-major over the output
/// plane): row (c·kernel_height + kh)·kernel_width + kw of B, column j, is the
/// input value under kernel tap (kh, kw) for channel c at that output
/// position, zero where the tap falls in the padding.
void perturb_packed_gemm_pack_convolution(
    const perturb_convolution_shape *shape, const float *input, long first_position, long count, float *packed);

/// Packs, as B, the transpose of that column matrix: row j of B is output
/// position `first_position + j` (j < count), column r the input value under
/// patch entry r = (c·kernel_height + kh)·kernel_width + kw, zero in the
/// padding. This is the operand of the weight gradient, outputGradient ·
/// columnsᵀ. `staging` holds ceil(patch / PERTURB_GEMM_COLUMNS)·
/// PERTURB_GEMM_COLUMNS² values: one panel of columns, transposed from there
/// in 16×16 blocks.
void perturb_packed_gemm_pack_convolution_transposed(
    const perturb_convolution_shape *shape, const float *input, long first_position, long count, float *staging,
    float *packed);

/// The adjoint of perturb_packed_gemm_pack_convolution for one panel: adds
/// each value of `panel` (patch rows PERTURB_GEMM_COLUMNS apart, `count` ≤
/// PERTURB_GEMM_COLUMNS output positions from `first_position`) into the
/// input value its tap reads, in `input_gradient` (the group's planes).
void perturb_packed_gemm_add_convolution_panel(
    const perturb_convolution_shape *shape, const float *panel, long first_position, long count,
    float *input_gradient);

/// C (m×n, rows `ldc` apart) = packed A · packed B, or C += that when
/// `accumulate` is not 0.
void perturb_packed_gemm(
    long m, long n, long k, const float *packed_a, const float *packed_b, float *c, long ldc, int accumulate);

#endif
