/* A document's distinct words. The segmenter gives each token whose text it folds (ASCII, short:
 * nearly every token) the id of that text here; a word comes back about twice in a news story,
 * so a stage that looks words up in a dictionary can do it once a word rather than once a token,
 * keeping its answers in an array of its own indexed by word id. */
#ifndef DYAD_WORDS_H
#define DYAD_WORDS_H
#include <stddef.h>
#include <stdint.h>

typedef struct {
    const char *text;     /* the text of the word's first token (not owned) */
    uint32_t len, hash;   /* hash: dyad_strmap_hash (core/strmap.h) of text */
    uint32_t first_token; /* document-wide index of the first token with this text */
} dyad_word;

typedef struct {
    dyad_word *words; /* indexed by id; words[0] is unused, so that a token's word 0 means none */
    size_t n_words, cap_words;
    uint32_t *slots; /* open addressing on hash, holding ids; 0 marks an empty slot */
    size_t cap_slots;
} dyad_word_table;

/* Forgets every word, keeping the memory for the next document. */
void dyad_words_clear(dyad_word_table *w);
void dyad_words_free(dyad_word_table *w);
/* The id of text, or 0 when it is not in the table. */
uint32_t dyad_words_find(const dyad_word_table *w, const char *text, size_t len, uint32_t hash);
/* Adds text, which must not be in the table yet and must outlive it, first seen at token
 * first_token; returns its id. */
uint32_t dyad_words_add(dyad_word_table *w, const char *text, size_t len, uint32_t hash, uint32_t first_token);
#endif
