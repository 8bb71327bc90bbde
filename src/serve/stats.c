/* The dashboard's statistics from an in-memory copy of the events (see stats.h). Actor and event
 * codes are interned, so a filter is a few byte tables built per request and each event is
 * tested with array lookups. */
#include "stats.h"
#include "../core/strmap.h"
#include "../core/xalloc.h"
#include "../post/dates.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define NONE UINT32_MAX
#define TOP_DYADS 20

typedef struct {
    int32_t date;
    uint32_t source, target, code;
    float goldstein;
    uint32_t mentions;
    uint8_t quad;
} brief;

/* Distinct strings numbered in order of first sight. */
typedef struct {
    dyad_strmap map;
    char **names;
    size_t n, cap;
} interned;

struct dyad_stats_cache {
    brief *ev;
    size_t n, cap;
    interned actors, countries, codes;
    uint32_t *actor_country; /* per actor: its country, or NONE */
    size_t actor_country_cap;
    long long generation;
    time_t checked;
    int loaded;
};

static uint32_t intern(interned *t, const char *s, size_t len)
{
    const uint32_t *v = dyad_strmap_get(&t->map, s, len);
    if (v) return *v;
    dyad_grow((void **)&t->names, &t->cap, t->n + 1, sizeof *t->names);
    t->names[t->n] = dyad_xmalloc(len + 1);
    memcpy(t->names[t->n], s, len);
    t->names[t->n][len] = '\0';
    dyad_strmap_put(&t->map, s, len, (uint32_t)t->n);
    return (uint32_t)t->n++;
}

static void interned_free(interned *t)
{
    for (size_t i = 0; i < t->n; i++) free(t->names[i]);
    free(t->names);
    dyad_strmap_free(&t->map);
    memset(t, 0, sizeof *t);
    dyad_strmap_init(&t->map);
}

dyad_stats_cache *dyad_stats_cache_new(void)
{
    dyad_stats_cache *c = dyad_xcalloc(1, sizeof *c);
    dyad_strmap_init(&c->actors.map);
    dyad_strmap_init(&c->countries.map);
    dyad_strmap_init(&c->codes.map);
    return c;
}

static void cache_clear(dyad_stats_cache *c)
{
    interned_free(&c->actors);
    interned_free(&c->countries);
    interned_free(&c->codes);
    c->n = 0;
    c->loaded = 0;
}

void dyad_stats_cache_free(dyad_stats_cache *c)
{
    if (!c) return;
    cache_clear(c);
    dyad_strmap_free(&c->actors.map);
    dyad_strmap_free(&c->countries.map);
    dyad_strmap_free(&c->codes.map);
    free(c->ev);
    free(c->actor_country);
    free(c);
}

/* CAMEO actor codes begin with a three-letter country code (or IGO, NGO, ...; the map knows
 * which are countries). */
static uint32_t actor_id(dyad_stats_cache *c, const char *code)
{
    size_t before = c->actors.n;
    uint32_t id = intern(&c->actors, code, strlen(code));
    if (c->actors.n == before) return id;
    dyad_grow((void **)&c->actor_country, &c->actor_country_cap, c->actors.n, sizeof *c->actor_country);
    int country = strlen(code) >= 3;
    for (int i = 0; i < 3 && country; i++) country = code[i] >= 'A' && code[i] <= 'Z';
    c->actor_country[id] = country ? intern(&c->countries, code, 3) : NONE;
    return id;
}

static brief to_brief(dyad_stats_cache *c, const dyad_event_brief *e)
{
    brief b = {.date = e->date, .source = actor_id(c, e->source ? e->source : ""),
               .target = actor_id(c, e->target ? e->target : ""),
               .code = intern(&c->codes, e->code ? e->code : "", e->code ? strlen(e->code) : 0),
               .goldstein = (float)e->goldstein, .mentions = (uint32_t)e->mentions, .quad = (uint8_t)e->quad_class};
    return b;
}

static int load_row(void *ctx, const dyad_event_brief *e)
{
    dyad_stats_cache *c = ctx;
    dyad_grow((void **)&c->ev, &c->cap, c->n + 1, sizeof *c->ev);
    c->ev[c->n++] = to_brief(c, e);
    return 0;
}

int dyad_stats_cache_refresh(dyad_stats_cache *c, dyad_store *s)
{
    time_t now = time(NULL);
    if (c->loaded && now == c->checked) return 0;
    long long generation;
    if (dyad_store_generation(s, &generation) != 0) return -1;
    c->checked = now;
    if (c->loaded && generation == c->generation) return 0;
    cache_clear(c);
    dyad_store_filter all = {0};
    if (dyad_store_scan(s, &all, load_row, c) != 0) { cache_clear(c); return -1; }
    c->generation = generation;
    c->loaded = 1;
    return 0;
}

/* ---- filters ---- */

