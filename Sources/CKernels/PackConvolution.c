#include "PackedGEMM.h"
#include "LaneMasks.h"
#include "TransposeBlock.h"

#define COLUMNS PERTURB_GEMM_COLUMNS

#if defined(__x86_64__)
#include <immintrin.h>

/// What a pass over a panel does with each (tap, output row) segment.
typedef enum { PACK_COLUMNS, ADD_TO_INPUT } panel_pass;

/// The masks of one kernel column's taps on one segment (they do not depend
/// on the channel or the kernel row). Stride 1: lane i of the segment reads
/// element i of the window (`valid`: the lanes inside the input row).
/// Stride 2: lane i reads element 2i of a 64-element window (`window`: the
/// elements inside the row; `even`: those a lane of the segment reads).
typedef struct {
    unsigned segment, valid;
    unsigned long long window, even;
} tap_masks;

/// Runs `pass` for one tap on one channel: `base` is element 0 of the
/// window in the input row, `row` the panel row.
__attribute__((target("avx512f")))
static inline void pass_tap(panel_pass pass, long stride, const tap_masks *m, float *base, float *row)
{
    if (stride == 1) {
        __m512 low = _mm512_maskz_loadu_ps(low_half(m->valid), base);
        __m512 high = _mm512_maskz_loadu_ps(high_half(m->valid), base + 16);
        if (pass == PACK_COLUMNS) {
            _mm512_mask_storeu_ps(row, low_half(m->segment), low);
            _mm512_mask_storeu_ps(row + 16, high_half(m->segment), high);
        } else {
            _mm512_mask_storeu_ps(base, low_half(m->valid), _mm512_add_ps(low, _mm512_loadu_ps(row)));
            _mm512_mask_storeu_ps(base + 16, high_half(m->valid), _mm512_add_ps(high, _mm512_loadu_ps(row + 16)));
        }
        return;
    }
    if (pass == PACK_COLUMNS) {
        // The even elements of each pair of window vectors are 16 lanes;
        // elements outside the row load as zero, the padding.
        __m512i evens = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        __m512 window[4];
        for (int q = 0; q < 4; q++) window[q] = _mm512_maskz_loadu_ps(quarter(m->window, q), base + 16 * q);
        _mm512_mask_storeu_ps(row, low_half(m->segment), _mm512_permutex2var_ps(window[0], evens, window[1]));
        _mm512_mask_storeu_ps(row + 16, high_half(m->segment), _mm512_permutex2var_ps(window[2], evens, window[3]));
        return;
    }
    // Lane i of the panel row is added to element 2i; odd elements are not written.
    __m512i pairs = _mm512_setr_epi32(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7);
    __m512i upper = _mm512_set1_epi32(8);
    __m512 lanes[2] = {_mm512_loadu_ps(row), _mm512_loadu_ps(row + 16)};
    for (int q = 0; q < 4; q++) {
        __m512i index = q % 2 ? _mm512_add_epi32(pairs, upper) : pairs;
        __m512 spread = _mm512_permutexvar_ps(index, lanes[q / 2]);
        __mmask16 mask = quarter(m->even, q);
        __m512 sum = _mm512_add_ps(_mm512_maskz_loadu_ps(mask, base + 16 * q), spread);
        _mm512_mask_storeu_ps(base + 16 * q, mask, sum);
    }
}

/// Runs `pass` over one panel of `count` ≤ COLUMNS output positions from
/// `first_position`, segment by segment and tap by tap in a fixed order.
/// A segment is one output row's part of the panel: lanes `lane` ..<
/// `lane + width`, output columns `first` ..< `first + width`. For the tap
/// (channel, kh, kw), lane i reads input column (first + i - lane)·stride +
/// kw·dilation - pad_left of input row ih; no column outside the row is
/// touched. PACK_COLUMNS writes the values into the panel row (zero where
/// the tap falls in the padding); ADD_TO_INPUT adds the panel row's lanes
/// into them.
__attribute__((target("avx512f")))
static void pass_panel(
    panel_pass pass, const perturb_convolution_shape *s, float *planes, float *panel, long first_position,
    long count)
{
    long plane = s->input_height * s->input_width, taps = s->kernel_height * s->kernel_width;
    long stride = s->stride_width;
    __m512 zero = _mm512_setzero_ps();
    for (long lane = 0; lane < count;) {
        long position = first_position + lane;
        long oh = position / s->output_width, first = position - oh * s->output_width;
        long width = s->output_width - first;
        if (width > count - lane) width = count - lane;
        tap_masks m = {.segment = lane_mask(lane, lane + width)};
        // Channels innermost: consecutive taps then touch different input
        // planes, so in ADD_TO_INPUT no read waits on the masked write just
        // before it.
        for (long kw = 0; kw < s->kernel_width; kw++) {
            // Element 0 of the window is input column `start` (lane 0's, or
            // the one before the row when lane 0 is not in the segment).
            long start = (first - lane) * stride + kw * s->dilation_width - s->pad_left;
            if (stride == 1) {
                m.valid = lane_mask(-start, s->input_width - start) & m.segment;
            } else {
                m.window = lane_mask64(-start, s->input_width - start);
                m.even = m.window & 0x5555555555555555ull & lane_mask64(2 * lane, 2 * (lane + width));
            }
            for (long kh = 0; kh < s->kernel_height; kh++) {
                long ih = oh * s->stride_height + kh * s->dilation_height - s->pad_top;
                float *row = panel + (kh * s->kernel_width + kw) * COLUMNS;
                if (ih < 0 || ih >= s->input_height) {
                    for (long channel = 0; pass == PACK_COLUMNS && channel < s->channels; channel++) {
                        _mm512_mask_storeu_ps(row + channel * taps * COLUMNS, low_half(m.segment), zero);
                        _mm512_mask_storeu_ps(row + channel * taps * COLUMNS + 16, high_half(m.segment), zero);
                    }
                    continue;
                }
                float *base = planes + ih * s->input_width + start;
                for (long channel = 0; channel < s->channels; channel++, row += taps * COLUMNS, base += plane) {
                    pass_tap(pass, stride, &m, base, row);
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
