#include "DepthwiseRows.h"
#include "LaneMasks.h"

#if defined(__x86_64__)
#include <immintrin.h>

__attribute__((target("avx512f")))
void perturb_depthwise_correlate(
    const float *padded, long padded_width, const float *taps, const long *offsets, long area, float *output,
    long output_height, long output_width)
{
    for (long oh = 0; oh < output_height; oh++) {
        const float *source = padded + oh * padded_width;
        float *row = output + oh * output_width;
        for (long ow = 0; ow < output_width; ow += 16) {
            // Lanes past the row are neither read nor written.
            __mmask16 lanes = first_lanes(output_width - ow);
            __m512 sum = _mm512_maskz_loadu_ps(lanes, row + ow);
            for (long tap = 0; tap < area; tap++) {
                __m512 values = _mm512_maskz_loadu_ps(lanes, source + ow + offsets[tap]);
                sum = _mm512_fmadd_ps(_mm512_set1_ps(taps[tap]), values, sum);
            }
            _mm512_mask_storeu_ps(row + ow, lanes, sum);
        }
    }
}

__attribute__((target("avx512f")))
void perturb_depthwise_kernel_gradient(
    const float *padded, long padded_width, const float *gradient, const long *offsets, long area, float *sums,
    long output_height, long output_width)
{
    __m512 accumulators[64];
    for (long tap = 0; tap < area; tap++) accumulators[tap] = _mm512_setzero_ps();
    for (long oh = 0; oh < output_height; oh++) {
        const float *source = padded + oh * padded_width;
        const float *row = gradient + oh * output_width;
        for (long ow = 0; ow < output_width; ow += 16) {
            __mmask16 lanes = first_lanes(output_width - ow);
            __m512 values = _mm512_maskz_loadu_ps(lanes, row + ow);
            for (long tap = 0; tap < area; tap++) {
                __m512 inputs = _mm512_maskz_loadu_ps(lanes, source + ow + offsets[tap]);
                accumulators[tap] = _mm512_fmadd_ps(values, inputs, accumulators[tap]);
            }
        }
    }
    for (long tap = 0; tap < area; tap++) sums[tap] += _mm512_reduce_add_ps(accumulators[tap]);
}

#else

void perturb_depthwise_correlate(
    const float *padded, long padded_width, const float *taps, const long *offsets, long area, float *output,
    long output_height, long output_width)
{
    (void)padded; (void)padded_width; (void)taps; (void)offsets; (void)area; (void)output;
    (void)output_height; (void)output_width;
    __builtin_trap();
}

void perturb_depthwise_kernel_gradient(
    const float *padded, long padded_width, const float *gradient, const long *offsets, long area, float *sums,
    long output_height, long output_width)
{
    (void)padded; (void)padded_width; (void)gradient; (void)offsets; (void)area; (void)sums;
    (void)output_height; (void)output_width;
    __builtin_trap();
}

#endif
