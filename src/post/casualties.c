/* Casualty figures (see claims.h): an amount (numbers.h) with a casualty word right after it
 * ("52 people were killed", "300 injured", "1.2 million have fled") or a casualty verb or "toll"
 * right before it ("killed at least 12", "wounded dozens", "the death toll rose to 52"). Each
 * figure attaches to the violent event of its sentence nearest to it (roots 18-20; 17 for
 * detentions); a sentence without one keeps its figures in a record of its own. */
#include "claims_parts.h"
#include "../core/xalloc.h"
#include "../lexicon/lexicon.h"
#include "../tag/wordclass.h"
#include "../tag/pos.h"
#include <ctype.h>
#include <string.h>

/* The casualty kind of a token (enum dyad_casualty_kind), -1 when it is none. */
static int kind_of(const dyad_token *t)
{
    int v = dyad_lemma_value(t, DYAD_WC_CASUALTY_WORD);
    if (!v) v = dyad_text_value(t, DYAD_WC_CASUALTY_WORD);
    return v >= 1 && v <= DYAD_N_CASUALTY_KINDS ? v - 1 : -1;
}

static int is_be_or_have(const dyad_token *t) { return strcmp(t->lemma, "be") == 0 || strcmp(t->lemma, "have") == 0; }

/* "52 [Ukrainian civilians] [were] killed": up to four nouns, adjectives, adverbs or forms of
 * be and have between the amount and the casualty word. */
static int kind_after(const dyad_document *doc, uint32_t end, uint32_t s_end)
{
    for (uint32_t u = end; u < s_end && u < end + 5; u++) {
        const dyad_token *t = &doc->tokens[u];
        int k = kind_of(t);
        if (k >= 0) return k;
        int p = t->pos;
        int skippable = p == DYAD_POS_JJ || p == DYAD_POS_NN || p == DYAD_POS_NNS || dyad_pos_is_proper(p)
                        || p == DYAD_POS_RB || (dyad_pos_is_verb(p) && is_be_or_have(t));
        if (!skippable) return -1;
    }
    return -1;
}

/* "killed at least 12", "the death toll rose to 52": a casualty verb, or "toll", just before. */
static int kind_before(const dyad_document *doc, uint32_t first, uint32_t s_first)
{
    for (uint32_t u = first; u-- > s_first && u + 4 >= first;) {
        const dyad_token *t = &doc->tokens[u];
        int k = kind_of(t);
        if (k >= 0 && (dyad_pos_is_verb(t->pos) || strcmp(t->lemma, "toll") == 0)) return k;
        if (t->pos == DYAD_POS_COMMA || t->pos == DYAD_POS_CC || t->pos == DYAD_POS_SENT || t->pos == DYAD_POS_COLON)
            return -1;
        if (k >= 0) return -1;
    }
    return -1;
}

/* The first token at or after `from` whose start is at or past byte b. */
static uint32_t token_at_byte(const dyad_document *doc, uint32_t from, uint32_t end, size_t b)
{
    while (from < end && doc->tokens[from].start < b) from++;
    return from;
}

static int is_violent(const dyad_event *e, int kind)
{
    return strncmp(e->code, "18", 2) == 0 || strncmp(e->code, "19", 2) == 0 || strncmp(e->code, "20", 2) == 0
           || (kind == DYAD_DETAINED && strncmp(e->code, "17", 2) == 0);
}

/* The violent event of sentence si nearest to token t, or -1. */
static long event_for(const claims_work *w, uint32_t si, uint32_t t, int kind)
{
    long best = -1;
    uint32_t best_distance = UINT32_MAX;
    for (size_t i = 0; i < w->events->n; i++) {
        const dyad_event *e = &w->events->items[i];
        if (e->sentence != si || !is_violent(e, kind)) continue;
        uint32_t d = e->verb_token > t ? e->verb_token - t : t - e->verb_token;
        if (d < best_distance) {
            best = (long)i;
            best_distance = d;
        }
    }
    return best;
}

/* The conflict of a sentence without a violent event: the nearest violent event before it, else
 * after it, else the first two actors the sentence names. */
