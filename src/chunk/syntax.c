/* Syntax queries over the chunker's arrays (see syntax.h). They live beside the chunker so that
 * later stages ask questions of the syntax instead of re-deriving it from raw chunk arrays. */
#include "syntax.h"
#include "../lexicon/lexicon.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include <string.h>
#include <strings.h>

uint32_t dyad_np_anchor(const dyad_document *doc, uint32_t c)
{
    while (c != DYAD_NO_CHUNK
           && (doc->chunks[c].relation == DYAD_REL_COORDINATE || doc->chunks[c].relation == DYAD_REL_APPOSITION))
        c = doc->chunks[c].link;
    return c;
}

int dyad_head_is(const dyad_document *doc, uint32_t c, const char *lemma)
{
    return strcmp(doc->tokens[doc->chunks[c].head].lemma, lemma) == 0;
}

int dyad_is_bare_participle(const dyad_document *doc, uint32_t c)
{
    const dyad_chunk *vp = &doc->chunks[c];
    return vp->type == DYAD_CHUNK_VP && vp->first == vp->head && doc->tokens[vp->head].pos == DYAD_POS_VBN;
}

uint32_t dyad_np_from(const dyad_document *doc, uint32_t pos, uint32_t end, int exact)
{
    for (uint32_t t = pos; t < end; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].type == DYAD_CHUNK_NP && doc->chunks[c].first == t) return c;
        if (exact) break;
    }
    return DYAD_NO_CHUNK;
}

uint32_t dyad_np_before(const dyad_document *doc, uint32_t pos, uint32_t first, int exact)
{
    for (uint32_t t = pos; t-- > first;) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].type == DYAD_CHUNK_NP && doc->chunks[c].end == t + 1)
            return doc->chunks[c].first >= first ? c : DYAD_NO_CHUNK;
        if (exact) break;
    }
    return DYAD_NO_CHUNK;
}

/* Is chunk pp a preposition followed by a noun phrase? */
static int pp_with_object(const dyad_document *doc, uint32_t pp)
{
    return pp + 1 < doc->n_chunks && doc->chunks[pp].type == DYAD_CHUNK_PP && doc->chunks[pp + 1].type == DYAD_CHUNK_NP;
}

uint32_t dyad_of_np_after(const dyad_document *doc, uint32_t np)
{
    return pp_with_object(doc, np + 1) && dyad_head_is(doc, np + 1, "of") ? np + 2 : DYAD_NO_CHUNK;
}

int dyad_is_absolute_with(const dyad_document *doc, uint32_t np)
{
    while (np >= 2 && dyad_of_np_after(doc, np - 2) == np) np -= 2; /* "of State Marco Rubio" */
    if (np < 1 || doc->chunks[np - 1].type != DYAD_CHUNK_PP || !dyad_head_is(doc, np - 1, "with")) return 0;
    for (uint32_t of = dyad_of_np_after(doc, np); of != DYAD_NO_CHUNK; of = dyad_of_np_after(doc, np)) np = of;
    uint32_t after = doc->chunks[np].end;
    return after < doc->n_tokens && doc->tokens[after].pos == DYAD_POS_VBG;
}

uint32_t dyad_speaker_np_after(const dyad_document *doc, uint32_t np)
{
    return pp_with_object(doc, np + 1)
                   && dyad_lemma_is(&doc->tokens[doc->chunks[np + 1].head], DYAD_WC_SPEAKER_PREPOSITION)
               ? np + 2
               : DYAD_NO_CHUNK;
}

size_t dyad_conjuncts(const dyad_document *doc, uint32_t np, const dyad_sentence *s, uint32_t *out, size_t max)
{
    size_t n = 0;
    out[n++] = np;
    for (uint32_t c = s->first_chunk; c < s->first_chunk + s->n_chunks && n < max; c++)
        if (doc->chunks[c].relation == DYAD_REL_COORDINATE && doc->chunks[c].link == np) out[n++] = c;
    return n;
}

int dyad_has_conjuncts(const dyad_document *doc, uint32_t np)
{
    for (uint32_t c = np + 1; c < doc->n_chunks && doc->chunks[c].clause == doc->chunks[np].clause; c++)
        if (doc->chunks[c].relation == DYAD_REL_COORDINATE && doc->chunks[c].link == np) return 1;
    return 0;
}

/* The noun phrase after preposition chunk pp and the phrases coordinated with it in np's clause
 * ("of Arnor and Gondor"). With pairs_only, ", and X and Y" after them starts another pair and is
 * left out ("between A and B, and C and D"). */
