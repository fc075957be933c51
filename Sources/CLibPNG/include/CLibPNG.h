/// A thin shim over libpng's classic API for Swift.
///
/// Every libpng call runs under setjmp inside these C functions, so a corrupt
/// or hostile file comes back as a status code plus libpng's message; no
/// longjmp ever crosses a Swift frame. All input and output is in memory: the
/// Swift side reads and writes the files.
#ifndef CLIBPNG_H
#define CLIBPNG_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a shim call reports.
typedef enum {
    CPNG_OK = 0,
    /// The first eight bytes are not the PNG signature.
    CPNG_ERROR_SIGNATURE = 1,
    /// The data ended before libpng had read what it needed.
    CPNG_ERROR_TRUNCATED = 2,
    /// libpng refused the data (or, when writing, the parameters); see the message.
    CPNG_ERROR_LIBPNG = 3,
    /// Memory could not be allocated.
    CPNG_ERROR_OUT_OF_MEMORY = 4,
    /// The caller's buffer does not match the image (a bug on the Swift side).
    CPNG_ERROR_USAGE = 5,
} cpng_status;

/// libpng's user limits, set on every decoder before it reads anything.
typedef struct {
    uint32_t max_width;
    uint32_t max_height;
    /// Most ancillary chunks kept (png_set_chunk_cache_max).
    uint32_t max_ancillary_chunks;
    /// Largest ancillary chunk, in bytes (png_set_chunk_malloc_max).
    size_t max_chunk_bytes;
} cpng_limits;

/// The kind of a text chunk.
typedef enum {
    CPNG_TEXT_TEXT = 0,       ///< tEXt, Latin-1
    CPNG_TEXT_ZTXT = 1,       ///< zTXt, Latin-1, compressed
    CPNG_TEXT_ITXT = 2,       ///< iTXt, UTF-8
    CPNG_TEXT_ITXT_ZIP = 3,   ///< iTXt, UTF-8, compressed
} cpng_text_kind;

/// One text chunk. Strings are NUL-terminated; `text` may hold `text_length` bytes.
typedef struct {
    cpng_text_kind kind;
    const char *keyword;
    const char *text;
    size_t text_length;
    /// iTXt only; may be NULL or empty.
    const char *language;
    /// iTXt only; may be NULL or empty.
    const char *translated_keyword;
} cpng_text;

/// The header of an image and its pHYs chunk.
typedef struct {
    uint32_t width;
    uint32_t height;
    /// 1, 2, 4, 8 or 16.
    int bit_depth;
    /// PNG colour type: 0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA.
    int color_type;
    int interlaced;
    /// A tRNS chunk is present (it becomes an alpha channel on decoding).
    int has_transparency;
    int has_physical;
    uint32_t physical_x;
    uint32_t physical_y;
    /// 0 unknown unit (aspect ratio only), 1 metre.
    int physical_unit;
} cpng_header;

/// A decoder over one PNG in memory. Opaque.
typedef struct cpng_decoder cpng_decoder;

/// Makes a decoder over `length` bytes that must stay alive until it is
/// destroyed. Returns NULL when memory runs out.
cpng_decoder *cpng_decoder_create(const uint8_t *bytes, size_t length, cpng_limits limits);

/// Reads the signature and every chunk up to the image data.
cpng_status cpng_decoder_read_header(cpng_decoder *decoder, cpng_header *header);

/// Decodes the pixels into `pixels` (`row_bytes` * height bytes), expanded to
/// `bit_depth` (8 or 16) bits per sample with palette and tRNS expanded to
/// RGB(A) and gray+alpha; 16-bit samples come out in host byte order, 16 to 8
/// rounds to nearest. Then reads the chunks after the image data.
cpng_status cpng_decoder_read_pixels(cpng_decoder *decoder, int bit_depth, uint8_t *pixels, size_t row_bytes);

/// Reads the chunks after the image data without keeping the pixels.
cpng_status cpng_decoder_skip_pixels(cpng_decoder *decoder);

/// The number of text chunks read so far.
int cpng_decoder_text_count(const cpng_decoder *decoder);

/// Text chunk `index`; its strings live as long as the decoder.
cpng_text cpng_decoder_text(const cpng_decoder *decoder, int index);

/// libpng's message for the last failure (empty when there was none).
const char *cpng_decoder_message(const cpng_decoder *decoder);

void cpng_decoder_destroy(cpng_decoder *decoder);

/// What to write. Rows are packed as PNG stores them: samples of `bit_depth`
/// bits, 16-bit samples in host byte order.
typedef struct {
    uint32_t width;
    uint32_t height;
    int bit_depth;
    int color_type;
    int interlaced;
    /// 0-9, or -1 for zlib's default.
    int compression_level;
    const cpng_text *texts;
    int text_count;
    int has_physical;
    uint32_t physical_x;
    uint32_t physical_y;
    int physical_unit;
    /// Palette colour type only: `palette_count` RGB triples (tests use it for fixtures).
    const uint8_t *palette;
    int palette_count;
    /// Palette colour type only: one alpha per entry (a tRNS chunk), or NULL.
    const uint8_t *transparency_alpha;
    int transparency_count;
} cpng_encode_params;

/// Encodes an image; on success `*output` is a malloc'ed buffer of
/// `*output_length` bytes that the caller frees with `cpng_free`. On failure
/// `message` (of `message_capacity` bytes) holds libpng's reason.
cpng_status cpng_encode(const cpng_encode_params *params, const uint8_t *pixels, size_t row_bytes,
                        uint8_t **output, size_t *output_length, char *message, size_t message_capacity);

/// Frees a buffer returned by `cpng_encode`.
void cpng_free(void *pointer);

#ifdef __cplusplus
}
#endif

#endif
