/* Claims (see claims.h): the status and claimant of every event, the events that claim nouns'
 * gerunds name ("Moscow's claim of having captured the town"), and the questions the claims
 * modules share (claims_parts.h). */
#include "claims_parts.h"
#include "../actors/codes.h"
#include "../chunk/syntax.h"
#include "../core/xalloc.h"
#include "../events/factuality.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include "../tag/pos.h"
#include "../core/strcopy.h"
#include <stdlib.h>
#include <string.h>

const char *dyad_status_name(enum dyad_status s)
{
    static const char *const names[] = {"asserted", "reported", "claimed", "disputed"};
    return (unsigned)s <= DYAD_STATUS_DISPUTED ? names[s] : "asserted";
}

const char *dyad_casualty_kind_name(enum dyad_casualty_kind k)
{
    static const char *const names[] = {"killed", "wounded", "missing", "detained", "displaced"};
    return (unsigned)k < DYAD_N_CASUALTY_KINDS ? names[k] : "killed";
}

/* ---- shared questions ---- */

int dyad_claims_np_actor(const claims_work *w, uint32_t chunk, dyad_actor_match *m)
{
    const dyad_document *doc = w->doc;
    if (chunk == DYAD_NO_CHUNK || chunk >= doc->n_chunks || doc->chunks[chunk].type != DYAD_CHUNK_NP) return 0;
    if (w->events->np_actors[chunk].code[0]) {
        *m = w->events->np_actors[chunk];
        return 1;
    }
    if (!(doc->chunks[chunk].flags & DYAD_NP_PRONOUN)) return 0;
    /* "he said": the latest subject before the pronoun that names an actor */
    for (uint32_t ci = doc->chunks[chunk].clause + 1; ci-- > 0;) {
        uint32_t subj = doc->clauses[ci].subject;
        if (subj != DYAD_NO_CHUNK && subj < chunk && w->events->np_actors[subj].code[0]) {
            *m = w->events->np_actors[subj];
            return 1;
        }
    }
    return 0;
}

uint32_t dyad_claims_clause_of(const dyad_document *doc, uint32_t t)
{
    uint32_t c = t < doc->n_tokens ? doc->tokens[t].chunk_index : UINT32_MAX;
    return c < doc->n_chunks ? doc->chunks[c].clause : UINT32_MAX;
}

int dyad_claims_speaker(const claims_work *w, uint32_t ci, dyad_actor_match *m)
{
    const dyad_document *doc = w->doc;
    uint32_t first_token = doc->chunks[doc->clauses[ci].first_chunk].first;
    for (int depth = 0; depth < 6 && ci != UINT32_MAX; depth++) {
        const dyad_clause *cl = &doc->clauses[ci];
        if (cl->kind == DYAD_CLAUSE_MAIN || cl->kind == DYAD_CLAUSE_REPORTING || cl->parent == UINT32_MAX) break;
        const dyad_clause *up = &doc->clauses[cl->parent];
        /* "killed 12 and wounded dozens, the governor said": a clause joined to reported speech */
        if (cl->kind == DYAD_CLAUSE_REPORTED || up->kind == DYAD_CLAUSE_REPORTING)
            return dyad_claims_np_actor(w, up->subject, m);
        ci = cl->parent;
    }
    uint32_t according = dyad_according_to(doc, &doc->sentences[dyad_sentence_of_token(doc, first_token)]);
    return according != DYAD_NO_CHUNK && dyad_claims_np_actor(w, according, m);
}

int dyad_claims_same_side(const char *a, const char *b)
{
    if (!*a || !*b) return 0;
    if (dyad_code_has_country(a) && dyad_code_has_country(b)) return strncmp(a, b, 3) == 0;
    return strcmp(a, b) == 0;
}

/* Indices held in claim records move up by one at and after pos. */
static void shift_indices(dyad_claims *c, size_t pos)
{
    for (size_t i = 0; i < c->n_events; i++) {
        dyad_event_claim *ec = &c->events[i];
        if (ec->disputed_by_event >= (int32_t)pos) ec->disputed_by_event++;
        for (uint8_t k = 0; k < ec->n_disputes; k++)
            if (ec->disputes[k] >= pos) ec->disputes[k]++;
    }
}