static size_t pp_objects(const dyad_document *doc, uint32_t np, uint32_t pp, int pairs_only, uint32_t *out, size_t max)
{
    size_t n = 0;
    out[n++] = pp + 1;
    for (uint32_t c = pp + 2; c < doc->n_chunks && n < max && doc->chunks[c].clause == doc->chunks[np].clause; c++) {
        if (doc->chunks[c].relation != DYAD_REL_COORDINATE || doc->chunks[c].link != pp + 1) continue;
        uint32_t before = doc->chunks[c].first;
        if (pairs_only && before >= 2 && doc->tokens[before - 1].pos == DYAD_POS_CC
            && strcmp(doc->tokens[before - 2].text, ",") == 0)
            break;
        out[n++] = c;
    }
    return n;
}

size_t dyad_owner_phrases(const dyad_document *doc, uint32_t np, uint32_t *out, size_t max)
{
    uint32_t pp = np + 1;
    if (!pp_with_object(doc, pp) || !dyad_lemma_is(&doc->tokens[doc->chunks[pp].head], DYAD_WC_OWNER_PREPOSITION))
        return 0;
    return pp_objects(doc, np, pp, 0, out, max);
}

int dyad_is_owner_phrase_of(const dyad_document *doc, uint32_t np, uint32_t owner)
{
    uint32_t owners[8];
    size_t n = dyad_owner_phrases(doc, np, owners, 8);
    for (size_t i = 0; i < n; i++)
        if (owners[i] == owner) return 1;
    return 0;
}

size_t dyad_between_phrases(const dyad_document *doc, uint32_t np, uint32_t *out, size_t max)
{
    uint32_t pp = np + 1;
    for (int hop = 0; hop < 2 && pp + 1 < doc->n_chunks; hop++, pp += 2) {
        if (!pp_with_object(doc, pp) || doc->chunks[pp].clause != doc->chunks[np].clause) return 0;
        if (dyad_head_is(doc, pp, "between")) break;
        if (!dyad_head_is(doc, pp, "of") || hop == 1) return 0;
    }
    if (pp + 1 >= doc->n_chunks || !dyad_head_is(doc, pp, "between")) return 0;
    return pp_objects(doc, np, pp, 1, out, max);
}

/* "the streets of Caracas", "the port of Antwerp": a name in an "of" phrase after a noun for a
 * kind of place is that place, whatever governs the noun ("took to the streets of Caracas"). */
static int is_of_location(const dyad_document *doc, uint32_t np)
{
    if (np < 2 || doc->chunks[np - 2].type != DYAD_CHUNK_NP || dyad_of_np_after(doc, np - 2) != np) return 0;
    return dyad_lemma_is(&doc->tokens[doc->chunks[np - 2].head], DYAD_WC_LOCATION_NOUN);
}

int dyad_is_place_phrase(const dyad_document *doc, uint32_t np)
{
    /* "marched in Cairo, Athens and Jakarta": the later conjuncts share the first one's preposition */
    if (doc->chunks[np].relation == DYAD_REL_COORDINATE) np = dyad_np_anchor(doc, np);
    if (np == 0 || doc->chunks[np - 1].type != DYAD_CHUNK_PP) return 0;
    const char *prep = doc->tokens[doc->chunks[np - 1].head].lemma;
    return dyad_word_is(prep, DYAD_WC_PLACE_PREPOSITION) || dyad_word_is(prep, DYAD_WC_ORIGIN_PREPOSITION)
           || is_of_location(doc, np);
}

int dyad_is_according_to(const dyad_document *doc, uint32_t c)
{
    const dyad_chunk *ch = &doc->chunks[c];
    return ch->type == DYAD_CHUNK_PP && ch->end - ch->first == 2
           && strcasecmp(doc->tokens[ch->first].text, "according") == 0;
}

uint32_t dyad_according_to(const dyad_document *doc, const dyad_sentence *s)
{
    for (uint32_t c = s->first_chunk; c + 1 < s->first_chunk + s->n_chunks; c++)
        if (dyad_is_according_to(doc, c) && doc->chunks[c + 1].type == DYAD_CHUNK_NP) return c + 1;
    return DYAD_NO_CHUNK;
}

static uint32_t by_phrase(const dyad_document *doc, uint32_t verb_chunk, uint32_t s_end_chunk)
{
    for (uint32_t c = verb_chunk + 1; c + 1 < s_end_chunk; c++) {
        const dyad_chunk *ch = &doc->chunks[c];
        if (ch->type == DYAD_CHUNK_PP && dyad_head_is(doc, c, "by") && doc->chunks[c + 1].type == DYAD_CHUNK_NP)
            return c + 1;
        if (ch->type == DYAD_CHUNK_VP && !(ch->flags & DYAD_VP_INFINITIVE)) break;
    }
    return DYAD_NO_CHUNK;
}

/* "killed in Israeli shelling", "wounded during a Russian drone attack": an attack phrase after a
 * passive verb with no "by" names who did it. */
