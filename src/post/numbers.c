/* Amounts as ranges (see numbers.h): a small scanner over the words of the text and the
 * conventions for bounds and vague plurals. Arithmetic is in doubles capped at 10^15, so no
 * input can overflow. */
#include "numbers.h"
#include "../lexicon/lexicon.h"
#include <math.h>
#include <string.h>
#include <strings.h>

#define CAP 1e15

enum bound { NO_BOUND, AT_LEAST, MORE_THAN, ABOUT, NEARLY, UP_TO, FEWER_THAN, SEVERAL, A_FEW };

typedef struct {
    const char *s;
    size_t n, at; /* at: where the next word is looked for */
} scanner;

typedef struct {
    double min, max; /* max < 0: open */
} span;

static int is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
static int is_trailing(char c)
{
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == ')' || c == '!' || c == '?';
}

/* The next word from at: its start and length without trailing punctuation; 0 at the end. */
static size_t peek(const scanner *sc, size_t *start)
{
    size_t i = sc->at;
    while (i < sc->n && is_space(sc->s[i])) i++;
    size_t e = i;
    while (e < sc->n && !is_space(sc->s[e])) e++;
    while (e > i && is_trailing(sc->s[e - 1])) e--;
    *start = i;
    return e - i;
}

/* Is the next word w (any case)? Consumes it when it is. */
static int take(scanner *sc, const char *w)
{
    size_t st, len = peek(sc, &st);
    if (len != strlen(w) || strncasecmp(sc->s + st, w, len) != 0) return 0;
    sc->at = st + len;
    return 1;
}

/* The longest phrase of one to three words from at that is in class c; consumes it. */
static int take_phrase(scanner *sc, enum dyad_word_class c, int *value)
{
    size_t st, len = peek(sc, &st), end[3], first = st;
    scanner probe = *sc;
    int n = 0;
    for (; n < 3 && len; n++) {
        end[n] = st + len;
        probe.at = end[n];
        len = peek(&probe, &st);
    }
    while (n-- > 0) {
        size_t bytes = end[n] - first;
        if (bytes <= 48 && (dyad_word_classes_n(sc->s + first, bytes) & DYAD_WC_MASK(c))) {
            *value = dyad_word_value_n(sc->s + first, bytes, c);
            sc->at = end[n];
            return 1;
        }
    }
    return 0;
}

/* "2,500", "1.2", "52": digits with thousands commas and a decimal part. */
static int take_digits(scanner *sc, double *v)
{
    size_t st, len = peek(sc, &st), i = 0;
    const char *w = sc->s + st;
    double x = 0, scale = 0;
    int digits = 0;
    for (; i < len; i++) {
        char c = w[i];
        if (c >= '0' && c <= '9') {
            if (scale > 0) {
                x += (c - '0') * scale;
                scale /= 10;
            } else if (x < CAP)
                x = x * 10 + (c - '0');
            digits++;
        } else if (c == ',' && digits && scale == 0 && i + 1 < len && w[i + 1] >= '0' && w[i + 1] <= '9') {
            continue; /* "2,500" */
        } else if (c == '.' && digits && scale == 0 && i + 1 < len) {
            scale = 0.1;
        } else {
            break;
        }
    }
    if (!digits) return 0;
    sc->at = st + i;
    *v = x;
    return 1;
}

/* "twenty-five", "twenty five", "three": one to two number words. */
static int take_number_words(scanner *sc, double *v)
{
    size_t st, len = peek(sc, &st);
    const char *w = sc->s + st;
    const char *dash = memchr(w, '-', len);
    size_t first_len = dash ? (size_t)(dash - w) : len;
    /* "a", "an" and "several" are in the class for event times; here they are read apart */
    if (first_len == 0 || (first_len <= 2 && (w[0] | 0x20) == 'a')
        || (dyad_word_classes_n(w, first_len) & DYAD_WC_MASK(DYAD_WC_AMOUNT_BOUND)))
        return 0;
    int a = dyad_word_value_n(w, first_len, DYAD_WC_NUMBER_WORD);
    if (!a) return 0;
    if (dash) {
        int b = len - first_len - 1 > 2 ? dyad_word_value_n(dash + 1, len - first_len - 1, DYAD_WC_NUMBER_WORD) : 0;
        if (!b) return 0;
        a += b;
    }
    sc->at = st + len;
    *v = a;
    if (!dash && a >= 20 && a % 10 == 0) {
        scanner probe = *sc;
        size_t s2, l2 = peek(&probe, &s2);
        int b = l2 > 2 ? dyad_word_value_n(sc->s + s2, l2, DYAD_WC_NUMBER_WORD) : 0;
        if (b > 0 && b < 10) {
            *v += b;
            sc->at = s2 + l2;
        }
    }
    return 1;
}

/* The scale word at `at` ("hundred" = 2, "million" = 6), consumed; 0 when none. plural: its
 * plural ("thousands") instead. */
static int take_scale(scanner *sc, int plural)
{
    size_t st, len = peek(sc, &st);
    if (plural && (len < 2 || (sc->s[st + len - 1] | 0x20) != 's')) return 0;
    int k = dyad_word_value_n(sc->s + st, len - (plural ? 1 : 0), DYAD_WC_NUMBER_SCALE);
    if (k) sc->at = st + len;
    return k;
}

/* Scale words after a number: "1.2 million", "three hundred thousand". */
static double apply_scales(scanner *sc, double v)
{
    double total = 0;
    int k;
    while ((k = take_scale(sc, 0)) != 0) {
        v *= pow(10, k);
        if (k > 2) {
            total += v;
            v = 0;
        }
        if (total + v > CAP) break;
    }
    return fmin(total + v, CAP);
}