static void empty_claim(dyad_event_claim *c)
{
    memset(c, 0, sizeof *c);
    c->disputed_in = c->disputed_by_event = -1;
}

size_t dyad_claims_insert_event(claims_work *w, const dyad_event *e)
{
    dyad_event_list *l = w->events;
    dyad_claims *c = w->out;
    size_t pos = l->n;
    while (pos > 0 && l->items[pos - 1].sentence > e->sentence) pos--;
    dyad_grow((void **)&l->items, &l->cap, l->n + 1, sizeof *l->items);
    dyad_grow((void **)&c->events, &c->cap_events, c->n_events + 1, sizeof *c->events);
    shift_indices(c, pos);
    memmove(&l->items[pos + 1], &l->items[pos], (l->n - pos) * sizeof *l->items);
    memmove(&c->events[pos + 1], &c->events[pos], (c->n_events - pos) * sizeof *c->events);
    l->items[pos] = *e;
    empty_claim(&c->events[pos]);
    l->n++;
    c->n_events++;
    return pos;
}

const dyad_verb_block *dyad_claims_verb_code(const claims_work *w, uint32_t t, char code[8])
{
    char key[160];
    size_t n = dyad_token_upper(&w->doc->tokens[t], 1, key, sizeof key);
    const dyad_verb_dict *verbs = &w->dicts->verbs;
    const dyad_verb_entry *v = dyad_verb_lookup(verbs, key, n);
    if (!v) return NULL;
    const dyad_verb_block *b = &verbs->blocks[v->block];
    dyad_copy_str(code, 8, v->has_code ? v->code : b->code);
    return *code ? b : NULL;
}

/* ---- status ---- */

/* Is the verb of the clause above ci of class c ("Kyiv claimed ...", "Israel denied that ...")? */
static int under_verb_of(const dyad_document *doc, uint32_t ci, enum dyad_word_class c)
{
    const dyad_clause *cl = &doc->clauses[ci];
    if (cl->kind != DYAD_CLAUSE_REPORTED || cl->parent == UINT32_MAX || doc->clauses[cl->parent].verb == DYAD_NO_CHUNK)
        return 0;
    return dyad_lemma_is(&doc->tokens[doc->chunks[doc->clauses[cl->parent].verb].head], c);
}

static void set_status(claims_work *w, size_t i)
{
    const dyad_event *e = &w->events->items[i];
    dyad_event_claim *c = &w->out->events[i];
    dyad_actor_match speaker;
    int known = dyad_claims_speaker(w, e->clause, &speaker);
    if (!known && e->reported_by[0]) {
        memset(&speaker, 0, sizeof speaker);
        dyad_copy_str(speaker.code, sizeof speaker.code, e->reported_by);
        known = 1;
    }
    if (!known) {
        c->status = e->factuality == DYAD_REPORTED ? DYAD_STATUS_REPORTED : DYAD_STATUS_ASSERTED;
        return;
    }
    /* what a speaker denies is no claim of theirs; disputes.c marks it disputed */
    if (under_verb_of(w->doc, e->clause, DYAD_WC_DENIAL_VERB))
        c->status = DYAD_STATUS_REPORTED;
    else if (under_verb_of(w->doc, e->clause, DYAD_WC_CLAIM_VERB)
             || dyad_claims_same_side(speaker.code, e->source.code)) {
        c->status = DYAD_STATUS_CLAIMED;
        c->claimed_by = speaker;
    } else {
        c->status = DYAD_STATUS_REPORTED;
    }
}

/* ---- claim nouns with a gerund: "Moscow's claim of having captured the town of Siversk" ---- */

/* The verb after "claim of" ("having captured", "capturing"), or UINT32_MAX. */
static uint32_t gerund_after(const dyad_document *doc, uint32_t noun, uint32_t end)
{
    uint32_t t = noun + 1;
    if (t >= end || strcmp(doc->tokens[t].lemma, "of") != 0) return UINT32_MAX;
    t++;
    if (t < end && (strcmp(doc->tokens[t].lemma, "have") == 0 || strcmp(doc->tokens[t].lemma, "be") == 0)) t++;
    if (t >= end) return UINT32_MAX;
    int p = doc->tokens[t].pos;
    return p == DYAD_POS_VBG || p == DYAD_POS_VBN || p == DYAD_POS_VBD ? t : UINT32_MAX;
}

