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

/// One patch row's segment of a panel: lanes `lane` ..< `lane + width` are
/// output columns first ..< first + width of one output row, and lane i
/// reads input column first + i - lane + offset of `source` (the input row,
/// or its gradient), when that column is in 0 ..< input_width.
/// PACK_COLUMNS writes those input values into `row` (zero outside the
/// input); ADD_TO_INPUT adds `row`'s lanes into them.
__attribute__((target("avx512f")))
static void pass_segment(
    panel_pass pass, float *row, long lane, long width, float *source, long first, long offset, long input_width)
{
    unsigned segment = lane_mask(lane, lane + width);
    // Lane i is base[i]; the lanes inside the row are those with
    // 0 <= i - lane + start < input_width. Lanes outside `valid` are never touched.
    long start = first + offset;
    float *base = source + start - lane;
    unsigned valid = lane_mask(lane - start, lane - start + input_width) & segment;
    __m512 lowValues = _mm512_maskz_loadu_ps(low_half(valid), base);
    __m512 highValues = _mm512_maskz_loadu_ps(high_half(valid), base + 16);
    if (pass == PACK_COLUMNS) {
        _mm512_mask_storeu_ps(row, low_half(segment), lowValues);
        _mm512_mask_storeu_ps(row + 16, high_half(segment), highValues);
        return;
    }
    _mm512_mask_storeu_ps(base, low_half(valid), _mm512_add_ps(lowValues, _mm512_loadu_ps(row)));
    _mm512_mask_storeu_ps(base + 16, high_half(valid), _mm512_add_ps(highValues, _mm512_loadu_ps(row + 16)));
}

/// Runs `pass` for one tap (channel, kh, kw) on the segment of a panel
/// whose lanes `lane` ..< `lane + width` are output row `oh`'s columns from `first`.
__attribute__((target("avx512f")))
static inline void pass_tap(
    panel_pass pass, const perturb_convolution_shape *s, float *planes, float *panel, long lane, long width,
    long oh, long first, long channel, long kh, long kw)
{
    long ih = oh * s->stride_height + kh * s->dilation_height - s->pad_top;
    float *row = panel + ((channel * s->kernel_height + kh) * s->kernel_width + kw) * COLUMNS;
    if (ih >= 0 && ih < s->input_height) {
        float *source = planes + (channel * s->input_height + ih) * s->input_width;
        pass_segment(pass, row, lane, width, source, first, kw * s->dilation_width - s->pad_left, s->input_width);
    } else if (pass == PACK_COLUMNS) {
        unsigned segment = lane_mask(lane, lane + width);
        _mm512_mask_storeu_ps(row, low_half(segment), _mm512_setzero_ps());
        _mm512_mask_storeu_ps(row + 16, high_half(segment), _mm512_setzero_ps());
    }
}

/// Runs `pass` over one panel of `count` ≤ COLUMNS output positions from
/// `first_position`, segment by segment and tap by tap in a fixed order.
__attribute__((target("avx512f")))
static void pass_panel(
    panel_pass pass, const perturb_convolution_shape *s, float *planes, float *panel, long first_position,
    long count)
{
    // One output row's part of the panel per pass.
    for (long lane = 0; lane < count;) {
        long position = first_position + lane;
        long oh = position / s->output_width, first = position - oh * s->output_width;
        long width = s->output_width - first;
        if (width > count - lane) width = count - lane;
        // Kernel columns outermost: consecutive taps then touch different
        // input rows, so in ADD_TO_INPUT no read waits on the masked write
        // just before it. Packing is faster in this order too (perturb-bench
        // kernels, alternating builds: batch-32 fwd+bwd at 77-80% of peak
        // against 73-76% with channels outermost when packing).
        for (long kw = 0; kw < s->kernel_width; kw++)
            for (long channel = 0; channel < s->channels; channel++)
                for (long kh = 0; kh < s->kernel_height; kh++)
                    pass_tap(pass, s, planes, panel, lane, width, oh, first, channel, kh, kw);
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
