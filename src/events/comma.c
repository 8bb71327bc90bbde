/* PETRARCH's comma rule, approximated on dyad's chunks and clauses: PETRARCH applies it to its
 * parse tree, where list items are not comma-delimited phrases and a stretch holding the main
 * verb is the sentence itself. */
#include "comma.h"
#include <ctype.h>
#include <string.h>

static int in_range(int n, int min, int max) { return max > 0 && n >= min && n <= max; }

/* Words (not punctuation) in tokens [first, end). */
static int count_words(const dyad_document *doc, uint32_t first, uint32_t end)
{
    int n = 0;
    for (uint32_t t = first; t < end; t++) n += isalnum((unsigned char)doc->tokens[t].text[0]) != 0;
    return n;
}

/* Is tokens [first, end) an item of a list ("Mordor, the awful Fornost, and Gondor")? */
static int is_list_item(const dyad_document *doc, uint32_t first, uint32_t end)
{
    for (uint32_t t = first; t < end; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].relation == DYAD_REL_COORDINATE) return 1;
    }
    const char *next = end + 1 < doc->n_tokens ? doc->tokens[end + 1].text : "";
    return strcmp(next, "and") == 0 || strcmp(next, "or") == 0;
}

/* Does tokens [first, end) hold the verb of a main clause? */
static int holds_main_verb(const dyad_document *doc, uint32_t first, uint32_t end)
{
    for (uint32_t t = first; t < end; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c == UINT32_MAX) continue;
        const dyad_clause *cl = &doc->clauses[doc->chunks[c].clause];
        if (cl->verb == c && (cl->kind == DYAD_CLAUSE_MAIN || cl->kind == DYAD_CLAUSE_REPORTED)) return 1;
    }
    return 0;
}

int dyad_comma_rule_is_on(const dyad_comma_rule *r) { return r->max || r->bmax || r->emax; }

static void apply_to_sentence(const dyad_comma_rule *r, const dyad_document *doc, const dyad_sentence *s,
                              uint8_t *left_out)
{
    uint32_t first = s->first_token, end = first + s->n_tokens;
    while (end > first && !isalnum((unsigned char)doc->tokens[end - 1].text[0])) end--; /* final punctuation */
    uint32_t start = first;
    int initial = 1;
    for (uint32_t t = first; t <= end; t++) {
        int comma = t < end && strcmp(doc->tokens[t].text, ",") == 0;
        if (!comma && t < end) continue;
        int words = count_words(doc, start, t), final = t == end;
        if (initial && final) return; /* no comma at all */
        int fits = initial ? in_range(words, r->bmin, r->bmax)
                   : final ? in_range(words, r->emin, r->emax)
                           : in_range(words, r->min, r->max);
        if (fits && !is_list_item(doc, start, t) && (final || !holds_main_verb(doc, start, t)))
            memset(left_out + start, 1, t - start);
        initial = 0;
        start = t + 1;
    }
}

void dyad_comma_rule_apply(const dyad_comma_rule *r, const dyad_document *doc, uint8_t *left_out)
{
    if (!dyad_comma_rule_is_on(r)) return;
    for (size_t si = 0; si < doc->n_sentences; si++) apply_to_sentence(r, doc, &doc->sentences[si], left_out);
}
