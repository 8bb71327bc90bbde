/* Stage 5: events. For every clause: the verb's block and best pattern in the verb dictionary,
 * the source (subject) and target (object, pattern slot or governing prepositional phrase)
 * actors, passive voice reversed, compound actors expanded, negated verbs left uncoded, intent
 * and threat codes for future and modal verbs, and the reporting actor of reported speech. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H
#include "../actors/actors.h"
#include "../core/document.h"
#include "../dict/verbs.h"
#include "cameo.h"
#include <stdio.h>

typedef struct {
    dyad_phrase_dict actors, agents, discards;
    dyad_verb_dict verbs;
    dyad_cameo_table cameo;
} dyad_coder;

typedef struct {
    uint32_t sentence, clause;       /* document-wide indices */
    char code[8];
    dyad_actor_match source, target;
    char reported_by[48];            /* "" when the sentence names nobody speaking */
    const dyad_verb_block *block;
    const dyad_verb_pattern *pattern; /* NULL when the block's default code was used */
    uint32_t verb_token;
} dyad_event;

typedef struct {
    dyad_event *items;
    size_t n, cap;
} dyad_event_list;

void dyad_coder_init(dyad_coder *c);
void dyad_coder_free(dyad_coder *c);
/* Loads the dictionaries of a directory: *.actors.txt, agents.txt (or *.agents.txt), *verbs*.txt,
 * cameo-codes.txt, and discards.txt (or *.discards.txt) when present. Returns 0, or -1 after printing what is missing. */
int dyad_coder_load_dir(dyad_coder *c, const char *dir);

/* Codes every clause of an analysed document; date is yyyymmdd (0 if unknown). When trace is
 * not NULL, a human-readable account of each clause is written to it. */
void dyad_code_document(const dyad_coder *c, const dyad_document *doc, int32_t date, dyad_event_list *out, FILE *trace);
#endif
