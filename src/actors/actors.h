/* Stage 4: actors. Finds the CAMEO actor code of a noun phrase from the actor and agent
 * dictionaries: "Russian forces" -> RUS + ~MIL = RUSMIL; "Ukraine's foreign minister" -> UKRGOV;
 * "French President Emmanuel Macron" -> the person's own code, FRAGOV, on the article's date. */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H
#include "../core/document.h"
#include "../dict/actors.h"

typedef struct {
    const dyad_phrase_dict *actors;
    const dyad_phrase_dict *agents;
} dyad_actor_dicts;

typedef struct {
    char code[48];                 /* combined CAMEO code; empty when nothing matched */
    const dyad_actor_entry *actor; /* the actor entry used, or NULL */
    const dyad_actor_entry *agent; /* the agent entry used, or NULL */
    uint32_t first, end;           /* tokens covered by the matches */
} dyad_actor_match;

/* The dictionary keys of a run of a document's tokens: each token in upper case without accents
 * and with its joiners as spaces, as the dictionaries write phrases, the tokens joined by single
 * spaces. Built once for a document, so that its many phrase lookups (every noun phrase, every
 * sentence for discards) read spans of one text instead of each building its own. */
typedef struct {
    const dyad_document *doc;
    uint32_t first, end; /* the tokens covered */
    char *text;
    uint32_t *start;      /* per token of [first, end] (end: one past the last), where its key starts */
    uint8_t *too_long;    /* per token: its key is too long to be part of a phrase */
    uint32_t *first_hash; /* per token: dyad_strmap_hash of its key's first word (dyad_phrase_may_start) */
} dyad_token_keys;

void dyad_token_keys_build(dyad_token_keys *k, const dyad_document *doc, uint32_t first, uint32_t end);
void dyad_token_keys_free(dyad_token_keys *k);

/* Resolves the tokens [first, end) of a document (normally one noun phrase) on date (yyyymmdd,
 * 0 if unknown). Returns 1 and fills out when an actor or agent is found. */
int dyad_resolve_actor(const dyad_actor_dicts *d, const dyad_document *doc, uint32_t first, uint32_t end, int32_t date,
                       dyad_actor_match *out);
/* The same, for tokens within those of keys. */
int dyad_resolve_actor_in(const dyad_actor_dicts *d, const dyad_token_keys *keys, uint32_t first, uint32_t end,
                          int32_t date, dyad_actor_match *out);
/* Gives an agent with no actor ("---OPP", "NGO---GOV") to the actor it belongs to ("human rights
 * activists of Gonzo GMO": GONGMO -> GONGMOOPP), composing the codes as dyad_resolve_actor does. */
void dyad_give_agent_to(char *code, size_t size, const char *actor_code);
/* The first dictionary phrase found in tokens [first, end) (longest match at each position), or NULL. */
const dyad_actor_entry *dyad_find_phrase(const dyad_phrase_dict *d, const dyad_document *doc, uint32_t first,
                                         uint32_t end);
const dyad_actor_entry *dyad_find_phrase_in(const dyad_phrase_dict *d, const dyad_token_keys *keys, uint32_t first,
                                            uint32_t end);
/* The same, with the tokens [*at, *past) the phrase covers. */
const dyad_actor_entry *dyad_find_phrase_span_in(const dyad_phrase_dict *d, const dyad_token_keys *keys, uint32_t first,
                                                 uint32_t end, uint32_t *at, uint32_t *past);
/* A token's text (or its lemma) in upper case without accents, as dictionaries write words;
 * returns the length written to out. */
size_t dyad_token_upper(const dyad_token *t, int lemma, char *out, size_t size);
#endif
