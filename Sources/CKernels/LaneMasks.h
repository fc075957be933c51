#ifndef PERTURB_LANE_MASKS_H
#define PERTURB_LANE_MASKS_H

#if defined(__x86_64__)
#include <immintrin.h>

/// The lanes low ..< high of a 32-lane mask, clamped to 0 ..< 32 (empty when
/// high ≤ low): two AVX-512 vectors of floats.
static inline unsigned lane_mask(long low, long high) {
    if (low < 0) low = 0;
    if (high > 32) high = 32;
    if (high <= low) return 0;
    unsigned below_high = high >= 32 ? 0xFFFFFFFFu : (1u << high) - 1;
    return below_high & ~((1u << low) - 1);
}

/// The lanes low ..< high of a 64-lane mask, clamped to 0 ..< 64.
static inline unsigned long long lane_mask64(long low, long high) {
    if (low < 0) low = 0;
    if (high > 64) high = 64;
    if (high <= low) return 0;
    unsigned long long below_high = high >= 64 ? ~0ull : (1ull << high) - 1;
    return below_high & ~((1ull << low) - 1);
}

/// The first `count` lanes of a 16-lane mask (none when count ≤ 0).
static inline __mmask16 first_lanes(long count) {
    return count <= 0 ? 0 : count >= 16 ? (__mmask16)0xFFFF : (__mmask16)((1u << count) - 1);
}

/// The sixteen lanes of vector `index` of a multi-vector mask.
static inline __mmask16 quarter(unsigned long long mask, int index) { return (__mmask16)(mask >> (16 * index)); }
static inline __mmask16 low_half(unsigned mask) { return (__mmask16)(mask & 0xFFFF); }
static inline __mmask16 high_half(unsigned mask) { return (__mmask16)(mask >> 16); }

#endif

#endif
