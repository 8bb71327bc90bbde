/* The readings the tagger gives a single word before decoding (candidates), and a document's
 * cache of them; shared by the files of the tag stage (not part of its interface). */
#ifndef DYAD_TAG_CANDIDATES_H
#define DYAD_TAG_CANDIDATES_H
#include "model.h"

/* The token's readings: those the model keeps for its word (most words), or those worked out
 * into buf; *known: the word's lexicon entry, NULL when unknown. Sets *out to the first. */
size_t dyad_candidates_for(const dyad_tagger *t, const dyad_token *tok, candidate *buf, const candidate **out,
                           const lexical_entry **known);

/* The readings of the document's distinct words (core/words.h): dyad_candidates_for follows from the
 * text and, for a capitalised word, whether it stands inside a sentence (read as a name), and a
 * word comes back about twice in a document, so each word is read once each way. */
typedef struct {
    const candidate *cands[2]; /* indexed by is_name */
    uint8_t count[2], found[2];
    const lexical_entry *known;
} dyad_word_readings;

typedef struct {
    dyad_word_readings *of_word; /* indexed by word id */
    dyad_arena *arena;           /* holds the readings worked out for a word */
} dyad_readings_cache;

/* dyad_candidates_for of a word not yet read this way (is_name), kept in the cache. */
size_t dyad_read_word(const dyad_tagger *t, const dyad_token *tok, dyad_readings_cache *cache, int is_name,
                      candidate *buf, const candidate **out);

/* dyad_candidates_for, of the token's word once each way. */
static inline size_t dyad_cached_candidates(const dyad_tagger *t, const dyad_token *tok, dyad_readings_cache *cache,
                                            candidate *buf, const candidate **out, const lexical_entry **known)
{
    if (!tok->word) return dyad_candidates_for(t, tok, buf, out, known);
    const dyad_word_readings *w = &cache->of_word[tok->word];
    int is_name = (tok->flags & DYAD_TOK_CAPITALIZED) && !(tok->flags & DYAD_TOK_SENTENCE_START);
    size_t k = w->found[is_name] ? w->count[is_name] : dyad_read_word(t, tok, cache, is_name, buf, out);
    *known = w->known;
    *out = w->cands[is_name];
    return k;
}
#endif
