/* Line-level helpers shared by the dictionary readers. */
#ifndef DYAD_DICTFILE_H
#define DYAD_DICTFILE_H
#include <stddef.h>

typedef struct {
    const char *s;
    size_t n;
} dyad_span;

dyad_span dyad_span_trim(dyad_span t);
/* Cuts a `#` comment; a line that starts with `;` is all comment (TABARI style). */
dyad_span dyad_strip_comment(dyad_span line);
/* Next line of text[..end); returns 0 at the end. */
int dyad_next_line(const char **p, const char *end, dyad_span *line);
/* Dictionary spelling to lookup key: `_` to space, upper case, single spaces, no trailing `_`. */
size_t dyad_normalize_name(dyad_span name, char *out, size_t out_size);
/* Reads a whole file (caller frees); NULL after printing why. */
char *dyad_read_file(const char *path, size_t *len);
#endif
