/* Shared test helpers: run the front end on a string and look at the result. */
#ifndef DYAD_TEST_HELPERS_H
#define DYAD_TEST_HELPERS_H
#include "pipeline.h"

const dyad_tagger *test_tagger(void);
/* Analyses text with a shared document (valid until the next call). */
dyad_document *analyze(const char *text);
/* The tokens of sentence s joined by single spaces (static buffer). */
const char *sentence_tokens(const dyad_document *doc, size_t s);
/* The POS tags of sentence s joined by spaces (static buffer). */
const char *sentence_tags(const dyad_document *doc, size_t s);
/* Index of the first token with this text, or -1. */
long find_token(const dyad_document *doc, const char *text);
/* Text of chunk c joined with spaces (static buffer), "-" for DYAD_NO_CHUNK. */
const char *chunk_text(const dyad_document *doc, uint32_t c);
#endif
