/* UTF-8 decoding that never fails: an invalid byte decodes as U+FFFD of length 1,
 * so byte offsets into the original input stay exact. */
#ifndef DYAD_UTF8_H
#define DYAD_UTF8_H
#include "../core/arena.h"
#include <stddef.h>
#include <stdint.h>

#define DYAD_REPLACEMENT_CHAR 0xFFFDu

/* Decodes the code point at s[0..n); sets *len (>= 1) and *invalid when the bytes were not valid UTF-8. */
uint32_t dyad_utf8_decode(const unsigned char *s, size_t n, int *len, int *invalid);
/* Writes cp as UTF-8 into out (at least 4 bytes); returns the byte count. */
int dyad_utf8_encode(uint32_t cp, char *out);

int dyad_is_space(uint32_t cp);
int dyad_is_letter(uint32_t cp);
int dyad_is_digit(uint32_t cp);
int dyad_is_upper(uint32_t cp);
int dyad_is_lower(uint32_t cp);
uint32_t dyad_to_lower(uint32_t cp);

/* Quote and dash variants folded to their ASCII meaning for tokenisation. */
enum dyad_char_class {
    DYAD_CH_OTHER,
    DYAD_CH_DOUBLE_QUOTE,
    DYAD_CH_OPEN_DOUBLE,
    DYAD_CH_CLOSE_DOUBLE,
    DYAD_CH_SINGLE_QUOTE,
    DYAD_CH_OPEN_SINGLE,
    DYAD_CH_CLOSE_SINGLE,
    DYAD_CH_DASH,
    DYAD_CH_ELLIPSIS,
    DYAD_CH_BULLET
};
enum dyad_char_class dyad_char_class(uint32_t cp);

/* Lower-cases UTF-8 text into out (out_size bytes, NUL-terminated, truncated at a code point); returns length. */
size_t dyad_utf8_lower(const char *s, size_t n, char *out, size_t out_size);
/* Upper-cases UTF-8 text and strips accents ("Élysée" -> "ELYSEE") for dictionary lookups. */
size_t dyad_utf8_upper_fold(const char *s, size_t n, char *out, size_t out_size);
/* The whole upper-case fold of the NUL-terminated s as a new string in the arena, its length in
 * *len; NULL when s is longer than DYAD_UPPER_COPY_MAX bytes (callers then fold it themselves). */
enum { DYAD_UPPER_COPY_MAX = 64 };
const char *dyad_utf8_upper_copy(dyad_arena *a, const char *s, uint32_t *len);
/* Copies n bytes of text into a new string (free() it) with invalid UTF-8 replaced by U+FFFD. */
char *dyad_utf8_clean_copy(const char *s, size_t n, size_t *out_len);
#endif
