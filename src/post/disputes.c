/* Denials and contradictions (see claims.h): a denial verb whose object is a claim ("dismissed
 * these assertions", "rejected Moscow's claim of having captured", "contradicting Kyiv's
 * report") or whose complement is an event ("denied that its troops shelled"), and a statement
 * that fighting goes on in a place another side claims to have captured. The disputed event and
 * the denial event point at each other. */
#include "claims_parts.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include "../tag/pos.h"
#include "../core/strcopy.h"
#include <string.h>
#include <strings.h>

/* Who claims event i: its claimant, else (for reported events) who reports it. */
static int claimant_of(const claims_work *w, size_t i, dyad_actor_match *m)
{
    const dyad_event_claim *c = &w->out->events[i];
    if (c->claimed_by.code[0]) {
        *m = c->claimed_by;
        return 1;
    }
    return c->status == DYAD_STATUS_REPORTED && dyad_claims_speaker(w, w->events->items[i].clause, m);
}

static void link(claims_work *w, size_t claimed, const dyad_actor_match *denier, uint32_t si, long denial)
{
    dyad_event_claim *c = &w->out->events[claimed];
    c->status = DYAD_STATUS_DISPUTED;
    c->disputed_by = *denier;
    c->disputed_in = (int32_t)si;
    if (denial < 0 || (size_t)denial == claimed) return;
    c->disputed_by_event = (int32_t)denial;
    dyad_event_claim *d = &w->out->events[denial];
    for (uint8_t k = 0; k < d->n_disputes; k++)
        if (d->disputes[k] == claimed) return;
    if (d->n_disputes < DYAD_MAX_DISPUTES) d->disputes[d->n_disputes++] = (uint32_t)claimed;
}

/* The event coded from verb token t of sentence si, or -1. */
static long event_of_verb(const claims_work *w, uint32_t si, uint32_t t)
{
    for (size_t i = 0; i < w->events->n; i++)
        if (w->events->items[i].sentence == si && w->events->items[i].verb_token == t) return (long)i;
    return -1;
}

/* Who denies: the subject of the denial verb's clause, else of the sentence's first clause
 * ("..., contradicting Moscow's claim"). */
static int denier_of(const claims_work *w, uint32_t si, uint32_t t, dyad_actor_match *m)
{
    uint32_t ci = dyad_claims_clause_of(w->doc, t);
    if (ci != UINT32_MAX && dyad_claims_np_actor(w, w->doc->clauses[ci].subject, m)) return 1;
    const dyad_sentence *s = &w->doc->sentences[si];
    for (uint32_t c = s->first_clause; c < s->first_clause + s->n_clauses; c++)
        if (dyad_claims_np_actor(w, w->doc->clauses[c].subject, m)) return 1;
    return 0;
}

/* The noun phrase after token t in its sentence, DYAD_NO_CHUNK when a clause or the end comes first. */
static uint32_t object_after(const dyad_document *doc, uint32_t t, uint32_t end)
{
    for (uint32_t u = t + 1; u < end && u < t + 4; u++) {
        uint32_t c = doc->tokens[u].chunk_index;
        if (c == UINT32_MAX) continue;
        if (doc->chunks[c].type == DYAD_CHUNK_NP) return c;
        if (doc->chunks[c].type != DYAD_CHUNK_ADVP) return DYAD_NO_CHUNK;
    }
    return DYAD_NO_CHUNK;
}

/* The disputable claims a denial at token t may refer back to: the latest sentence before t
 * with events claimed by another side than the denier's (by `owner`'s side when known); their
 * indices go to out. */
static size_t latest_claims(const claims_work *w, uint32_t t, const char *denier, const char *owner, size_t *out,
                            size_t max)
{
    size_t n = 0;
    long sentence = -1;
    for (size_t i = w->events->n; i-- > 0;) {
        const dyad_event *e = &w->events->items[i];
        dyad_actor_match by;
        if (e->verb_token >= t || (sentence >= 0 && e->sentence != (uint32_t)sentence)) continue;
        if (!claimant_of(w, i, &by) || dyad_claims_same_side(by.code, denier)) continue;
        if (*owner && !dyad_claims_same_side(by.code, owner) && !dyad_claims_same_side(e->source.code, owner)) continue;
        sentence = e->sentence;
        if (n < max) out[n++] = i;
    }
    return n;
}

/* A denial that codes no event of its own is coded against the claimant, with the code the verb
 * dictionary gives the verb ("dismissed these assertions": 120). */
static long code_denial(claims_work *w, uint32_t si, uint32_t t, const dyad_actor_match *denier, size_t claimed)
{
    dyad_actor_match claimant;
    char code[8];
    if (!claimant_of(w, claimed, &claimant) || dyad_claims_same_side(claimant.code, denier->code)) return -1;
    const dyad_verb_block *block = dyad_claims_verb_code(w, t, code);
    if (!block) return -1;
    dyad_event e;
    memset(&e, 0, sizeof e);
    e.sentence = si;
    e.clause = dyad_claims_clause_of(w->doc, t);
    dyad_copy_str(e.code, sizeof e.code, code);
    e.source = *denier;
    e.target = claimant;
    e.block = block;
    e.verb_token = t;
    size_t i = dyad_claims_insert_event(w, &e);
    w->out->events[i].status = DYAD_STATUS_ASSERTED;
    return (long)i;
}

/* Earlier claims of the act a denied complement names (its code and source side) by another
 * side than the denier's: "Hamas said Israeli forces shelled a school" before "Israel denied that
 * its forces shelled the school". */
