/// libpng called directly from C, with no shim and no Swift: the baseline
/// that `perturb-bench png` measures Perturb's PNG module against.
#ifndef LIBPNG_BASELINE_H
#define LIBPNG_BASELINE_H

#include <stddef.h>
#include <stdint.h>

/// Decodes an 8-bit RGB PNG from memory into `pixels` (width * height * 3
/// bytes). Returns 0 on success.
int baseline_decode_rgb8(const uint8_t *bytes, size_t length, uint8_t *pixels, uint32_t width, uint32_t height);

/// Encodes 8-bit RGB pixels with libpng's defaults; `*output` is malloc'ed
/// (free with `baseline_free`). Returns 0 on success.
int baseline_encode_rgb8(const uint8_t *pixels, uint32_t width, uint32_t height, uint8_t **output, size_t *length);

/// Frees a buffer from `baseline_encode_rgb8`.
void baseline_free(void *pointer);

#endif
