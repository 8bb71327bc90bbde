/* The claims part of the store (claims_store.c), called by store.c. Internal to src/store. */
#ifndef DYAD_CLAIMS_STORE_H
#define DYAD_CLAIMS_STORE_H
#include "backend.h"

/* Schema version 2: claim columns on mentions, the casualties and quotes tables. */
extern const char *const dyad_schema_v2_claims[];
/* Stores the casualty figures and quotes of an article whose mentions are in. */
int dyad_store_add_claims(dyad_store *s, long long article, const dyad_store_extras *x, const dyad_event_record *events,
                          size_t n_events);
/* The tables "status" (events by their strongest status: disputed, claimed, reported, asserted),
 * "casualties" (per period) and "casualty_dyads": summed lower bounds, each event's highest
 * figure of a kind counted once. where is store.c's WHERE clause on events e. */
int dyad_store_stats_claims(dyad_store *s, const char *where, int n, const dyad_sql_value *params,
                            enum dyad_store_period by, dyad_table_fn fn, void *ctx);

/* Shared with store.c: text cleaned for the database (free() it), and the period of a day. */
char *dyad_store_clean(const char *s, size_t n);
long long dyad_store_period_of(enum dyad_store_period by, int32_t day);
/* SQL for an event's strongest status, over mentions of event e. */
#define DYAD_SQL_EVENT_STATUS                                                                                  \
    "(SELECT CASE max(CASE m.status WHEN 'disputed' THEN 3 WHEN 'claimed' THEN 2 WHEN 'reported' THEN 1 ELSE 0 END) " \
    "WHEN 3 THEN 'disputed' WHEN 2 THEN 'claimed' WHEN 1 THEN 'reported' ELSE 'asserted' END FROM mentions m WHERE m.event_id = e.id)"
#endif
