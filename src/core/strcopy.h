/* Bounded string copy. */
#ifndef DYAD_STRCOPY_H
#define DYAD_STRCOPY_H
#include <stddef.h>
#include <string.h>

/* Copies s into out (size bytes), cut short to fit and NUL-terminated, as snprintf(out, size,
 * "%s", s) does; the coder copies actor and event codes so some hundred thousand times per
 * thousand articles, where printf's format parsing cost more than the copying. */
static inline void dyad_copy_str(char *out, size_t size, const char *s)
{
    if (!size) return;
    size_t n = strnlen(s, size - 1);
    memcpy(out, s, n);
    out[n] = '\0';
}

/* Copies at most the first n bytes of s, as snprintf(out, size, "%.*s", (int)n, s) does. */
static inline void dyad_copy_strn(char *out, size_t size, const char *s, size_t n)
{
    if (!size) return;
    n = strnlen(s, n < size - 1 ? n : size - 1);
    memcpy(out, s, n);
    out[n] = '\0';
}
#endif
