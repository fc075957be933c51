#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpng_error.h"

struct cpng_decoder {
    cpng_error_state error;
    png_structp png;
    png_infop info;
    const uint8_t *bytes;
    size_t length;
    size_t offset;
    int header_read;
    png_bytep *rows;
    png_bytep scratch_row;
    cpng_text *texts;
    int text_count;
};

static void read_from_memory(png_structp png, png_bytep output, size_t count) {
    cpng_decoder *decoder = png_get_io_ptr(png);
    if (count > decoder->length - decoder->offset) {
        decoder->error.truncated = 1;
        png_error(png, "the data ends early");
    }
    memcpy(output, decoder->bytes + decoder->offset, count);
    decoder->offset += count;
}

static cpng_text_kind text_kind(int compression) {
    switch (compression) {
    case PNG_TEXT_COMPRESSION_zTXt: return CPNG_TEXT_ZTXT;
    case PNG_ITXT_COMPRESSION_NONE: return CPNG_TEXT_ITXT;
    case PNG_ITXT_COMPRESSION_zTXt: return CPNG_TEXT_ITXT_ZIP;
    default: return CPNG_TEXT_TEXT;
    }
}

/// Refreshes `texts` from what libpng has stored in the info struct so far.
static cpng_status collect_text(cpng_decoder *decoder) {
    png_textp text = NULL;
    int count = png_get_text(decoder->png, decoder->info, &text, NULL);
    cpng_text *texts = realloc(decoder->texts, sizeof(cpng_text) * (size_t)(count > 0 ? count : 1));
    if (texts == NULL) return CPNG_ERROR_OUT_OF_MEMORY;
    for (int index = 0; index < count; index++) {
        int international = text[index].compression >= PNG_ITXT_COMPRESSION_NONE;
        texts[index] = (cpng_text){
            .kind = text_kind(text[index].compression),
            .keyword = text[index].key,
            .text = text[index].text != NULL ? text[index].text : "",
            .text_length = international ? text[index].itxt_length : text[index].text_length,
            .language = international ? text[index].lang : NULL,
            .translated_keyword = international ? text[index].lang_key : NULL,
        };
    }
    decoder->texts = texts;
    decoder->text_count = count;
    return CPNG_OK;
}

/// Walks the chunk lengths before libpng sees them: libpng allocates a
/// chunk's claimed length before reading it, so a tiny file claiming a 2 GB
/// iTXt would make it allocate 2 GB. A chunk longer than the bytes left means
/// the file is truncated (or its length field is corrupt).
static int chunks_fit(cpng_decoder *decoder) {
    size_t offset = 8;
    while (offset < decoder->length) {
        const uint8_t *chunk = decoder->bytes + offset;
        size_t left = decoder->length - offset;
        if (left < 12) break;
        size_t length = (size_t)chunk[0] << 24 | (size_t)chunk[1] << 16 | (size_t)chunk[2] << 8 | chunk[3];
        if (length > left - 12) {
            char message[160];
            snprintf(message, sizeof message, "the chunk at byte %zu claims %zu bytes of data but only %zu remain",
                     offset, length, left - 12);
            cpng_set_message(&decoder->error, message);
            decoder->error.truncated = 1;
            return 0;
        }
        if (memcmp(chunk + 4, "IEND", 4) == 0) break;
        offset += 12 + length;
    }
    return 1;
}

cpng_decoder *cpng_decoder_create(const uint8_t *bytes, size_t length, cpng_limits limits) {
    cpng_decoder *decoder = calloc(1, sizeof *decoder);
    if (decoder == NULL) return NULL;
    decoder->bytes = bytes;
    decoder->length = length;
    decoder->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &decoder->error, cpng_record_error,
                                          cpng_record_warning);
    if (decoder->png != NULL) decoder->info = png_create_info_struct(decoder->png);
    if (decoder->info == NULL) {
        cpng_decoder_destroy(decoder);
        return NULL;
    }
    png_set_read_fn(decoder->png, decoder, read_from_memory);
    png_set_user_limits(decoder->png, limits.max_width, limits.max_height);
    png_set_chunk_cache_max(decoder->png, limits.max_ancillary_chunks);
    png_set_chunk_malloc_max(decoder->png, limits.max_chunk_bytes);
    return decoder;
}

