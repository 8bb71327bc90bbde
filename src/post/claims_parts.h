/* What the claims modules (claims.c, disputes.c, casualties.c, quotes.c) share: the work in
 * progress over one article and the questions they all ask (who a noun phrase names, who speaks
 * in a clause, which sentence holds a token). Internal to src/post. */
#ifndef DYAD_CLAIMS_PARTS_H
#define DYAD_CLAIMS_PARTS_H
#include "claims.h"

typedef struct {
    const dyad_dictset *dicts;
    const dyad_document *doc;
    dyad_event_list *events;
    dyad_claims *out;
} claims_work;

/* The actor noun phrase chunk names; a pronoun stands for the latest subject before it that
 * names an actor. 0 when none. */
int dyad_claims_np_actor(const claims_work *w, uint32_t chunk, dyad_actor_match *m);
/* Who speaks in clause ci: the subject of the reporting clause above it, else "according to X"
 * in its sentence. 0 when the article speaks in its own voice. */
int dyad_claims_speaker(const claims_work *w, uint32_t ci, dyad_actor_match *m);
/* The clause that holds token t, UINT32_MAX when it is in no chunk. */
uint32_t dyad_claims_clause_of(const dyad_document *doc, uint32_t t);
/* Do two actor codes belong to one side (the same country, or the same code)? */
int dyad_claims_same_side(const char *a, const char *b);
/* Inserts e into the event list after the events of its sentence and before later ones, with
 * an empty claim record; returns its index. */
size_t dyad_claims_insert_event(claims_work *w, const dyad_event *e);
/* The code the verb dictionary gives the verb token t without a pattern; NULL when not listed. */
const dyad_verb_block *dyad_claims_verb_code(const claims_work *w, uint32_t t, char code[8]);

void dyad_claims_find_disputes(claims_work *w);
void dyad_claims_find_casualties(claims_work *w);
void dyad_claims_find_quotes(claims_work *w);
#endif
