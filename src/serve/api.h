/* The JSON answers of dyad serve's API, built from the event store's public queries. Every
 * string from the store (article text above all) reaches the browser only as a JSON string,
 * encoded here, so that no text can become markup or script on the page. */
#ifndef DYAD_SERVE_API_H
#define DYAD_SERVE_API_H
#include "../store/store.h"
#include "stats.h"
#include "../tag/tagger.h"
#include <jansson.h>

#define DYAD_API_MAX_LIMIT    500     /* events per page */
#define DYAD_API_MAX_OFFSET   1000000 /* deepest page start */
#define DYAD_API_MAX_MENTIONS 200     /* mentions listed on an event's page */

/* {"events": [...], "limit", "offset", "more"}: one page of the events matching f (f->limit at
 * most DYAD_API_MAX_LIMIT, and f->offset, set), found with c unless f searches text. NULL on a
 * database error. */
json_t *dyad_api_events(dyad_stats_cache *c, dyad_store *s, const dyad_store_filter *f);

/* {"event": {...}, "mentions": [{"sentence", "source", "target", "verb" (each {"text", "start",
 * "end"} with byte offsets into the sentence, start -1 when not found), "entries": {file:line
 * of the actor, agent and verb-pattern entries}, "article": {...}}], "more"}. *found is 0 when
 * there is no such event. NULL on a database error. */
json_t *dyad_api_event(dyad_store *s, const dyad_tagger *tagger, long long id, int *found);

/* A JSON string of s (null for NULL); bytes that are not UTF-8 become U+FFFD. */
json_t *dyad_json_text(const char *s);

/* Where the event's words are in its sentence: the first occurrence of the source and target
 * texts (the target outside the source), and the first word whose verb lemma is the verb block's
 * name (outside both). Byte offsets [start, end), -1 when not found. */
typedef struct {
    long start, end;
} dyad_span;
void dyad_find_spans(const dyad_tagger *t, const char *sentence, const char *source_text, const char *target_text,
                     const char *verb, dyad_span out[3]);
#endif
