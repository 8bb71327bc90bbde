#include "helpers.h"
#include "chunk/chunk.h"
#include "core/diag.h"
#include "tag/pos.h"
#include <string.h>

const dyad_tagger *test_tagger(void)
{
    static dyad_tagger *t;
    if (!t) {
        t = dyad_tagger_new();
        dyad_warnings_quiet(1);
    }
    return t;
}

dyad_document *analyze(const char *text)
{
    static dyad_document doc;
    static int ready;
    if (!ready) {
        dyad_document_init(&doc);
        ready = 1;
    }
    dyad_document_reset(&doc, text, strlen(text));
    dyad_analyze(test_tagger(), &doc);
    return &doc;
}

static char buf[8192];

static const char *join(const dyad_document *doc, size_t s, int tags)
{
    const dyad_sentence *sent = &doc->sentences[s];
    buf[0] = '\0';
    for (uint32_t i = 0; i < sent->n_tokens; i++) {
        const dyad_token *t = &doc->tokens[sent->first_token + i];
        if (i) strncat(buf, " ", sizeof buf - strlen(buf) - 1);
        strncat(buf, tags ? dyad_pos_name(t->pos) : t->text, sizeof buf - strlen(buf) - 1);
    }
    return buf;
}

const char *sentence_tokens(const dyad_document *doc, size_t s) { return join(doc, s, 0); }
const char *sentence_tags(const dyad_document *doc, size_t s) { return join(doc, s, 1); }

long find_token(const dyad_document *doc, const char *text)
{
    for (size_t i = 0; i < doc->n_tokens; i++)
        if (strcmp(doc->tokens[i].text, text) == 0) return (long)i;
    return -1;
}

const char *chunk_text(const dyad_document *doc, uint32_t c)
{
    if (c == DYAD_NO_CHUNK) return "-";
    buf[0] = '\0';
    for (uint32_t i = doc->chunks[c].first; i < doc->chunks[c].end; i++) {
        if (i > doc->chunks[c].first) strncat(buf, " ", sizeof buf - strlen(buf) - 1);
        strncat(buf, doc->tokens[i].text, sizeof buf - strlen(buf) - 1);
    }
    return buf;
}
