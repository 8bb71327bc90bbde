/* Direct quotations and their speakers (see claims.h). A quotation runs from an opening to the
 * next closing quotation mark, across sentences if need be. Its speaker is the subject of a verb
 * of saying outside the marks in the sentence where it closes or opens ("..., Syrskyi said",
 * "He added: ..."; "said Syrskyi" after the verb); a quotation with none continues the one
 * before it when that one ended in the sentence before. A pronoun speaker ("he added") is the
 * previous quotation's speaker, else the latest subject that names an actor. */
#include "claims_parts.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include "../tag/pos.h"
#include <string.h>

/* The speaker noun phrase of the clause of verb token v: its subject, else the phrase right
 * after the verb ("said Syrskyi"). */
static uint32_t speaker_np(const dyad_document *doc, uint32_t v)
{
    uint32_t ci = dyad_claims_clause_of(doc, v);
    if (ci == UINT32_MAX) return DYAD_NO_CHUNK;
    if (doc->clauses[ci].subject != DYAD_NO_CHUNK) return doc->clauses[ci].subject;
    uint32_t c = doc->tokens[v].chunk_index;
    return c + 1 < doc->n_chunks && doc->chunks[c + 1].type == DYAD_CHUNK_NP ? c + 1 : DYAD_NO_CHUNK;
}

/* Fills sp from noun phrase np: its actor, or just its words when it names none. */
static void speaker_from(const claims_work *w, uint32_t np, const dyad_quote *previous, dyad_actor_match *sp)
{
    const dyad_chunk *ch = &w->doc->chunks[np];
    if ((ch->flags & DYAD_NP_PRONOUN) && previous && previous->speaker.first < previous->speaker.end) {
        *sp = previous->speaker;
        return;
    }
    if (dyad_claims_np_actor(w, np, sp) && sp->first < sp->end) return;
    memset(sp, 0, sizeof *sp);
    sp->first = ch->first;
    sp->end = ch->end;
}

/* A verb of saying in sentence si outside the quotation's tokens (open, close); its speaker. */
static int speaker_in(const claims_work *w, uint32_t si, uint32_t open, uint32_t close, const dyad_quote *previous,
                      dyad_actor_match *sp)
{
    const dyad_document *doc = w->doc;
    const dyad_sentence *s = &doc->sentences[si];
    for (uint32_t t = s->first_token; t < s->first_token + s->n_tokens; t++) {
        if (t >= open && t <= close) continue;
        if (!dyad_pos_is_verb(doc->tokens[t].pos) || !dyad_lemma_is(&doc->tokens[t], DYAD_WC_REPORTING_VERB)) continue;
        uint32_t np = speaker_np(doc, t);
        if (np == DYAD_NO_CHUNK) continue;
        speaker_from(w, np, previous, sp);
        return 1;
    }
    return 0;
}

/* The closing mark after the opening one at token o: the next one before another opening mark. */
static uint32_t closing_of(const dyad_document *doc, uint32_t o)
{
    for (uint32_t t = o + 1; t < doc->n_tokens; t++) {
        if (doc->tokens[t].pos == DYAD_POS_CLOSE_QUOTE) return t;
        if (doc->tokens[t].pos == DYAD_POS_OPEN_QUOTE) return UINT32_MAX;
    }
    return UINT32_MAX;
}

static uint32_t add_quote(claims_work *w, uint32_t o, const dyad_quote *previous, uint32_t *previous_end_sentence)
{
    const dyad_document *doc = w->doc;
    uint32_t c = closing_of(doc, o);
    if (c == UINT32_MAX || c == o + 1) return o + 1;
    dyad_quote q;
    memset(&q, 0, sizeof q);
    q.sentence = dyad_sentence_of_token(doc, o);
    q.start = doc->tokens[o].end;
    q.end = doc->tokens[c].start;
    uint32_t closes_in = dyad_sentence_of_token(doc, c);
    int found = speaker_in(w, closes_in, o, c, previous, &q.speaker)
                || (closes_in != q.sentence && speaker_in(w, q.sentence, o, c, previous, &q.speaker));
    if (!found && previous && *previous_end_sentence + 1 >= q.sentence) q.speaker = previous->speaker; /* continues */
    dyad_claims *out = w->out;
    dyad_grow((void **)&out->quotes, &out->cap_quotes, out->n_quotes + 1, sizeof *out->quotes);
    out->quotes[out->n_quotes++] = q;
    *previous_end_sentence = closes_in;
    return c + 1;
}

void dyad_claims_find_quotes(claims_work *w)
{
    const dyad_document *doc = w->doc;
    uint32_t previous_end = 0;
    for (uint32_t t = 0; t < doc->n_tokens;) {
        if (doc->tokens[t].pos != DYAD_POS_OPEN_QUOTE) {
            t++;
            continue;
        }
        const dyad_quote *previous = w->out->n_quotes ? &w->out->quotes[w->out->n_quotes - 1] : NULL;
        t = add_quote(w, t, previous, &previous_end);
    }
}