static void conflict_of(const claims_work *w, uint32_t si, dyad_casualty_record *r)
{
    long before = -1, after = -1;
    for (size_t i = 0; i < w->events->n; i++) {
        const dyad_event *e = &w->events->items[i];
        if (!is_violent(e, DYAD_KILLED)) continue;
        if (e->sentence < si)
            before = (long)i;
        else if (after < 0)
            after = (long)i;
    }
    long pick = before >= 0 ? before : after;
    if (pick >= 0) {
        r->source = w->events->items[pick].source;
        r->target = w->events->items[pick].target;
        return;
    }
    const dyad_sentence *s = &w->doc->sentences[si];
    int n = 0;
    for (uint32_t c = s->first_chunk; c < s->first_chunk + s->n_chunks && n < 2; c++) {
        dyad_actor_match m;
        if (!dyad_claims_np_actor(w, c, &m) || (n == 1 && strcmp(m.code, r->source.code) == 0)) continue;
        if (n++ == 0)
            r->source = m;
        else
            r->target = m;
    }
}

static dyad_figure *loose_slot(claims_work *w, uint32_t si, int kind)
{
    dyad_claims *c = w->out;
    if (!c->n_loose || c->loose[c->n_loose - 1].sentence != si) {
        dyad_grow((void **)&c->loose, &c->cap_loose, c->n_loose + 1, sizeof *c->loose);
        dyad_casualty_record *r = &c->loose[c->n_loose++];
        memset(r, 0, sizeof *r);
        r->sentence = si;
        conflict_of(w, si, r);
    }
    return &c->loose[c->n_loose - 1].casualties[kind];
}

/* Does the token say a number: digits, a number word above one ("three", "dozens"), a scale
 * ("hundreds") or "few"? "a" and "an" count as one only inside an amount. */
static int is_numeric(const dyad_token *t)
{
    const char *w = t->lemma ? t->lemma : t->text;
    dyad_word_mask classes = t->lemma ? t->lemma_classes : t->text_classes;
    if (isdigit((unsigned char)t->text[0]) || (w[0] == 'f' && strcmp(w, "few") == 0)) return 1;
    if (classes & DYAD_WC_MASK(DYAD_WC_NUMBER_SCALE)) return 1;
    return (classes & DYAD_WC_MASK(DYAD_WC_NUMBER_WORD)) && dyad_word_value(w, DYAD_WC_NUMBER_WORD) > 1;
}

/* Reads the figure at token t, if any; returns the token after it. */
static uint32_t figure_at(claims_work *w, uint32_t si, uint32_t t)
{
    const dyad_document *doc = w->doc;
    const dyad_sentence *s = &doc->sentences[si];
    uint32_t s_end = s->first_token + s->n_tokens;
    dyad_range r;
    size_t used = dyad_parse_amount(doc->text + doc->tokens[t].start, s->end - doc->tokens[t].start, &r);
    if (!used) return t + 1;
    uint32_t end = token_at_byte(doc, t, s_end, doc->tokens[t].start + used);
    int kind = kind_before(doc, t, s->first_token);
    if (kind < 0) kind = kind_after(doc, end, s_end);
    if (kind < 0) return end;
    long ev = event_for(w, si, t, kind);
    dyad_figure *f = ev >= 0 ? &w->out->events[ev].casualties[kind] : loose_slot(w, si, kind);
    if (f->have) return end; /* the first figure of a kind is the event's */
    f->have = 1;
    f->range = r;
    f->first = t;
    f->end = end;
    uint32_t ci = dyad_claims_clause_of(doc, t);
    if (ci == UINT32_MAX || !dyad_claims_speaker(w, ci, &f->reported_by))
        memset(&f->reported_by, 0, sizeof f->reported_by);
    return end;
}

void dyad_claims_find_casualties(claims_work *w)
{
    const dyad_document *doc = w->doc;
    for (uint32_t si = 0; si < doc->n_sentences; si++) {
        const dyad_sentence *s = &doc->sentences[si];
        uint32_t end = s->first_token + s->n_tokens, number = s->first_token;
        for (uint32_t t = s->first_token; t < end;) {
            /* an amount has a number within its first words ("at least 52", "as many as three");
             * most words start none, and parsing at each was a sixth of dyad code's time */
            if (number < t) number = t;
            while (number < end && !is_numeric(&doc->tokens[number])) number++;
            if (number == end) break;
            t = number >= t + 5 ? number - 4 : figure_at(w, si, t);
        }
    }
}
