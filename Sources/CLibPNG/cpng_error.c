#include "cpng_error.h"

#include <stdio.h>
#include <string.h>

void cpng_record_error(png_structp png, png_const_charp message) {
    cpng_error_state *state = png_get_error_ptr(png);
    const char *error = message != NULL ? message : "unknown libpng error";
    if (state->warning[0] != '\0') {
        snprintf(state->message, sizeof state->message, "%s (libpng warned: %s)", error, state->warning);
    } else {
        cpng_set_message(state, error);
    }
    png_longjmp(png, 1);
}

void cpng_record_warning(png_structp png, png_const_charp message) {
    cpng_error_state *state = png_get_error_ptr(png);
    snprintf(state->warning, sizeof state->warning, "%s", message != NULL ? message : "");
}

cpng_status cpng_failure_status(const cpng_error_state *state) {
    if (state->truncated) return CPNG_ERROR_TRUNCATED;
    if (strstr(state->message, "ut of memory") != NULL) return CPNG_ERROR_OUT_OF_MEMORY;
    return CPNG_ERROR_LIBPNG;
}

void cpng_set_message(cpng_error_state *state, const char *message) {
    strncpy(state->message, message, sizeof state->message - 1);
    state->message[sizeof state->message - 1] = '\0';
}
