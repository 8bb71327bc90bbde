#include "chunk.h"
#include "syntax.h"
#include "../tag/wordclass.h"
#include "../lexicon/lexicon.h"
#include "../core/xalloc.h"
#include "../tag/pos.h"
#include <stdint.h>
#include <string.h>

enum dyad_iob_label { IOB_NONE = 0 }; /* token->chunk holds 1 + type for B-, 0x80 | (1 + type) for I- */

const char *dyad_chunk_type_name(enum dyad_chunk_type t)
{
    static const char *const names[] = {"NP", "VP", "PP", "ADJP", "ADVP", "SBAR", "O"};
    return (unsigned)t <= DYAD_CHUNK_O ? names[t] : "O";
}

const char *dyad_clause_kind_name(enum dyad_clause_kind k)
{
    static const char *const names[] = {"MAIN", "REPORTING", "REPORTED", "RELATIVE", "SUBORDINATE", "COORDINATE"};
    return (unsigned)k <= DYAD_CLAUSE_COORDINATE ? names[k] : "MAIN";
}

/* Is the token's lemma in one of the classes (DYAD_WC_MASK bits) of the lexicon? */
static int lemma_in(const dyad_token *t, dyad_word_mask classes) { return (t->lemma_classes & classes) != 0; }

/* ---- chunking ---- */

static int is_aux_lemma(const char *l)
{
    return strcmp(l, "be") == 0 || strcmp(l, "have") == 0 || strcmp(l, "do") == 0 || strcmp(l, "get") == 0;
}

static int np_start(const dyad_token *t)
{
    int p = t->pos;
    return p == DYAD_POS_DT || p == DYAD_POS_PDT || p == DYAD_POS_PRPS || p == DYAD_POS_CD || dyad_pos_is_adj(p)
           || dyad_pos_is_noun(p) || p == DYAD_POS_PRP || p == DYAD_POS_EX || p == DYAD_POS_DOLLAR || p == DYAD_POS_WPS;
}

/* ---- time expressions ---- */

#define MONTH         DYAD_WC_MASK(DYAD_WC_MONTH)
#define WEEKDAY       DYAD_WC_MASK(DYAD_WC_WEEKDAY)
#define RELATIVE_DAY  DYAD_WC_MASK(DYAD_WC_RELATIVE_DAY)
#define PART_OF_DAY   DYAD_WC_MASK(DYAD_WC_PART_OF_DAY)
#define TIME_SPAN     DYAD_WC_MASK(DYAD_WC_TIME_SPAN)
#define TIME_MODIFIER DYAD_WC_MASK(DYAD_WC_TIME_MODIFIER)

/* Names that a weekday completes: "Easter Sunday", "Super Tuesday" are days, not a name and a date. */
static int takes_weekday(const dyad_token *t) { return lemma_in(t, DYAD_WC_MASK(DYAD_WC_DAY_NAME_WORD)); }

/* Number of tokens of the time expression starting at token i: "late Sunday", "next week", "early
 * March", "last night" (a modifier and a day or span it points at), "this morning", a bare weekday, "yesterday", each
 * optionally followed by a part of the day ("Tuesday night"); 0 when there is none. One that modifies the noun after it
 * ("Sunday's vote", "next week's summit", "the early morning raid") is part of that noun's phrase, so it does not
 * count. */
static size_t time_expression_length(const dyad_token *t, size_t i, size_t end)
{
    size_t k = i;
    dyad_word_mask here = t[k].lemma_classes, next = k + 1 < end ? t[k + 1].lemma_classes : 0;
    if ((here & TIME_MODIFIER) && (next & TIME_MODIFIER)) { /* "early next week" */
        k++;
        here = next;
        next = k + 1 < end ? t[k + 1].lemma_classes : 0;
    }
    if ((here & TIME_MODIFIER) && (next & (WEEKDAY | TIME_SPAN | PART_OF_DAY | MONTH)))
        k += 2;
    else if (here & (WEEKDAY | RELATIVE_DAY))
        k++;
    else
        return 0;
    if (k < end && lemma_in(&t[k], PART_OF_DAY)) k++;
    int modifies_noun = k < end && (dyad_pos_is_noun(t[k].pos) || dyad_pos_is_adj(t[k].pos) || t[k].pos == DYAD_POS_POS)
                        && !time_expression_length(t, k, end); /* another time expression is not a noun it modifies */
    return modifies_noun ? 0 : k - i;
}

/* Can token i continue a noun phrase that has already started? Adjectives come before the head
 * noun, so after a noun an adjective continues the phrase only when another noun follows. */
static int np_continues(const dyad_token *t, size_t i, size_t end, int seen_noun)
{
    int p = t[i].pos;
    int next = i + 1 < end ? t[i + 1].pos : DYAD_POS_NONE;
    /* "called on Gondor late Sunday": the time expression says when; it is not part of the name */
    if (seen_noun && !takes_weekday(&t[i - 1]) && time_expression_length(t, i, end)) return 0;
    if (dyad_pos_is_adj(p)) return !seen_noun || dyad_pos_is_noun(next) || dyad_pos_is_adj(next);
    if (dyad_pos_is_noun(p) || p == DYAD_POS_CD || p == DYAD_POS_DOLLAR) return 1;
    /* "Ukraine 's foreign minister": the possessive continues the phrase when a noun phrase follows */
    if (p == DYAD_POS_POS) return i + 1 < end && np_start(&t[i + 1]) && t[i + 1].pos != DYAD_POS_PRP;
    /* participles used as adjectives: "the armed forces", "the ruling party" */
    if ((p == DYAD_POS_VBN || p == DYAD_POS_VBG) && dyad_pos_is_noun(next)) return 1;
    /* "%" after a number, hyphenated pieces */
    if (strcmp(t[i].text, "%") == 0) return 1;
    /* "the big and powerful army": adjectives joined by "and" before their noun; the second is often
     * a nationality the tagger reads as a proper noun ("Egyptian and Qatari mediators") */
    if (p == DYAD_POS_CC && !seen_noun && i > 0 && dyad_pos_is_adj(t[i - 1].pos) && i + 2 < end
        && (dyad_pos_is_adj(t[i + 1].pos) || t[i + 1].pos == DYAD_POS_NNP)
        && (dyad_pos_is_noun(t[i + 2].pos) || dyad_pos_is_adj(t[i + 2].pos)))
        return 1;
    return 0;
}

