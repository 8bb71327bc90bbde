#include "jsonl_fast.h"
#include "../core/bytes8.h"
#include "../core/xalloc.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *s;
    size_t n, at;
    char *buf; /* the string last read, decoded */
    size_t len, cap;
} scanner;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static void skip_space(scanner *c)
{
    while (c->at < c->n && is_space(c->s[c->at])) c->at++;
}

static void append(scanner *c, const char *s, size_t n)
{
    dyad_grow((void **)&c->buf, &c->cap, c->len + n + 1, 1);
    memcpy(c->buf + c->len, s, n);
    c->len += n;
}

/* Four hex digits at s[at, at + 4) into *v; 0 when they are not. */
static int hex4(const scanner *c, size_t at, uint32_t *v)
{
    if (at + 4 > c->n) return 0;
    *v = 0;
    for (size_t i = at; i < at + 4; i++) {
        char h = c->s[i];
        int d = h >= '0' && h <= '9'   ? h - '0'
                : h >= 'a' && h <= 'f' ? h - 'a' + 10
                : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                       : -1;
        if (d < 0) return 0;
        *v = *v << 4 | (uint32_t)d;
    }
    return 1;
}

/* "\uXXXX" (a surrogate pair as two) at c->at, just after the backslash, as UTF-8; 0 for a lone
 * surrogate, which json_loadb refuses. */
static int unicode_escape(scanner *c)
{
    uint32_t cp, low;
    if (!hex4(c, c->at + 1, &cp)) return 0;
    c->at += 5;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return 0;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (c->at + 2 > c->n || c->s[c->at] != '\\' || c->s[c->at + 1] != 'u' || !hex4(c, c->at + 2, &low)
            || low < 0xDC00 || low > 0xDFFF)
            return 0;
        c->at += 6;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    char u[4];
    size_t k = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    static const unsigned char lead[5] = {0, 0, 0xC0, 0xE0, 0xF0};
    for (size_t i = k; i-- > 1; cp >>= 6) u[i] = (char)(0x80 | (cp & 0x3F));
    u[0] = (char)(lead[k] | cp);
    append(c, u, k);
    return 1;
}

/* Bytes a JSON string holds as they are: all but control bytes, the quote and the backslash.
 * An article's text is read a byte at a time through here: one table load a byte. */
static const uint8_t plain_byte[256] = {[0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0xff] = 1};

/* Are the eight bytes at s all plain? An article's text is tested a word at a time. */
static int eight_plain(const char *s)
{
    uint64_t w = dyad_bytes8(s);
    return !dyad_bytes8_has_below(w, 0x20) && !dyad_bytes8_has(w, '"') && !dyad_bytes8_has(w, '\\');
}

/* The string opening at c->at into c->buf (its bytes checked as UTF-8 later, by jansson); 0 when
 * it is not one this reader reads (a control byte, an unknown escape, no closing quote). */
static int read_string(scanner *c)
{
    static const char escaped[] = "\"\\/bfnrt", meant[] = "\"\\/\b\f\n\r\t";
    c->len = 0;
    c->at++;
    while (c->at < c->n) {
        size_t run = c->at;
        while (run + 8 <= c->n && eight_plain(c->s + run)) run += 8;
        while (run < c->n && plain_byte[(unsigned char)c->s[run]]) run++;
        append(c, c->s + c->at, run - c->at);
        c->at = run;
        if (run == c->n || (unsigned char)c->s[run] < 0x20) return 0;
        if (c->s[run] == '"') {
            c->at++;
            return 1;
        }
        if (run + 1 >= c->n) return 0;
        const char *e = c->s[run + 1] ? strchr(escaped, c->s[run + 1]) : NULL;
        c->at = run + 1;
        if (e) {
            append(c, &meant[e - escaped], 1);
            c->at++;
        } else if (c->s[run + 1] != 'u' || !unicode_escape(c)) {
            return 0;
        }
    }
    return 0;
}

