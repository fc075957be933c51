#ifndef PERTURB_DEPTHWISE_ROWS_H
#define PERTURB_DEPTHWISE_ROWS_H

/// The inner loops of a stride-1 depthwise (per-plane) correlation with
/// AVX-512, on a zero-bordered copy of the input plane (`padded`, rows
/// `padded_width` apart, every tap of every output column inside it). Tap t
/// reads `padded` at offset `offsets[t]` from the output position's corner.
/// Call only when perturb_avx512_available() is 1.

/// output[oh][ow] += Σₜ taps[t] · padded[oh·padded_width + ow + offsets[t]]
/// for the `output_height` × `output_width` plane `output`, the taps summed
/// in order, sixteen output columns at a time.
void perturb_depthwise_correlate(
    const float *padded, long padded_width, const float *taps, const long *offsets, long area, float *output,
    long output_height, long output_width);

/// sums[t] += Σ over output positions of gradient[oh][ow] ·
/// padded[oh·padded_width + ow + offsets[t]]: the kernel gradient of that
/// correlation, with one sixteen-lane accumulator per tap (`area` ≤ 64).
void perturb_depthwise_kernel_gradient(
    const float *padded, long padded_width, const float *gradient, const long *offsets, long area, float *sums,
    long output_height, long output_width);

#endif
