/* The claims part of the store (claims_store.c), called by store.c. Internal to src/store. */
#ifndef DYAD_CLAIMS_STORE_H
#define DYAD_CLAIMS_STORE_H
#include "backend.h"

/* Schema version 3: claim columns on mentions, the casualties and quotes tables. */
extern const char *const dyad_schema_v3_claims[];
/* An article's casualty figures and quotes, copied (cleaned for the database) into a batch,
 * since a batch is written after the document they point into is gone. */
typedef struct {
    uint32_t sentence;
    int32_t date;
    int kind;
    int64_t min, max;
    char *source, *target, *code, *text, *by;
    char place[64]; /* the event's place key (post/places.h), "" when none or no event */
} dyad_stored_figure;
typedef struct {
    uint32_t sentence, start, end;
    char *text, *speaker, *words;
} dyad_stored_quote;
typedef struct {
    dyad_stored_figure *figures;
    size_t n_figures, cap_figures;
    dyad_stored_quote *quotes;
    size_t n_quotes, cap_quotes;
} dyad_article_claims;

void dyad_store_claims_copy(dyad_article_claims *c, const dyad_store_extras *x, const dyad_event_record *events,
                            size_t n_events);
void dyad_store_claims_free(dyad_article_claims *c);
/* Writes the copied figures and quotes of an article whose mentions are in. */
int dyad_store_add_claims(dyad_store *s, long long article, const dyad_article_claims *c);
/* The tables "status" (events by their strongest status: disputed, claimed, reported, asserted),
 * "casualties" (per period) and "casualty_dyads": summed lower bounds, each event's highest
 * figure of a kind counted once. where is store.c's WHERE clause on events e. */
/* The columns of the "status", "casualties" and "casualty_dyads" tables. */
extern const char *const dyad_claims_status_columns[3];
extern const char *const dyad_claims_period_columns[6];
extern const char *const dyad_claims_dyad_columns[7];
int dyad_store_stats_claims(dyad_store *s, const char *where, int n, const dyad_sql_value *params,
                            enum dyad_store_period by, dyad_table_fn fn, void *ctx);

/* Shared with store.c: text cleaned for the database (free() it), and the period of a day. */
char *dyad_store_clean(const char *s, size_t n);
long long dyad_store_period_of(enum dyad_store_period by, int32_t day);
/* series.c: the period after period p; p's label (YYYY-MM-DD, YYYY-MM, "unknown" for 0). */
long long dyad_store_next_period(enum dyad_store_period by, long long p);
void dyad_store_period_label(enum dyad_store_period by, long long p, char *out, size_t size);
/* SQL for an event's strongest status, over mentions of event e. */
#define DYAD_SQL_EVENT_STATUS                                                                                          \
    "(SELECT CASE max(CASE m.status WHEN 'disputed' THEN 3 WHEN 'claimed' THEN 2 WHEN 'reported' THEN 1 ELSE 0 END) "  \
    "WHEN 3 THEN 'disputed' WHEN 2 THEN 'claimed' WHEN 1 THEN 'reported' ELSE 'asserted' END FROM mentions m WHERE "   \
    "m.event_id = e.id)"
#endif