static uint32_t add_chunk(dyad_document *doc, enum dyad_chunk_type type, size_t first, size_t end)
{
    dyad_grow((void **)&doc->chunks, &doc->cap_chunks, doc->n_chunks + 1, sizeof *doc->chunks);
    dyad_chunk *c = &doc->chunks[doc->n_chunks];
    memset(c, 0, sizeof *c);
    c->type = (uint8_t)type;
    c->first = (uint32_t)first;
    c->end = (uint32_t)end;
    c->head = (uint32_t)(end - 1);
    c->link = DYAD_NO_CHUNK;
    c->clause = UINT32_MAX;
    for (size_t i = first; i < end; i++) {
        doc->tokens[i].chunk = (uint8_t)((i == first ? 0 : 0x80) | (type + 1));
        doc->tokens[i].chunk_index = (uint32_t)doc->n_chunks;
    }
    return (uint32_t)doc->n_chunks++;
}

static size_t scan_np(dyad_document *doc, size_t i, size_t end)
{
    dyad_token *t = doc->tokens;
    size_t first = i;
    uint16_t flags = 0;
    if (t[i].pos == DYAD_POS_PRP || t[i].pos == DYAD_POS_EX) {
        i++;
        flags |= DYAD_NP_PRONOUN;
    } else {
        while (i < end
               && (t[i].pos == DYAD_POS_PDT || t[i].pos == DYAD_POS_DT || t[i].pos == DYAD_POS_PRPS
                   || t[i].pos == DYAD_POS_WPS))
            i++;
        int seen_noun = 0;
        while (i < end && np_continues(t, i, end, seen_noun)) {
            if (t[i].pos == DYAD_POS_POS) flags |= DYAD_NP_POSSESSIVE;
            seen_noun = dyad_pos_is_noun(t[i].pos) && t[i].pos != DYAD_POS_POS;
            i++;
        }
        if (i == first) i++; /* a lone determiner */
    }
    uint32_t c = add_chunk(doc, DYAD_CHUNK_NP, first, i);
    dyad_chunk *ch = &doc->chunks[c];
    /* head: the last noun, else the last token */
    for (size_t k = i; k-- > first;)
        if (dyad_pos_is_noun(t[k].pos) || t[k].pos == DYAD_POS_PRP || t[k].pos == DYAD_POS_CD) {
            ch->head = (uint32_t)k;
            break;
        }
    if (dyad_pos_is_proper(t[ch->head].pos)) flags |= DYAD_NP_PROPER;
    ch->flags = flags;
    return i;
}

/* A time expression as a noun phrase of its own, whatever its words' tags ("early" RB, "late" JJ,
 * "Sunday" NNP). */
static size_t scan_time_np(dyad_document *doc, size_t i, size_t end)
{
    size_t np_end = i + time_expression_length(doc->tokens, i, end);
    uint32_t c = add_chunk(doc, DYAD_CHUNK_NP, i, np_end);
    doc->chunks[c].flags = DYAD_NP_TIME;
    return np_end;
}

static size_t scan_vp(dyad_document *doc, size_t i, size_t end)
{
    dyad_token *t = doc->tokens;
    size_t first = i;
    uint16_t flags = 0;
    if (t[i].pos == DYAD_POS_TO) {
        flags |= DYAD_VP_INFINITIVE;
        i++;
    }
    size_t last_verb = i;
    int saw_be = 0, verbs = 0;
    while (i < end) {
        int p = t[i].pos;
        if (p == DYAD_POS_MD) {
            flags |= DYAD_VP_MODAL;
            if (strcmp(t[i].lemma, "will") == 0 || strcmp(t[i].lemma, "shall") == 0) flags |= DYAD_VP_FUTURE;
        } else if (dyad_pos_is_verb(p)) {
            if (saw_be && p == DYAD_POS_VBN) flags |= DYAD_VP_PASSIVE;
            if (saw_be && p == DYAD_POS_VBG) flags |= DYAD_VP_PROGRESSIVE;
            if (verbs && strcmp(t[last_verb].lemma, "have") == 0
                && (p == DYAD_POS_VBN
                    || p == DYAD_POS_VBD)) /* "had not met": taggers read irregular participles as past */
                flags |= DYAD_VP_PERFECT;
            saw_be = strcmp(t[i].lemma, "be") == 0
                     || (strcmp(t[i].lemma, "get") == 0 && i + 1 < end && t[i + 1].pos == DYAD_POS_VBN);
            if (p == DYAD_POS_VBN && saw_be == 0 && verbs == 0 && flags == 0) { /* plain past participle */
            }
            last_verb = i;
            verbs++;
            /* a main verb that is not an auxiliary ends the group unless a particle follows */
            if (!is_aux_lemma(t[i].lemma) && !(i + 1 < end && t[i + 1].pos == DYAD_POS_RP)) {
                i++;
                break;
            }
        } else if (p == DYAD_POS_RB || p == DYAD_POS_RBR) {
            if (dyad_is_negation(&t[i])) flags |= DYAD_VP_NEGATED;
            /* adverbs only inside the group, before another verb */
            size_t k = i + 1;
            while (k < end && dyad_pos_is_adverb(t[k].pos)) k++;
            if (!(k < end && (dyad_pos_is_verb(t[k].pos) || t[k].pos == DYAD_POS_MD)) || !verbs) {
                if (!verbs && !(flags & DYAD_VP_MODAL)) break;
                if (!(k < end && dyad_pos_is_verb(t[k].pos))) break;
            }
        } else if (p == DYAD_POS_RP && verbs) {
            /* particle of a phrasal verb: "carried out", "called off" */
        } else {
            break;
        }
        i++;
    }
    /* trailing particle */
    while (i < end && t[i].pos == DYAD_POS_RP) i++;
    if (i == first) i++;
    /* strip trailing adverbs that did not lead to a verb */
    size_t chunk_end = i;
    while (chunk_end > first + 1 && dyad_pos_is_adverb(t[chunk_end - 1].pos) && !dyad_is_negation(&t[chunk_end - 1]))
        chunk_end--;
    uint32_t c = add_chunk(doc, DYAD_CHUNK_VP, first, chunk_end);
    doc->chunks[c].head = (uint32_t)last_verb;
    doc->chunks[c].flags = flags;
    return chunk_end;
}

