/* Amounts in news text as ranges: casualty figures are rarely exact ("at least 52", "dozens",
 * "tens of thousands"), and a count that is only bounded must not be read as exact. Conventions,
 * for N a number in digits ("2,500", "1.2 million") or words ("three", "twenty-five", "a dozen"):
 *   N                          [N, N]
 *   at least N, N or more      [N, open)           more than N, over N    [N+1, open)
 *   about N, some N            [0.9N, 1.1N]        nearly N, almost N     [0.9N, N]
 *   up to N, as many as N      [0, N]              fewer than N           [0, N-1]
 *   between N and M, N to M, N-M                   [N, M]
 *   a plural of a power of ten ("tens", "hundreds", "thousands"): 2 to 9 of it ([200, 900]);
 *   "dozens", "scores": 2 of it to 99 ([24, 99], [40, 99]); "several" N 3N-9N, "a few" N 2N-5N;
 *   "tens of thousands": the plural times the scale after "of" ([20000, 90000]).
 * Amounts are capped at 10^15. The words come from the lexicon (number-words.txt,
 * number-scales.txt, amount-bounds.txt). */
#ifndef DYAD_NUMBERS_H
#define DYAD_NUMBERS_H
#include <stddef.h>
#include <stdint.h>

#define DYAD_AMOUNT_OPEN (-1) /* max of a range with no upper bound */

typedef struct {
    int64_t min, max; /* max DYAD_AMOUNT_OPEN when unbounded */
} dyad_range;

/* Reads the amount that starts text[0..n) (words separated by spaces; any bytes are safe).
 * Returns the bytes it used, 0 when text does not start with an amount. */
size_t dyad_parse_amount(const char *text, size_t n, dyad_range *out);
#endif
