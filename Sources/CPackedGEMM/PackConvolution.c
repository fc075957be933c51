#include "PackedGEMM.h"
#include "TransposeBlock.h"

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

static __mmask16 low_half(unsigned mask) { return (__mmask16)(mask & 0xFFFF); }
static __mmask16 high_half(unsigned mask) { return (__mmask16)(mask >> 16); }

/// What a pass over a panel does with each (tap, output row) segment.
typedef enum { PACK_COLUMNS, ADD_TO_INPUT } panel_pass;

/// Runs `pass` over one panel of `count` ≤ COLUMNS output positions from
/// `first_position`, segment by segment and tap by tap in a fixed order.
/// A segment is one output row's part of the panel: lanes `lane` ..<
/// `lane + width`, output columns `first` ..< `first + width`. For the tap
/// (channel, kh, kw), lane i reads input column i - lane + start of input
/// row ih, start = first + kw·dilation - pad_left; the lanes whose column is
/// inside the row are `valid`, and no other lane of the row is touched.
/// PACK_COLUMNS writes the values into the panel row (zero where the tap
/// falls in the padding); ADD_TO_INPUT adds the panel row's lanes into them.
__attribute__((target("avx512f")))
static void pass_panel(
    panel_pass pass, const perturb_convolution_shape *s, float *planes, float *panel, long first_position,
    long count)
{
    long plane = s->input_height * s->input_width, taps = s->kernel_height * s->kernel_width;
    __m512 zero = _mm512_setzero_ps();
    for (long lane = 0; lane < count;) {
        long position = first_position + lane;
        long oh = position / s->output_width, first = position - oh * s->output_width;
        long width = s->output_width - first;
        if (width > count - lane) width = count - lane;
        unsigned segment = lane_mask(lane, lane + width);
        // Channels innermost: consecutive taps then touch different input
        // planes, so in ADD_TO_INPUT no read waits on the masked write just
        // before it. The masks depend on the kernel column only.
        for (long kw = 0; kw < s->kernel_width; kw++) {
            long start = first + kw * s->dilation_width - s->pad_left;
            unsigned valid = lane_mask(lane - start, lane - start + s->input_width) & segment;
            __mmask16 validLow = low_half(valid), validHigh = high_half(valid);
            __mmask16 segmentLow = low_half(segment), segmentHigh = high_half(segment);
            for (long kh = 0; kh < s->kernel_height; kh++) {
                long ih = oh * s->stride_height + kh * s->dilation_height - s->pad_top;
                float *row = panel + (kh * s->kernel_width + kw) * COLUMNS;
                if (ih < 0 || ih >= s->input_height) {
                    for (long channel = 0; pass == PACK_COLUMNS && channel < s->channels; channel++) {
                        _mm512_mask_storeu_ps(row + channel * taps * COLUMNS, segmentLow, zero);
                        _mm512_mask_storeu_ps(row + channel * taps * COLUMNS + 16, segmentHigh, zero);
                    }
                    continue;
                }
                // Lane i of the input row is base[i].
                float *base = planes + ih * s->input_width + start - lane;
                for (long channel = 0; channel < s->channels; channel++, row += taps * COLUMNS, base += plane) {
                    __m512 low = _mm512_maskz_loadu_ps(validLow, base);
                    __m512 high = _mm512_maskz_loadu_ps(validHigh, base + 16);
                    if (pass == PACK_COLUMNS) {
                        _mm512_mask_storeu_ps(row, segmentLow, low);
                        _mm512_mask_storeu_ps(row + 16, segmentHigh, high);
                    } else {
                        _mm512_mask_storeu_ps(base, validLow, _mm512_add_ps(low, _mm512_loadu_ps(row)));
                        _mm512_mask_storeu_ps(base + 16, validHigh, _mm512_add_ps(high, _mm512_loadu_ps(row + 16)));
                    }
                }
            }
        }
        lane += width;
    }
}

