/* libFuzzer target: arbitrary bytes after the magic "DYADGAZ1" as a gazetteer index (so that
 * mutations reach the header and records instead of failing the magic); whatever opens is read
 * in full: every place, and lookups of keys taken from the input. */
#include "post/gazetteer.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *buf = malloc(size + 8);
    if (!buf) abort();
    memcpy(buf, DYAD_GAZ_MAGIC, 8);
    memcpy(buf + 8, data, size);
    dyad_gazetteer g;
    char err[160];
    if (dyad_gazetteer_open(&g, buf, size + 8, err, sizeof err) == 0) {
        for (uint32_t i = 0; i < g.n_places; i++) {
            dyad_gaz_place p;
            dyad_gazetteer_place(&g, i, &p);
            if (strlen(p.name) >= g.pool_len) abort();
        }
        for (uint32_t c = 0; c < g.n_countries; c++)
            if (dyad_gazetteer_country_place(&g, c) >= g.n_places) abort();
        char key[64];
        size_t n = dyad_place_key((const char *)data, size < 40 ? size : 40, key, sizeof key);
        uint32_t out[8];
        if (dyad_gazetteer_find(&g, key, out, 8) > 8) abort();
        dyad_gazetteer_has_longer(&g, n ? key : "A");
        dyad_gazetteer_country_by_cameo(&g, "UKR");
    }
    free(buf);
    return 0;
}
