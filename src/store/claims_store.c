/* The claims of stored events (post/claims.h): each mention's status, claimant and disputant,
 * casualty figures and quotes, in tables and columns added by schema version 3; and the
 * statistics over them. Kept apart from store.c, which only calls in. */
#include "claims_store.h"
#include "../core/xalloc.h"
#include "../post/places.h"
#include "../post/claims.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const dyad_schema_v3_claims[] = {
    "ALTER TABLE mentions ADD COLUMN status TEXT NOT NULL DEFAULT 'asserted'",
    "ALTER TABLE mentions ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE mentions ADD COLUMN disputed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE mentions ADD COLUMN disputed_in INTEGER", "ALTER TABLE mentions ADD COLUMN event_index INTEGER",
    "CREATE INDEX mentions_status ON mentions (status)", "CREATE INDEX mentions_claimed_by ON mentions (claimed_by)",
    /* one row per figure; event_id is NULL for figures of a sentence without a violent event,
     * whose source and target are the conflict the article names (claims.h) */
    "CREATE TABLE casualties (id @ID, article_id BIGINT NOT NULL REFERENCES articles (id), "
    "sentence_index INTEGER NOT NULL, event_id BIGINT REFERENCES events (id), event_date INTEGER NOT NULL, "
    "source TEXT@C NOT NULL, target TEXT@C NOT NULL, kind TEXT NOT NULL, min_count BIGINT NOT NULL, max_count BIGINT, "
    "text TEXT NOT NULL, reported_by TEXT NOT NULL)",
    "CREATE INDEX casualties_event ON casualties (event_id)",
    "CREATE TABLE quotes (id @ID, article_id BIGINT NOT NULL REFERENCES articles (id), sentence_index INTEGER NOT "
    "NULL, "
    "start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL, text TEXT NOT NULL, speaker TEXT NOT NULL, speaker_text "
    "TEXT)",
    "CREATE INDEX quotes_article ON quotes (article_id)", NULL};

static dyad_sql_value V_INT(long long i)
{
    dyad_sql_value v = {DYAD_SQL_INT, i, 0, NULL};
    return v;
}
static dyad_sql_value V_TEXT(const char *s)
{
    dyad_sql_value v = {s ? DYAD_SQL_TEXT : DYAD_SQL_NULL, 0, 0, s};
    return v;
}
static dyad_sql_value V_NULL(void)
{
    dyad_sql_value v = {DYAD_SQL_NULL, 0, 0, NULL};
    return v;
}

/* One figure; the event is found by its key, as add_mention finds it. */
static char *copy_text(const char *t, size_t n) { return dyad_store_clean(t ? t : "", t ? n : 0); }

static void copy_figures(dyad_article_claims *c, uint32_t sentence, int32_t date, const char *source,
                         const char *target, const char *code, const char *place, const dyad_record_figure *figures)
{
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) {
        const dyad_record_figure *f = &figures[k];
        if (!f->have) continue;
        dyad_grow((void **)&c->figures, &c->cap_figures, c->n_figures + 1, sizeof *c->figures);
        c->figures[c->n_figures++] =
            (dyad_stored_figure){sentence,
                                 date,
                                 k,
                                 f->min,
                                 f->max,
                                 copy_text(source, source ? strlen(source) : 0),
                                 copy_text(target, target ? strlen(target) : 0),
                                 copy_text(code, code ? strlen(code) : 0),
                                 copy_text(f->text, f->text_len),
                                 copy_text(f->reported_by, f->reported_by ? strlen(f->reported_by) : 0),
                                 ""};
        snprintf(c->figures[c->n_figures - 1].place, sizeof c->figures[c->n_figures - 1].place, "%s", place);
    }
}

void dyad_store_claims_copy(dyad_article_claims *c, const dyad_store_extras *x, const dyad_event_record *events,
                            size_t n_events)
{
    memset(c, 0, sizeof *c);
    for (size_t i = 0; i < n_events; i++)
        if (events[i].has_claims) {
            char place[64];
            dyad_event_place_key(&events[i].place, place, sizeof place);
            copy_figures(c, events[i].sentence_index, events[i].date, events[i].source.code, events[i].target.code,
                         events[i].code, place, events[i].casualties);
        }
    for (size_t i = 0; x && i < x->n_loose; i++)
        copy_figures(c, x->loose[i].sentence_index, x->loose[i].date, x->loose[i].source, x->loose[i].target, "", "",
                     x->loose[i].casualties);
    for (size_t i = 0; x && i < x->n_quotes; i++) {
        const dyad_store_quote *q = &x->quotes[i];
        dyad_grow((void **)&c->quotes, &c->cap_quotes, c->n_quotes + 1, sizeof *c->quotes);
        c->quotes[c->n_quotes++] = (dyad_stored_quote){q->sentence_index,
                                                       q->start,
                                                       q->end,
                                                       copy_text(q->text, q->text_len),
                                                       copy_text(q->speaker, strlen(q->speaker)),
                                                       copy_text(q->speaker_text, q->speaker_text_len)};
    }
}