/* "which", "who", "whose" ("Uganda, whose troops serve in Somalia, said ..."), "where" */
static int is_wh_word(const dyad_token *t)
{
    return t->pos == DYAD_POS_WDT || t->pos == DYAD_POS_WP || t->pos == DYAD_POS_WPS || t->pos == DYAD_POS_WRB;
}

static int is_subordinator(const dyad_token *t)
{
    if (is_wh_word(t)) return 1;
    return t->pos == DYAD_POS_IN && lemma_in(t, DYAD_WC_MASK(DYAD_WC_SUBORDINATOR));
}

/* A subordinator that introduces a clause (a verb follows before the next punctuation). */
static int introduces_clause(const dyad_token *t, size_t i, size_t end)
{
    if (!is_subordinator(&t[i])) return 0;
    if (is_wh_word(&t[i])) return 1;
    for (size_t k = i + 1; k < end && k < i + 12; k++) {
        if (t[k].pos == DYAD_POS_COMMA || t[k].pos == DYAD_POS_SENT) return 0;
        if (dyad_pos_is_verb(t[k].pos) || t[k].pos == DYAD_POS_MD) return t[k].pos != DYAD_POS_VBG || k > i + 1;
    }
    return 0;
}

static int is_number_modifier(const dyad_token *t) { return lemma_in(t, DYAD_WC_MASK(DYAD_WC_NUMBER_MODIFIER)); }

static void chunk_tokens(dyad_document *doc, size_t first, size_t end)
{
    dyad_token *t = doc->tokens;
    for (size_t i = first; i < end;) {
        int p = t[i].pos;
        if (p == DYAD_POS_VBG && i + 1 < end && strcasecmp(t[i].text, "according") == 0
            && t[i + 1].pos == DYAD_POS_TO) {
            /* "according to": a two-word preposition */
            add_chunk(doc, DYAD_CHUNK_PP, i, i + 2);
            i += 2;
        } else if ((p == DYAD_POS_IN || p == DYAD_POS_RB) && i + 1 < end && t[i + 1].pos == DYAD_POS_CD
                   && is_number_modifier(&t[i])) {
            /* "about 2.5 million people": the modifier belongs to the number's noun phrase */
            i = scan_np(doc, i + 1, end);
            dyad_chunk *np = &doc->chunks[doc->n_chunks - 1];
            np->first--;
            t[np->first].chunk = (uint8_t)(DYAD_CHUNK_NP + 1);
            t[np->first].chunk_index = (uint32_t)(doc->n_chunks - 1);
            t[np->first + 1].chunk = (uint8_t)(0x80 | (DYAD_CHUNK_NP + 1));
        } else if (p == DYAD_POS_IN && i + 1 < end && t[i + 1].pos == DYAD_POS_JJS && strcmp(t[i].lemma, "at") == 0) {
            /* "at least three civilians": a quantifier, not a prepositional phrase */
            add_chunk(doc, DYAD_CHUNK_ADVP, i, i + 2);
            i += 2;
        } else if (introduces_clause(t, i, end)) {
            add_chunk(doc, DYAD_CHUNK_SBAR, i, i + 1);
            i++;
        } else if (p == DYAD_POS_IN
                   || (p == DYAD_POS_TO
                       && !(i + 1 < end && (t[i + 1].pos == DYAD_POS_VB || dyad_pos_is_adverb(t[i + 1].pos))))) {
            add_chunk(doc, DYAD_CHUNK_PP, i, i + 1);
            i++;
        } else if (p == DYAD_POS_MD || dyad_pos_is_verb(p) || p == DYAD_POS_TO) {
            i = scan_vp(doc, i, end);
        } else if ((dyad_pos_is_adverb(p)) && i + 1 < end
                   && (dyad_pos_is_verb(t[i + 1].pos) || t[i + 1].pos == DYAD_POS_MD)
                   && !(i > first && dyad_pos_is_verb(t[i - 1].pos))) {
            /* "also said", "never attacked": the adverb joins the verb group */
            size_t j = scan_vp(doc, i + 1, end);
            dyad_chunk *c = &doc->chunks[doc->n_chunks - 1];
            c->first = (uint32_t)i;
            if (dyad_is_negation(&t[i])) c->flags |= DYAD_VP_NEGATED;
            t[i].chunk = (uint8_t)(DYAD_CHUNK_VP + 1);
            t[i].chunk_index = (uint32_t)(doc->n_chunks - 1);
            t[i + 1].chunk = (uint8_t)(0x80 | (DYAD_CHUNK_VP + 1));
            i = j;
        } else if (time_expression_length(t, i, end)) {
            i = scan_time_np(doc, i, end);
        } else if (np_start(&t[i]) && !(dyad_pos_is_adj(p) && !(i + 1 < end && np_continues(t, i + 1, end, 0)))) {
            i = scan_np(doc, i, end);
        } else if (dyad_pos_is_adverb(p)) {
            size_t j = i + 1;
            while (j < end && dyad_pos_is_adverb(t[j].pos)) j++;
            add_chunk(doc, DYAD_CHUNK_ADVP, i, j);
            i = j;
        } else if (dyad_pos_is_adj(p)) {
            add_chunk(doc, DYAD_CHUNK_ADJP, i, i + 1);
            i++;
        } else {
            add_chunk(doc, DYAD_CHUNK_O, i, i + 1);
            i++;
        }
    }
}

