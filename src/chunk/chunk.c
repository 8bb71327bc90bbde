#include "chunk.h"
#include "chunk_parts.h"
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

/* ---- chunking ---- */

int dyad_is_aux_lemma(const char *l)
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
static int takes_weekday(const dyad_token *t) { return dyad_lemma_in(t, DYAD_WC_MASK(DYAD_WC_DAY_NAME_WORD)); }

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
    if (k < end && dyad_lemma_in(&t[k], PART_OF_DAY)) k++;
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
    /* "gave US diplomats 72 hours to leave", "gave Belarus 48 hours": a number after a plural
     * common noun, or before a time span, begins the second object; a number completes a singular
     * or proper name instead ("Resolution 1973", "June 25") */
    if (p == DYAD_POS_CD && i > 0
        && (t[i - 1].pos == DYAD_POS_NNS || (i + 1 < end && dyad_lemma_in(&t[i + 1], TIME_SPAN))))
        return 0;
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
    /* "two dozen drone and missile attacks": after a number, a singular noun joined by "and" to a
     * noun before a plural head modifies that head with it; "two dozen drone" is no phrase */
    if (p == DYAD_POS_CC && seen_noun && i >= 3 && t[i - 1].pos == DYAD_POS_NN
        && (t[i - 2].pos == DYAD_POS_CD || t[i - 3].pos == DYAD_POS_CD) && i + 2 < end && t[i + 1].pos == DYAD_POS_NN
        && t[i + 2].pos == DYAD_POS_NNS)
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
        int after_naming =
            first > 0 && dyad_pos_is_verb(t[first - 1].pos) && dyad_lemma_is(&t[first - 1], DYAD_WC_NAMING_VERB);
        while (i < end && np_continues(t, i, end, seen_noun)) {
            /* "called the protesters terrorists": after a verb of naming, a plural noun ends the
             * object; the noun after it is what the object is called */
            if (after_naming && i > first && t[i - 1].pos == DYAD_POS_NNS
                && (t[i].pos == DYAD_POS_NN || t[i].pos == DYAD_POS_NNS))
                break;
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
            if (!dyad_is_aux_lemma(t[i].lemma) && !(i + 1 < end && t[i + 1].pos == DYAD_POS_RP)) {
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
    return t->pos == DYAD_POS_IN && dyad_lemma_in(t, DYAD_WC_MASK(DYAD_WC_SUBORDINATOR));
}

/* A subordinator opens a clause when a verb follows it before the next comma, with a subject
 * between them: "since then has killed" is an adverbial ("since then") inside the main clause;
 * only "that" may be the subject itself ("the strike that killed 30"). */
static int introduces_clause(const dyad_token *t, size_t i, size_t end)
{
    if (!is_subordinator(&t[i])) return 0;
    if (is_wh_word(&t[i])) return 1;
    int subject = strcmp(t[i].lemma ? t[i].lemma : t[i].text, "that") == 0;
    for (size_t k = i + 1; k < end && k < i + 12; k++) {
        if (t[k].pos == DYAD_POS_COMMA || t[k].pos == DYAD_POS_SENT) return 0;
        if (dyad_pos_is_verb(t[k].pos) || t[k].pos == DYAD_POS_MD)
            return (t[k].pos != DYAD_POS_VBG || k > i + 1) && (subject || t[k].pos == DYAD_POS_VBG);
        subject |= dyad_pos_is_noun(t[k].pos) || t[k].pos == DYAD_POS_PRP || t[k].pos == DYAD_POS_CD
                   || t[k].pos == DYAD_POS_EX || t[k].pos == DYAD_POS_DT;
    }
    return 0;
}

static int is_number_modifier(const dyad_token *t) { return dyad_lemma_in(t, DYAD_WC_MASK(DYAD_WC_NUMBER_MODIFIER)); }

/* "more than 20,000 people", "up to 300 troops", "fewer than ten": the number of words of the bound
 * of an amount (data/lexicon/amount-bounds.txt) of two or three words that starts at token i and
 * that a number follows, else 0. Its "than" or "to" opens no prepositional phrase. */
static inline size_t amount_bound_length(const dyad_token *t, size_t i, size_t end)
{
    if (!(i + 2 < end && (t[i + 2].pos == DYAD_POS_CD || (i + 3 < end && t[i + 3].pos == DYAD_POS_CD)))) return 0;
    if (!(dyad_word_phrase_starts_n(t[i].text, strlen(t[i].text)) & DYAD_WC_MASK(DYAD_WC_AMOUNT_BOUND))) return 0;
    for (size_t n = 3; n >= 2; n--) {
        if (i + n >= end || t[i + n].pos != DYAD_POS_CD) continue;
        char phrase[64];
        size_t len = 0;
        for (size_t k = i; k < i + n; k++) {
            size_t w = strlen(t[k].text);
            if (len + w + 2 > sizeof phrase) return 0;
            if (k > i) phrase[len++] = ' ';
            memcpy(phrase + len, t[k].text, w);
            len += w;
        }
        if (dyad_word_classes_n(phrase, len) & DYAD_WC_MASK(DYAD_WC_AMOUNT_BOUND)) return n;
    }
    return 0;
}

/* The noun phrase of a number at token i + n, with the n words before it that modify the number
 * ("about", "more than"); returns the token after it. */
static size_t scan_np_with_modifier(dyad_document *doc, size_t i, size_t n, size_t end)
{
    dyad_token *t = doc->tokens;
    size_t next = scan_np(doc, i + n, end);
    dyad_chunk *np = &doc->chunks[doc->n_chunks - 1];
    for (size_t k = i; k < np->first; k++) t[k].chunk_index = (uint32_t)(doc->n_chunks - 1);
    for (size_t k = i; k < np->end; k++) t[k].chunk = (uint8_t)(0x80 | (DYAD_CHUNK_NP + 1));
    t[i].chunk = (uint8_t)(DYAD_CHUNK_NP + 1);
    np->first = (uint32_t)i;
    return next;
}

static void chunk_tokens(dyad_document *doc, size_t first, size_t end)
{
    dyad_token *t = doc->tokens;
    for (size_t i = first; i < end;) {
        int p = t[i].pos;
        size_t bound;
        if (p == DYAD_POS_VBG && i + 1 < end && strcasecmp(t[i].text, "according") == 0
            && t[i + 1].pos == DYAD_POS_TO) {
            /* "according to": a two-word preposition */
            add_chunk(doc, DYAD_CHUNK_PP, i, i + 2);
            i += 2;
        } else if ((p == DYAD_POS_IN || p == DYAD_POS_RB) && i + 1 < end && t[i + 1].pos == DYAD_POS_CD
                   && is_number_modifier(&t[i])) {
            /* "about 2.5 million people": the modifier belongs to the number's noun phrase */
            i = scan_np_with_modifier(doc, i, 1, end);
        } else if (p == DYAD_POS_IN && i + 1 < end && t[i + 1].pos == DYAD_POS_JJS && strcmp(t[i].lemma, "at") == 0) {
            /* "at least three civilians": a quantifier, not a prepositional phrase */
            add_chunk(doc, DYAD_CHUNK_ADVP, i, i + 2);
            i += 2;
        } else if ((bound = amount_bound_length(t, i, end)) != 0) {
            /* "more than 20,000 people": the bound belongs to the number's noun phrase */
            i = scan_np_with_modifier(doc, i, bound, end);
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
                   && (dyad_pos_is_verb(t[i + 1].pos) || t[i + 1].pos == DYAD_POS_MD
                       || (t[i + 1].pos == DYAD_POS_TO && i + 2 < end && t[i + 2].pos == DYAD_POS_VB))
                   && !(i > first && dyad_pos_is_verb(t[i - 1].pos) && t[i + 1].pos != DYAD_POS_TO)) {
            /* "also said", "never attacked", "not to use": the adverb joins the verb group */
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

int dyad_chunk_is(const dyad_document *doc, size_t c, size_t end, enum dyad_chunk_type type)
{
    return c < end && doc->chunks[c].type == type;
}

/* Is chunk c one token, text? Asked of most chunks several times over; the first byte
 * rules out most before they are compared. */
int dyad_chunk_text_is(const dyad_document *doc, size_t c, size_t end, const char *text)
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

int dyad_is_conjunction(const dyad_document *doc, size_t k, size_t end)
{
    return dyad_chunk_text_is(doc, k, end, "and") || dyad_chunk_text_is(doc, k, end, "or")
           || dyad_chunk_text_is(doc, k, end, "nor");
}

/* A verb group that can head a clause: not an infinitive, not a bare participle ("speaking in Kyiv"). */
int dyad_is_finite_vp(const dyad_document *doc, size_t c)
{
    const dyad_chunk *ch = &doc->chunks[c];
    if (ch->type != DYAD_CHUNK_VP || (ch->flags & DYAD_VP_INFINITIVE)) return 0;
    int first_pos = doc->tokens[ch->first].pos;
    size_t first = ch->first;
    while (first < ch->end && dyad_pos_is_adverb(doc->tokens[first].pos)) first_pos = doc->tokens[++first].pos;
    return !(first_pos == DYAD_POS_VBG || (first_pos == DYAD_POS_VBN && first == ch->head));
}

/* "urged the generals to end the violence and release prisoners": a bare verb right after "and",
 * when the verb group before it is an infinitive, shares that "to"; it is no finite verb of the
 * sentence's subject. */
static void share_infinitive_marker(dyad_document *doc, size_t vp, size_t first, size_t end)
{
    dyad_chunk *c = doc->chunks;
    if (c[vp].type != DYAD_CHUNK_VP || c[vp].flags || vp < first + 2 || doc->tokens[c[vp].first].pos != DYAD_POS_VB
        || !dyad_chunk_text_is(doc, vp - 1, end, "and"))
        return;
    for (size_t k = vp - 1; k-- > first;)
        if (c[k].type == DYAD_CHUNK_VP) {
            if (c[k].flags & DYAD_VP_INFINITIVE) c[vp].flags |= DYAD_VP_INFINITIVE;
            return;
        }
}

/* "Russia responded by launching missiles", "Germany joined France in condemning the attack": a
 * gerund right after "by" or "in", which follows a noun or an active verb of a clause with a
 * finite verb, is an act of that clause's subject ("is interested in buying" is not). */
static void mark_gerund_act(dyad_document *doc, size_t pp, size_t first, size_t end)
{
    dyad_chunk *c = doc->chunks;
    if (pp <= first || pp + 1 >= end || c[pp].type != DYAD_CHUNK_PP || c[pp + 1].type != DYAD_CHUNK_VP
        || c[pp + 1].first != c[pp + 1].head || doc->tokens[c[pp + 1].head].pos != DYAD_POS_VBG
        || (c[pp - 1].type != DYAD_CHUNK_NP
            && (c[pp - 1].type != DYAD_CHUNK_VP || (c[pp - 1].flags & DYAD_VP_PASSIVE)
                || strcmp(doc->tokens[c[pp - 1].head].lemma, "be") == 0))
        || (!dyad_head_is(doc, pp, "by") && !dyad_head_is(doc, pp, "in")))
        return;
    /* the nearest verb before it is the clause's finite verb: after another gerund ("accused
     * Mexico of abusing its immunity by sheltering a fugitive") it tells how that one was done */
    for (size_t k = pp; k-- > first;) {
        if (c[k].type != DYAD_CHUNK_VP) continue;
        if (dyad_is_finite_vp(doc, k)) c[pp + 1].flags |= DYAD_VP_GERUND_ACT;
        return;
    }
}

/* "Biden to visit Kyiv", "Putin, Xi to meet in Beijing": a sentence (a headline) with no finite
 * verb in its main clause whose subject is followed by an infinitive tells what the subject will
 * do ("Japan to free captain as row escalates": "escalates" is a subordinate clause's verb; "The
 * decision to free him was welcomed" has a finite verb of its own). */
static void mark_headline_future(dyad_document *doc, size_t first, size_t end)
{
    dyad_chunk *c = doc->chunks;
    for (size_t j = first; j < end && c[j].type != DYAD_CHUNK_SBAR; j++)
        if (dyad_is_finite_vp(doc, j)) return;
    size_t k = first;
    while (k < end
           && (c[k].type == DYAD_CHUNK_NP || dyad_chunk_text_is(doc, k, end, ",") || dyad_is_conjunction(doc, k, end)))
        k++;
    if (k == first || k >= end || c[k].type != DYAD_CHUNK_VP || !(c[k].flags & DYAD_VP_INFINITIVE)
        || c[k - 1].type != DYAD_CHUNK_NP)
        return;
    c[k].flags = (uint16_t)((c[k].flags & ~DYAD_VP_INFINITIVE) | DYAD_VP_FUTURE);
}

/* "Putin, Xi meet in Beijing", "Israel, Hamas agree truce": in a headline (no closing full stop) a
 * comma between two names before the verb stands for "and". */
int dyad_chunks_end_headline(const dyad_document *doc, size_t end)
{
    return end > 0 && doc->tokens[doc->chunks[end - 1].end - 1].pos != DYAD_POS_SENT;
}

static void link_headline_pair(dyad_document *doc, size_t first, size_t end)
{
    dyad_chunk *c = doc->chunks;
    if (end - first < 4 || !dyad_chunks_end_headline(doc, end) || c[first].type != DYAD_CHUNK_NP
        || !(c[first].flags & DYAD_NP_PROPER) || !dyad_chunk_text_is(doc, first + 1, end, ",")
        || c[first + 2].type != DYAD_CHUNK_NP || !(c[first + 2].flags & DYAD_NP_PROPER)
        || c[first + 3].type != DYAD_CHUNK_VP)
        return;
    c[first + 2].relation = DYAD_REL_COORDINATE;
    c[first + 2].link = (uint32_t)first;
}

/* "Armenia, whose leader had visited Moscow, and Azerbaijan": the noun phrase after a relative
 * clause set off by commas and followed by "and" is coordinated with the phrase the clause
 * describes. Returns that phrase's chunk, or 0 when np is not followed by such a clause. */
static size_t conjunct_after_relative(const dyad_document *doc, size_t np, size_t end)
{
    const dyad_chunk *c = doc->chunks;
    if (!dyad_chunk_text_is(doc, np + 1, end, ",") || np + 2 >= end) return 0;
    enum dyad_pos wh = doc->tokens[c[np + 2].first].pos;
    if (wh != DYAD_POS_WP && wh != DYAD_POS_WPS && wh != DYAD_POS_WDT) return 0;
    for (size_t k = np + 3; k + 2 < end; k++)
        if (dyad_chunk_text_is(doc, k, end, ","))
            return dyad_is_conjunction(doc, k + 1, end) && dyad_chunk_is(doc, k + 2, end, DYAD_CHUNK_NP) ? k + 2 : 0;
    return 0;
}

static void link_chunks(dyad_document *doc, size_t first, size_t end)
{
    dyad_chunk *c = doc->chunks;
    mark_headline_future(doc, first, end);
    link_headline_pair(doc, first, end);
    for (size_t i = first; i < end; i++) {
        share_infinitive_marker(doc, i, first, end);
        mark_gerund_act(doc, i, first, end);
        /* PP -> its object NP */
        if (c[i].type == DYAD_CHUNK_PP && dyad_chunk_is(doc, i + 1, end, DYAD_CHUNK_NP)) {
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
        if (dyad_chunk_text_is(doc, i + 1, end, "(") && dyad_chunk_is(doc, i + 2, end, DYAD_CHUNK_NP)
            && dyad_chunk_text_is(doc, i + 3, end, ")")) {
            c[i + 2].relation = DYAD_REL_APPOSITION;
            c[i + 2].link = (uint32_t)i;
        }
        /* coordination: NP and NP, NP , NP and NP, NP , NP , and NP */
        size_t root = c[i].relation == DYAD_REL_COORDINATE ? c[i].link : i;
        size_t after_relative = conjunct_after_relative(doc, i, end);
        if (after_relative) {
            c[after_relative].relation = DYAD_REL_COORDINATE;
            c[after_relative].link = (uint32_t)root;
        }
        if (dyad_is_conjunction(doc, i + 1, end)
            || (dyad_chunk_text_is(doc, i + 1, end, ",") && dyad_is_conjunction(doc, i + 2, end)
                && c[i].relation == DYAD_REL_COORDINATE)) {
            size_t next = dyad_is_conjunction(doc, i + 1, end) ? i + 2 : i + 3;
            /* "on Sunday and President Ghani left": a time is no conjunct of a name */
            if (dyad_chunk_is(doc, next, end, DYAD_CHUNK_NP)
                && (c[i].flags & DYAD_NP_TIME) == (c[next].flags & DYAD_NP_TIME)) {
                c[next].relation = DYAD_REL_COORDINATE;
                c[next].link = (uint32_t)root;
            }
        } else if (dyad_chunk_text_is(doc, i + 1, end, ",") && dyad_chunk_is(doc, i + 2, end, DYAD_CHUNK_NP)
                   && !ends_fronted_phrase(doc, i, first)) {
            /* a list continues with "and" (", and"); an apposition is closed by a comma, the verb or the end */
            size_t k = i + 2;
            int oxford = dyad_chunk_text_is(doc, k + 1, end, ",") && dyad_is_conjunction(doc, k + 2, end)
                         && dyad_chunk_is(doc, k + 3, end, DYAD_CHUNK_NP);
            if (oxford || (dyad_chunk_text_is(doc, k + 1, end, ",") && dyad_chunk_is(doc, k + 2, end, DYAD_CHUNK_NP))) {
                c[k].relation = DYAD_REL_COORDINATE;
                c[k].link = (uint32_t)(c[i].relation == DYAD_REL_COORDINATE ? c[i].link : i);
            } else if (dyad_is_conjunction(doc, k + 1, end)) {
                c[k].relation = DYAD_REL_COORDINATE;
                c[k].link = (uint32_t)(c[i].relation == DYAD_REL_COORDINATE ? c[i].link : i);
            } else if (c[i].relation != DYAD_REL_COORDINATE) {
                size_t after = k + 1;
                while (after < end && (c[after].type == DYAD_CHUNK_PP || c[after].type == DYAD_CHUNK_NP)) after++;
                if (after >= end || dyad_chunk_text_is(doc, after, end, ",")
                    || dyad_chunk_text_is(doc, after, end, ".")) {
                    c[k].relation = DYAD_REL_APPOSITION;
                    c[k].link = (uint32_t)i;
                }
            }
        }
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
        dyad_segment_clauses(doc, s);
    }
}