void dyad_store_claims_free(dyad_article_claims *c)
{
    for (size_t i = 0; i < c->n_figures; i++) {
        dyad_stored_figure *f = &c->figures[i];
        free(f->source);
        free(f->target);
        free(f->code);
        free(f->text);
        free(f->by);
    }
    for (size_t i = 0; i < c->n_quotes; i++) {
        free(c->quotes[i].text);
        free(c->quotes[i].speaker);
        free(c->quotes[i].words);
    }
    free(c->figures);
    free(c->quotes);
    memset(c, 0, sizeof *c);
}

static int add_figure(dyad_store *s, long long article, const dyad_stored_figure *f)
{
    dyad_sql_value p[12] = {V_INT(article),
                            V_INT(f->sentence),
                            V_INT(f->date),
                            V_TEXT(f->source),
                            V_TEXT(f->target),
                            V_TEXT(f->code),
                            V_TEXT(dyad_casualty_kind_name((enum dyad_casualty_kind)f->kind)),
                            V_INT(f->min),
                            f->max < 0 ? V_NULL() : V_INT(f->max),
                            V_TEXT(f->text),
                            V_TEXT(f->by),
                            V_TEXT(f->place)};
    return s->ops->run(
        s,
        "INSERT INTO casualties (article_id, sentence_index, event_id, event_date, source, target, kind, "
        "min_count, max_count, text, reported_by) SELECT $1, $2, (SELECT id FROM events e WHERE "
        "e.event_date = $3 AND e.source = $4 AND e.target = $5 AND e.code = $6 AND e.place = CAST($12 AS TEXT) "
        "AND $6 <> ''), $3, $4, $5, $7, $8, $9, $10, $11",
        12, p, NULL, NULL);
}

static int add_quote(dyad_store *s, long long article, const dyad_stored_quote *q)
{
    dyad_sql_value p[7] = {V_INT(article),  V_INT(q->sentence), V_INT(q->start), V_INT(q->end),
                           V_TEXT(q->text), V_TEXT(q->speaker), V_TEXT(q->words)};
    return s->ops->run(
        s,
        "INSERT INTO quotes (article_id, sentence_index, start_byte, end_byte, text, speaker, speaker_text) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        7, p, NULL, NULL);
}

int dyad_store_add_claims(dyad_store *s, long long article, const dyad_article_claims *c)
{
    int rc = 0;
    for (size_t i = 0; i < c->n_figures && rc == 0; i++) rc = add_figure(s, article, &c->figures[i]);
    for (size_t i = 0; i < c->n_quotes && rc == 0; i++) rc = add_quote(s, article, &c->quotes[i]);
    return rc;
}

/* ---- statistics ---- */

typedef struct {
    dyad_table_fn fn;
    void *ctx;
    const char *table;
    int n;
    const char *const *columns;
    enum dyad_store_period by;
    long long period, sums[DYAD_RECORD_CASUALTY_KINDS];
    int have;
    long long last; /* the last dated period written, 0 before */
} claims_table;

static int pass_row(void *ctx, int n, const char *const *cells)
{
    claims_table *t = ctx;
    return n == t->n ? t->fn(t->ctx, t->table, n, t->columns, cells) : 1;
}

static int period_emit(claims_table *t, long long p, const long long *sums)
{
    char cells[1 + DYAD_RECORD_CASUALTY_KINDS][32];
    const char *row[1 + DYAD_RECORD_CASUALTY_KINDS];
    dyad_store_period_label(t->by, p, cells[0], sizeof cells[0]);
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) snprintf(cells[1 + k], 32, "%lld", sums[k]);
    for (int i = 0; i <= DYAD_RECORD_CASUALTY_KINDS; i++) row[i] = cells[i];
    return t->fn(t->ctx, t->table, 1 + DYAD_RECORD_CASUALTY_KINDS, t->columns, row);
}

