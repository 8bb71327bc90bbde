/* Closed classes of words that several stages test by lemma: verbs of saying (the tagger's
 * "that" after them, the chunker's reporting clauses, the coder's reporters) and negation. */
#ifndef DYAD_WORDCLASS_H
#define DYAD_WORDCLASS_H
#include "../core/document.h"

/* True when the lemma is a verb of saying or claiming ("say", "claim", "accuse", ...). */
int dyad_is_reporting_verb(const char *lemma);
/* "not", "n't", "never" (by lemma). */
int dyad_is_negation(const dyad_token *t);
#endif
