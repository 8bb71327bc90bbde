/* Stage 1: text -> tokens (Penn Treebank conventions, byte offsets) -> sentences. */
#ifndef DYAD_SEGMENT_H
#define DYAD_SEGMENT_H
#include "../core/document.h"

/* Longest sentence in tokens; longer runs are split so that later stages stay bounded. */
#define DYAD_SENTENCE_MAX_TOKENS 400

/* Fills doc->tokens and doc->sentences from doc->text. Invalid UTF-8 is replaced
 * (U+FFFD in token text) and counted in doc->invalid_utf8. */
void dyad_segment(dyad_document *doc);

#endif
