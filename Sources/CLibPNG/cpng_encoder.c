#include <stdlib.h>
#include <string.h>

#include "cpng_error.h"

/// Everything an encode owns, on the heap so a longjmp cannot lose it.
typedef struct {
    cpng_error_state error;
    png_structp png;
    png_infop info;
    uint8_t *output;
    size_t length;
    size_t capacity;
    png_textp texts;
} encoder_state;

static void write_to_memory(png_structp png, png_bytep data, size_t count) {
    encoder_state *state = png_get_io_ptr(png);
    if (count > state->capacity - state->length) {
        size_t capacity = state->capacity > 0 ? state->capacity : 65536;
        while (capacity - state->length < count) capacity *= 2;
        uint8_t *output = realloc(state->output, capacity);
        if (output == NULL) png_error(png, "Out of memory for the encoded PNG");
        state->output = output;
        state->capacity = capacity;
    }
    memcpy(state->output + state->length, data, count);
    state->length += count;
}

static void flush_nothing(png_structp png) { (void)png; }

static int png_compression(cpng_text_kind kind) {
    switch (kind) {
    case CPNG_TEXT_ZTXT: return PNG_TEXT_COMPRESSION_zTXt;
    case CPNG_TEXT_ITXT: return PNG_ITXT_COMPRESSION_NONE;
    case CPNG_TEXT_ITXT_ZIP: return PNG_ITXT_COMPRESSION_zTXt;
    default: return PNG_TEXT_COMPRESSION_NONE;
    }
}

static void set_text(encoder_state *state, const cpng_encode_params *params) {
    if (params->text_count <= 0) return;
    state->texts = png_malloc(state->png, sizeof(png_text) * (size_t)params->text_count);
    for (int index = 0; index < params->text_count; index++) {
        const cpng_text *text = &params->texts[index];
        state->texts[index] = (png_text){
            .compression = png_compression(text->kind),
            .key = (png_charp)text->keyword,
            .text = (png_charp)text->text,
            .text_length = text->text_length,
            .lang = (png_charp)text->language,
            .lang_key = (png_charp)text->translated_keyword,
        };
    }
    png_set_text(state->png, state->info, state->texts, params->text_count);
}

static void encode(encoder_state *state, const cpng_encode_params *params, const uint8_t *pixels, size_t row_bytes) {
    png_structp png = state->png;
    png_infop info = state->info;
    png_set_write_fn(png, state, write_to_memory, flush_nothing);
    if (params->compression_level >= 0) png_set_compression_level(png, params->compression_level);
    png_set_IHDR(png, info, params->width, params->height, params->bit_depth, params->color_type,
                 params->interlaced ? PNG_INTERLACE_ADAM7 : PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (params->color_type == PNG_COLOR_TYPE_PALETTE) {
        png_set_PLTE(png, info, (png_const_colorp)params->palette, params->palette_count);
    }
    if (params->color_type == PNG_COLOR_TYPE_PALETTE && params->transparency_alpha != NULL) {
        png_set_tRNS(png, info, params->transparency_alpha, params->transparency_count, NULL);
    }
    set_text(state, params);
    if (params->has_physical) {
        png_set_pHYs(png, info, params->physical_x, params->physical_y, params->physical_unit);
    }
    png_write_info(png, info);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (params->bit_depth == 16) png_set_swap(png);
#endif
    int passes = png_set_interlace_handling(png);
    for (int pass = 0; pass < passes; pass++) {
        for (uint32_t row = 0; row < params->height; row++) png_write_row(png, pixels + (size_t)row * row_bytes);
    }
    png_write_end(png, NULL);
}

cpng_status cpng_encode(const cpng_encode_params *params, const uint8_t *pixels, size_t row_bytes,
                        uint8_t **output, size_t *output_length, char *message, size_t message_capacity) {
    encoder_state *state = calloc(1, sizeof *state);
    if (state == NULL) return CPNG_ERROR_OUT_OF_MEMORY;
    cpng_status status = CPNG_ERROR_OUT_OF_MEMORY;
    state->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state->error, cpng_record_error,
                                         cpng_record_warning);
    if (state->png != NULL) state->info = png_create_info_struct(state->png);
    if (state->info != NULL) {
        if (setjmp(png_jmpbuf(state->png))) {
            status = cpng_failure_status(&state->error);
        } else {
            encode(state, params, pixels, row_bytes);
            status = CPNG_OK;
        }
    }
    if (status == CPNG_OK) {
        *output = state->output;
        *output_length = state->length;
    } else {
        free(state->output);
        if (message != NULL && message_capacity > 0) {
            strncpy(message, state->error.message, message_capacity - 1);
            message[message_capacity - 1] = '\0';
        }
    }
    if (state->png != NULL) {
        png_free(state->png, state->texts);
        png_destroy_write_struct(&state->png, state->info != NULL ? &state->info : NULL);
    }
    free(state);
    return status;
}

void cpng_free(void *pointer) { free(pointer); }
