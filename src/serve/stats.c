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

#define NONE      UINT32_MAX
#define TOP_DYADS 20

/* One event; day and month are numbered from 1970 (days since 1970-01-01, months since
 * January 1970; 0 when date is 0, unknown), so that a period is an index into an array. */
typedef struct {
    long long id;
    int32_t day, month;
    int32_t date;
    uint32_t source, target, code;
    float goldstein;
    uint32_t mentions;
    uint8_t quad;
    uint8_t background; /* 1 when background (store.h), so that a filter need not ask the database */
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
    double load_seconds; /* how long the last load took */
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
    int known = e->date > 0;
    brief b = {.id = e->id,
               .day = known ? (int32_t)dyad_days_from_date(e->date) : 0,
               .month = known ? (e->date / 10000 - 1970) * 12 + e->date / 100 % 100 - 1 : 0,
               .date = e->date,
               .source = actor_id(c, e->source ? e->source : ""),
               .target = actor_id(c, e->target ? e->target : ""),
               .code = intern(&c->codes, e->code ? e->code : "", e->code ? strlen(e->code) : 0),
               .goldstein = (float)e->goldstein,
               .mentions = (uint32_t)e->mentions,
               .quad = (uint8_t)e->quad_class,
               .background = e->background != 0};
    return b;
}

static int load_row(void *ctx, const dyad_event_brief *e)
{
    dyad_stats_cache *c = ctx;
    dyad_grow((void **)&c->ev, &c->cap, c->n + 1, sizeof *c->ev);
    c->ev[c->n++] = to_brief(c, e);
    return 0;
}

static double now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* While an ingest runs the store changes all the time; a load that takes T seconds is not
 * repeated within 10 T, so that reloading never takes more than a tenth of the server's time
 * (on a million events the statistics may then lag the store by some ten seconds). */
int dyad_stats_cache_refresh(dyad_stats_cache *c, dyad_store *s)
{
    time_t now = time(NULL);
    if (c->loaded && (double)(now - c->checked) < (c->load_seconds * 10 > 1 ? c->load_seconds * 10 : 1)) return 0;
    long long generation;
    if (dyad_store_generation(s, &generation) != 0) return -1;
    c->checked = now;
    if (c->loaded && generation == c->generation) return 0;
    double start = now_seconds();
    cache_clear(c);
    dyad_store_filter all = {0};
    if (dyad_store_scan(s, &all, load_row, c) != 0) {
        cache_clear(c);
        return -1;
    }
    c->generation = generation;
    c->load_seconds = now_seconds() - start;
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
    if ((f->background == DYAD_BACKGROUND_EXCLUDE && b->background)
        || (f->background == DYAD_BACKGROUND_ONLY && !b->background))
        return 0;
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
    uint32_t source, target;
    sums s;
} dyad_sums;

/* Dyads by (source, target): open addressing on the pair, slots hold index + 1 into dyads. */
typedef struct {
    dyad_sums *dyads;
    size_t n, cap;
    uint32_t *slots;
    size_t n_slots; /* a power of two, at least twice n */
} dyad_table;

