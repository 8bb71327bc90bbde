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
    int min, max;         /* internal stretches */
    int bmin, bmax;       /* the stretch before the first comma */
    int emin, emax;       /* the stretch after the last comma */
} dyad_comma_rule;

/* How the coder reads: dyad's defaults (dyad_coder_init), or PETRARCH's under dyad validate. */
typedef struct {
    /* 1 (default): an event needs a known source and target. 0: one of them may be unknown and
     * is coded "---" (PETRARCH's require_dyad = False) */
    int require_dyad;
    /* 1 (default): future and modal verbs ("will meet", "could attack") become CAMEO intent and
     * threat codes. 0: the pattern's code is kept, as PETRARCH does (its dictionaries encode
     * such readings in patterns like "- WILL * [036]") */
    int modal_intent;
    /* > 0: a source or target noun phrase that names no known actor becomes an actor of its own,
     * its upper-case words in quotes ("THE MINISTRY OF MAGIC"), when it has at most this many
     * words (PETRARCH's new_actor_length). 0 (default): such phrases are not actors */
    int new_actor_length;
    /* PETRARCH's comma rule: comma-delimited stretches of a sentence whose length in words lies in
     * a range are left out before coding (initial, internal and final stretches; a max of 0 turns
     * that kind off). All off by default: dyad's clauses do that work. */
    dyad_comma_rule comma;
    /* 0 (default): a pattern word matches a word as written or its lemma ("* RESOLUTION" matches
     * "resolutions"). 1: only as written, as PETRARCH matches (it does no stemming) */
    int written_forms;
    /* 1 (default): an agent named without a country takes one from the story: the dateline's
     * ("KHARTOUM, May 2 -" for "police"), a place or owner after it ("a hospital in Kharkiv"), or
     * a domestic source's ("Russian police arrested students" -> RUSEDU). 0: it stays "---", as
     * in PETRARCH */
    int infer_countries;
} dyad_coder_options;

typedef struct {
    dyad_phrase_dict actors, agents, discards;
    dyad_verb_dict verbs;
    dyad_cameo_table cameo;
    dyad_coder_options options;
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

/* The dictionary files a coder loads, by kind. */
typedef struct {
    char **paths;
    size_t n;
} dyad_path_list;

typedef struct {
    dyad_path_list actors, agents, verbs, discards, cameo;
} dyad_dict_files;

void dyad_path_list_add(dyad_path_list *l, const char *path);
void dyad_path_list_clear(dyad_path_list *l);
void dyad_dict_files_free(dyad_dict_files *f);
/* The dictionaries of a directory, by file name: *.actors.txt, agents.txt or *.agents.txt,
 * *verbs*.txt, discards.txt or *.discards.txt, cameo-codes.txt. Adds to f; -1 if the directory
 * cannot be read. */
int dyad_dict_files_from_dir(dyad_dict_files *f, const char *dir);

void dyad_coder_init(dyad_coder *c);
void dyad_coder_free(dyad_coder *c);
/* Loads every file of f. Returns 0, or -1 after printing which kind is missing or which file
 * cannot be read. Actors, agents, verbs and the CAMEO table are required, discards are not. */
int dyad_coder_load(dyad_coder *c, const dyad_dict_files *f);
/* dyad_dict_files_from_dir and dyad_coder_load in one call. */
int dyad_coder_load_dir(dyad_coder *c, const char *dir);

/* Codes every clause of an analysed document; date is yyyymmdd (0 if unknown). When trace is
 * not NULL, a human-readable account of each clause is written to it. */
void dyad_code_document(const dyad_coder *c, const dyad_document *doc, int32_t date, dyad_event_list *out, FILE *trace);
#endif
