/* Thin layer over the lexicon for the callers that test a token or lemma: the classes
 * themselves are data/lexicon/reporting-verbs.txt, speech-verbs.txt and negation.txt. */
#include "wordclass.h"
#include "../lexicon/lexicon.h"

int dyad_is_reporting_verb(const char *lemma) { return dyad_word_is(lemma, DYAD_WC_REPORTING_VERB); }

int dyad_is_negation(const dyad_token *t) { return dyad_lemma_is(t, DYAD_WC_NEGATION); }
