/* libFuzzer target: arbitrary bytes through the amount parser (post/numbers.h). It must never
 * read past the input, use more bytes than it has, or return an inverted range. */
#include "post/numbers.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *copy = malloc(size ? size : 1); /* exactly size bytes: ASan catches any overread */
    if (!copy) return 0;
    if (size) memcpy(copy, data, size);
    dyad_range r;
    size_t used = dyad_parse_amount(copy, size, &r);
    if (used > size) abort();
    if (used && (r.min < 0 || (r.max != DYAD_AMOUNT_OPEN && r.max < r.min))) abort();
    free(copy);
    return 0;
}