typedef struct {
    uint8_t *source_ok, *target_ok, *code_ok; /* per interned id; NULL = any */
    const dyad_store_filter *f;
} matcher;

static uint8_t *prefix_table(const interned *t, const char *prefix)
{
    if (!prefix || !*prefix) return NULL;
    size_t len = strlen(prefix);
    uint8_t *ok = dyad_xcalloc(t->n + 1, 1);
    for (size_t i = 0; i < t->n; i++) ok[i] = strncmp(t->names[i], prefix, len) == 0;
    return ok;
}

static uint8_t *code_table(const interned *t, const dyad_store_filter *f)
{
    if (!f->code && !f->root) return NULL;
    uint8_t *ok = dyad_xcalloc(t->n + 1, 1);
    for (size_t i = 0; i < t->n; i++)
        ok[i] = (!f->code || strcmp(t->names[i], f->code) == 0) && (!f->root || strncmp(t->names[i], f->root, 2) == 0);
    return ok;
}

static int matches(const matcher *m, const brief *b)
{
    const dyad_store_filter *f = m->f;
    if ((f->from && b->date < f->from) || (f->to && b->date > f->to)) return 0;
    if (f->quad && b->quad != f->quad) return 0;
    if (m->source_ok && !m->source_ok[b->source]) return 0;
    if (m->target_ok && !m->target_ok[b->target]) return 0;
    return !m->code_ok || m->code_ok[b->code];
}

/* ---- aggregates ---- */

typedef struct {
    long long events, mentions, quad[5];
    double goldstein;
} sums;

typedef struct {
    enum dyad_store_period by;
    dyad_strmap period_index, dyad_index; /* key -> index into periods / dyads */
    struct { int32_t key; sums s; } *periods;
    size_t n_periods, periods_cap;
    struct { uint32_t source, target; sums s; } *dyads;
    size_t n_dyads, dyads_cap;
    sums *countries; /* per interned country */
    size_t countries_cap;
    sums total;
} aggregate;

static void add(sums *s, const brief *b)
{
    s->events++;
    s->mentions += b->mentions;
    if (b->quad <= 4) s->quad[b->quad]++;
    s->goldstein += b->goldstein;
}

/* The first day of the period of a yyyymmdd day (0 stays 0: unknown dates). */
static int32_t period_key(enum dyad_store_period by, int32_t day)
{
    if (!day || by == DYAD_BY_DAY) return day;
    if (by == DYAD_BY_MONTH) return day / 100 * 100 + 1;
    long days = dyad_days_from_date(day);
    return dyad_date_from_days(days - (days % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
}

static void add_period(aggregate *a, const brief *b)
{
    int32_t key = period_key(a->by, b->date);
    const uint32_t *i = dyad_strmap_get(&a->period_index, (const char *)&key, sizeof key);
    if (!i) {
        dyad_grow((void **)&a->periods, &a->periods_cap, a->n_periods + 1, sizeof *a->periods);
        memset(&a->periods[a->n_periods], 0, sizeof *a->periods);
        a->periods[a->n_periods].key = key;
        i = dyad_strmap_put(&a->period_index, (const char *)&key, sizeof key, (uint32_t)a->n_periods++);
    }
    add(&a->periods[*i].s, b);
}

static void add_dyad(aggregate *a, const brief *b)
{
    uint32_t key[2] = {b->source, b->target};
    const uint32_t *i = dyad_strmap_get(&a->dyad_index, (const char *)key, sizeof key);
    if (!i) {
        dyad_grow((void **)&a->dyads, &a->dyads_cap, a->n_dyads + 1, sizeof *a->dyads);
        memset(&a->dyads[a->n_dyads], 0, sizeof *a->dyads);
        a->dyads[a->n_dyads].source = b->source;
        a->dyads[a->n_dyads].target = b->target;
        i = dyad_strmap_put(&a->dyad_index, (const char *)key, sizeof key, (uint32_t)a->n_dyads++);
    }
    add(&a->dyads[*i].s, b);
}

static void accumulate(aggregate *a, const dyad_stats_cache *c, const brief *b)
{
    add(&a->total, b);
    add_period(a, b);
    add_dyad(a, b);
    uint32_t sc = c->actor_country[b->source], tc = c->actor_country[b->target];
    if (sc != NONE) add(&a->countries[sc], b);
    if (tc != NONE && tc != sc) add(&a->countries[tc], b);
}

/* ---- JSON ---- */

static json_t *sums_json(json_t *o, const sums *s, int with_quads)
{
    json_object_set_new(o, "events", json_integer(s->events));
    json_object_set_new(o, "mentions", json_integer(s->mentions));
    if (with_quads)
        json_object_set_new(o, "quad", json_pack("[IIII]", (json_int_t)s->quad[1], (json_int_t)s->quad[2],
                                                 (json_int_t)s->quad[3], (json_int_t)s->quad[4]));
    json_object_set_new(o, "goldstein", json_real((double)(long long)(s->goldstein * 10 + (s->goldstein < 0 ? -0.5 : 0.5)) / 10));
    return o;
}

static int by_key(const void *x, const void *y)
{
    int32_t a = *(const int32_t *)x, b = *(const int32_t *)y;
    return (a > b) - (a < b);
}

static json_t *periods_json(aggregate *a)
{
    if (a->n_periods) qsort(a->periods, a->n_periods, sizeof *a->periods, by_key);
    json_t *arr = json_array();
    for (size_t i = 0; i < a->n_periods; i++) {
        int32_t k = a->periods[i].key;
        char label[16];
        if (!k) snprintf(label, sizeof label, "unknown");
        else if (a->by == DYAD_BY_MONTH) snprintf(label, sizeof label, "%04d-%02d", k / 10000, k / 100 % 100);
        else snprintf(label, sizeof label, "%04d-%02d-%02d", k / 10000, k / 100 % 100, k % 100);
        json_array_append_new(arr, sums_json(json_pack("{ss}", "period", label), &a->periods[i].s, 1));
    }
    return arr;
}

static int by_events_desc(const void *x, const void *y)
{
    const sums *a = x, *b = y; /* the first field of each element */
    return (b->events > a->events) - (b->events < a->events);
}

/* The TOP_DYADS dyads with most events (ties in first-seen order). */
static json_t *dyads_json(aggregate *a, const dyad_stats_cache *c)
{
    typedef struct { sums s; size_t i; } ranked;
    ranked *r = dyad_xmalloc((a->n_dyads + 1) * sizeof *r);
    for (size_t i = 0; i < a->n_dyads; i++) { r[i].s = a->dyads[i].s; r[i].i = i; }
    qsort(r, a->n_dyads, sizeof *r, by_events_desc);
    json_t *arr = json_array();
    for (size_t k = 0; k < a->n_dyads && k < TOP_DYADS; k++) {
        const char *src = c->actors.names[a->dyads[r[k].i].source], *tgt = c->actors.names[a->dyads[r[k].i].target];
        json_array_append_new(arr, sums_json(json_pack("{ssss}", "source", src, "target", tgt), &r[k].s, 0));
    }
    free(r);
    return arr;
}

static json_t *countries_json(const aggregate *a, const dyad_stats_cache *c)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < c->countries.n; i++)
        if (a->countries[i].events)
            json_array_append_new(arr, sums_json(json_pack("{ss}", "country", c->countries.names[i]), &a->countries[i], 0));
    return arr;
}

