// Internal: libpng error handling shared by the decoder and the encoder.
#ifndef CPNG_ERROR_H
#define CPNG_ERROR_H

#include <png.h>
#include "CLibPNG.h"

/// Where libpng's error handler leaves its message; lives on the heap so it
/// survives the longjmp back into the function that called setjmp.
typedef struct {
    char message[256];
    /// libpng's last warning, added to the message of a later error: libpng
    /// often warns with the detail ("Image width is zero in IHDR") and then
    /// fails with a summary ("Invalid IHDR data").
    char warning[160];
    /// Set by the read callback when the data ends early.
    int truncated;
} cpng_error_state;

/// libpng error callback: records the message, then longjmps to the setjmp
/// of the shim function that made the libpng call. Never returns.
void cpng_record_error(png_structp png, png_const_charp message);

/// libpng warning callback: warnings (bad ancillary chunks, which libpng
/// skips) are not errors, so the last one is only kept for a later error.
void cpng_record_warning(png_structp png, png_const_charp message);

/// The status for a failure that longjmp'ed back: truncated or libpng's own.
cpng_status cpng_failure_status(const cpng_error_state *state);

/// Copies `message` into the state (for failures found by the shim itself).
void cpng_set_message(cpng_error_state *state, const char *message);

#endif
