/* Output of the front end: one token per line with sentence, chunk and clause structure. */
#ifndef DYAD_CONLL_H
#define DYAD_CONLL_H
#include "../core/document.h"
#include <stdio.h>

/* Column header line printed once at the top of `dyad tag` output. */
void dyad_conll_write_header(FILE *out);
/* Writes every sentence of doc: comment lines (# doc, # sent, # text, # clause) then one token
 * per line: ID FORM LEMMA POS CHUNK CLAUSE START END (offsets in bytes into the input). */
void dyad_conll_write(FILE *out, const dyad_document *doc);
#endif
