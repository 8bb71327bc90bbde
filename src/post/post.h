/* Stage 6: post-processing. Turns the coder's events into event records (record.h): the date of
 * each event resolved from its sentence against the publication date (dates.h), the actors' words
 * and dictionary entries, the code's CAMEO values. */
#ifndef DYAD_POST_H
#define DYAD_POST_H
#include "places.h"
#include "record.h"
#include "../events/coder.h"

/* Fills r for event e of doc; published is the article's date (yyyymmdd, 0 if unknown);
 * dateline is dyad_dateline_find's for doc (places.h), or NULL to find it for this event. */
void dyad_event_record_fill(dyad_event_record *r, const dyad_dictset *c, const dyad_document *doc,
                            const dyad_dateline *dateline, const dyad_event *e, int32_t published);
/* The record's form of an actor: its code, its words in doc and its dictionary entries. */
dyad_event_actor dyad_event_actor_of(const dyad_dictset *c, const dyad_document *doc, const dyad_actor_match *m);
#endif