/* ---- relations between chunks ---- */

static int chunk_is(const dyad_document *doc, size_t c, size_t end, enum dyad_chunk_type type)
{
    return c < end && doc->chunks[c].type == type;
}

/* Is chunk c one token, text? Asked of most chunks several times over; the first byte
 * rules out most before they are compared. */
static int chunk_text_is(const dyad_document *doc, size_t c, size_t end, const char *text)
{
    if (c >= end || doc->chunks[c].end - doc->chunks[c].first != 1) return 0;
    const char *w = doc->tokens[doc->chunks[c].first].text;
    return w[0] == text[0] && strcmp(w, text) == 0;
}

/* "In Doha, Qatari and Egyptian mediators ...": the comma after a sentence-opening prepositional
 * phrase closes it; it does not start a list. */
static int ends_fronted_phrase(const dyad_document *doc, size_t np, size_t first)
{
    return doc->chunks[np].relation == DYAD_REL_PP_OBJECT && doc->chunks[np].link == first;
}

static int is_conjunction(const dyad_document *doc, size_t k, size_t end)
{
    return chunk_text_is(doc, k, end, "and") || chunk_text_is(doc, k, end, "or") || chunk_text_is(doc, k, end, "nor");
}

static void link_chunks(dyad_document *doc, size_t first, size_t end)
{
    dyad_chunk *c = doc->chunks;
    for (size_t i = first; i < end; i++) {
        /* PP -> its object NP */
        if (c[i].type == DYAD_CHUNK_PP && chunk_is(doc, i + 1, end, DYAD_CHUNK_NP)) {
            c[i + 1].relation = DYAD_REL_PP_OBJECT;
            c[i + 1].link = (uint32_t)i;
        }
        /* "vowed to retaliate": the infinitive depends on the verb before it */
        if (c[i].type == DYAD_CHUNK_VP && (c[i].flags & DYAD_VP_INFINITIVE) && i > first) {
            size_t k = i - 1;
            if (c[k].type == DYAD_CHUNK_NP && k > first) k--; /* "urged Russia to stop" */
            if (c[k].type == DYAD_CHUNK_VP) {
                c[i].relation = DYAD_REL_INFINITIVE_OF;
                c[i].link = (uint32_t)k;
            }
        }
        if (c[i].type != DYAD_CHUNK_NP) continue;
        /* "the European Union (EU)": a name in brackets after a noun phrase is another name for it */
        if (chunk_text_is(doc, i + 1, end, "(") && chunk_is(doc, i + 2, end, DYAD_CHUNK_NP)
            && chunk_text_is(doc, i + 3, end, ")")) {
            c[i + 2].relation = DYAD_REL_APPOSITION;
            c[i + 2].link = (uint32_t)i;
        }
        /* coordination: NP and NP, NP , NP and NP, NP , NP , and NP */
        size_t root = c[i].relation == DYAD_REL_COORDINATE ? c[i].link : i;
        if (is_conjunction(doc, i + 1, end)
            || (chunk_text_is(doc, i + 1, end, ",") && is_conjunction(doc, i + 2, end)
                && c[i].relation == DYAD_REL_COORDINATE)) {
            size_t next = is_conjunction(doc, i + 1, end) ? i + 2 : i + 3;
            if (chunk_is(doc, next, end, DYAD_CHUNK_NP)) {
                c[next].relation = DYAD_REL_COORDINATE;
                c[next].link = (uint32_t)root;
            }
        } else if (chunk_text_is(doc, i + 1, end, ",") && chunk_is(doc, i + 2, end, DYAD_CHUNK_NP)
                   && !ends_fronted_phrase(doc, i, first)) {
            /* a list continues with "and" (", and"); an apposition is closed by a comma, the verb or the end */
            size_t k = i + 2;
            int oxford = chunk_text_is(doc, k + 1, end, ",") && is_conjunction(doc, k + 2, end)
                         && chunk_is(doc, k + 3, end, DYAD_CHUNK_NP);
            if (oxford || (chunk_text_is(doc, k + 1, end, ",") && chunk_is(doc, k + 2, end, DYAD_CHUNK_NP))) {
                c[k].relation = DYAD_REL_COORDINATE;
                c[k].link = (uint32_t)(c[i].relation == DYAD_REL_COORDINATE ? c[i].link : i);
            } else if (is_conjunction(doc, k + 1, end)) {
                c[k].relation = DYAD_REL_COORDINATE;
                c[k].link = (uint32_t)(c[i].relation == DYAD_REL_COORDINATE ? c[i].link : i);
            } else if (c[i].relation != DYAD_REL_COORDINATE) {
                size_t after = k + 1;
                while (after < end && (c[after].type == DYAD_CHUNK_PP || c[after].type == DYAD_CHUNK_NP)) after++;
                if (after >= end || chunk_text_is(doc, after, end, ",") || chunk_text_is(doc, after, end, ".")) {
                    c[k].relation = DYAD_REL_APPOSITION;
                    c[k].link = (uint32_t)i;
                }
            }
        }
    }
}

