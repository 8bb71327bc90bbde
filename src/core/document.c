#include "document.h"
#include <stdlib.h>
#include <string.h>

void dyad_document_init(dyad_document *doc)
{
    memset(doc, 0, sizeof *doc);
    dyad_arena_init(&doc->arena, 64 * 1024);
}

void dyad_document_reset(dyad_document *doc, const char *text, size_t length)
{
    dyad_arena_reset(&doc->arena);
    doc->id = doc->date = doc->source = doc->url = doc->title = NULL;
    doc->text = text;
    doc->length = length;
    doc->base_offset = 0;
    doc->invalid_utf8 = 0;
    doc->n_tokens = doc->n_sentences = doc->n_chunks = doc->n_clauses = 0;
}

uint32_t dyad_sentence_of_token(const dyad_document *doc, uint32_t t)
{
    size_t lo = 0, hi = doc->n_sentences;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (doc->sentences[mid].first_token <= t)
            lo = mid;
        else
            hi = mid;
    }
    return (uint32_t)lo;
}

void dyad_document_free(dyad_document *doc)
{
    free(doc->tokens);
    free(doc->sentences);
    free(doc->chunks);
    free(doc->clauses);
    dyad_words_free(&doc->words);
    dyad_arena_free(&doc->arena);
    memset(doc, 0, sizeof *doc);
}
