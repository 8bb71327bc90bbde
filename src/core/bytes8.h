/* Tests on eight bytes at once, for scanning text for the few bytes that need care (a quote, a
 * backslash, a control byte). Each is exact about whether some byte of the eight is so. */
#ifndef DYAD_BYTES8_H
#define DYAD_BYTES8_H
#include <stdint.h>
#include <string.h>

#define DYAD_BYTES8_ONES UINT64_C(0x0101010101010101)

/* The eight bytes at s, as one word. */
static inline uint64_t dyad_bytes8(const char *s)
{
    uint64_t w;
    memcpy(&w, s, 8);
    return w;
}

/* Does some byte of w fall below n (n at most 128)? */
static inline int dyad_bytes8_has_below(uint64_t w, unsigned n)
{
    return ((w - DYAD_BYTES8_ONES * n) & ~w & DYAD_BYTES8_ONES * 0x80) != 0;
}

/* Is some byte of w the byte b? */
static inline int dyad_bytes8_has(uint64_t w, unsigned char b)
{
    uint64_t x = w ^ DYAD_BYTES8_ONES * b;
    return ((x - DYAD_BYTES8_ONES) & ~x & DYAD_BYTES8_ONES * 0x80) != 0;
}

/* Does some byte of w have its high bit set (a byte of a multi-byte UTF-8 character)? */
static inline int dyad_bytes8_has_high(uint64_t w) { return (w & DYAD_BYTES8_ONES * 0x80) != 0; }
#endif
