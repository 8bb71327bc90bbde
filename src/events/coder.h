/* Stage 5: events. For every clause: the verb's block and best pattern in the verb dictionary,
 * the source (subject) and target (object, pattern slot or governing prepositional phrase)
 * actors, passive voice reversed, compound actors expanded, negated verbs left uncoded, intent
 * and threat codes for future and modal verbs, and the reporting actor of reported speech.
 * The order of processing is written out at the top of coder.c. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H
#include "../actors/actors.h"
#include "../core/document.h"
#include "../core/readings.h"
#include "../dict/dictset.h"
#include <stdio.h>

typedef struct {
    uint32_t sentence, clause; /* document-wide indices */
    char code[8];
    dyad_actor_match source, target;
    char reported_by[48]; /* "" when the sentence names nobody speaking */
    const dyad_verb_block *block;
    const dyad_verb_pattern *pattern; /* NULL when the block's default code was used */
    uint32_t verb_token;
    uint8_t factuality; /* enum dyad_factuality (factuality.h) */
} dyad_event;

typedef struct {
    dyad_event *items;
    size_t n, cap;
    /* When keep_actors is set, np_actors[c] is the actor that noun phrase chunk c names as the
     * coder resolved it (code "" when none, pronouns unresolved), for post-processing (claims,
     * quotes, casualties: post/claims.h); the caller frees it. */
    int keep_actors;
    dyad_actor_match *np_actors;
    size_t np_cap;
} dyad_event_list;

/* Codes every clause of an analysed document with the dictionaries d, read as r says; date is
 * yyyymmdd (0 if unknown). When trace is not NULL, a human-readable account of each clause is
 * written to it; tracing never changes what is coded. */
void dyad_code_document(const dyad_dictset *d, const dyad_readings *r, const dyad_document *doc, int32_t date,
                        dyad_event_list *out, FILE *trace);
#endif