typedef struct {
    enum dyad_store_period by;
    int32_t first; /* number of the first period in periods */
    sums *periods; /* one per period from first, in order */
    size_t n_periods;
    sums unknown; /* events with no date */
    dyad_table dyads;
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

static int32_t floor_div(int32_t a, int32_t b) { return a / b - (a % b < 0); }

/* The number of b's period: its day or month, or its week (weeks start on Monday; day 0,
 * 1970-01-01, was a Thursday, so day 4 was a Monday). */
static int32_t period_of(enum dyad_store_period by, const brief *b)
{
    if (by == DYAD_BY_MONTH) return b->month;
    if (by == DYAD_BY_WEEK) return floor_div(b->day + 3, 7);
    return b->day;
}

static void add_period(aggregate *a, const brief *b)
{
    if (b->date <= 0) {
        add(&a->unknown, b);
        return;
    }
    int32_t p = period_of(a->by, b);
    if (!a->n_periods) a->first = p;
    if (p < a->first) { /* a period before the first: move the array up */
        size_t shift = (size_t)(a->first - p);
        a->periods = dyad_xrealloc(a->periods, (a->n_periods + shift) * sizeof *a->periods);
        memmove(a->periods + shift, a->periods, a->n_periods * sizeof *a->periods);
        memset(a->periods, 0, shift * sizeof *a->periods);
        a->n_periods += shift;
        a->first = p;
    }
    size_t i = (size_t)(p - a->first);
    if (i >= a->n_periods) {
        a->periods = dyad_xrealloc(a->periods, (i + 1) * sizeof *a->periods);
        memset(a->periods + a->n_periods, 0, (i + 1 - a->n_periods) * sizeof *a->periods);
        a->n_periods = i + 1;
    }
    add(&a->periods[i], b);
}

static size_t dyad_slot(const dyad_table *t, uint32_t source, uint32_t target)
{
    uint64_t h = ((uint64_t)source << 32 | target) * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 32) & (t->n_slots - 1);
    while (t->slots[i]) {
        const dyad_sums *d = &t->dyads[t->slots[i] - 1];
        if (d->source == source && d->target == target) break;
        i = (i + 1) & (t->n_slots - 1);
    }
    return i;
}

static void dyads_rehash(dyad_table *t)
{
    free(t->slots);
    t->n_slots = t->n_slots ? t->n_slots * 2 : 1024;
    t->slots = dyad_xcalloc(t->n_slots, sizeof *t->slots);
    for (size_t k = 0; k < t->n; k++) t->slots[dyad_slot(t, t->dyads[k].source, t->dyads[k].target)] = (uint32_t)k + 1;
}

static void add_dyad(dyad_table *t, const brief *b)
{
    if (2 * (t->n + 1) > t->n_slots) dyads_rehash(t);
    size_t i = dyad_slot(t, b->source, b->target);
    if (!t->slots[i]) {
        dyad_grow((void **)&t->dyads, &t->cap, t->n + 1, sizeof *t->dyads);
        memset(&t->dyads[t->n], 0, sizeof *t->dyads);
        t->dyads[t->n].source = b->source;
        t->dyads[t->n].target = b->target;
        t->slots[i] = (uint32_t)++t->n;
    }
    add(&t->dyads[t->slots[i] - 1].s, b);
}

static void accumulate(aggregate *a, const dyad_stats_cache *c, const brief *b)
{
    add(&a->total, b);
    add_period(a, b);
    add_dyad(&a->dyads, b);
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
        json_object_set_new(o, "quad",
                            json_pack("[IIII]", (json_int_t)s->quad[1], (json_int_t)s->quad[2], (json_int_t)s->quad[3],
                                      (json_int_t)s->quad[4]));
    json_object_set_new(o, "goldstein",
                        json_real((double)(long long)(s->goldstein * 10 + (s->goldstein < 0 ? -0.5 : 0.5)) / 10));
    return o;
}

