#include "dictfile.h"
#include "../core/xalloc.h"
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dyad_span dyad_span_trim(dyad_span t)
{
    while (t.n && isspace((unsigned char)t.s[0])) { t.s++; t.n--; }
    while (t.n && isspace((unsigned char)t.s[t.n - 1])) t.n--;
    return t;
}

dyad_span dyad_strip_comment(dyad_span line)
{
    const char *hash = memchr(line.s, '#', line.n);
    if (hash) line.n = (size_t)(hash - line.s);
    dyad_span t = dyad_span_trim(line);
    if (t.n && t.s[0] == ';') t.n = 0;
    return t;
}

int dyad_next_line(const char **p, const char *end, dyad_span *line)
{
    if (*p >= end) return 0;
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    line->s = *p;
    line->n = (size_t)((nl ? nl : end) - *p);
    *p = nl ? nl + 1 : end;
    return 1;
}

size_t dyad_normalize_name(dyad_span name, char *out, size_t out_size)
{
    size_t o = 0;
    int space = 1;
    for (size_t i = 0; i < name.n && o + 1 < out_size; i++) {
        unsigned char c = (unsigned char)name.s[i];
        if (c == '_' || isspace(c)) {
            if (!space) { out[o++] = ' '; space = 1; }
            continue;
        }
        out[o++] = (char)toupper(c);
        space = 0;
    }
    while (o && out[o - 1] == ' ') o--;
    out[o] = '\0';
    return o;
}

char *dyad_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(stderr, "dyad: %s: cannot open dictionary: %s\n", path, strerror(errno)); return NULL; }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        dyad_grow((void **)&buf, &cap, n + 65536, 1);
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) { fprintf(stderr, "dyad: %s: read error\n", path); free(buf); return NULL; }
    *len = n;
    return buf;
}
