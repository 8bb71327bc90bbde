/* Stage 1: text -> tokens (Penn Treebank conventions, byte offsets) -> sentences. */
#ifndef DYAD_SEGMENT_H
#define DYAD_SEGMENT_H
#include "../core/document.h"

/* Longest sentence, in tokens and in bytes of text (a news sentence rarely has 300 bytes; PETRARCH
 * leaves out those over 512). Longer runs are split, after a comma, semicolon, colon or dash in
 * their second half when there is one, and warned about once per document: later stages stay
 * bounded, and so does the output, which repeats the sentence with each of its events. A single
 * token longer than the maximum is a sentence of its own. */
#define DYAD_SENTENCE_MAX_TOKENS 400
#define DYAD_SENTENCE_MAX_BYTES  512u

/* Fills doc->tokens and doc->sentences from doc->text. Invalid UTF-8 is replaced
 * (U+FFFD in token text) and counted in doc->invalid_utf8. */
void dyad_segment(dyad_document *doc);

#endif