/* ---- clauses ---- */

static uint32_t add_clause(dyad_document *doc, enum dyad_clause_kind kind, size_t first_chunk, uint32_t parent)
{
    dyad_grow((void **)&doc->clauses, &doc->cap_clauses, doc->n_clauses + 1, sizeof *doc->clauses);
    dyad_clause *cl = &doc->clauses[doc->n_clauses];
    cl->kind = (uint8_t)kind;
    cl->first_chunk = cl->end_chunk = (uint32_t)first_chunk;
    cl->parent = parent;
    cl->subject = cl->verb = cl->object = DYAD_NO_CHUNK;
    return (uint32_t)doc->n_clauses++;
}

/* A verb group that can head a clause: not an infinitive, not a bare participle ("speaking in Kyiv"). */
static int is_finite_vp(const dyad_document *doc, size_t c)
{
    const dyad_chunk *ch = &doc->chunks[c];
    if (ch->type != DYAD_CHUNK_VP || (ch->flags & DYAD_VP_INFINITIVE)) return 0;
    int first_pos = doc->tokens[ch->first].pos;
    size_t first = ch->first;
    while (first < ch->end && dyad_pos_is_adverb(doc->tokens[first].pos)) first_pos = doc->tokens[++first].pos;
    return !(first_pos == DYAD_POS_VBG || (first_pos == DYAD_POS_VBN && first == ch->head));
}

static int is_reporting_vp(const dyad_document *doc, size_t c);

/* "facing protests", "backed by allies": a verb group that describes rather than predicates. */
static int is_participle_vp(const dyad_document *doc, size_t c, size_t end)
{
    return chunk_is(doc, c, end, DYAD_CHUNK_VP) && !(doc->chunks[c].flags & DYAD_VP_INFINITIVE)
           && !is_finite_vp(doc, c);
}

/* The reporting verb group right before chunk c, past adverbs and prepositional phrases ("said on
 * Friday", "said in a statement"); SIZE_MAX when there is none. */
static size_t reporting_vp_before(const dyad_document *doc, size_t c, size_t from)
{
    size_t k = c;
    while (k > from) {
        const dyad_chunk *prev = &doc->chunks[k - 1];
        if (prev->type == DYAD_CHUNK_ADVP) {
            k--;
            continue;
        }
        if (prev->type == DYAD_CHUNK_NP && k - 1 > from && doc->chunks[k - 2].type == DYAD_CHUNK_PP) {
            k -= 2;
            continue;
        }
        break;
    }
    return k > from && is_reporting_vp(doc, k - 1) ? k - 1 : SIZE_MAX;
}

static int is_reporting_vp(const dyad_document *doc, size_t c)
{
    return is_finite_vp(doc, c) && dyad_lemma_is(&doc->tokens[doc->chunks[c].head], DYAD_WC_REPORTING_VERB);
}

/* Does a clause (noun phrase then finite verb) start at chunk c, before the next comma? */
static int clause_follows(const dyad_document *doc, size_t c, size_t end)
{
    if (c >= end) return 0;
    size_t k = c;
    if (chunk_text_is(doc, k, end, ":") || chunk_text_is(doc, k, end, "``")) k++;
    if (k < end && doc->chunks[k].type == DYAD_CHUNK_ADVP) k++; /* "said at least five people were killed" */
    if (k >= end || doc->chunks[k].type != DYAD_CHUNK_NP) return 0;
    for (; k < end && k < c + 10; k++) {
        if (doc->chunks[k].type == DYAD_CHUNK_SBAR) return 0;
        if (chunk_text_is(doc, k, end, ",") && doc->chunks[k + 1 < end ? k + 1 : k].relation != DYAD_REL_APPOSITION)
            return 0;
        if (is_finite_vp(doc, k)) return 1;
    }
    return 0;
}

/* Does the reporting verb group v have what was said after it: "said he had ...", "told reporters
 * that ...", "said that ..."? */
static int reported_clause_after(const dyad_document *doc, size_t v, size_t end)
{
    size_t k = v + 1;
    if (chunk_is(doc, k, end, DYAD_CHUNK_NP) && !clause_follows(doc, k, end)) k++; /* the hearer: "told reporters" */
    return (chunk_is(doc, k, end, DYAD_CHUNK_SBAR) && strcmp(doc->tokens[doc->chunks[k].head].lemma, "that") == 0)
           || clause_follows(doc, k, end);
}

/* ", as negotiators resumed talks", ", after ...", ", while ...": a clause or phrase that only adds
 * circumstances, which may follow a trailing reporting clause. */
static int starts_circumstance(const dyad_document *doc, size_t k, size_t end)
{
    if (k >= end) return 0;
    if (doc->chunks[k].type == DYAD_CHUNK_SBAR) return 1;
    /* "hours after ...", "days before ..." */
    if (doc->chunks[k].type == DYAD_CHUNK_NP && lemma_in(&doc->tokens[doc->chunks[k].head], TIME_SPAN))
        return starts_circumstance(doc, k + 1, end);
    return (doc->chunks[k].type == DYAD_CHUNK_PP || doc->chunks[k].type == DYAD_CHUNK_O)
           && lemma_in(&doc->tokens[doc->chunks[k].head], DYAD_WC_MASK(DYAD_WC_CIRCUMSTANCE));
}

