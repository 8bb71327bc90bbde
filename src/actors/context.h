/* Stage 4: actors in context. Who each noun phrase of an article names, in the light of what the
 * article said before: "the bank" after "the World Bank", "the army" after "Sudan's army",
 * "Sharif" after "Prime Minister Shehbaz Sharif", "its troops" after "Russia's ministry said",
 * "he" for the last subject named.
 *
 * Order of work, per article:
 *   1. dyad_actors_learn_sentence, sentence by sentence in order: every noun phrase is resolved
 *      once, left to right, and the names it teaches (surnames, institutions, agent heads) are
 *      learned only then. So the answer to "who is this phrase?" is fixed by the text before it,
 *      never by the order in which later stages ask.
 *   2. dyad_actors_find_setting: the dateline's country.
 *   3. Questions (dyad_actor_of) while coding; dyad_actors_note_subject as each clause is read,
 *      for the pronouns after it; dyad_actors_note_sides as each event is coded, for "both sides"
 *      after it. */
#ifndef DYAD_ACTOR_CONTEXT_H
#define DYAD_ACTOR_CONTEXT_H
#include "actors.h"

/* words that name an actor met earlier in the article (see context.c) */
typedef struct dyad_short_name dyad_short_name;

typedef struct {
    dyad_actor_dicts dicts;
    const dyad_document *doc;
    dyad_token_keys keys;          /* of all the document's tokens, for every phrase lookup in it */
    int32_t date;                  /* yyyymmdd, 0 if unknown */
    const uint8_t *left_out;       /* per token: nonzero when left out of coding; NULL for none */
    dyad_actor_match last_subject; /* for pronouns: the most recent actor named as a main subject */
    int have_last_subject;
    char setting[4];     /* country of the article's dateline, "" if none */
    int place_countries; /* agents named by a region or city take its country ("Aceh rebels") */
    /* the story's two sides ("" if none): of the pairs of parties of its disputes and mutual
     * events so far, the one noted most often, the latest of those on a tie; two countries
     * ("RUS", "UKR"), or two actors of one country ("SDNMIL", "SDNREBRSF") */
    char sides[2][24];
    struct dyad_side_pair {
        char a[24], b[24]; /* in the order first noted */
        unsigned times;
    } side_pairs[8];
    size_t n_side_pairs;
    unsigned sides_times; /* how often the pair in sides was noted */
    dyad_short_name *short_names;
    size_t n_short_names, cap_short_names;
    dyad_actor_match *np_actor; /* per chunk: the actor of the noun phrase, resolved once */
    uint8_t *np_state;          /* per chunk: 0 not resolved yet, 1 actor found, 2 none */
} dyad_actor_context;

void dyad_actor_context_init(dyad_actor_context *x, dyad_actor_dicts dicts, const dyad_document *doc, int32_t date,
                             const uint8_t *left_out);
void dyad_actor_context_free(dyad_actor_context *x);

/* Step 1: resolves every noun phrase of sentence si, in order, and learns the names they teach. */
void dyad_actors_learn_sentence(dyad_actor_context *x, uint32_t si);
/* Step 2: an article whose first or second sentence (after a headline) opens with a place in
 * capitals ("KHARTOUM, May 2 (Agency) -") is set in that place's country. */
void dyad_actors_find_setting(dyad_actor_context *x);
/* The actor named by noun phrase chunk; a pronoun ("he", "it", "they") stands for the nearest
 * subject named earlier in its sentence, else the last main subject of the article. 0 if none. */
int dyad_actor_of(dyad_actor_context *x, uint32_t chunk, dyad_actor_match *m);
/* Is the actor of noun phrase chunk only the backer or leader of the thing it names ("an
 * EU-brokered deal", "the Saudi-led coalition")? */
int dyad_actor_is_backer(dyad_actor_context *x, uint32_t chunk);
/* Remembers the subject of a main, reporting or coordinate clause for later pronouns. */
void dyad_actors_note_subject(dyad_actor_context *x, uint32_t clause);
/* Notes an event's source and target as a pair of sides (not organisations, not one actor):
 * their countries when they are of two countries, else their codes ("the army and the RSF").
 * "both sides", "the two countries" after it stand for the pair noted most often so far: a story
 * about Saudi Arabia and Iran that mentions Sudan cutting ties with Iran is still about them. */
void dyad_actors_note_sides(dyad_actor_context *x, const char *source_code, const char *target_code);
/* Does noun phrase np stand for the two sides noted last ("both sides", "each side", "the two neighbours",
 * "both governments")? 0 before any. */
int dyad_names_both_sides(const dyad_actor_context *x, uint32_t np);
/* A country inferred for a noun phrase ("police" in "police in Nairobi") holds wherever the
 * article's later questions name that phrase again. */
void dyad_actors_keep_inferred_country(dyad_actor_context *x, uint32_t chunk, const dyad_actor_match *inferred);
/* Does the name of noun phrase chunk run through "of" into the next phrase ("the Democratic
 * Republic" of "Congo", "the International Committee" of "the Red Cross")? */
int dyad_name_runs_across_of(const dyad_actor_context *x, uint32_t chunk);
/* The actor of the dictionary named across "of" or within the token range, without context. */
int dyad_actor_in_tokens(const dyad_actor_context *x, uint32_t first, uint32_t end, dyad_actor_match *m);
#endif
