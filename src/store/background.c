/* Schema version 5: each event's factuality, date precision and background flag (post/record.h),
 * and the filters on them. An event is one (date, source, target, code, place) however many
 * sentences report it, so the columns hold what its mentions say together:
 *   factuality      the most factual (asserted, then reported, intended, hypothetical): an event
 *                   one article states as fact is a fact, whoever else only reports it;
 *   date_precision  the most precise (day, then month, year): "on 3 March" and "in March" name
 *                   the same first day of the month, and the day is the better reading;
 *   background      only when it is so for every mention: an event that one article told as
 *                   news is news, however often later articles recall it.
 * The rule of background itself is dyad_time_is_background (post/dates.h), here as at coding. */
#include "backend.h"
#include "background.h"
#include "../core/xalloc.h"
#include "../events/factuality.h"
#include "../post/dates.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const dyad_schema_v5[] = {"ALTER TABLE events ADD COLUMN factuality TEXT",
                                      "ALTER TABLE events ADD COLUMN date_precision TEXT",
                                      "ALTER TABLE events ADD COLUMN background INTEGER NOT NULL DEFAULT 0", NULL};

/* ---- the migration from version 4 ---- */

typedef struct {
    long long *ids;
    size_t n, cap;
} id_list;

/* An event (id, date, the earliest publication date of its articles) that is background. The
 * rule grows with the publication date, so it holds for every article when it holds for the
 * earliest; an article without a date (0) makes the event news, as at coding. A date that is not
 * a day of the calendar (stored by an older dyad) is unknown, as the exports write it. */
static int background_row(void *ctx, int n, const char *const *c)
{
    id_list *l = ctx;
    if (n < 3 || !c[0] || !c[1] || !c[2]) return 0;
    dyad_time t = {(int32_t)atol(c[1]), 0};
    int32_t published = (int32_t)atol(c[2]);
    if (!dyad_date_is_valid(t.date) || !dyad_date_is_valid(published) || !dyad_time_is_background(t, published))
        return 0;
    dyad_grow((void **)&l->ids, &l->cap, l->n + 1, sizeof *l->ids);
    l->ids[l->n++] = atoll(c[0]);
    return 0;
}

#define IDS_PER_UPDATE 500

int dyad_store_v5_backfill(dyad_store *s)
{
    id_list l = {NULL, 0, 0};
    int rc =
        s->ops->run(s,
                    "SELECT e.id, e.event_date, min(a.published) FROM events e JOIN mentions m ON m.event_id = e.id "
                    "JOIN articles a ON a.id = m.article_id GROUP BY e.id, e.event_date",
                    0, NULL, background_row, &l);
    /* the ids are numbers read from the database, written into the statement in groups so that a
     * large store takes few statements */
    char *sql = dyad_xmalloc(64 + IDS_PER_UPDATE * 24);
    for (size_t i = 0; rc == 0 && i < l.n; i += IDS_PER_UPDATE) {
        size_t len = (size_t)sprintf(sql, "UPDATE events SET background = 1 WHERE id IN (");
        for (size_t k = i; k < l.n && k < i + IDS_PER_UPDATE; k++)
            len += (size_t)sprintf(sql + len, "%s%lld", k > i ? ", " : "", l.ids[k]);
        strcpy(sql + len, ")");
        rc = s->ops->run(s, sql, 0, NULL, NULL, NULL);
    }
    free(sql);
    free(l.ids);
    return rc;
}

/* ---- ingest ---- */

/* "CASE column WHEN 'name0' THEN 0 ... ELSE n END": the rank of a value in names, in the order of
 * the enum that names them; NULL (unknown) ranks last. */
static size_t rank_sql(char *out, size_t size, const char *column, const char *const *names, int n)
{
    size_t len = (size_t)snprintf(out, size, "CASE %s", column);
    for (int i = 0; i < n && len < size; i++)
        len += (size_t)snprintf(out + len, size - len, " WHEN '%s' THEN %d", names[i], i);
    if (len < size) len += (size_t)snprintf(out + len, size - len, " ELSE %d END", n);
    return len;
}

