/* The CAMEO to PLOVER crosswalk (plover.h): parsing the table and mapping events with it. */
#include "plover.h"
#include "../core/xalloc.h"
#include "../post/gazetteer.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const plover_types[] = {"AGREE",    "CONSULT",  "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                           "RETREAT",  "DEMAND",   "ACCUSE",  "REJECT",  "THREATEN",  "PROTEST",
                                           "SANCTION", "MOBILIZE", "COERCE",  "ASSAULT", NULL};

static int is_type(const char *s)
{
    for (int i = 0; plover_types[i]; i++)
        if (strcmp(s, plover_types[i]) == 0) return 1;
    return 0;
}

static int all_of(const char *s, size_t min, size_t max, const char *chars)
{
    size_t n = strlen(s);
    return n >= min && n <= max && strspn(s, chars) == n;
}

/* Splits line at tabs into at most max fields; the count. */
static int split(char *line, char **f, int max)
{
    int n = 0;
    for (char *p = line; n < max;) {
        f[n++] = p;
        if (!(p = strchr(p, '\t'))) break;
        *p++ = '\0';
    }
    return n;
}

static int bad(char *err, size_t size, size_t line, const char *what)
{
    snprintf(err, size, "cameo-to-plover.tsv:%zu: expected %s", line, what);
    return -1;
}

static int parse_event(dyad_plover_table *t, char **f, int n, size_t line, char *err, size_t size)
{
    if (n < 6) return bad(err, size, line, "event CODE TYPE MODE CONTEXT INTENSITY");
    if (!all_of(f[1], 2, 4, "0123456789")) return bad(err, size, line, "a CAMEO code of 2-4 digits");
    if (!is_type(f[2])) return bad(err, size, line, "one of PLOVER's sixteen event types");
    if (!f[3][0]) return bad(err, size, line, "a mode, or - for none");
    if (!f[4][0]) return bad(err, size, line, "a context, or - for none");
    char *end;
    double v = strtod(f[5], &end);
    if (end == f[5] || *end || !(v >= -10 && v <= 10)) return bad(err, size, line, "an intensity from -10 to 10");
    dyad_plover_row *r = &t->rows[t->n_rows++];
    snprintf(r->code, sizeof r->code, "%s", f[1]);
    r->type = f[2];
    r->mode = strcmp(f[3], "-") == 0 ? NULL : f[3];
    r->context = strcmp(f[4], "-") == 0 ? NULL : f[4];
    r->intensity = v;
    return 0;
}

static int parse_line(dyad_plover_table *t, char *s, size_t line, char *err, size_t size)
{
    char *f[7];
    int n = split(s, f, 7);
    if (strcmp(f[0], "event") == 0) return parse_event(t, f, n, line, err, size);
    if (strcmp(f[0], "sector") != 0) return bad(err, size, line, "a line of kind event or sector, or a # comment");
    if (n < 3 || !all_of(f[1], 3, 3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || !f[2][0])
        return bad(err, size, line, "sector AGENT SECTOR, AGENT three capital letters");
    dyad_plover_sector *sec = &t->sectors[t->n_sectors++];
    memcpy(sec->agent, f[1], 4);
    sec->sector = f[2];
    return 0;
}

int dyad_plover_parse(dyad_plover_table *t, const char *text, size_t n, char *err, size_t err_size)
{
    memset(t, 0, sizeof *t);
    t->text = dyad_xmalloc(n + 1);
    memcpy(t->text, text, n);
    t->text[n] = '\0';
    size_t lines = 1;
    for (size_t i = 0; i < n; i++) lines += text[i] == '\n';
    t->rows = dyad_xcalloc(lines, sizeof *t->rows);
    t->sectors = dyad_xcalloc(lines, sizeof *t->sectors);
    char *p = t->text;
    for (size_t line = 1; p < t->text + n; line++) {
        char *nl = memchr(p, '\n', (size_t)(t->text + n - p)), *next = nl ? nl + 1 : t->text + n;
        if (nl) *nl = '\0';
        if (strlen(p) != (size_t)((nl ? nl : t->text + n) - p)) return bad(err, err_size, line, "no NUL bytes");
        if (p[0] && p[0] != '#' && parse_line(t, p, line, err, err_size) != 0) return -1;
        p = next;
    }
    return 0;
}

void dyad_plover_free(dyad_plover_table *t)
{
    free(t->text);
    free(t->rows);
    free(t->sectors);
    memset(t, 0, sizeof *t);
}

/* The assembler writes the crosswalk's size: C may not subtract pointers into different objects. */
extern const char dyad_plover_tsv_start[];
extern const uint64_t dyad_plover_tsv_size;

const dyad_plover_table *dyad_plover_builtin(void)
{
    static dyad_plover_table table;
    static int state; /* 0 not parsed, 1 parsed, -1 damaged */
    if (!state) {
        char err[256];
        state = dyad_plover_parse(&table, dyad_plover_tsv_start, (size_t)dyad_plover_tsv_size,
                                  err, sizeof err)
                        == 0
                    ? 1
                    : -1;
        if (state < 0) fprintf(stderr, "dyad: the built-in PLOVER crosswalk is damaged: %s\n", err);
    }
    return state > 0 ? &table : NULL;
}

static const dyad_plover_row *find_row(const dyad_plover_table *t, const char *code)
{
    char key[5];
    snprintf(key, sizeof key, "%s", code ? code : "");
    for (size_t len = strlen(key); len >= 2; len--) {
        key[len] = '\0';
        for (size_t i = 0; i < t->n_rows; i++)
            if (strcmp(t->rows[i].code, key) == 0) return &t->rows[i];
    }
    return NULL;
}

/* An actor's country (ISO alpha-3 of the CAMEO country its code starts with, from the gazetteer)
 * and sector (its first part that names one; an organisation's own kind counts). */
static void actor_of(const dyad_plover_table *t, const char *code, char country[4], const char **sector)
{
    country[0] = '\0';
    *sector = NULL;
    size_t n = code ? strlen(code) : 0;
    const dyad_gazetteer *g = dyad_gazetteer_builtin();
    if (n >= 3 && g) {
        uint32_t c = dyad_gazetteer_country_by_cameo(g, code);
        if (c != DYAD_GAZ_NO_COUNTRY) {
            dyad_gaz_place p;
            dyad_gazetteer_place(g, dyad_gazetteer_country_place(g, c), &p);
            memcpy(country, p.iso3, 3);
            country[3] = '\0';
        }
    }
    for (size_t i = 0; i + 3 <= n && !*sector; i += 3)
        for (size_t k = 0; k < t->n_sectors; k++)
            if (strncmp(code + i, t->sectors[k].agent, 3) == 0) {
                *sector = t->sectors[k].sector;
                break;
            }
}

void dyad_plover_map(const dyad_plover_table *t, const char *code, const char *source, const char *target,
                     dyad_plover_event *out)
{
    memset(out, 0, sizeof *out);
    const dyad_plover_row *r = find_row(t, code);
    if (!r) return;
    out->type = r->type;
    out->mode = r->mode;
    out->context = r->context;
    out->intensity = r->intensity;
    actor_of(t, source, out->actor_country, &out->actor_sector);
    actor_of(t, target, out->recipient_country, &out->recipient_sector);
}
