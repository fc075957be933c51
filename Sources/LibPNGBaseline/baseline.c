#include "LibPNGBaseline.h"

#include <png.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const uint8_t *bytes;
    size_t length;
    size_t offset;
} input;

typedef struct {
    uint8_t *bytes;
    size_t length;
    size_t capacity;
} output;

static void read_memory(png_structp png, png_bytep data, size_t count) {
    input *in = png_get_io_ptr(png);
    if (count > in->length - in->offset) png_error(png, "truncated");
    memcpy(data, in->bytes + in->offset, count);
    in->offset += count;
}

static void write_memory(png_structp png, png_bytep data, size_t count) {
    output *out = png_get_io_ptr(png);
    if (count > out->capacity - out->length) {
        size_t capacity = out->capacity > 0 ? out->capacity : 65536;
        while (capacity - out->length < count) capacity *= 2;
        uint8_t *bytes = realloc(out->bytes, capacity);
        if (bytes == NULL) png_error(png, "out of memory");
        out->bytes = bytes;
        out->capacity = capacity;
    }
    memcpy(out->bytes + out->length, data, count);
    out->length += count;
}

static void flush_memory(png_structp png) { (void)png; }

int baseline_decode_rgb8(const uint8_t *bytes, size_t length, uint8_t *pixels, uint32_t width, uint32_t height) {
    input in = {bytes, length, 0};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, NULL);
        return 1;
    }
    png_set_read_fn(png, &in, read_memory);
    png_read_info(png, info);
    if (png_get_image_width(png, info) != width || png_get_image_height(png, info) != height) png_error(png, "size");
    png_read_update_info(png, info);
    for (uint32_t row = 0; row < height; row++) png_read_row(png, pixels + (size_t)row * width * 3, NULL);
    png_read_end(png, NULL);
    png_destroy_read_struct(&png, &info, NULL);
    return 0;
}

int baseline_encode_rgb8(const uint8_t *pixels, uint32_t width, uint32_t height, uint8_t **result, size_t *length) {
    output *out = calloc(1, sizeof *out);
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    png_infop info = png_create_info_struct(png);
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        free(out->bytes);
        free(out);
        return 1;
    }
    png_set_write_fn(png, out, write_memory, flush_memory);
    png_set_IHDR(png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    png_write_info(png, info);
    for (uint32_t row = 0; row < height; row++) png_write_row(png, pixels + (size_t)row * width * 3);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    *result = out->bytes;
    *length = out->length;
    free(out);
    return 0;
}

void baseline_free(void *pointer) { free(pointer); }
