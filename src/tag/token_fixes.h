/* Tagging fixes that read only the tokens and their tags (see tagger.c for the ones that need the
 * model): names the lexicon reads as common words, "overnight" as an adverb, name particles. */
#ifndef DYAD_TOKEN_FIXES_H
#define DYAD_TOKEN_FIXES_H
#include "../core/document.h"
#include <stddef.h>
#include <stdint.h>

/* Capitalised words between two proper nouns are part of the name. */
void dyad_fix_names(dyad_token *toks, size_t n);
/* "overnight" after a verb or its object is an adverb. */
void dyad_fix_overnight(dyad_token *toks, size_t n);
/* Name particles ("bin", "von der") inside a name: sets forced[] to NNP; returns whether it did. */
int dyad_constrain_name_particles(const dyad_token *toks, size_t n, uint8_t *forced);
#endif
