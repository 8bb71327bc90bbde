/* Stage 5, patterns: the verb of a clause, its entry in the verb dictionary, and the pattern of
 * its blocks that fits the clause best (the grammar of patterns is at the top of patterns.c). */
#ifndef DYAD_PATTERNS_H
#define DYAD_PATTERNS_H
#include "../actors/context.h"
#include "../core/readings.h"
#include "../dict/verbs.h"

/* The words of a document as pattern-word ids, found once per document so that matching
 * compares integers. */
typedef struct dyad_member_phrase dyad_member_phrase;
typedef struct {
    const dyad_verb_dict *verbs;
    const dyad_document *doc;
    int written_forms;                /* match pattern words as written only (PETRARCH), not by lemma */
    int head_words;                   /* a noun a pattern word matches must head its phrase (readings.h) */
    int join_over_modifiers;          /* joined items may follow determiners and adverbs (readings.h) */
    const uint8_t *left_out;          /* per token: nonzero when left out of coding; NULL for none */
    uint32_t *lemma_word, *form_word; /* per token: word id of its upper-case lemma and form, UINT32_MAX if none */
    uint8_t *traits;                  /* per token: enum in patterns.c */
    /* synset members of several words found in the document: for token t, those starting there
     * are phrases[phrase_first[t] .. phrase_first[t + 1]), longest first */
    dyad_member_phrase *phrases;
    uint32_t *phrase_first;
    /* the pattern-word ids of the tokens a clause's patterns may reach, so that a pattern whose
     * words are not all there is not tried: ids of tokens [reach_first, reach_end), as a list (to
     * clear them for the next clause) and as one bit per word id (to test them) */
    uint32_t *reach_words;
    size_t n_reach_words, cap_reach_words;
    uint64_t *reach_bits;
    /* the synsets with a member among those words or the member phrases starting in reach, one bit
     * each: a pattern naming a synset none of whose members is there is not tried either */
    uint32_t *reach_synsets;
    size_t n_reach_synsets, cap_reach_synsets;
    uint64_t *synset_bits;
    uint32_t reach_first, reach_end;
    int reach_indexed;
} dyad_pattern_index;

void dyad_pattern_index_build(dyad_pattern_index *ix, const dyad_verb_dict *verbs, const dyad_document *doc,
                              const dyad_readings *r, const uint8_t *left_out);
void dyad_pattern_index_free(dyad_pattern_index *ix);

/* Where a clause's patterns may look: the verb's head token, its voice, the clause's tokens
 * [c_first, c_end) and the sentence's [s_first, s_end) (s_end: how far words after the verb may
 * be found). */
typedef struct {
    uint32_t head;
    int passive;
    uint32_t c_first, c_end, s_first, s_end;
    uint32_t complement_first; /* first token of an infinitive right after the verb, UINT32_MAX if none */
} dyad_pattern_span;

typedef struct {
    int score;                           /* matched words count 2, actor slots 1 */
    int covers_negation;                 /* the pattern spells out a negation it matched */
    uint32_t target_chunk, source_chunk; /* noun phrases of `+` and `$`, DYAD_NO_CHUNK when none */
    uint32_t reach;                      /* the token after the last item matched after the verb */
} dyad_pattern_match;

/* The dictionary entry of a verb group's head: "LEMMA PARTICLE" ("carried out"), a two-word verb
 * ("WIRE_+TAP"), the word as written ("LEFT"), then the lemma. NULL when the verb is unknown. */
const dyad_verb_entry *dyad_lookup_verb(const dyad_pattern_index *ix, uint32_t verb_chunk);
/* The best-scoring pattern of the verb's blocks for the span, or NULL (then *m has no slots);
 * *n_tried counts the patterns tried. */
const dyad_verb_pattern *dyad_best_pattern(dyad_pattern_index *ix, dyad_actor_context *actors,
                                           const dyad_verb_entry *verb, const dyad_pattern_span *span,
                                           dyad_pattern_match *m, uint32_t *n_tried);
#endif
