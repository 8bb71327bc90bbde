#include "utf8.h"
#include "../core/xalloc.h"
#include <string.h>
#include <utf8proc.h>

uint32_t dyad_utf8_decode(const unsigned char *s, size_t n, int *len, int *invalid)
{
    *invalid = 0;
    if (s[0] < 0x80) {
        *len = 1;
        return s[0];
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(s, (utf8proc_ssize_t)(n > 4 ? 4 : n), &cp);
    if (k <= 0) {
        *len = 1;
        *invalid = 1;
        return DYAD_REPLACEMENT_CHAR;
    }
    *len = (int)k;
    return (uint32_t)cp;
}

int dyad_utf8_encode(uint32_t cp, char *out)
{
    return (int)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

int dyad_is_space(uint32_t cp)
{
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP || cp == 0x200B
           || cp == 0xFEFF;
}

int dyad_is_letter(uint32_t cp)
{
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC;
}

int dyad_is_digit(uint32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ND;
}

int dyad_is_upper(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU
           || utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LT;
}

int dyad_is_lower(uint32_t cp)
{
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LL;
}

uint32_t dyad_to_lower(uint32_t cp)
{
    if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
    return (uint32_t)utf8proc_tolower((utf8proc_int32_t)cp);
}

enum dyad_char_class dyad_char_class(uint32_t cp)
{
    switch (cp) {
    case '"': return DYAD_CH_DOUBLE_QUOTE;
    case 0x201C:
    case 0x201E:
    case 0x00AB: return DYAD_CH_OPEN_DOUBLE;
    case 0x201D:
    case 0x00BB: return DYAD_CH_CLOSE_DOUBLE;
    case '\'': return DYAD_CH_SINGLE_QUOTE;
    case 0x2018:
    case 0x201A: return DYAD_CH_OPEN_SINGLE;
    case 0x2019:
    case 0x02BC: return DYAD_CH_CLOSE_SINGLE;
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: return DYAD_CH_DASH;
    case 0x2026: return DYAD_CH_ELLIPSIS;
    case 0x2022:
    case 0x25AA:
    case 0x25CF:
    case 0x25E6:
    case 0x2023:
    case 0x2043: return DYAD_CH_BULLET;
    default: return DYAD_CH_OTHER;
    }
}

size_t dyad_utf8_lower(const char *s, size_t n, char *out, size_t out_size)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { /* most text is ASCII: no decoding and encoding through utf8proc */
            if (o + 2 > out_size) break;
            out[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
            continue;
        }
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
        char buf[4];
        int k = dyad_utf8_encode(dyad_to_lower(cp), buf);
        if (o + (size_t)k + 1 > out_size) break;
        for (int j = 0; j < k; j++) out[o++] = buf[j];
        i += (size_t)len;
    }
    if (out_size) out[o] = '\0';
    return o;
}

/* Letters Unicode does not decompose into a base letter and a mark, written in the names of news
 * ("Đukanović", "Wałęsa", "Støre", "Weiß"): their upper-case Latin spelling as dictionaries
 * write them, or NULL for any other code point. */
static const char *undecomposed_letter(uint32_t cp)
{
    switch (cp) {
    case 0x0110:
    case 0x0111: return "D"; /* Đ đ */
    case 0x0141:
    case 0x0142: return "L"; /* Ł ł */
    case 0x00D8:
    case 0x00F8: return "O"; /* Ø ø */
    case 0x0126:
    case 0x0127: return "H";  /* Ħ ħ */
    case 0x00DF: return "SS"; /* ß */
    default: return NULL;
    }
}

size_t dyad_utf8_upper_fold(const char *s, size_t n, char *out, size_t out_size)
{
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o + 2 > out_size) break;
            out[o++] = (char)((c >= 'a' && c <= 'z') ? c - 32 : c);
            i++;
            continue;
        }
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
        i += (size_t)len;
        const char *latin = undecomposed_letter(cp);
        if (latin) {
            size_t ll = strlen(latin);
            if (o + ll + 1 > out_size) break;
            memcpy(out + o, latin, ll);
            o += ll;
            continue;
        }
        utf8proc_int32_t parts[8];
        int last_boundclass = 0;
        utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, parts, 8,
                                                     UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK, &last_boundclass);
        if (k < 0 || k > 8) {
            parts[0] = (utf8proc_int32_t)cp;
            k = 1;
        }
        for (utf8proc_ssize_t j = 0; j < k; j++) {
            char buf[4];
            int bl = dyad_utf8_encode((uint32_t)utf8proc_toupper(parts[j]), buf);
            if (o + (size_t)bl + 1 > out_size) {
                out[o] = '\0';
                return o;
            }
            for (int b = 0; b < bl; b++) out[o++] = buf[b];
        }
    }
    if (out_size) out[o] = '\0';
    return o;
}

const char *dyad_utf8_upper_copy(dyad_arena *a, const char *s, uint32_t *len)
{
    /* a byte folds to at most 16 (a two-byte code point to eight decomposed parts of four), so
     * the fold is never cut short here */
    char folded[DYAD_UPPER_COPY_MAX * 16 + 1];
    size_t n = strlen(s);
    *len = 0;
    if (n > DYAD_UPPER_COPY_MAX) return NULL;
    /* ASCII, nearly every word, folds byte for byte: straight into the arena (the copy is
     * abandoned at the first other byte, whose fold may decompose) */
    char *upper = dyad_arena_alloc(a, n + 1);
    size_t i = 0;
    for (; i < n && (unsigned char)s[i] < 0x80; i++) upper[i] = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i];
    if (i == n) {
        *len = (uint32_t)n;
        return upper;
    }
    size_t o = dyad_utf8_upper_fold(s, n, folded, sizeof folded);
    *len = (uint32_t)o;
    return dyad_arena_strndup(a, folded, o);
}

char *dyad_utf8_clean_copy(const char *s, size_t n, size_t *out_len)
{
    char *clean = dyad_xmalloc(n * 3 + 1);
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
        o += (size_t)dyad_utf8_encode(cp, clean + o);
        i += (size_t)len;
    }
    clean[o] = '\0';
    *out_len = o;
    return clean;
}
