/* What the chunk stage's two files share (chunk.c: chunks and the relations between them;
 * clauses.c: clauses); not part of the stage's interface, chunk.h. */
#ifndef DYAD_CHUNK_PARTS_H
#define DYAD_CHUNK_PARTS_H
#include "../core/document.h"
#include <stddef.h>

/* Is chunk c (below end) of that type / exactly that text ("and", ",")? */
int dyad_chunk_is(const dyad_document *doc, size_t c, size_t end, enum dyad_chunk_type type);
int dyad_chunk_text_is(const dyad_document *doc, size_t c, size_t end, const char *text);
/* "and", "or", "nor" */
int dyad_is_conjunction(const dyad_document *doc, size_t k, size_t end);
/* A verb group that can head a clause: not an infinitive, not a bare participle ("speaking in Kyiv"). */
int dyad_is_finite_vp(const dyad_document *doc, size_t c);
/* Do the chunks of a sentence, ending before chunk end, make a headline (no closing full stop)? */
int dyad_chunks_end_headline(const dyad_document *doc, size_t end);
/* "be", "have", "do", "get" */
int dyad_is_aux_lemma(const char *lemma);
/* Groups the chunks of sentence s into clauses (clauses.c). */
void dyad_segment_clauses(dyad_document *doc, dyad_sentence *s);
#endif
