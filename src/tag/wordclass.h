/* Tests of a token or lemma against the lexicon's classes that several stages share (see
 * src/lexicon/lexicon.h): verbs of saying (the tagger's "that" after them, the chunker's
 * reporting clauses, the coder's reporters) and negation. */
#ifndef DYAD_WORDCLASS_H
#define DYAD_WORDCLASS_H
#include "../core/document.h"

/* True when the lemma is a verb of saying or claiming ("say", "claim", "accuse", ...):
 * data/lexicon/reporting-verbs.txt and speech-verbs.txt. */
int dyad_is_reporting_verb(const char *lemma);
/* "not", "n't", "never" (by lemma): data/lexicon/negation.txt. */
int dyad_is_negation(const dyad_token *t);
#endif