/* ", X said." / ", said X." at the end of a sentence: returns the chunk where that clause begins,
 * else 0. */
static size_t trailing_reporting_clause(const dyad_document *doc, size_t first, size_t end)
{
    size_t last = end;
    while (last > first && doc->chunks[last - 1].type == DYAD_CHUNK_O && !chunk_text_is(doc, last - 1, end, ",")
           && !chunk_text_is(doc, last - 1, end, "''"))
        last--;
    /* "..., officials said." or "..., officials said, as talks resumed." */
    size_t segment_end = last;
    int passed_circumstance = 0;
    for (size_t i = last; i-- > first + 1;) {
        if (!chunk_text_is(doc, i, end, ",") && !chunk_text_is(doc, i, end, "''")) continue;
        size_t k = i + 1;
        while (k < segment_end && (chunk_text_is(doc, k, end, ",") || chunk_text_is(doc, k, end, "''"))) k++;
        /* the speaker and the reporting verb: ", officials said", ", said the ministry" - not
         * ", targeting companies it said had ..." */
        for (size_t v = k; v < segment_end && v < k + 6; v++) {
            if (doc->chunks[v].type == DYAD_CHUNK_VP) {
                /* "Macron, who chaired the meeting, said he had ...": a reporting verb followed by
                 * what was said is the main clause's, after a parenthesis about its subject */
                if (is_reporting_vp(doc, v)) return reported_clause_after(doc, v, end) ? 0 : k;
                break;
            }
            if (doc->chunks[v].type == DYAD_CHUNK_SBAR) break;
        }
        if (passed_circumstance || !starts_circumstance(doc, k, segment_end)) return 0;
        passed_circumstance = 1;
        segment_end = i;
    }
    return 0;
}

/* "\"We will not negotiate,\" the minister told reporters, adding ...": when a sentence opens with a
 * quotation that a reporting verb follows, returns the chunk after the closing quote, else 0. */
static size_t quotation_reporting_clause(const dyad_document *doc, size_t first, size_t end)
{
    if (!chunk_text_is(doc, first, end, "``")) return 0;
    for (size_t c = first + 1; c + 1 < end; c++) {
        if (!chunk_text_is(doc, c, end, "''")) continue;
        if (!(chunk_text_is(doc, c - 1, end, ",") || chunk_text_is(doc, c - 1, end, "?")
              || chunk_text_is(doc, c - 1, end, "!")))
            return 0;
        for (size_t v = c + 1; v < end && v < c + 6; v++) {
            if (is_reporting_vp(doc, v)) return c + 1;
            if (doc->chunks[v].type != DYAD_CHUNK_NP && doc->chunks[v].type != DYAD_CHUNK_ADVP) return 0;
        }
        return 0;
    }
    return 0;
}

/* "Iran, the agency said, fired missiles at Israel": a reporting clause set off by commas between
 * the subject and its verb. Sets [*open, *close) to the chunks from the first comma to after the
 * second and returns 1, else 0. */
static int parenthetical_reporting_clause(const dyad_document *doc, size_t first, size_t end, size_t *open,
                                          size_t *close)
{
    if (first + 5 >= end || doc->chunks[first].type != DYAD_CHUNK_NP || !chunk_text_is(doc, first + 1, end, ","))
        return 0;
    size_t c = first + 2;
    if (doc->chunks[c].type != DYAD_CHUNK_NP) return 0;
    while (c < end && doc->chunks[c].type == DYAD_CHUNK_NP) c++;
    if (c + 2 >= end || !is_reporting_vp(doc, c)) return 0;
    /* "..., officials said on Monday, ...": when and how it was said may follow the verb */
    size_t comma = c + 1;
    while (comma < end && comma < c + 4
           && (doc->chunks[comma].type == DYAD_CHUNK_PP || doc->chunks[comma].type == DYAD_CHUNK_ADVP
               || (doc->chunks[comma].type == DYAD_CHUNK_NP && (doc->chunks[comma].flags & DYAD_NP_TIME))))
        comma++;
    if (comma + 1 >= end || !chunk_text_is(doc, comma, end, ",") || !is_finite_vp(doc, comma + 1)) return 0;
    *open = first + 1;
    *close = comma + 1;
    return 1;
}

/* The chunk that stands for a noun phrase in a role: the first conjunct or the anchor of an apposition. */
/* "June 25", "Friday", "yesterday", "late Sunday": a noun phrase that says when. */
static int is_time_expression(const dyad_document *doc, size_t c)
{
    /* by its first word: "the floods yesterday" names floods, "Friday's attack" an attack */
    const dyad_chunk *ch = &doc->chunks[c];
    return (ch->flags & DYAD_NP_TIME)
           || (!(ch->flags & DYAD_NP_POSSESSIVE) && lemma_in(&doc->tokens[ch->first], MONTH | WEEKDAY | RELATIVE_DAY));
}

/* The noun phrase that chunk c stands for when it can fill a role in its clause, else
 * DYAD_NO_CHUNK. Conjuncts of a prepositional object ("of Arnor, Osgiliath and Gondor") are not
 * free either. */
static uint32_t free_np(const dyad_document *doc, size_t c)
{
    if (doc->chunks[c].type != DYAD_CHUNK_NP) return DYAD_NO_CHUNK;
    uint32_t np = dyad_np_anchor(doc, (uint32_t)c);
    return doc->chunks[np].relation == DYAD_REL_PP_OBJECT ? DYAD_NO_CHUNK : np;
}

/* A clause without a verb is what is left of one whose verb went elsewhere ("Macron, who ...,
 * said"): its last free noun phrase stands in as the subject, unless it is a date, which says
 * when, not who. */
