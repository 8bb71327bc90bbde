/* Stage 2: part-of-speech tags (bigram HMM, Viterbi decoding) and lemmas.
 * The model is the Lingua::EN::Tagger news-trained lexicon and tag bigrams, compiled in. */
#ifndef DYAD_TAGGER_H
#define DYAD_TAGGER_H
#include "../core/document.h"
#include "pos.h"

typedef struct dyad_tagger dyad_tagger;

/* Builds the tagger and lemmatiser from the compiled-in model (a few milliseconds). */
dyad_tagger *dyad_tagger_new(void);
void dyad_tagger_free(dyad_tagger *t);

/* Sets pos and lemma on every token of every sentence. */
void dyad_tag(const dyad_tagger *t, dyad_document *doc);

/* Base form of a word given its tag, e.g. ("met", VBD) -> "meet"; written into out. */
void dyad_lemmatize(const dyad_tagger *t, const char *word, enum dyad_pos pos, char *out, size_t out_size);
/* The same for a token's text, read from the lower case kept on the token when there is one. */
void dyad_lemmatize_token(const dyad_tagger *t, const dyad_token *tok, enum dyad_pos pos, char *out, size_t out_size);
#endif