/* Does the value that ended at c->at end there: a space, ',' or '}' (or nothing) follows. */
static int value_ends(const scanner *c)
{
    return c->at == c->n || is_space(c->s[c->at]) || c->s[c->at] == ',' || c->s[c->at] == '}';
}

/* An integer of at most 18 digits (so it cannot overflow), without leading zeros, fraction or
 * exponent; NULL for any other number. */
static json_t *read_integer(scanner *c)
{
    int negative = c->s[c->at] == '-';
    size_t first = c->at + (size_t)negative, end = first;
    long long v = 0;
    while (end < c->n && c->s[end] >= '0' && c->s[end] <= '9' && end - first < 19) v = v * 10 + (c->s[end++] - '0');
    if (end == first || end - first > 18 || (c->s[first] == '0' && end - first > 1)) return NULL;
    c->at = end;
    if (!value_ends(c)) return NULL;
    return json_integer(negative ? -v : v);
}

/* Are the n bytes all ASCII, and so valid UTF-8? An article's text is read through here, and
 * ASCII is most of them: eight bytes a step, instead of jansson's check of every sequence. */
static int all_ascii(const char *s, size_t n)
{
    uint64_t any = 0, w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        any |= w;
    }
    for (; i < n; i++) any |= (unsigned char)s[i];
    return !(any & 0x8080808080808080ULL);
}

/* A JSON string of the bytes: jansson checks them as UTF-8 unless they are ASCII. */
static json_t *string_value(const char *s, size_t n)
{
    return all_ascii(s, n) ? json_stringn_nocheck(s, n) : json_stringn(s, n);
}

static json_t *read_value(scanner *c)
{
    static const struct {
        const char *word;
        size_t len;
    } words[] = {{"null", 4}, {"true", 4}, {"false", 5}};
    if (c->at >= c->n) return NULL;
    char first = c->s[c->at];
    if (first == '"') return read_string(c) ? string_value(c->buf, c->len) : NULL;
    if (first == '-' || (first >= '0' && first <= '9')) return read_integer(c);
    for (int w = 0; w < 3; w++)
        if (c->n - c->at >= words[w].len && memcmp(c->s + c->at, words[w].word, words[w].len) == 0) {
            c->at += words[w].len;
            if (!value_ends(c)) return NULL;
            return w == 0 ? json_null() : w == 1 ? json_true() : json_false();
        }
    return NULL;
}

/* Reads "key": value pairs up to the closing '}' into obj; 0 on anything unexpected. */
static int read_members(scanner *c, json_t *obj)
{
    skip_space(c);
    if (c->at < c->n && c->s[c->at] == '}') {
        c->at++;
        return 1;
    }
    for (;;) {
        if (c->at >= c->n || c->s[c->at] != '"' || !read_string(c) || memchr(c->buf, '\0', c->len)) return 0;
        char *key = dyad_xmalloc(c->len + 1);
        memcpy(key, c->buf, c->len);
        key[c->len] = '\0';
        skip_space(c);
        json_t *v = NULL;
        if (c->at < c->n && c->s[c->at] == ':') {
            c->at++;
            skip_space(c);
            v = read_value(c);
        }
        /* json_object_set_new refuses a key that is not UTF-8, as json_loadb does */
        int ok = v && json_object_set_new(obj, key, v) == 0;
        free(key);
        if (!ok) return 0;
        skip_space(c);
        if (c->at >= c->n) return 0;
        char sep = c->s[c->at++];
        if (sep == '}') return 1;
        if (sep != ',') return 0;
        skip_space(c);
    }
}

json_t *dyad_jsonl_fast_object(const char *s, size_t n)
{
    scanner c = {s, n, 0, NULL, 0, 0};
    if (!n || s[0] != '{') return NULL;
    c.at = 1;
    json_t *obj = json_object();
    int ok = obj && read_members(&c, obj);
    for (; ok && c.at < n; c.at++) ok = s[c.at] == ' ' || s[c.at] == '\t';
    free(c.buf);
    if (ok) return obj;
    json_decref(obj);
    return NULL;
}