__attribute__((target("avx512f")))
void perturb_packed_gemm_pack_convolution(
    const perturb_convolution_shape *s, const float *input, long first_position, long count, float *packed)
{
    long patch = s->channels * s->kernel_height * s->kernel_width;
    for (long panel_start = 0; panel_start < count; panel_start += COLUMNS) {
        float *panel = packed + panel_start * patch;
        long panel_count = count - panel_start < COLUMNS ? count - panel_start : COLUMNS;
        // The input is only read in this pass.
        pass_panel(PACK_COLUMNS, s, (float *)input, panel, first_position + panel_start, panel_count);
        unsigned tail = lane_mask(panel_count, COLUMNS);
        for (long row = 0; tail != 0 && row < patch; row++) {
            _mm512_mask_storeu_ps(panel + row * COLUMNS, low_half(tail), _mm512_setzero_ps());
            _mm512_mask_storeu_ps(panel + row * COLUMNS + 16, high_half(tail), _mm512_setzero_ps());
        }
    }
}

__attribute__((target("avx512f")))
void perturb_packed_gemm_pack_convolution_transposed(
    const perturb_convolution_shape *s, const float *input, long first_position, long count, float *staging,
    float *packed)
{
    long patch = s->channels * s->kernel_height * s->kernel_width;
    long entry_panels = (patch + COLUMNS - 1) / COLUMNS;
    // Rows of the staging panel past the patch stay zero: they become B's padding columns.
    for (long row = patch; row < entry_panels * COLUMNS; row++) {
        _mm512_storeu_ps(staging + row * COLUMNS, _mm512_setzero_ps());
        _mm512_storeu_ps(staging + row * COLUMNS + 16, _mm512_setzero_ps());
    }
    for (long position0 = 0; position0 < count; position0 += COLUMNS) {
        long positions = count - position0 < COLUMNS ? count - position0 : COLUMNS;
        // The input is only read in this pass. Lanes past `positions` are
        // left as they were; their transposed rows are not stored.
        pass_panel(PACK_COLUMNS, s, (float *)input, staging, first_position + position0, positions);
        for (long entry_panel = 0; entry_panel < entry_panels; entry_panel++) {
            float *panel = packed + entry_panel * COLUMNS * count;
            for (long lanes = 0; lanes < positions; lanes += 16) {
                long rows = positions - lanes < 16 ? positions - lanes : 16;
                for (long entries = 0; entries < COLUMNS; entries += 16) {
                    transpose_block(
                        staging + (entry_panel * COLUMNS + entries) * COLUMNS + lanes, COLUMNS,
                        panel + (position0 + lanes) * COLUMNS + entries, COLUMNS, rows);
                }
            }
        }
    }
}

__attribute__((target("avx512f")))
void perturb_packed_gemm_add_convolution_panel(
    const perturb_convolution_shape *s, const float *panel, long first_position, long count,
    float *input_gradient)
{
    // The panel is only read in this pass.
    pass_panel(ADD_TO_INPUT, s, input_gradient, (float *)panel, first_position, count);
}

#else

void perturb_packed_gemm_pack_convolution(
    const perturb_convolution_shape *s, const float *input, long first_position, long count, float *packed)
{
    (void)s; (void)input; (void)first_position; (void)count; (void)packed;
    __builtin_trap();
}

void perturb_packed_gemm_pack_convolution_transposed(
    const perturb_convolution_shape *s, const float *input, long first_position, long count, float *staging,
    float *packed)
{
    (void)s; (void)input; (void)first_position; (void)count; (void)staging; (void)packed;
    __builtin_trap();
}

void perturb_packed_gemm_add_convolution_panel(
    const perturb_convolution_shape *s, const float *panel, long first_position, long count,
    float *input_gradient)
{
    (void)s; (void)panel; (void)first_position; (void)count; (void)input_gradient;
    __builtin_trap();
}

#endif
