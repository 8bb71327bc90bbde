/* libFuzzer target: arbitrary bytes as a plain-text article through the whole front end. */
#include "core/diag.h"
#include "input/reader.h"
#include "pipeline.h"
#include <stdint.h>
#include <stdlib.h>

static dyad_tagger *tagger;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!tagger) {
        tagger = dyad_tagger_new();
        dyad_warnings_quiet(1);
    }
    dyad_document doc;
    dyad_document_init(&doc);
    dyad_reader *r = dyad_reader_open_memory("fuzz", (const char *)data, size, DYAD_INPUT_TEXT);
    while (dyad_reader_next(r, &doc)) {
        dyad_analyze(tagger, &doc);
        for (size_t i = 0; i < doc.n_tokens; i++)
            if (doc.tokens[i].end > doc.length || doc.tokens[i].start >= doc.tokens[i].end) abort();
    }
    dyad_reader_close(r);
    dyad_document_free(&doc);
    return 0;
}