static size_t same_act_before(const claims_work *w, size_t denied, const char *denier, size_t *out, size_t n,
                              size_t max)
{
    const dyad_event *d = &w->events->items[denied];
    for (size_t i = 0; i < w->events->n && n < max; i++) {
        const dyad_event *e = &w->events->items[i];
        dyad_actor_match by;
        if (e->sentence >= d->sentence || strcmp(e->code, d->code) != 0
            || !dyad_claims_same_side(e->source.code, d->source.code))
            continue;
        if (claimant_of(w, i, &by) && !dyad_claims_same_side(by.code, denier)) out[n++] = i;
    }
    return n;
}

/* Events in the complement of the denial's clause: "denied that its troops shelled the market". */
static size_t denied_complements(const claims_work *w, uint32_t t, size_t *out, size_t max)
{
    uint32_t ci = dyad_claims_clause_of(w->doc, t);
    size_t n = 0;
    if (ci == UINT32_MAX || w->doc->clauses[ci].verb == DYAD_NO_CHUNK
        || w->doc->chunks[w->doc->clauses[ci].verb].head != t)
        return 0;
    for (size_t i = 0; i < w->events->n && n < max; i++) {
        const dyad_clause *cl = &w->doc->clauses[w->events->items[i].clause];
        if (cl->parent == ci && cl->kind == DYAD_CLAUSE_REPORTED) out[n++] = i;
    }
    return n;
}

static void dispute_at(claims_work *w, uint32_t si, uint32_t t)
{
    const dyad_document *doc = w->doc;
    const dyad_sentence *s = &doc->sentences[si];
    dyad_actor_match denier, owner;
    size_t targets[DYAD_MAX_DISPUTES];
    if (!denier_of(w, si, t, &denier)) return;
    size_t n = denied_complements(w, t, targets, DYAD_MAX_DISPUTES);
    for (size_t k = 0, direct = n; k < direct; k++)
        n = same_act_before(w, targets[k], denier.code, targets, n, DYAD_MAX_DISPUTES);
    uint32_t obj = object_after(doc, t, s->first_token + s->n_tokens);
    if (!n && obj != DYAD_NO_CHUNK && dyad_lemma_is(&doc->tokens[doc->chunks[obj].head], DYAD_WC_CLAIM_NOUN)) {
        /* "Moscow's claim": the possessor is the claimant; "these assertions": whoever claimed last */
        int has_owner = dyad_claims_np_actor(w, obj, &owner) && owner.end <= doc->chunks[obj].head;
        long own = -1;
        for (size_t i = 0; i < w->events->n && own < 0; i++)
            if (w->events->items[i].sentence == si && w->events->items[i].verb_token > doc->chunks[obj].head
                && w->out->events[i].status == DYAD_STATUS_CLAIMED
                && w->events->items[i].verb_token <= doc->chunks[obj].head + 3)
                own = (long)i; /* "claim of having captured": the gerund's event */
        if (own >= 0)
            targets[n++] = (size_t)own;
        else
            n = latest_claims(w, t, denier.code, has_owner ? owner.code : "", targets, DYAD_MAX_DISPUTES);
    }
    if (!n) return;
    long denial = event_of_verb(w, si, t);
    if (denial < 0 && obj != DYAD_NO_CHUNK) {
        denial = code_denial(w, si, t, &denier, targets[0]);
        for (size_t k = 0; denial >= 0 && k < n; k++)
            if (targets[k] >= (size_t)denial) targets[k]++;
    }
    for (size_t k = 0; k < n; k++) link(w, targets[k], &denier, si, denial);
}

/* ---- "fighting continues in Z" against a claim of capturing Z ---- */

/* Does a proper noun of event i's clause after its verb have the text of token place? */
static int event_names_place(const claims_work *w, size_t i, const dyad_token *place)
{
    const dyad_document *doc = w->doc;
    const dyad_event *e = &w->events->items[i];
    const dyad_sentence *s = &doc->sentences[e->sentence];
    for (uint32_t u = e->verb_token + 1; u < s->first_token + s->n_tokens; u++)
        if (dyad_pos_is_proper(doc->tokens[u].pos) && strcasecmp(doc->tokens[u].text, place->text) == 0) return 1;
    return 0;
}

static void contradict_at(claims_work *w, uint32_t si, uint32_t t)
{
    const dyad_document *doc = w->doc;
    const dyad_sentence *s = &doc->sentences[si];
    uint32_t ci = dyad_claims_clause_of(doc, t);
    dyad_actor_match who;
    if (ci == UINT32_MAX || (!dyad_claims_speaker(w, ci, &who) && !denier_of(w, si, t, &who))) return;
    for (uint32_t u = t + 1; u < s->first_token + s->n_tokens && u < t + 8; u++) {
        if (!dyad_pos_is_proper(doc->tokens[u].pos)) continue;
        for (size_t i = 0; i < w->events->n; i++) {
            const dyad_event *e = &w->events->items[i];
            dyad_actor_match by;
            if (e->sentence > si || strncmp(e->code, "192", 3) != 0 || !claimant_of(w, i, &by)) continue;
            if (dyad_claims_same_side(by.code, who.code) || !event_names_place(w, i, &doc->tokens[u])) continue;
            link(w, i, &who, si, w->out->events[i].disputed_by_event >= 0 ? w->out->events[i].disputed_by_event : -1);
        }
    }
}

void dyad_claims_find_disputes(claims_work *w)
{
    const dyad_document *doc = w->doc;
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        for (uint32_t t = s->first_token; t < s->first_token + s->n_tokens; t++) {
            if (!dyad_pos_is_verb(doc->tokens[t].pos)) continue;
            dyad_word_mask wc = doc->tokens[t].lemma_classes;
            if (wc & DYAD_WC_MASK(DYAD_WC_DENIAL_VERB))
                dispute_at(w, si, t);
            else if (wc & DYAD_WC_MASK(DYAD_WC_CONTINUATION_VERB))
                contradict_at(w, si, t);
        }
    }
}
