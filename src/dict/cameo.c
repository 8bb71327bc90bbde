#include "cameo.h"
#include "../core/diag.h"
#include "../core/xalloc.h"
#include "dictfile.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_cameo_init(dyad_cameo_table *t) { memset(t, 0, sizeof *t); }

void dyad_cameo_free(dyad_cameo_table *t)
{
    for (size_t i = 0; i < t->n_codes; i++) free(t->codes[i].name);
    free(t->codes);
    dyad_strmap_free(&t->index);
    memset(t, 0, sizeof *t);
}

long dyad_cameo_load_text(dyad_cameo_table *t, const char *name, const char *text, size_t len)
{
    dyad_dict_lines lines;
    dyad_dict_lines_init(&lines, name, text, len);
    dyad_span raw, line;
    long loaded = 0;
    while (dyad_dict_next(&lines, &line, &raw)) {
        size_t lineno = lines.line;
        char code[8], rest[256];
        int quad;
        double goldstein;
        char buf[512];
        snprintf(buf, sizeof buf, "%.*s", (int)line.n, line.s);
        rest[0] = '\0';
        if (sscanf(buf, "%7s %d %lf %255[^\n]", code, &quad, &goldstein, rest) < 3 || quad < 1 || quad > 4
            || goldstein < -10 || goldstein > 10) {
            dyad_warn_line(name, lineno, "expected CODE QUAD(1-4) GOLDSTEIN(-10..10) NAME; line ignored");
            continue;
        }
        dyad_grow((void **)&t->codes, &t->cap_codes, t->n_codes + 1, sizeof *t->codes);
        dyad_cameo_code *c = &t->codes[t->n_codes];
        snprintf(c->code, sizeof c->code, "%s", code);
        c->quad_class = quad;
        c->goldstein = goldstein;
        c->name = dyad_xstrdup(rest);
        dyad_strmap_put(&t->index, c->code, strlen(c->code), (uint32_t)t->n_codes++);
        loaded++;
    }
    return loaded;
}

static long codes_text(void *t, const char *name, const char *text, size_t len)
{
    return dyad_cameo_load_text(t, name, text, len);
}

long dyad_cameo_load(dyad_cameo_table *t, const char *path) { return dyad_load_file(path, codes_text, t); }

const dyad_cameo_code *dyad_cameo_lookup(const dyad_cameo_table *t, const char *code)
{
    const uint32_t *v = dyad_strmap_get(&t->index, code, strlen(code));
    return v ? &t->codes[*v] : NULL;
}
