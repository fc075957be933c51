#include "PackedGEMM.h"

#define COLUMNS PERTURB_GEMM_COLUMNS

#if defined(__x86_64__)
#include <immintrin.h>

/// The lanes low ..< high of a 32-lane mask (empty when high ≤ low).
static unsigned lane_mask(long low, long high) {
    if (low < 0) low = 0;
    if (high > COLUMNS) high = COLUMNS;
    if (high <= low) return 0;
    unsigned below_high = high >= 32 ? 0xFFFFFFFFu : (1u << high) - 1;
    return below_high & ~((1u << low) - 1);
}

/// Stores `low` and `high` (the 32 lanes of a panel row) at `row` under `mask`.
__attribute__((target("avx512f")))
static void store_lanes(float *row, unsigned mask, __m512 low, __m512 high) {
    _mm512_mask_storeu_ps(row, (__mmask16)(mask & 0xFFFF), low);
    _mm512_mask_storeu_ps(row + 16, (__mmask16)(mask >> 16), high);
}

/// Writes the lanes `lane` ..< `lane + width` of one panel row: the input
/// row `source` at columns (first + j)·stride + offset for j in 0 ..< width,
/// zero where that column is outside 0 ..< input_width.
__attribute__((target("avx512f")))
static void write_segment(
    float *row, long lane, long width, const float *source, long first, long stride, long offset, long input_width)
{
    unsigned segment = lane_mask(lane, lane + width);
    // Output column first + j reads input column (first + j)·stride + offset.
    long start = first * stride + offset;
    long low = start >= 0 ? 0 : (-start + stride - 1) / stride;
    long high = input_width - start <= 0 ? 0 : (input_width - start + stride - 1) / stride;
    unsigned valid = lane_mask(lane + low, lane + high) & segment;
    __m512 lowValues, highValues;
    if (stride == 1) {
        // Lane i reads source[start - lane + i]; lanes outside `valid` are not read.
        const float *base = source + start - lane;
        lowValues = _mm512_maskz_loadu_ps((__mmask16)(valid & 0xFFFF), base);
        highValues = _mm512_maskz_loadu_ps((__mmask16)(valid >> 16), base + 16);
    } else {
        __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        __m512i lowIndex = _mm512_mullo_epi32(
            _mm512_sub_epi32(lanes, _mm512_set1_epi32((int)lane)), _mm512_set1_epi32((int)stride));
        lowIndex = _mm512_add_epi32(lowIndex, _mm512_set1_epi32((int)start));
        __m512i highIndex = _mm512_add_epi32(lowIndex, _mm512_set1_epi32((int)(16 * stride)));
        lowValues = _mm512_mask_i32gather_ps(
            _mm512_setzero_ps(), (__mmask16)(valid & 0xFFFF), lowIndex, source, 4);
        highValues = _mm512_mask_i32gather_ps(
            _mm512_setzero_ps(), (__mmask16)(valid >> 16), highIndex, source, 4);
    }
    store_lanes(row, segment, lowValues, highValues);
}

__attribute__((target("avx512f")))
void perturb_packed_gemm_pack_convolution(
    const perturb_convolution_shape *s, const float *input, long first_position, long count, float *packed)
{
    long patch = s->channels * s->kernel_height * s->kernel_width;
    long plane = s->input_height * s->input_width;
    for (long panel_start = 0; panel_start < count; panel_start += COLUMNS) {
        float *panel = packed + panel_start * patch;
        long panel_count = count - panel_start < COLUMNS ? count - panel_start : COLUMNS;
        // One output row's part of the panel per pass.
        for (long lane = 0; lane < panel_count;) {
            long position = first_position + panel_start + lane;
            long oh = position / s->output_width, first = position - oh * s->output_width;
            long width = s->output_width - first;
            if (width > panel_count - lane) width = panel_count - lane;
            for (long channel = 0; channel < s->channels; channel++) {
                const float *channel_plane = input + channel * plane;
                for (long kh = 0; kh < s->kernel_height; kh++) {
                    long ih = oh * s->stride_height + kh * s->dilation_height - s->pad_top;
                    float *rows = panel + (channel * s->kernel_height + kh) * s->kernel_width * COLUMNS;
                    for (long kw = 0; kw < s->kernel_width; kw++) {
                        float *row = rows + kw * COLUMNS;
                        if (ih < 0 || ih >= s->input_height) {
                            store_lanes(row, lane_mask(lane, lane + width), _mm512_setzero_ps(), _mm512_setzero_ps());
                        } else {
                            write_segment(
                                row, lane, width, channel_plane + ih * s->input_width, first, s->stride_width,
                                kw * s->dilation_width - s->pad_left, s->input_width);
                        }
                    }
                }
            }
            lane += width;
        }
        unsigned tail = lane_mask(panel_count, COLUMNS);
        for (long row = 0; tail != 0 && row < patch; row++) {
            store_lanes(panel + row * COLUMNS, tail, _mm512_setzero_ps(), _mm512_setzero_ps());
        }
    }
}

#else

void perturb_packed_gemm_pack_convolution(
    const perturb_convolution_shape *s, const float *input, long first_position, long count, float *packed)
{
    (void)s; (void)input; (void)first_position; (void)count; (void)packed;
    __builtin_trap();
}

#endif
