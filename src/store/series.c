/* dyad stats: one tidy table at a time (one header, one row per period, root code, quad class,
 * actor or dyad), ready for pandas or R without cleaning. Every table has the same measures:
 * events, mentions, events per quad class, and the Goldstein values summed, averaged over events
 * and averaged weighted by mentions. Periods without events are written as zero rows, so that a
 * series has no holes. */
#include "backend.h"
#include "claims_store.h"
#include "../post/dates.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The measures over a subquery x of (keys, m = mentions, g = Goldstein, q = quad class). */
#define MEASURES                                                                                                       \
    "count(*), sum(m), sum(CASE WHEN q = 1 THEN 1 ELSE 0 END), sum(CASE WHEN q = 2 THEN 1 ELSE 0 END), "               \
    "sum(CASE WHEN q = 3 THEN 1 ELSE 0 END), sum(CASE WHEN q = 4 THEN 1 ELSE 0 END), sum(g), "                         \
    "sum(CASE WHEN g IS NULL THEN 0 ELSE 1 END), sum(g * m), sum(CASE WHEN g IS NULL THEN 0 ELSE m END)"
#define N_MEASURES 10
#define N_COLUMNS  9 /* events, mentions, quad1-4, goldstein, goldstein_mean, goldstein_weighted */
#define MAX_KEYS   2

typedef struct {
    long long counts[6];             /* events, mentions, quad1-4 */
    double g_sum, g_n, gw_sum, gw_n; /* Goldstein sums and how many values (events, mentions) */
} measures;

typedef struct {
    dyad_table_fn fn;
    void *ctx;
    const char *table;
    int n_keys;
    const char *columns[MAX_KEYS + N_COLUMNS];
    enum dyad_store_period by;
    int fold;               /* periods: days folded into weeks or months, gaps filled */
    long long period, last; /* last: the last dated period written, 0 before */
    int have;
    measures acc;
} series_ctx;

static void measures_read(measures *m, const char *const *c)
{
    for (int i = 0; i < 6; i++) m->counts[i] += c[i] ? atoll(c[i]) : 0;
    m->g_sum += c[6] ? strtod(c[6], NULL) : 0;
    m->g_n += c[7] ? strtod(c[7], NULL) : 0;
    m->gw_sum += c[8] ? strtod(c[8], NULL) : 0;
    m->gw_n += c[9] ? strtod(c[9], NULL) : 0;
}

/* Writes one row: the keys as given, then the measures (means empty when there is no value). */
static int emit(series_ctx *t, const char *const *keys, const measures *m)
{
    char cells[N_COLUMNS][40];
    const char *row[MAX_KEYS + N_COLUMNS];
    for (int i = 0; i < 6; i++) snprintf(cells[i], sizeof cells[i], "%lld", m->counts[i]);
    snprintf(cells[6], sizeof cells[6], "%.1f", m->g_sum);
    if (m->g_n > 0)
        snprintf(cells[7], sizeof cells[7], "%.2f", m->g_sum / m->g_n);
    else
        cells[7][0] = '\0';
    if (m->gw_n > 0)
        snprintf(cells[8], sizeof cells[8], "%.2f", m->gw_sum / m->gw_n);
    else
        cells[8][0] = '\0';
    for (int i = 0; i < t->n_keys; i++) row[i] = keys[i] ? keys[i] : "";
    for (int i = 0; i < N_COLUMNS; i++) row[t->n_keys + i] = cells[i];
    return t->fn(t->ctx, t->table, t->n_keys + N_COLUMNS, t->columns, row);
}