static uint32_t attack_phrase(const dyad_document *doc, uint32_t verb_chunk, uint32_t s_end_chunk)
{
    for (uint32_t c = verb_chunk + 1; c + 1 < s_end_chunk; c++) {
        const dyad_chunk *ch = &doc->chunks[c];
        if (ch->type == DYAD_CHUNK_VP && !(ch->flags & DYAD_VP_INFINITIVE)) break;
        if (ch->type != DYAD_CHUNK_PP || !(dyad_head_is(doc, c, "in") || dyad_head_is(doc, c, "during"))) continue;
        const dyad_chunk *np = &doc->chunks[c + 1];
        if (np->type == DYAD_CHUNK_NP && dyad_lemma_is(&doc->tokens[np->head], DYAD_WC_ATTACK_NOUN)) return c + 1;
    }
    return DYAD_NO_CHUNK;
}

uint32_t dyad_by_agent(const dyad_document *doc, uint32_t verb_chunk, uint32_t s_end_chunk)
{
    uint32_t by = by_phrase(doc, verb_chunk, s_end_chunk);
    return by != DYAD_NO_CHUNK ? by : attack_phrase(doc, verb_chunk, s_end_chunk);
}

/* An "and", "or" or comma standing alone between conjuncts. */
static int is_conjunction_chunk(const dyad_document *doc, uint32_t c)
{
    const dyad_chunk *ch = &doc->chunks[c];
    const dyad_token *t = &doc->tokens[ch->first];
    return ch->type == DYAD_CHUNK_O && ch->end == ch->first + 1 && (t->pos == DYAD_POS_CC || strcmp(t->text, ",") == 0);
}

uint32_t dyad_infinitive_after(const dyad_document *doc, uint32_t verb_chunk, uint32_t end_chunk, int may_skip_object)
{
    int objects = 0;
    for (uint32_t c = verb_chunk + 1; c < end_chunk; c++) {
        const dyad_chunk *ch = &doc->chunks[c];
        if (ch->type == DYAD_CHUNK_ADVP || (ch->type == DYAD_CHUNK_NP && (ch->flags & DYAD_NP_TIME))) continue;
        /* "voted on Friday to impose": when, between the verb and its infinitive */
        if (ch->type == DYAD_CHUNK_PP && c + 1 < end_chunk && doc->chunks[c + 1].type == DYAD_CHUNK_NP
            && (doc->chunks[c + 1].flags & DYAD_NP_TIME)) {
            c++;
            continue;
        }
        /* "is ready to resume": a predicate of intention right after "be" ("unable to" is not one) */
        if (ch->type == DYAD_CHUNK_ADJP && c == verb_chunk + 1 && dyad_head_is(doc, verb_chunk, "be")
            && dyad_lemma_is(&doc->tokens[ch->head], DYAD_WC_INTENTION_PREDICATE))
            continue;
        if (ch->type == DYAD_CHUNK_NP && may_skip_object && !objects++) continue;
        /* "appealed to Israel and Hezbollah to respect", "urged Russia and Georgia to talk": the
         * object may be a prepositional one, and have conjuncts */
        if (may_skip_object && !objects && ch->type == DYAD_CHUNK_PP && c + 1 < end_chunk
            && doc->chunks[c + 1].relation == DYAD_REL_PP_OBJECT) {
            objects++;
            c++;
            continue;
        }
        if (objects && (ch->relation == DYAD_REL_COORDINATE || is_conjunction_chunk(doc, c))) continue;
        return ch->type == DYAD_CHUNK_VP && (ch->flags & DYAD_VP_INFINITIVE) ? c : DYAD_NO_CHUNK;
    }
    return DYAD_NO_CHUNK;
}

/* A subordinate clause opened by "that" or "whether" ("allowed that Mordor isn't ..."). */
static int is_that_clause(const dyad_document *doc, const dyad_clause *cl)
{
    return cl->kind == DYAD_CLAUSE_SUBORDINATE && doc->chunks[cl->first_chunk].type == DYAD_CHUNK_SBAR
           && (dyad_head_is(doc, cl->first_chunk, "that") || dyad_head_is(doc, cl->first_chunk, "whether"));
}

int dyad_is_complement_of(const dyad_document *doc, uint32_t c, uint32_t ci)
{
    for (int depth = 0; depth < 8 && c != UINT32_MAX; depth++) {
        const dyad_clause *cl = &doc->clauses[c];
        if (c == ci) return depth > 0;
        if (cl->kind != DYAD_CLAUSE_REPORTED && !is_that_clause(doc, cl)) return 0;
        c = cl->parent;
    }
    return 0;
}

uint32_t dyad_complement_end(const dyad_document *doc, uint32_t ci, uint32_t c_end)
{
    uint32_t end = c_end;
    for (uint32_t ch = doc->clauses[ci].end_chunk; ch < doc->n_chunks; ch++) {
        uint32_t owner = doc->chunks[ch].clause;
        if (owner != ci && !dyad_is_complement_of(doc, owner, ci)) break;
        end = doc->chunks[ch].end;
    }
    return end;
}
