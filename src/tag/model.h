/* The tagger's model, shared by the files of the tag stage (not part of its interface): the
 * news-trained lexicon and tag bigrams of Lingua::EN::Tagger and WordNet's word and exception
 * lists, all compiled into the binary (resources.h). model.c reads them, tagger.c tags with
 * them, lemma.c finds base forms with them. */
#ifndef DYAD_TAG_MODEL_H
#define DYAD_TAG_MODEL_H
#include "tagger.h"
#include "resources.h"
#include "../core/strmap.h"
#include "../core/arena.h"

typedef struct {
    uint8_t tag;
    float score; /* log P(word | tag) up to a per-word constant */
} candidate;

typedef struct {
    uint32_t first, count; /* range in dyad_tagger.candidates */
    float total;           /* how often the word was seen in the training text */
    uint32_t n_plain;      /* readings at first in dyad_tagger.plain */
} lexical_entry;

/* The lemma of a lexicon word for one of its readings (text NULL when the word was too long to
 * lemmatise here). folded: classes and upper (NULL when longer than DYAD_UPPER_COPY_MAX bytes)
 * were found too; a lemma that is the word in lower case, which the token keeps with those,
 * goes without. */
typedef struct {
    const char *text, *upper;
    uint32_t len, upper_len;
    dyad_word_mask classes;
    int folded;
} known_lemma;

struct dyad_tagger {
    dyad_strmap words; /* word form -> index in entries */
    lexical_entry *entries;
    size_t n_entries, cap_entries;
    candidate *candidates;
    size_t n_candidates, cap_candidates;
    /* A rare or unknown word's readings are recomputed from P(tag | word), to which WordNet's
     * may be added. Worked out once per entry, as the tagger would: p_given_word, for each
     * candidate, P(tag | word) (exp(score) * P(tag)), and plain, the entry's readings in tag
     * order with the emissions of those probabilities, for when WordNet adds none. */
    double *p_given_word;
    candidate *plain;
    /* for each candidate, the lemma of its entry's word with its tag: nearly every token is a
     * lexicon word with one of its readings, and lemmatising it was a tenth of the tagger */
    known_lemma *lemmas_of;
    dyad_arena lemma_store;
    /* log P(tag | previous tag) as transition[tag][previous tag]: the decoding reads a tag's row
     * for every previous state */
    float transition[DYAD_POS_COUNT][DYAD_POS_COUNT];
    double tag_prior[DYAD_POS_COUNT]; /* P(tag) over the lexicon */
    double log_prior[DYAD_POS_COUNT]; /* its log, for every emission of a rare word */
    dyad_strmap exceptions[3];        /* noun, verb, adjective: inflected form -> offset of base form in blob */
    dyad_blob exception_blobs[3];
    dyad_strmap lemmas[3]; /* WordNet base forms per part of speech */
    dyad_strmap tag_names; /* while the model loads: its tag names, each parsed once (model.c) */
};

enum { WN_NOUN, WN_VERB, WN_ADJ };

/* The score of tag for a word with P(tag | word) = p: log P(word | tag) up to a per-word constant. */
float dyad_tag_emission(const dyad_tagger *t, int tag, double p_tag_given_word);
/* WordNet's detachment rules for words of class cls (WN_NOUN, ...): writes a base form the
 * lexicon knows into out and returns 1, else 0. */
int dyad_wordnet_rules(const dyad_tagger *t, int cls, const char *w, size_t n, char *out, size_t out_size);
/* Sets the token's lemma, for its tag, and the lemma's word classes and upper case. entry: the
 * lexicon entry of the token's word (known_entry in tagger.c), or NULL. */
void dyad_set_lemma(const dyad_tagger *t, dyad_arena *arena, dyad_token *tok, const lexical_entry *entry);
/* The word classes of the token's lemma with tag pos, as dyad_word_classes finds them in the
 * lemma written into a buffer of size bytes (at most 128); entry as for dyad_set_lemma. */
dyad_word_mask dyad_lemma_classes(const dyad_tagger *t, const dyad_token *tok, const lexical_entry *entry,
                                  enum dyad_pos pos, size_t size);
/* Fills lemmas_of (the model's lexicon and WordNet lists loaded). */
void dyad_find_known_lemmas(dyad_tagger *t);
#endif
