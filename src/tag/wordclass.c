#include "wordclass.h"
#include <string.h>

int dyad_is_reporting_verb(const char *lemma)
{
    static const char *const verbs[] = {"say", "tell", "claim", "state", "announce", "add", "report",
        "insist", "assert", "allege", "declare", "note", "confirm", "deny", "warn", "write", "argue",
        "suggest", "indicate", "acknowledge", "admit", "reiterate", "stress", "emphasize", "emphasise",
        "explain", "contend", "maintain", "believe", "think", "accuse", "predict", "estimate", "quote",
        "tweet", "post", "charge", "disclose", "reveal", "complain", "concede", "observe", NULL};
    for (int i = 0; verbs[i]; i++)
        if (verbs[i][0] == lemma[0] && strcmp(lemma, verbs[i]) == 0) return 1;
    return 0;
}

int dyad_is_negation(const dyad_token *t)
{
    return strcmp(t->lemma, "not") == 0 || strcmp(t->lemma, "never") == 0 || strcmp(t->lemma, "n't") == 0;
}