/* ---- the request ---- */

typedef struct {
    dyad_stats_cache *c;
    aggregate *a;
} text_ctx;

/* Full-text search needs the database: its events are interned into the cache as they come. */
static int text_row(void *ctx, const dyad_event_brief *e)
{
    text_ctx *t = ctx;
    brief b = to_brief(t->c, e);
    size_t had = t->a->countries_cap;
    dyad_grow((void **)&t->a->countries, &t->a->countries_cap, t->c->countries.n, sizeof *t->a->countries);
    memset(t->a->countries + had, 0, (t->a->countries_cap - had) * sizeof *t->a->countries);
    accumulate(t->a, t->c, &b);
    return 0;
}

static int run_filter(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, aggregate *a)
{
    if (f->text) {
        text_ctx t = {c, a};
        return dyad_store_scan(s, f, text_row, &t);
    }
    if (dyad_stats_cache_refresh(c, s) != 0) return -1;
    a->countries = dyad_xcalloc(c->countries.n + 1, sizeof *a->countries);
    a->countries_cap = c->countries.n + 1;
    matcher m = {prefix_table(&c->actors, f->source), prefix_table(&c->actors, f->target), code_table(&c->codes, f), f};
    for (size_t i = 0; i < c->n; i++)
        if (matches(&m, &c->ev[i])) accumulate(a, c, &c->ev[i]);
    free(m.source_ok); free(m.target_ok); free(m.code_ok);
    return 0;
}

json_t *dyad_stats_json(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, enum dyad_store_period by)
{
    aggregate a;
    memset(&a, 0, sizeof a);
    a.by = by;
    dyad_strmap_init(&a.period_index);
    dyad_strmap_init(&a.dyad_index);
    json_t *out = NULL;
    if (run_filter(c, s, f, &a) == 0) {
        static const char *const names[] = {"day", "week", "month"};
        out = sums_json(json_pack("{ss}", "by", names[by]), &a.total, 1);
        json_object_set_new(out, "periods", periods_json(&a));
        json_object_set_new(out, "dyads", dyads_json(&a, c));
        json_object_set_new(out, "countries", countries_json(&a, c));
    }
    dyad_strmap_free(&a.period_index);
    dyad_strmap_free(&a.dyad_index);
    free(a.periods); free(a.dyads); free(a.countries);
    return out;
}