/* Writes the accumulated period, after zero rows for the periods between it and the last one,
 * as the periods table of dyad stats does (series.c). */
static int period_flush(claims_table *t)
{
    static const long long zero[DYAD_RECORD_CASUALTY_KINDS];
    if (!t->have) return 0;
    if (t->period && t->last)
        for (long long p = dyad_store_next_period(t->by, t->last); p < t->period; p = dyad_store_next_period(t->by, p))
            if (period_emit(t, p, zero)) return 1;
    if (t->period) t->last = t->period;
    t->have = 0;
    return period_emit(t, t->period, t->sums);
}

/* Per-day rows folded into weeks or months, as store.c folds its periods. */
static int period_row(void *ctx, int n, const char *const *c)
{
    claims_table *t = ctx;
    if (n != 1 + DYAD_RECORD_CASUALTY_KINDS) return 1;
    long long period = dyad_store_period_of(t->by, c[0] ? atoi(c[0]) : 0);
    if (t->have && period != t->period && period_flush(t)) return 1;
    if (!t->have) {
        memset(t->sums, 0, sizeof t->sums);
        t->period = period;
        t->have = 1;
    }
    for (int k = 0; k < DYAD_RECORD_CASUALTY_KINDS; k++) t->sums[k] += c[1 + k] ? atoll(c[1 + k]) : 0;
    return 0;
}

/* Each event's highest lower bound per kind, pivoted to one column per kind. */
#define CASUALTY_SUMS                                                                                                  \
    "sum(CASE WHEN x.kind = 'killed' THEN x.n ELSE 0 END), sum(CASE WHEN x.kind = 'wounded' THEN x.n ELSE 0 END), "    \
    "sum(CASE WHEN x.kind = 'missing' THEN x.n ELSE 0 END), sum(CASE WHEN x.kind = 'detained' THEN x.n ELSE 0 END), "  \
    "sum(CASE WHEN x.kind = 'displaced' THEN x.n ELSE 0 END)"
#define PER_EVENT                                                                                                      \
    "(SELECT e.event_date, e.source, e.target, c.kind, max(c.min_count) AS n FROM casualties c JOIN events e "         \
    "ON e.id = c.event_id%s GROUP BY e.id, e.event_date, e.source, e.target, c.kind) x"

const char *const dyad_claims_status_columns[3] = {"status", "events", "mentions"};
const char *const dyad_claims_period_columns[6] = {"period", "killed", "wounded", "missing", "detained", "displaced"};
const char *const dyad_claims_dyad_columns[7] = {"source",  "target",   "killed",   "wounded",
                                                 "missing", "detained", "displaced"};

int dyad_store_stats_claims(dyad_store *s, const char *where, int n, const dyad_sql_value *params,
                            enum dyad_store_period by, dyad_table_fn fn, void *ctx)
{
    char sql[8192];
    claims_table t = {fn, ctx, "status", 3, dyad_claims_status_columns, by, 0, {0}, 0, 0};
    snprintf(sql, sizeof sql,
             "SELECT x.status, count(*), sum(x.num_mentions) FROM (SELECT e.num_mentions, " DYAD_SQL_EVENT_STATUS
             " AS status FROM events e%s) x GROUP BY x.status ORDER BY x.status",
             where);
    int rc = s->ops->run(s, sql, n, params, pass_row, &t);
    if (rc == 0) {
        t.table = "casualties";
        t.n = 6;
        t.columns = dyad_claims_period_columns;
        snprintf(sql, sizeof sql,
                 "SELECT x.event_date, " CASUALTY_SUMS " FROM " PER_EVENT
                 " GROUP BY x.event_date ORDER BY x.event_date",
                 where);
        rc = s->ops->run(s, sql, n, params, period_row, &t);
        if (rc == 0) period_flush(&t);
    }
    if (rc == 0) {
        t.table = "casualty_dyads";
        t.n = 7;
        t.columns = dyad_claims_dyad_columns;
        snprintf(sql, sizeof sql,
                 "SELECT x.source, x.target, " CASUALTY_SUMS " FROM " PER_EVENT
                 " GROUP BY x.source, x.target ORDER BY sum(x.n) DESC, x.source, x.target LIMIT 10",
                 where);
        rc = s->ops->run(s, sql, n, params, pass_row, &t);
    }
    return rc;
}
