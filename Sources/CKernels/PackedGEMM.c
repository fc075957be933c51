#include "PackedGEMM.h"
#include "LaneMasks.h"
#include "TransposeBlock.h"

#include <string.h>

#define ROWS PERTURB_GEMM_ROWS
#define COLUMNS PERTURB_GEMM_COLUMNS

#if defined(__x86_64__)
#include <immintrin.h>

/// One tile of C: `rows` ≤ ROWS rows and `columns` ≤ COLUMNS columns of
/// C (+)= A panel · B panel over `depth` values of k. All ROWS×COLUMNS values
/// are computed (the packed padding is zero); only the tile's own are stored.
__attribute__((target("avx512f")))
static void tile(
    long depth, const float *a, const float *b, float *c, long ldc, long rows, long columns, int accumulate)
{
    __m512 sum[ROWS][2];
    for (int i = 0; i < ROWS; i++) {
        sum[i][0] = _mm512_setzero_ps();
        sum[i][1] = _mm512_setzero_ps();
    }
    for (long p = 0; p < depth; p++) {
        __m512 low = _mm512_loadu_ps(b + p * COLUMNS);
        __m512 high = _mm512_loadu_ps(b + p * COLUMNS + 16);
        for (int i = 0; i < ROWS; i++) {
            __m512 value = _mm512_set1_ps(a[p * ROWS + i]);
            sum[i][0] = _mm512_fmadd_ps(value, low, sum[i][0]);
            sum[i][1] = _mm512_fmadd_ps(value, high, sum[i][1]);
        }
    }
    __mmask16 lowMask = first_lanes(columns), highMask = first_lanes(columns - 16);
    for (long i = 0; i < rows; i++) {
        float *row = c + i * ldc;
        __m512 low = sum[i][0], high = sum[i][1];
        if (accumulate) {
            low = _mm512_add_ps(low, _mm512_maskz_loadu_ps(lowMask, row));
            high = _mm512_add_ps(high, _mm512_maskz_loadu_ps(highMask, row + 16));
        }
        _mm512_mask_storeu_ps(row, lowMask, low);
        _mm512_mask_storeu_ps(row + 16, highMask, high);
    }
}

void perturb_packed_gemm(
    long m, long n, long k, const float *packed_a, const float *packed_b, float *c, long ldc, int accumulate)
{
    for (long depth0 = 0; depth0 < k; depth0 += PERTURB_GEMM_DEPTH_BLOCK) {
        long depth = k - depth0 < PERTURB_GEMM_DEPTH_BLOCK ? k - depth0 : PERTURB_GEMM_DEPTH_BLOCK;
        int add = accumulate || depth0 > 0;
        for (long column0 = 0; column0 < n; column0 += COLUMNS) {
            const float *b = packed_b + column0 * k + depth0 * COLUMNS;
            long columns = n - column0 < COLUMNS ? n - column0 : COLUMNS;
            for (long row0 = 0; row0 < m; row0 += ROWS) {
                const float *a = packed_a + row0 * k + depth0 * ROWS;
                long rows = m - row0 < ROWS ? m - row0 : ROWS;
                tile(depth, a, b, c + row0 * ldc + column0, ldc, rows, columns, add);
            }
        }
    }
}

/// Packs 16 rows of row-major A (two panels) for columns p0 ..< p0 + 16:
/// each 16×16 block transposed, its rows split between the two panels.
__attribute__((target("avx512f")))
static void pack_a_rows16(long k, long p0, const float *a, long row_stride, float *panels)
{
    float block[16 * 16];
    transpose_block(a + p0, row_stride, block, 16, 16);
    for (long p = 0; p < 16; p++) {
        _mm256_storeu_ps(panels + (p0 + p) * ROWS, _mm256_loadu_ps(block + p * 16));
        _mm256_storeu_ps(panels + ROWS * k + (p0 + p) * ROWS, _mm256_loadu_ps(block + p * 16 + 8));
    }
}

#else

void perturb_packed_gemm(
    long m, long n, long k, const float *packed_a, const float *packed_b, float *c, long ldc, int accumulate)
{
    (void)m; (void)n; (void)k; (void)packed_a; (void)packed_b; (void)c; (void)ldc; (void)accumulate;
    __builtin_trap();
}

#endif

/// Packs columns p0 ..< k of the A panel from row `row0`, value by value.
static void pack_a_panel(
    long m, long k, const float *a, long row_stride, long column_stride, long row0, long p0, float *packed)
{
    float *panel = packed + row0 * k;
    for (long p = p0; p < k; p++) {
        for (long i = 0; i < ROWS; i++) {
            long row = row0 + i;
            panel[p * ROWS + i] = row < m ? a[row * row_stride + p * column_stride] : 0.0f;
        }
    }
}

void perturb_packed_gemm_pack_a(
    long m, long k, const float *a, long row_stride, long column_stride, float *packed)
{
    long row0 = 0;
#if defined(__x86_64__)
    // Row-major A, 16 rows (two panels) at a time: transposed in 16×16 blocks.
    for (; column_stride == 1 && row0 + 16 <= m; row0 += 16) {
        long p = 0;
        for (; p + 16 <= k; p += 16) pack_a_rows16(k, p, a + row0 * row_stride, row_stride, packed + row0 * k);
        pack_a_panel(m, k, a, row_stride, column_stride, row0, p, packed);
        pack_a_panel(m, k, a, row_stride, column_stride, row0 + ROWS, p, packed);
    }
#endif
    for (; row0 < m; row0 += ROWS) pack_a_panel(m, k, a, row_stride, column_stride, row0, 0, packed);
}

void perturb_packed_gemm_pack_b(long k, long n, const float *b, long row_stride, float *packed)
{
    for (long column0 = 0; column0 < n; column0 += COLUMNS) {
        long width = n - column0 < COLUMNS ? n - column0 : COLUMNS;
        for (long p = 0; p < k; p++) {
            memcpy(packed, b + p * row_stride + column0, (size_t)width * sizeof(float));
            memset(packed + width, 0, (size_t)(COLUMNS - width) * sizeof(float));
            packed += COLUMNS;
        }
    }
}
