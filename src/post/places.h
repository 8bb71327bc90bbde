/* Where an event happened, from the gazetteer (gazetteer.h). In order:
 *   1. clause: a place in a locative phrase of the event's own clause ("fighting in Pokrovsk",
 *      "a hospital in Kharkiv", "near the town of Pokrovsk", "in southern Lebanon"), the most
 *      precise one when there are several;
 *   2. target: the event's target when it is a place and the event is done to a place (force,
 *      coercion, assault, fighting, mass violence, a visit: "attacked Kharkiv");
 *   3. dateline: the article's dateline ("KYIV, July 18 -");
 *   else none. Places in other clauses, reporting clauses included ("..., the governor of
 *   Kharkiv said"), never count, and neither do capitals that act ("Moscow said"): only a
 *   locative phrase, a target or a dateline names a place. A name that several places share
 *   goes to the one in the countries of the event's actors, of the other places in the phrase
 *   and of the dateline, then to a capital, then to the most populous; a name the actor
 *   dictionaries give another country or a role ("the White House") is not that place. */
#ifndef DYAD_PLACES_H
#define DYAD_PLACES_H
#include "record.h"
#include "../events/coder.h"
#include <stdio.h>

/* The names of an article's dateline. They are the same for every event of the article, so
 * they are found once an article and handed to each event's search. */
typedef struct dyad_dateline dyad_dateline;
dyad_dateline *dyad_dateline_find(const dyad_phrase_dict *actors, const dyad_document *doc);
void dyad_dateline_free(dyad_dateline *d);

/* Fills p for event e of doc (name NULL when there is none); dateline is dyad_dateline_find's
 * for doc, or NULL to find it here. When trace is not NULL, the candidates and why one won are
 * written to it. */
void dyad_event_place_find(dyad_event_place *p, const dyad_phrase_dict *actors, const dyad_document *doc,
                           const dyad_dateline *dateline, const dyad_event *e, FILE *trace);
/* The place as the event store's deduplication key: "geonames:703448", "UA.05" for a region,
 * "UA" for a country, "" for none. */
void dyad_event_place_key(const dyad_event_place *p, char *out, size_t size);
#endif