/* "dozens", "tens", "hundreds of thousands": a plural of a number or scale word. */
static int take_vague_plural(scanner *sc, span *r)
{
    size_t st, len = peek(sc, &st);
    if (len < 3 || (sc->s[st + len - 1] | 0x20) != 's') return 0;
    double unit = dyad_word_value_n(sc->s + st, len - 1, DYAD_WC_NUMBER_WORD);
    int k = dyad_word_value_n(sc->s + st, len - 1, DYAD_WC_NUMBER_SCALE);
    if (k) unit = pow(10, k);
    if (unit <= 1) return 0;
    sc->at = st + len;
    int power_of_ten = unit == 10 || k;
    r->min = 2 * unit;
    r->max = power_of_ten ? 9 * unit : 99;
    scanner probe = *sc;
    if (take(&probe, "of") && (k = take_scale(&probe, 1)) != 0) {
        r->min *= pow(10, k);
        r->max *= pow(10, k);
        *sc = probe;
    }
    return 1;
}

/* One number: digits or words with their scales, or a vague plural; "a dozen", "a hundred". */
static int take_base(scanner *sc, span *r)
{
    double v;
    scanner probe = *sc;
    int article = take(&probe, "a") || take(&probe, "an");
    int k;
    if (take_digits(&probe, &v) || take_number_words(&probe, &v))
        v = apply_scales(&probe, v);
    else if ((k = take_scale(&probe, 0)) != 0)
        v = apply_scales(&probe, pow(10, k));
    else if (!article && take_vague_plural(&probe, r)) {
        *sc = probe;
        return 1;
    } else
        return 0;
    *sc = probe;
    r->min = r->max = v;
    return 1;
}

/* "several hundred", "a few thousand", "several people". */
static void several(scanner *sc, enum bound b, span *r)
{
    int k = take_scale(sc, 0);
    double unit = k ? pow(10, k) : 1;
    r->min = (b == SEVERAL ? 3 : 2) * unit;
    r->max = (b == SEVERAL ? 9 : 5) * unit;
}

static void apply_bound(enum bound b, span *r)
{
    switch (b) {
    case AT_LEAST: r->max = -1; break;
    case MORE_THAN:
        r->min = floor(r->min) + 1;
        r->max = -1;
        break;
    case ABOUT:
        r->min = round(r->min * 0.9);
        r->max = round(r->max * 1.1);
        break;
    case NEARLY: r->min = round(r->min * 0.9); break;
    case UP_TO: r->min = 0; break;
    case FEWER_THAN:
        r->min = 0;
        r->max = ceil(r->max) - 1;
        break;
    default: break;
    }
}

/* Can an amount start with the next word: a digit, "a", "an" or "between", a number word, scale
 * or bound, a number word before a hyphen ("twenty-five"), the plural of a number word or scale
 * ("dozens"), or the first word of a bound of several ("at least")? Casualty figures try an
 * amount at each of the four words before every number, and nearly all of those start none:
 * this asks a lookup or two of them where reading the amount asked some ten. */
static int may_start_amount(const scanner *sc)
{
    size_t st, len = peek(sc, &st), raw = st;
    if (!len) return 0;
    const char *w = sc->s + st;
    if ((w[0] >= '0' && w[0] <= '9') || (len <= 2 && (w[0] | 0x20) == 'a')
        || (len == 7 && strncasecmp(w, "between", 7) == 0))
        return 1;
    dyad_word_mask numbers = DYAD_WC_MASK(DYAD_WC_NUMBER_WORD) | DYAD_WC_MASK(DYAD_WC_NUMBER_SCALE);
    if (dyad_word_classes_n(w, len) & (numbers | DYAD_WC_MASK(DYAD_WC_AMOUNT_BOUND))) return 1;
    const char *dash = memchr(w, '-', len);
    if (dash && (dyad_word_classes_n(w, (size_t)(dash - w)) & DYAD_WC_MASK(DYAD_WC_NUMBER_WORD))) return 1;
    if (len >= 3 && (w[len - 1] | 0x20) == 's' && (dyad_word_classes_n(w, len - 1) & numbers)) return 1;
    /* a bound's first word as written up to the space after it, trailing punctuation and all */
    while (raw < sc->n && !is_space(sc->s[raw])) raw++;
    return (dyad_word_phrase_starts_n(w, raw - st) & DYAD_WC_MASK(DYAD_WC_AMOUNT_BOUND)) != 0;
}

size_t dyad_parse_amount(const char *text, size_t n, dyad_range *out)
{
    scanner sc = {text, n, 0};
    if (!may_start_amount(&sc)) return 0;
    span r = {0, 0};
    int b = NO_BOUND;
    int between = take(&sc, "between");
    if (!between) take_phrase(&sc, DYAD_WC_AMOUNT_BOUND, &b);
    if (b == SEVERAL || b == A_FEW)
        several(&sc, (enum bound)b, &r);
    else if (!take_base(&sc, &r))
        return 0;
    scanner probe = sc;
    span upper;
    if (probe.at < n && text[probe.at] == '-') probe.at++; /* "10-20" */
    if ((take(&probe, "to") || probe.at > sc.at || (between && take(&probe, "and"))) && take_base(&probe, &upper)) {
        r.max = upper.max;
        sc = probe;
    } else if (take(&probe, "or") && take(&probe, "more")) {
        b = AT_LEAST;
        sc = probe;
    }
    if (!between) apply_bound((enum bound)b, &r);
    if (r.max >= 0 && r.max < r.min) r.max = r.min;
    out->min = (int64_t)fmin(round(r.min), CAP);
    out->max = r.max < 0 ? DYAD_AMOUNT_OPEN : (int64_t)fmin(round(r.max), CAP);
    return sc.at;
}
