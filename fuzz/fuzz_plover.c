/* libFuzzer target: arbitrary bytes as a CAMEO to PLOVER crosswalk; whatever parses is used to
 * map codes and actor codes taken from the input. */
#include "output/plover.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_plover_table t;
    char err[160];
    if (dyad_plover_parse(&t, (const char *)data, size, err, sizeof err) == 0) {
        char code[5] = "", actor[10] = "";
        memcpy(code, data, size < 4 ? size : 4);
        memcpy(actor, data, size < 9 ? size : 9);
        dyad_plover_event p;
        dyad_plover_map(&t, code, actor, "RUSMIL", &p);
        if (p.type && !p.type[0]) abort();
        dyad_plover_map(&t, "190", "IGOUNO", actor, &p);
    } else if (!strstr(err, "cameo-to-plover.tsv:")) {
        abort(); /* every error names the line */
    }
    dyad_plover_free(&t);
    return 0;
}