long long dyad_store_period_of(enum dyad_store_period by, int32_t day)
{
    if (by == DYAD_BY_MONTH) return day / 100;
    if (by == DYAD_BY_WEEK && day) {
        long days = dyad_days_from_date(day);
        long monday = days - ((days % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
        return dyad_date_from_days(monday);
    }
    return day;
}

long long dyad_store_next_period(enum dyad_store_period by, long long p)
{
    if (by == DYAD_BY_MONTH) return p % 100 == 12 ? (p / 100 + 1) * 100 + 1 : p + 1;
    return dyad_date_from_days(dyad_days_from_date((int32_t)p) + (by == DYAD_BY_WEEK ? 7 : 1));
}

void dyad_store_period_label(enum dyad_store_period by, long long p, char *out, size_t size)
{
    if (by == DYAD_BY_MONTH)
        snprintf(out, size, "%04lld-%02lld", p / 100, p % 100);
    else if (p)
        snprintf(out, size, "%04lld-%02lld-%02lld", p / 10000, p / 100 % 100, p % 100);
    else
        snprintf(out, size, "unknown");
}

static int emit_period(series_ctx *t, long long p, const measures *m)
{
    char label[32];
    dyad_store_period_label(t->by, p, label, sizeof label);
    const char *keys[1] = {label};
    return emit(t, keys, m);
}

/* Writes the accumulated period, after zero rows for the periods between it and the last one. */
static int period_flush(series_ctx *t)
{
    if (!t->have) return 0;
    static const measures zero;
    if (t->period && t->last)
        for (long long p = dyad_store_next_period(t->by, t->last); p < t->period; p = dyad_store_next_period(t->by, p))
            if (emit_period(t, p, &zero)) return 1;
    if (t->period) t->last = t->period;
    t->have = 0;
    return emit_period(t, t->period, &t->acc);
}

static int series_row(void *ctx, int n, const char *const *c)
{
    series_ctx *t = ctx;
    if (n != t->n_keys + N_MEASURES) return 1;
    if (!t->fold) {
        measures m = {{0}, 0, 0, 0, 0};
        measures_read(&m, c + t->n_keys);
        return emit(t, c, &m);
    }
    long long period = dyad_store_period_of(t->by, c[0] ? atoi(c[0]) : 0);
    if (t->have && period != t->period && period_flush(t)) return 1;
    if (!t->have) {
        memset(&t->acc, 0, sizeof t->acc);
        t->period = period;
        t->have = 1;
    }
    measures_read(&t->acc, c + 1);
    return 0;
}

/* Passes the rows of one of the claims tables (claims_store.c), drops the others. */
typedef struct {
    dyad_table_fn fn;
    void *ctx;
    const char *want;
} claims_pick;

static int pick_row(void *ctx, const char *table, int n, const char *const *columns, const char *const *cells)
{
    claims_pick *p = ctx;
    return strcmp(table, p->want) == 0 ? p->fn(p->ctx, table, n, columns, cells) : 0;
}

/* The SQL of a table: keys over the filtered events, measured, grouped and ordered. */
static void table_sql(char *sql, size_t size, const dyad_series_options *o, const char *where)
{
    static const char base[] = "SELECT %s, e.num_mentions AS m, e.goldstein AS g, e.quad_class AS q FROM events e%s";
    const char *cut = o->by_country ? "substr(%s, 1, 3)" : "%s";
    char keys[256], a[96], b[96], inner[5200], limit[48] = "";
    if (o->top > 0) snprintf(limit, sizeof limit, " LIMIT %lld", o->top);
    switch (o->table) {
    case DYAD_TABLE_ACTORS:
        /* each event counts for its source and its target: the filter is written once */
        snprintf(a, sizeof a, cut, "CASE side.n WHEN 1 THEN f.source ELSE f.target END");
        snprintf(inner, sizeof inner,
                 "SELECT %s AS k1, f.m, f.g, f.q FROM (SELECT e.source, e.target, e.num_mentions AS m, "
                 "e.goldstein AS g, e.quad_class AS q FROM events e%s) f, (SELECT 1 AS n UNION ALL SELECT 2) side",
                 a, where);
        snprintf(sql, size,
                 "SELECT k1, " MEASURES " FROM (%s) x WHERE k1 <> '' GROUP BY k1 ORDER BY count(*) DESC, k1%s", inner,
                 limit);
        return;
    case DYAD_TABLE_DYADS:
        snprintf(a, sizeof a, cut, "e.source");
        snprintf(b, sizeof b, cut, "e.target");
        snprintf(keys, sizeof keys, "%s AS k1, %s AS k2", a, b);
        snprintf(inner, sizeof inner, base, keys, where);
        snprintf(sql, size, "SELECT k1, k2, " MEASURES " FROM (%s) x GROUP BY k1, k2 ORDER BY count(*) DESC, k1, k2%s",
                 inner, limit);
        return;
    default:
        snprintf(keys, sizeof keys, "%s AS k1",
                 o->table == DYAD_TABLE_ROOTS   ? "e.root"
                 : o->table == DYAD_TABLE_QUADS ? "e.quad_class"
                                                : "e.event_date");
        snprintf(inner, sizeof inner, base, keys, where);
        snprintf(sql, size, "SELECT k1, " MEASURES " FROM (%s) x GROUP BY k1 ORDER BY k1", inner);
    }
}

static void set_columns(series_ctx *t, const dyad_series_options *o)
{
    static const char *const measure_cols[N_COLUMNS] = {
        "events", "mentions", "quad1", "quad2", "quad3", "quad4", "goldstein", "goldstein_mean", "goldstein_weighted"};
    static const char *const names[] = {"periods", "roots", "quads", "actors", "dyads"};
    const char *c = o->by_country ? "country" : "actor";
    const char *keys[MAX_KEYS] = {"period", NULL};
    t->n_keys = 1;
    if (o->table == DYAD_TABLE_ROOTS) keys[0] = "root";
    if (o->table == DYAD_TABLE_QUADS) keys[0] = "quad_class";
    if (o->table == DYAD_TABLE_ACTORS) keys[0] = c;
    if (o->table == DYAD_TABLE_DYADS) {
        keys[0] = o->by_country ? "source_country" : "source";
        keys[1] = o->by_country ? "target_country" : "target";
        t->n_keys = 2;
    }
    for (int i = 0; i < t->n_keys; i++) t->columns[i] = keys[i];
    for (int i = 0; i < N_COLUMNS; i++) t->columns[t->n_keys + i] = measure_cols[i];
    t->table = names[o->table];
}

int dyad_store_series(dyad_store *s, const dyad_store_filter *f, const dyad_series_options *o, dyad_table_fn fn,
                      void *ctx)
{
    dyad_where w;
    dyad_where_build(&w, s, f);
    int rc;
    if (o->table >= DYAD_TABLE_STATUS) {
        static const struct {
            const char *name;
            int n;
            const char *const *columns;
        } claims[] = {{"status", 3, dyad_claims_status_columns},
                      {"casualties", 6, dyad_claims_period_columns},
                      {"casualty_dyads", 7, dyad_claims_dyad_columns}};
        int k = (int)o->table - DYAD_TABLE_STATUS;
        claims_pick p = {fn, ctx, claims[k].name};
        rc = fn(ctx, p.want, claims[k].n, claims[k].columns, NULL);
        if (rc == 0) rc = dyad_store_stats_claims(s, w.sql, w.n, w.params, o->by, pick_row, &p);
    } else {
        series_ctx t = {.fn = fn, .ctx = ctx, .by = o->by, .fold = o->table == DYAD_TABLE_PERIODS};
        char sql[8192];
        set_columns(&t, o);
        table_sql(sql, sizeof sql, o, w.sql);
        rc = fn(ctx, t.table, t.n_keys + N_COLUMNS, t.columns, NULL);
        if (rc == 0) rc = s->ops->run(s, sql, w.n, w.params, series_row, &t);
        if (rc == 0 && t.fold) period_flush(&t);
    }
    dyad_where_free(&w);
    return rc;
}
