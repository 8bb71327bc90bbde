/* The front end as one call: text -> tokens and sentences -> tags and lemmas -> chunks and clauses. */
#ifndef DYAD_PIPELINE_H
#define DYAD_PIPELINE_H
#include "core/document.h"
#include "tag/tagger.h"

/* Runs every front-end stage on a document whose text is set. */
void dyad_analyze(const dyad_tagger *tagger, dyad_document *doc);
#endif
