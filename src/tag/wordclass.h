/* Tests of a token or lemma against the lexicon's classes that several stages share (see
 * src/lexicon/lexicon.h): verbs of saying (the tagger's "that" after them, the chunker's
 * reporting clauses, the coder's reporters) and negation. */
#ifndef DYAD_WORDCLASS_H
#define DYAD_WORDCLASS_H
#include "../core/document.h"
#include "../lexicon/lexicon.h"

/* True when the lemma is a verb of saying or claiming ("say", "claim", "accuse", ...):
 * data/lexicon/reporting-verbs.txt and speech-verbs.txt. */
int dyad_is_reporting_verb(const char *lemma);
/* "not", "n't", "never" (by lemma): data/lexicon/negation.txt. */
int dyad_is_negation(const dyad_token *t);

/* Is the token's text (lemma) in class c? From the classes kept on the token: no lookup. */
static inline int dyad_text_is(const dyad_token *t, enum dyad_word_class c)
{
    return (t->text_classes & DYAD_WC_MASK(c)) != 0;
}
static inline int dyad_lemma_is(const dyad_token *t, enum dyad_word_class c)
{
    return (t->lemma_classes & DYAD_WC_MASK(c)) != 0;
}
/* Is the token's lemma in any of the classes of the mask? */
static inline int dyad_lemma_in(const dyad_token *t, dyad_word_mask classes)
{
    return (t->lemma_classes & classes) != 0;
}
/* The number written after the token's text (lemma) in class c (dyad_word_value), looked up only
 * when the word is in the class. */
static inline int dyad_text_value(const dyad_token *t, enum dyad_word_class c)
{
    return dyad_text_is(t, c) ? dyad_word_value(t->text, c) : 0;
}
static inline int dyad_lemma_value(const dyad_token *t, enum dyad_word_class c)
{
    return dyad_lemma_is(t, c) ? dyad_word_value(t->lemma, c) : 0;
}
#endif