static int already_coded(const dyad_event_list *l, uint32_t sentence, uint32_t verb)
{
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].sentence == sentence && l->items[i].verb_token == verb) return 1;
    return 0;
}

/* The first noun phrase after token t in the sentence that names an actor of another side. */
static int actor_after(const claims_work *w, uint32_t t, uint32_t end, const char *not_side, dyad_actor_match *m)
{
    for (uint32_t u = t + 1; u < end; u++) {
        uint32_t c = w->doc->tokens[u].chunk_index;
        if (c == UINT32_MAX || w->doc->chunks[c].first != u || w->doc->chunks[c].type != DYAD_CHUNK_NP) continue;
        if (dyad_claims_np_actor(w, c, m) && !dyad_claims_same_side(m->code, not_side)) return 1;
    }
    return 0;
}

static void code_claimed_gerund(claims_work *w, uint32_t si, uint32_t noun)
{
    const dyad_document *doc = w->doc;
    const dyad_sentence *s = &doc->sentences[si];
    uint32_t end = s->first_token + s->n_tokens;
    uint32_t verb = gerund_after(doc, noun, end);
    dyad_actor_match claimant, target;
    char code[8];
    if (verb == UINT32_MAX || already_coded(w->events, si, verb)) return;
    const dyad_verb_block *block = dyad_claims_verb_code(w, verb, code);
    if (!block || !dyad_claims_np_actor(w, doc->tokens[noun].chunk_index, &claimant)) return;
    if (!actor_after(w, verb, end, claimant.code, &target)) return;
    dyad_event e;
    memset(&e, 0, sizeof e);
    e.sentence = si;
    e.clause = dyad_claims_clause_of(doc, noun);
    dyad_copy_str(e.code, sizeof e.code, code);
    e.source = claimant;
    e.target = target;
    dyad_copy_str(e.reported_by, sizeof e.reported_by, claimant.code);
    e.block = block;
    e.verb_token = verb;
    e.factuality = DYAD_REPORTED;
    size_t i = dyad_claims_insert_event(w, &e);
    w->out->events[i].status = DYAD_STATUS_CLAIMED;
    w->out->events[i].claimed_by = claimant;
}

static void code_claimed_gerunds(claims_work *w)
{
    const dyad_document *doc = w->doc;
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        for (uint32_t t = s->first_token; t < s->first_token + s->n_tokens; t++)
            if ((doc->tokens[t].pos == DYAD_POS_NN || doc->tokens[t].pos == DYAD_POS_NNS)
                && dyad_lemma_is(&doc->tokens[t], DYAD_WC_CLAIM_NOUN) && doc->tokens[t].chunk_index != UINT32_MAX)
                code_claimed_gerund(w, si, t);
    }
}

/* ---- the article ---- */

void dyad_claims_find(dyad_claims *out, const dyad_dictset *d, const dyad_document *doc, dyad_event_list *events)
{
    out->n_events = out->n_quotes = out->n_loose = 0;
    if (!events->np_actors) return; /* coded without keep_actors: nothing to read */
    dyad_grow((void **)&out->events, &out->cap_events, events->n + 1, sizeof *out->events);
    for (size_t i = 0; i < events->n; i++) empty_claim(&out->events[i]);
    out->n_events = events->n;
    claims_work w = {d, doc, events, out};
    for (size_t i = 0; i < events->n; i++) set_status(&w, i);
    code_claimed_gerunds(&w);
    dyad_claims_find_disputes(&w);
    dyad_claims_find_casualties(&w);
    dyad_claims_find_quotes(&w);
}

void dyad_claims_free(dyad_claims *c)
{
    free(c->events);
    free(c->quotes);
    free(c->loose);
    memset(c, 0, sizeof *c);
}
