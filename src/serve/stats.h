/* Statistics for the dashboard: events per period by quad class, top dyads and events per
 * country, computed from a copy of every event's key fields held in memory, so that any filter
 * but full-text search is answered without reading the database (a million events in a few
 * milliseconds). The copy is reloaded when the store has changed. */
#ifndef DYAD_SERVE_STATS_H
#define DYAD_SERVE_STATS_H
#include "../store/store.h"
#include <jansson.h>

typedef struct dyad_stats_cache dyad_stats_cache;

dyad_stats_cache *dyad_stats_cache_new(void);
void dyad_stats_cache_free(dyad_stats_cache *c);
/* Reads every event when the cache is empty or the store has changed since (checked at most once
 * a second, and at most once in ten times as long as the last load took). 0, or -1 on a
 * database error (dyad_store_error says why). */
int dyad_stats_cache_refresh(dyad_stats_cache *c, dyad_store *s);

/* {"events", "mentions", "goldstein", "by", "periods": [{"period", "events", "mentions", "quad":
 * [4], "goldstein"}], "dyads": [top 20 {"source", "target", "events", "mentions", "goldstein"}],
 * "countries": [{"country", "events", "goldstein"}]} for the events that match f. Countries are
 * the first three letters of actor codes (CAMEO's country codes); an event counts once for each
 * country among its actors. NULL on a database error. */
json_t *dyad_stats_json(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, enum dyad_store_period by);
/* Whether the in-memory copy can answer f: not for full-text search, claims or factuality, which
 * only the database knows. */
int dyad_stats_in_memory(const dyad_store_filter *f);

/* The ids of the events f->offset to f->offset + f->limit - 1 (in id order) among those that
 * match f (which dyad_stats_in_memory accepts), into ids (room for f->limit); *more is set when more
 * match. 0, or -1 on a database error. */
int dyad_stats_page(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f, long long *ids, size_t *n,
                    int *more);
#endif