static uint32_t verbless_subject(const dyad_document *doc, uint32_t k, size_t first, size_t end)
{
    for (size_t c = end; c-- > first;) {
        if (doc->chunks[c].clause != k) continue;
        uint32_t np = free_np(doc, c);
        if (np != DYAD_NO_CHUNK && !is_time_expression(doc, np)) return np;
    }
    return DYAD_NO_CHUNK;
}

/* Subject, verb and object of a clause from the chunks assigned to it. */
static void clause_roles(dyad_document *doc, uint32_t k, size_t first, size_t end)
{
    dyad_clause *cl = &doc->clauses[k];
    uint32_t last_np = DYAD_NO_CHUNK;
    int in_aside = 0;
    for (size_t c = first; c < end; c++) {
        if (doc->chunks[c].clause != k) continue;
        if (c < cl->first_chunk) cl->first_chunk = (uint32_t)c;
        cl->end_chunk = (uint32_t)c + 1;
        /* "Ruto, facing protests, said ...": a participle phrase between commas describes the
         * subject, so its noun phrases cannot be the subject */
        if (chunk_text_is(doc, c, end, ",")) in_aside = cl->verb == DYAD_NO_CHUNK && is_participle_vp(doc, c + 1, end);
        uint32_t np = in_aside ? DYAD_NO_CHUNK : free_np(doc, c);
        /* a time expression says when, so it is a role only when nothing else can be: "Sunday
         * saw heavy fighting", but "Gondor late Sunday rejected ...", "Israel struck Gaza late
         * Sunday". Names led by a month ("May Day") stay objects. */
        int date = np != DYAD_NO_CHUNK && (doc->chunks[np].flags & DYAD_NP_TIME);
        if (cl->verb == DYAD_NO_CHUNK) {
            if (is_finite_vp(doc, c)) {
                cl->verb = (uint32_t)c;
                cl->subject = last_np;
            } else if (np != DYAD_NO_CHUNK && !(date && last_np != DYAD_NO_CHUNK))
                last_np = np;
        } else if (cl->object == DYAD_NO_CHUNK && np != DYAD_NO_CHUNK && !date) {
            cl->object = np;
        }
    }
    if (cl->verb == DYAD_NO_CHUNK) cl->subject = verbless_subject(doc, k, first, end);
    /* "..., said Russia's foreign ministry": the subject follows the reporting verb */
    if (cl->kind == DYAD_CLAUSE_REPORTING && cl->subject == DYAD_NO_CHUNK) {
        cl->subject = cl->object;
        cl->object = DYAD_NO_CHUNK;
    }
    if (cl->subject != DYAD_NO_CHUNK || cl->parent == UINT32_MAX) return;
    /* "which imposed sanctions": the relative clause's subject is the noun phrase it modifies */
    if (cl->kind == DYAD_CLAUSE_RELATIVE) {
        size_t c = cl->first_chunk;
        while (c > first && (doc->chunks[c - 1].type == DYAD_CHUNK_O || doc->chunks[c - 1].type == DYAD_CHUNK_SBAR))
            c--;
        if (c > first && doc->chunks[c - 1].type == DYAD_CHUNK_NP) cl->subject = dyad_np_anchor(doc, (uint32_t)c - 1);
    }
}

typedef struct {
    uint32_t clause;
    int closes_at_comma; /* a parenthetical clause: ", which ...," or a fronted "After ..., " */
    uint32_t verb;       /* first finite verb group seen in the clause, DYAD_NO_CHUNK until then */
} open_clause;

/* "X said Y had made progress but urged Z to ...": after a reported clause whose verb group has an
 * auxiliary, a coordinated bare past-tense verb of speaking or urging continues the reporter's clause,
 * not the report (the report's own continuation would share its auxiliary: "had ... and had urged"). */
static int continues_reporter(const dyad_document *doc, const open_clause *top, size_t next)
{
    if (doc->clauses[top->clause].kind != DYAD_CLAUSE_REPORTED || top->verb == DYAD_NO_CHUNK) return 0;
    const dyad_chunk *said = &doc->chunks[top->verb], *next_vp = &doc->chunks[next];
    if (!is_aux_lemma(doc->tokens[said->first].lemma) && doc->tokens[said->first].pos != DYAD_POS_MD) return 0;
    if (next_vp->type != DYAD_CHUNK_VP || next_vp->first != next_vp->head) return 0;
    const dyad_token *verb = &doc->tokens[next_vp->head];
    return verb->pos == DYAD_POS_VBD
           && (dyad_lemma_is(verb, DYAD_WC_REPORTING_VERB) || lemma_in(verb, DYAD_WC_MASK(DYAD_WC_DIRECTIVE_VERB)));
}

