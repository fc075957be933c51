#ifndef PERTURB_TRANSPOSE_BLOCK_H
#define PERTURB_TRANSPOSE_BLOCK_H

#if defined(__x86_64__)
#include <immintrin.h>

/// Writes the transpose of the 16×16 block at `source` (rows `source_stride`
/// apart) to `target` (rows `target_stride` apart), its first `rows` rows only.
__attribute__((target("avx512f")))
static inline void transpose_block(
    const float *source, long source_stride, float *target, long target_stride, long rows)
{
    __m512 a[16], b[16];
    for (int i = 0; i < 16; i++) a[i] = _mm512_loadu_ps(source + i * source_stride);
    for (int i = 0; i < 8; i++) {
        b[2 * i] = _mm512_unpacklo_ps(a[2 * i], a[2 * i + 1]);
        b[2 * i + 1] = _mm512_unpackhi_ps(a[2 * i], a[2 * i + 1]);
    }
    for (int i = 0; i < 4; i++) {
        a[4 * i] = _mm512_shuffle_ps(b[4 * i], b[4 * i + 2], _MM_SHUFFLE(1, 0, 1, 0));
        a[4 * i + 1] = _mm512_shuffle_ps(b[4 * i], b[4 * i + 2], _MM_SHUFFLE(3, 2, 3, 2));
        a[4 * i + 2] = _mm512_shuffle_ps(b[4 * i + 1], b[4 * i + 3], _MM_SHUFFLE(1, 0, 1, 0));
        a[4 * i + 3] = _mm512_shuffle_ps(b[4 * i + 1], b[4 * i + 3], _MM_SHUFFLE(3, 2, 3, 2));
    }
    for (int i = 0; i < 2; i++) {
        for (int k = 0; k < 4; k++) {
            b[8 * i + k] = _mm512_shuffle_f32x4(a[8 * i + k], a[8 * i + k + 4], 0x88);
            b[8 * i + k + 4] = _mm512_shuffle_f32x4(a[8 * i + k], a[8 * i + k + 4], 0xdd);
        }
    }
    for (int k = 0; k < 8; k++) {
        a[k] = _mm512_shuffle_f32x4(b[k], b[k + 8], 0x88);
        a[k + 8] = _mm512_shuffle_f32x4(b[k], b[k + 8], 0xdd);
    }
    for (long i = 0; i < rows; i++) _mm512_storeu_ps(target + i * target_stride, a[i]);
}

#endif

#endif
