/* dyad serve's handling of stored text, which may come from any article: finding the source,
 * target and verb in a sentence (spans must lie inside it and never cross), and encoding any
 * bytes as a JSON string. The input is sentence, source, target and verb separated by NUL bytes. */
#include "serve/api.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const dyad_tagger *tagger(void)
{
    static dyad_tagger *t;
    if (!t) t = dyad_tagger_new();
    return t;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *copy = malloc(size + 4);
    memcpy(copy, data, size);
    memset(copy + size, 0, 4);
    const char *part[4];
    const char *p = copy;
    for (int i = 0; i < 4; i++) {
        part[i] = p;
        p += strlen(p) + (p < copy + size ? 1 : 0);
    }
    dyad_span s[3];
    dyad_find_spans(tagger(), part[0], part[1], part[2], part[3], s);
    long len = (long)strlen(part[0]);
    for (int i = 0; i < 3; i++) {
        if (s[i].start < 0) continue;
        if (s[i].start > s[i].end || s[i].end > len) abort();
        for (int j = 0; j < i; j++)
            if (s[j].start >= 0 && s[i].start < s[j].end && s[j].start < s[i].end) abort();
    }
    json_t *j = dyad_json_text(part[0]);
    if (!json_is_string(j)) abort();
    json_decref(j);
    free(copy);
    return 0;
}