/* "column = CASE WHEN rank(excluded) < rank(events) THEN excluded.column ELSE events.column END" */
static size_t merge_sql(char *out, size_t size, const char *column, const char *const *names, int n)
{
    char excluded[64], stored[64];
    snprintf(excluded, sizeof excluded, "excluded.%s", column);
    snprintf(stored, sizeof stored, "events.%s", column);
    size_t len = (size_t)snprintf(out, size, ", %s = CASE WHEN ", column);
    if (len < size) len += rank_sql(out + len, size - len, excluded, names, n);
    if (len < size) len += (size_t)snprintf(out + len, size - len, " < ");
    if (len < size) len += rank_sql(out + len, size - len, stored, names, n);
    if (len < size) len += (size_t)snprintf(out + len, size - len, " THEN %s ELSE %s END", excluded, stored);
    return len;
}

void dyad_store_v5_merge_sql(char *out, size_t size)
{
    const char *factualities[DYAD_HYPOTHETICAL + 1], *precisions[DYAD_DATE_YEAR];
    for (int i = DYAD_ASSERTED; i <= DYAD_HYPOTHETICAL; i++)
        factualities[i] = dyad_factuality_name((enum dyad_factuality)i);
    for (int p = DYAD_DATE_DAY; p <= DYAD_DATE_YEAR; p++)
        precisions[p - DYAD_DATE_DAY] = dyad_date_precision_name((enum dyad_date_precision)p);
    size_t len = merge_sql(out, size, "factuality", factualities, DYAD_HYPOTHETICAL + 1);
    if (len < size) len += merge_sql(out + len, size - len, "date_precision", precisions, DYAD_DATE_YEAR);
    if (len < size)
        snprintf(out + len, size - len,
                 ", background = CASE WHEN excluded.background < events.background THEN excluded.background "
                 "ELSE events.background END");
}

/* ---- filters ---- */

int dyad_store_background_parse(const char *s)
{
    static const char *const names[] = {
        [DYAD_BACKGROUND_INCLUDE] = "include", [DYAD_BACKGROUND_EXCLUDE] = "exclude", [DYAD_BACKGROUND_ONLY] = "only"};
    for (int i = 0; s && i < (int)(sizeof names / sizeof *names); i++)
        if (strcmp(s, names[i]) == 0) return i;
    return -1;
}

int dyad_store_factuality_parse(const char *list, unsigned *mask)
{
    unsigned m = 0;
    for (const char *p = list; p;) {
        p += strspn(p, " ");
        size_t n = strcspn(p, ",");
        while (n > 0 && p[n - 1] == ' ') n--;
        int found = -1;
        for (int i = DYAD_ASSERTED; i <= DYAD_HYPOTHETICAL; i++) {
            const char *name = dyad_factuality_name((enum dyad_factuality)i);
            if (strlen(name) == n && strncmp(p, name, n) == 0) found = i;
        }
        if (found < 0) return -1;
        m |= 1u << found;
        p = strchr(p, ',');
        if (p) p++;
    }
    if (!m) return -1;
    *mask = m;
    return 0;
}

static void where_append(dyad_where *w, const char *text)
{
    size_t len = strlen(w->sql);
    snprintf(w->sql + len, sizeof w->sql - len, "%s", text);
}

void dyad_where_background(dyad_where *w, const dyad_store *s, const dyad_store_filter *f)
{
    if (s->version < 5) {
        /* a store older than version 5, read as it is, knows no background event and no
         * factuality: excluding background leaves every event, asking for them leaves none */
        if (f->background == DYAD_BACKGROUND_ONLY || f->factuality) where_append(w, " AND 1 = 0");
        return;
    }
    if (f->background == DYAD_BACKGROUND_EXCLUDE) where_append(w, " AND e.background = 0");
    if (f->background == DYAD_BACKGROUND_ONLY) where_append(w, " AND e.background = 1");
    if (!f->factuality) return;
    where_append(w, " AND e.factuality IN (");
    int first = 1;
    for (int i = DYAD_ASSERTED; i <= DYAD_HYPOTHETICAL; i++) {
        if (!(f->factuality & 1u << i)) continue;
        dyad_where_add(w, first ? "$%d" : ", $%d", dyad_v_text(dyad_factuality_name((enum dyad_factuality)i)));
        first = 0;
    }
    where_append(w, ")");
}