/* "2025-03-10" for a day or week (its Monday), "2025-03" for a month. */
static void period_label(enum dyad_store_period by, int32_t p, char *out, size_t size)
{
    if (by == DYAD_BY_MONTH) {
        snprintf(out, size, "%04d-%02d", 1970 + floor_div(p, 12), p - 12 * floor_div(p, 12) + 1);
        return;
    }
    int32_t d = dyad_date_from_days(by == DYAD_BY_WEEK ? (long)p * 7 - 3 : p);
    snprintf(out, size, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
}

/* Periods with events, in order, then those with no date as "unknown". */
static json_t *periods_json(const aggregate *a)
{
    json_t *arr = json_array();
    char label[32];
    for (size_t i = 0; i < a->n_periods; i++) {
        if (!a->periods[i].events) continue;
        period_label(a->by, a->first + (int32_t)i, label, sizeof label);
        json_array_append_new(arr, sums_json(json_pack("{ss}", "period", label), &a->periods[i], 1));
    }
    if (a->unknown.events)
        json_array_append_new(arr, sums_json(json_pack("{ss}", "period", "unknown"), &a->unknown, 1));
    return arr;
}

/* The TOP_DYADS dyads with most events, in first-seen order among equals: one pass that keeps
 * the best so far in order, since the number of dyads can be large. */
static json_t *dyads_json(const aggregate *a, const dyad_stats_cache *c)
{
    const dyad_sums *top[TOP_DYADS];
    size_t n = 0;
    for (size_t k = 0; k < a->dyads.n; k++) {
        const dyad_sums *d = &a->dyads.dyads[k];
        if (n == TOP_DYADS && d->s.events <= top[n - 1]->s.events) continue;
        size_t i = n < TOP_DYADS ? n++ : n - 1;
        while (i > 0 && top[i - 1]->s.events < d->s.events) {
            top[i] = top[i - 1];
            i--;
        }
        top[i] = d;
    }
    json_t *arr = json_array();
    for (size_t k = 0; k < n; k++)
        json_array_append_new(arr, sums_json(json_pack("{ssss}", "source", c->actors.names[top[k]->source], "target",
                                                       c->actors.names[top[k]->target]),
                                             &top[k]->s, 0));
    return arr;
}

static json_t *countries_json(const aggregate *a, const dyad_stats_cache *c)
{
    json_t *arr = json_array();
    for (size_t i = 0; i < c->countries.n; i++)
        if (a->countries[i].events)
            json_array_append_new(arr,
                                  sums_json(json_pack("{ss}", "country", c->countries.names[i]), &a->countries[i], 0));
    return arr;
}

/* ---- the requests ---- */

typedef struct {
    dyad_stats_cache *c;
    aggregate *a;
} text_ctx;

/* Full-text search and claims need the database: their events are interned into the cache as they come. */
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

static void matcher_init(matcher *m, const dyad_stats_cache *c, const dyad_store_filter *f)
{
    m->source_ok = prefix_table(&c->actors, f->source);
    m->target_ok = prefix_table(&c->actors, f->target);
    m->code_ok = code_table(&c->codes, f);
    m->f = f;
}

static void matcher_free(matcher *m)
{
    free(m->source_ok);
    free(m->target_ok);
    free(m->code_ok);
}

int dyad_stats_in_memory(const dyad_store_filter *f)
{
    return !f->text && !f->status && !f->claimed_by && !f->factuality;
}

static int run_filter(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, aggregate *a)
{
    if (!dyad_stats_in_memory(f)) {
        text_ctx t = {c, a};
        return dyad_store_scan(s, f, text_row, &t);
    }
    if (dyad_stats_cache_refresh(c, s) != 0) return -1;
    a->countries = dyad_xcalloc(c->countries.n + 1, sizeof *a->countries);
    a->countries_cap = c->countries.n + 1;
    matcher m;
    matcher_init(&m, c, f);
    for (size_t i = 0; i < c->n; i++)
        if (matches(&m, &c->ev[i])) accumulate(a, c, &c->ev[i]);
    matcher_free(&m);
    return 0;
}

json_t *dyad_stats_json(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, enum dyad_store_period by)
{
    aggregate a;
    memset(&a, 0, sizeof a);
    a.by = by;
    json_t *out = NULL;
    if (run_filter(c, s, f, &a) == 0) {
        static const char *const names[] = {"day", "week", "month"};
        out = sums_json(json_pack("{ss}", "by", names[by]), &a.total, 1);
        json_object_set_new(out, "periods", periods_json(&a));
        json_object_set_new(out, "dyads", dyads_json(&a, c));
        json_object_set_new(out, "countries", countries_json(&a, c));
    }
    free(a.periods);
    free(a.dyads.dyads);
    free(a.dyads.slots);
    free(a.countries);
    return out;
}

int dyad_stats_page(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, long long *ids, size_t *n,
                    int *more)
{
    *n = 0;
    *more = 0;
    if (dyad_stats_cache_refresh(c, s) != 0) return -1;
    matcher m;
    matcher_init(&m, c, f);
    long long skip = f->offset;
    for (size_t i = 0; i < c->n; i++) {
        if (!matches(&m, &c->ev[i])) continue;
        if (skip > 0) {
            skip--;
            continue;
        }
        if ((long long)*n == f->limit) {
            *more = 1;
            break;
        }
        ids[(*n)++] = c->ev[i].id;
    }
    matcher_free(&m);
    return 0;
}
