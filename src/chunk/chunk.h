/* Stage 3: chunks (noun, verb and prepositional phrases) and clauses over tagged tokens. The
 * chunk and clause types live with the document (core/document.h); the questions later stages ask
 * of them (conjuncts, objects of a preposition, complements) are in syntax.h. */
#ifndef DYAD_CHUNK_H
#define DYAD_CHUNK_H
#include "../core/document.h"

/* Fills doc->chunks and doc->clauses (and token chunk labels) for every sentence. */
void dyad_find_chunks(dyad_document *doc);

const char *dyad_chunk_type_name(enum dyad_chunk_type t);
const char *dyad_clause_kind_name(enum dyad_clause_kind k);
#endif
