#include "pipeline.h"
#include "chunk/chunk.h"
#include "core/diag.h"
#include "text/segment.h"

void dyad_analyze(const dyad_tagger *tagger, dyad_document *doc)
{
    dyad_segment(doc);
    if (doc->invalid_utf8)
        dyad_warn_byte(doc->input_name ? doc->input_name : "<input>", doc->base_offset,
                       "%zu byte(s) of invalid UTF-8 in document %s replaced by U+FFFD", doc->invalid_utf8,
                       doc->id ? doc->id : "");
    dyad_tag(tagger, doc);
    dyad_find_chunks(doc);
}