/* Assigns the chunks in [from, to) to clauses, opening nested and coordinate clauses under root. */
static void walk_clauses(dyad_document *doc, size_t end, size_t from, size_t to, uint32_t root)
{
    open_clause stack[32];
    int depth = 0;
    stack[0] = (open_clause){root, 0, DYAD_NO_CHUNK};
    for (size_t c = from; c < to; c++) {
        dyad_chunk *ch = &doc->chunks[c];
        open_clause *top = &stack[depth];
        int after_comma = c > from && chunk_text_is(doc, c - 1, end, ",");
        if (chunk_text_is(doc, c, end, ",") && top->closes_at_comma && top->verb != DYAD_NO_CHUNK && depth > 0) {
            depth--;
        } else if (ch->type == DYAD_CHUNK_SBAR && depth < 31) {
            const dyad_token *w = &doc->tokens[ch->head];
            int wh = w->pos == DYAD_POS_WDT || w->pos == DYAD_POS_WP || w->pos == DYAD_POS_WPS;
            int is_that = strcmp(w->lemma, "that") == 0;
            size_t prev = after_comma ? c - 2 : c - 1;
            int after_np = c > from + (after_comma ? 1 : 0) && doc->chunks[prev].type == DYAD_CHUNK_NP;
            size_t v = reporting_vp_before(doc, c, from);
            int after_report =
                v != SIZE_MAX
                || (c > from + 1 && is_reporting_vp(doc, c - 2) && doc->chunks[c - 1].type == DYAD_CHUNK_NP);
            enum dyad_clause_kind kind = is_that && after_report       ? DYAD_CLAUSE_REPORTED
                                         : (wh || is_that) && after_np ? DYAD_CLAUSE_RELATIVE
                                                                       : DYAD_CLAUSE_SUBORDINATE;
            int fronted = top->verb == DYAD_NO_CHUNK && kind == DYAD_CLAUSE_SUBORDINATE;
            stack[++depth] = (open_clause){add_clause(doc, kind, c, top->clause),
                                           (kind == DYAD_CLAUSE_RELATIVE && after_comma) || fronted, DYAD_NO_CHUNK};
        } else if (c > from && top->verb != DYAD_NO_CHUNK && top->verb == reporting_vp_before(doc, c, from)
                   && clause_follows(doc, c, to) && depth < 31) {
            /* "X said Y attacked Z", "X said on Friday it had ...": the reported clause follows the verb */
            stack[++depth] = (open_clause){add_clause(doc, DYAD_CLAUSE_REPORTED, c, top->clause), 0, DYAD_NO_CHUNK};
        } else if (top->verb != DYAD_NO_CHUNK && c + 1 < to
                   && (chunk_text_is(doc, c, end, ";")
                       || ((chunk_text_is(doc, c, end, "and") || chunk_text_is(doc, c, end, "but"))
                           && (is_finite_vp(doc, c + 1) || clause_follows(doc, c + 1, to))))) {
            if (depth > 0 && continues_reporter(doc, top, c + 1)) top = &stack[--depth];
            uint32_t parent = doc->clauses[top->clause].parent;
            uint32_t previous = top->clause;
            *top = (open_clause){add_clause(doc, DYAD_CLAUSE_COORDINATE, c, parent), 0, DYAD_NO_CHUNK};
            doc->clauses[top->clause].subject = previous; /* remembered until roles are found */
        }
        top = &stack[depth];
        ch->clause = top->clause;
        if (top->verb == DYAD_NO_CHUNK && is_finite_vp(doc, c)) top->verb = (uint32_t)c;
    }
}

static void segment_clauses(dyad_document *doc, dyad_sentence *s)
{
    size_t first = s->first_chunk, end = first + s->n_chunks;
    s->first_clause = (uint32_t)doc->n_clauses;
    /* The reporting clause comes first in the clause list: "X said" governs what was said. */
    size_t report_at = quotation_reporting_clause(doc, first, end), open, close;
    if (!report_at) report_at = trailing_reporting_clause(doc, first, end);
    if (!report_at && parenthetical_reporting_clause(doc, first, end, &open, &close)) {
        uint32_t reporting = add_clause(doc, DYAD_CLAUSE_REPORTING, open, UINT32_MAX);
        uint32_t reported = add_clause(doc, DYAD_CLAUSE_REPORTED, first, reporting);
        walk_clauses(doc, end, first, open, reported);
        walk_clauses(doc, end, open, close, reporting);
        walk_clauses(doc, end, close, end, reported);
    } else if (report_at) {
        uint32_t reporting = add_clause(doc, DYAD_CLAUSE_REPORTING, report_at, UINT32_MAX);
        uint32_t reported = add_clause(doc, DYAD_CLAUSE_REPORTED, first, reporting);
        walk_clauses(doc, end, report_at, end, reporting);
        walk_clauses(doc, end, first, report_at, reported);
    } else {
        walk_clauses(doc, end, first, end, add_clause(doc, DYAD_CLAUSE_MAIN, first, UINT32_MAX));
    }
    s->n_clauses = (uint32_t)(doc->n_clauses - s->first_clause);
    for (uint32_t k = s->first_clause; k < doc->n_clauses; k++) {
        dyad_clause *cl = &doc->clauses[k];
        uint32_t previous = cl->kind == DYAD_CLAUSE_COORDINATE ? cl->subject : DYAD_NO_CHUNK;
        cl->subject = DYAD_NO_CHUNK;
        cl->first_chunk = (uint32_t)end;
        clause_roles(doc, k, first, end);
        /* A sentence without a verb ("NAIROBI, June 25 (Reuters) -", "Fresh clashes in Gao")
         * predicates nothing of its noun phrases, so none of them is its subject. */
        if (s->n_clauses == 1 && cl->verb == DYAD_NO_CHUNK) cl->subject = DYAD_NO_CHUNK;
        /* "... damaged buildings and killed civilians": a coordinate clause shares the subject */
        if (cl->subject == DYAD_NO_CHUNK && previous != DYAD_NO_CHUNK) cl->subject = doc->clauses[previous].subject;
    }
}

void dyad_find_chunks(dyad_document *doc)
{
    doc->n_chunks = doc->n_clauses = 0;
    for (size_t si = 0; si < doc->n_sentences; si++) {
        dyad_sentence *s = &doc->sentences[si];
        s->first_chunk = (uint32_t)doc->n_chunks;
        chunk_tokens(doc, s->first_token, s->first_token + s->n_tokens);
        s->n_chunks = (uint32_t)(doc->n_chunks - s->first_chunk);
        link_chunks(doc, s->first_chunk, s->first_chunk + s->n_chunks);
        segment_clauses(doc, s);
    }
}
