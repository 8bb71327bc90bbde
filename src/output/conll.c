#include "conll.h"
#include "../chunk/chunk.h"
#include "../tag/pos.h"
#include <string.h>

void dyad_conll_write_header(FILE *out) { fputs("# columns = ID FORM LEMMA POS CHUNK CLAUSE START END\n", out); }

/* Sentence text on one line: line breaks and tabs become spaces. */
static void write_flat(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        fputc(c == '\n' || c == '\r' || c == '\t' || c == '\0' ? ' ' : c, out);
    }
}

static void write_chunk_ref(FILE *out, const dyad_document *doc, uint32_t c)
{
    if (c == DYAD_NO_CHUNK) {
        fputc('-', out);
        return;
    }
    const dyad_chunk *ch = &doc->chunks[c];
    for (uint32_t t = ch->first; t < ch->end; t++) {
        if (t > ch->first) fputc('_', out);
        fputs(doc->tokens[t].text, out);
    }
}

static void write_clauses(FILE *out, const dyad_document *doc, const dyad_sentence *s)
{
    for (uint32_t k = 0; k < s->n_clauses; k++) {
        const dyad_clause *cl = &doc->clauses[s->first_clause + k];
        fprintf(out, "# clause %u %s", k + 1, dyad_clause_kind_name(cl->kind));
        if (cl->parent != UINT32_MAX) fprintf(out, " of=%u", cl->parent - s->first_clause + 1);
        fputs(" subject=", out);
        write_chunk_ref(out, doc, cl->subject);
        fputs(" verb=", out);
        write_chunk_ref(out, doc, cl->verb);
        if (cl->verb != DYAD_NO_CHUNK) {
            uint16_t f = doc->chunks[cl->verb].flags;
            if (f & DYAD_VP_NEGATED) fputs("[neg]", out);
            if (f & DYAD_VP_PASSIVE) fputs("[passive]", out);
            if (f & DYAD_VP_MODAL) fputs("[modal]", out);
        }
        fputs(" object=", out);
        write_chunk_ref(out, doc, cl->object);
        fputc('\n', out);
    }
}

static const char *relation_name(uint8_t r)
{
    static const char *const names[] = {"", "coord", "appos", "pobj", "xcomp"};
    return r < sizeof names / sizeof *names ? names[r] : "";
}

void dyad_conll_write(FILE *out, const dyad_document *doc)
{
    for (size_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        if (doc->id) fprintf(out, "# doc = %s\n", doc->id);
        fprintf(out, "# sent = %zu bytes=%zu-%zu\n# text = ", si + 1, doc->base_offset + s->start,
                doc->base_offset + s->end);
        write_flat(out, doc->text + s->start, s->end - s->start);
        fputc('\n', out);
        write_clauses(out, doc, s);
        for (uint32_t i = 0; i < s->n_tokens; i++) {
            const dyad_token *t = &doc->tokens[s->first_token + i];
            const char *chunk = "O";
            char chunk_buf[32];
            if (t->chunk_index != UINT32_MAX) {
                const dyad_chunk *ch = &doc->chunks[t->chunk_index];
                if (ch->type != DYAD_CHUNK_O) {
                    /* a noun phrase that says when is NP-TMP, as in the Penn Treebank */
                    snprintf(chunk_buf, sizeof chunk_buf, "%c-%s%s%s%s", (t->chunk & 0x80) ? 'I' : 'B',
                             dyad_chunk_type_name(ch->type),
                             ch->type == DYAD_CHUNK_NP && (ch->flags & DYAD_NP_TIME) ? "-TMP" : "",
                             ch->relation && !(t->chunk & 0x80) ? ":" : "",
                             (t->chunk & 0x80) ? "" : relation_name(ch->relation));
                    chunk = chunk_buf;
                }
            }
            uint32_t clause = t->chunk_index != UINT32_MAX ? doc->chunks[t->chunk_index].clause : UINT32_MAX;
            fprintf(out, "%u\t%s\t%s\t%s\t%s\t%u\t%zu\t%zu\n", i + 1, t->text, t->lemma ? t->lemma : "_",
                    dyad_pos_name(t->pos), chunk, clause == UINT32_MAX ? 0 : clause - s->first_clause + 1,
                    doc->base_offset + t->start, doc->base_offset + t->end);
        }
        fputc('\n', out);
    }
}