cpng_status cpng_decoder_read_header(cpng_decoder *decoder, cpng_header *header) {
    if (decoder->length < 8) {
        decoder->error.truncated = 1;
        cpng_set_message(&decoder->error, "the data ends inside the 8-byte signature");
        return CPNG_ERROR_TRUNCATED;
    }
    if (png_sig_cmp(decoder->bytes, 0, 8) != 0) {
        cpng_set_message(&decoder->error, "the first 8 bytes are not the PNG signature");
        return CPNG_ERROR_SIGNATURE;
    }
    if (!chunks_fit(decoder)) return CPNG_ERROR_TRUNCATED;
    png_structp png = decoder->png;
    png_infop info = decoder->info;
    if (setjmp(png_jmpbuf(png))) return cpng_failure_status(&decoder->error);
    png_read_info(png, info);
    decoder->header_read = 1;
    png_uint_32 width = 0, height = 0;
    int bit_depth = 0, color_type = 0, interlace = 0;
    png_get_IHDR(png, info, &width, &height, &bit_depth, &color_type, &interlace, NULL, NULL);
    png_uint_32 physical_x = 0, physical_y = 0;
    int physical_unit = 0;
    int has_physical = png_get_pHYs(png, info, &physical_x, &physical_y, &physical_unit) != 0;
    *header = (cpng_header){
        .width = width,
        .height = height,
        .bit_depth = bit_depth,
        .color_type = color_type,
        .interlaced = interlace != PNG_INTERLACE_NONE,
        .has_transparency = png_get_valid(png, info, PNG_INFO_tRNS) != 0,
        .has_physical = has_physical,
        .physical_x = physical_x,
        .physical_y = physical_y,
        .physical_unit = physical_unit,
    };
    return collect_text(decoder);
}

cpng_status cpng_decoder_read_pixels(cpng_decoder *decoder, int bit_depth, uint8_t *pixels, size_t row_bytes) {
    if (!decoder->header_read || (bit_depth != 8 && bit_depth != 16)) {
        cpng_set_message(&decoder->error, "read_pixels needs a read header and a bit depth of 8 or 16");
        return CPNG_ERROR_USAGE;
    }
    png_structp png = decoder->png;
    png_infop info = decoder->info;
    png_uint_32 height = png_get_image_height(png, info);
    free(decoder->rows);
    decoder->rows = malloc(sizeof(png_bytep) * (height > 0 ? height : 1));
    if (decoder->rows == NULL) return CPNG_ERROR_OUT_OF_MEMORY;
    for (png_uint_32 row = 0; row < height; row++) decoder->rows[row] = pixels + (size_t)row * row_bytes;
    if (setjmp(png_jmpbuf(png))) return cpng_failure_status(&decoder->error);
    png_set_expand(png);
    if (bit_depth == 16) {
        png_set_expand_16(png);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        png_set_swap(png);
#endif
    } else {
        png_set_scale_16(png);
    }
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    if (png_get_rowbytes(png, info) != row_bytes || png_get_bit_depth(png, info) != bit_depth) {
        cpng_set_message(&decoder->error, "the pixel buffer does not match the decoded row size");
        return CPNG_ERROR_USAGE;
    }
    png_read_image(png, decoder->rows);
    png_read_end(png, info);
    return collect_text(decoder);
}

cpng_status cpng_decoder_skip_pixels(cpng_decoder *decoder) {
    if (!decoder->header_read) {
        cpng_set_message(&decoder->error, "skip_pixels needs a read header");
        return CPNG_ERROR_USAGE;
    }
    png_structp png = decoder->png;
    png_infop info = decoder->info;
    if (setjmp(png_jmpbuf(png))) return cpng_failure_status(&decoder->error);
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    decoder->scratch_row = png_malloc(png, png_get_rowbytes(png, info));
    png_uint_32 height = png_get_image_height(png, info);
    for (int pass = 0; pass < passes; pass++) {
        for (png_uint_32 row = 0; row < height; row++) png_read_row(png, decoder->scratch_row, NULL);
    }
    png_read_end(png, info);
    return collect_text(decoder);
}

int cpng_decoder_text_count(const cpng_decoder *decoder) { return decoder->text_count; }

cpng_text cpng_decoder_text(const cpng_decoder *decoder, int index) { return decoder->texts[index]; }

const char *cpng_decoder_message(const cpng_decoder *decoder) { return decoder->error.message; }

void cpng_decoder_destroy(cpng_decoder *decoder) {
    if (decoder == NULL) return;
    if (decoder->png != NULL) {
        png_free(decoder->png, decoder->scratch_row);
        png_destroy_read_struct(&decoder->png, decoder->info != NULL ? &decoder->info : NULL, NULL);
    }
    free(decoder->rows);
    free(decoder->texts);
    free(decoder);
}
