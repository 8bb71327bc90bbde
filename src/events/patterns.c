/* Verb patterns matched against a clause.
 *
 * The grammar of a pattern (PETRARCH/TABARI verb dictionaries; see dict/verbs.h for the file):
 *
 *   pattern   = "-" item* "*" item* "[" code "]"
 *   item      = word | "&" SYNSET | "+" | "$" | "^" | "%"
 *   word      = UPPER-CASE WORD, "_" joining it to the item before (no gap between them)
 *   "*"       the verb of the clause
 *   "+"       the target: the next noun phrase that names an actor
 *   "$"       the source, likewise
 *   "^"       any one noun phrase, skipped ("IFTAR IN ^ +")
 *   &SYNSET   any member of the synset, a word or a phrase of several words
 *
 * How an item is found:
 *   - items before "*" are matched backwards from the verb, each before the one after it: the
 *     first within the verb's clause; once one has matched, the rest may come from earlier in
 *     the sentence ("INDICATED WOULD *", "NOTED + *");
 *   - items after "*" are matched forwards: words may be found up to the end of the verb's
 *     complement clauses ("allowed that + ..."); an actor slot that no word after the verb has
 *     anchored yet stays within the clause;
 *   - a word matches a token as written or by its lemma (only as written under PETRARCH's
 *     readings), never a token left out by the comma rule;
 *   - "- * +" needs the verb's object: "met in Nairobi" is not "met Kenya";
 *   - a preposition after an object that names an actor belongs to that object, not to the verb
 *     ("repelled RSF assault on El Fasher" is not "- * ON +");
 *   - "- + * BY $" describes a passive clause and never matches an active one.
 * The best pattern is the one with the highest score: 2 for each word, 1 for each actor slot. */
#include "patterns.h"
#include "judged_acts.h"
#include "../actors/codes.h"
#include "../chunk/syntax.h"
#include "../core/xalloc.h"
#include "../tag/pos.h"
#include "../tag/wordclass.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum token_trait { STARTS_MEMBER_PHRASE = 1 };

struct dyad_member_phrase {
    uint32_t length, word;
};

static int is_left_out(const dyad_pattern_index *ix, uint32_t t) { return ix->left_out && ix->left_out[t]; }

/* ---- the document's words as pattern-word ids ---- */

/* The synset members of several words that occur in the document, as words or with the last one
 * as its lemma ("swiss francs", "swiss franc"). */
static void index_member_phrases(dyad_pattern_index *ix)
{
    const dyad_verb_dict *v = ix->verbs;
    size_t n_tokens = ix->doc->n_tokens, n = 0, cap = 0;
    ix->phrases = NULL;
    ix->phrase_first = dyad_xmalloc((n_tokens + 1) * sizeof *ix->phrase_first);
    for (size_t t = 0; t < n_tokens; t++) {
        ix->phrase_first[t] = (uint32_t)n;
        if (!(ix->traits[t] & STARTS_MEMBER_PHRASE)) continue;
        for (size_t words = v->longest_member; words >= 2; words--) {
            if (t + words > n_tokens) continue;
            for (int last_lemma = 0; last_lemma < 2; last_lemma++) {
                char phrase[160];
                size_t len = 0;
                for (size_t i = t; i < t + words && len + 50 < sizeof phrase; i++) {
                    if (len) phrase[len++] = ' ';
                    len += dyad_token_upper(&ix->doc->tokens[i], last_lemma && i + 1 == t + words, phrase + len, 48);
                }
                const uint32_t *id = dyad_strmap_get(&v->words, phrase, len);
                if (!id) continue;
                dyad_grow((void **)&ix->phrases, &cap, n + 1, sizeof *ix->phrases);
                ix->phrases[n++] = (dyad_member_phrase){(uint32_t)words, *id};
                break;
            }
        }
    }
    ix->phrase_first[n_tokens] = (uint32_t)n;
}

/* A token's text (lemma: its lemma) in upper case as pattern words are written, cut to fit buf
 * (128 bytes) as a lookup of the word always was: the fold kept on the token when it fits, else
 * one written into buf. */
static const char *upper_word(const dyad_token *tok, int lemma, char buf[128], size_t *len)
{
    const char *kept = lemma && tok->lemma ? tok->lemma_upper : tok->upper;
    size_t n = lemma && tok->lemma ? tok->lemma_upper_len : tok->upper_len;
    if (kept && n < 128) {
        *len = n;
        return kept;
    }
    *len = dyad_token_upper(tok, lemma, buf, 128);
    return buf;
}

/* Does token t open the two-word preposition "according to"? */
static int opens_according_to(const dyad_document *doc, size_t t)
{
    uint32_t c = doc->tokens[t].chunk_index;
    return c != UINT32_MAX && doc->chunks[c].first == t && dyad_is_according_to(doc, c);
}

/* Token t's word ids, as written and as its lemma, and whether a member phrase may start there. */
static void index_token(dyad_pattern_index *ix, size_t t)
{
    const dyad_verb_dict *verbs = ix->verbs;
    const dyad_token *tok = &ix->doc->tokens[t];
    char buf[128], lemma_buf[128];
    size_t len, lemma_len;
    const char *form = upper_word(tok, 0, buf, &len);
    /* hashed with the token when it is the fold the token keeps */
    uint32_t hash = form == tok->upper ? tok->upper_hash : dyad_strmap_hash(form, len);
    const uint32_t *id = dyad_strmap_get_hashed(&verbs->words, form, len, hash);
    ix->form_word[t] = id ? *id : UINT32_MAX;
    ix->traits[t] = verbs->longest_member > 1 && id && *id < verbs->cap_starts_phrase && verbs->starts_phrase[*id]
                        ? STARTS_MEMBER_PHRASE
                        : 0;
    /* most words are their own lemma, or differ only in case ("The"): one lookup then serves both */
    const char *lemma = upper_word(tok, 1, lemma_buf, &lemma_len);
    if (lemma != form && (lemma_len != len || memcmp(lemma, form, len) != 0))
        id = dyad_strmap_get(&verbs->words, lemma, lemma_len);
    /* "according to Israeli tallies": the preposition's "according" is no "accord" (an agreement) */
    ix->lemma_word[t] = id && !opens_according_to(ix->doc, t) ? *id : UINT32_MAX;
}

void dyad_pattern_index_build(dyad_pattern_index *ix, const dyad_verb_dict *verbs, const dyad_document *doc,
                              const dyad_readings *r, const uint8_t *left_out)
{
    *ix = (dyad_pattern_index){.verbs = verbs,
                               .doc = doc,
                               .written_forms = r->written_forms,
                               .head_words = r->head_words,
                               .join_over_modifiers = r->join_over_modifiers,
                               .left_out = left_out};
    size_t n = doc->n_tokens ? doc->n_tokens : 1;
    ix->lemma_word = dyad_xmalloc(n * sizeof *ix->lemma_word);
    ix->form_word = dyad_xmalloc(n * sizeof *ix->form_word);
    ix->traits = dyad_xmalloc(n);
    ix->reach_bits = dyad_xcalloc(verbs->n_words / 64 + 1, sizeof *ix->reach_bits);
    ix->synset_bits = dyad_xcalloc(verbs->n_synsets / 64 + 1, sizeof *ix->synset_bits);
    for (size_t t = 0; t < doc->n_tokens; t++) index_token(ix, t);
    index_member_phrases(ix);
}

void dyad_pattern_index_free(dyad_pattern_index *ix)
{
    free(ix->reach_words);
    free(ix->reach_bits);
    free(ix->reach_synsets);
    free(ix->synset_bits);
    free(ix->lemma_word);
    free(ix->form_word);
    free(ix->traits);
    free(ix->phrases);
    free(ix->phrase_first);
}

/* ---- items ---- */

static int token_matches(const dyad_pattern_index *ix, uint32_t t, const dyad_pattern_item *it)
{
    if (is_left_out(ix, t)) return 0;
    int lemmas = !ix->written_forms;
    if (it->kind == DYAD_PI_WORD) return ix->form_word[t] == it->ref || (lemmas && ix->lemma_word[t] == it->ref);
    for (int pass = !lemmas; pass < 2; pass++) {
        uint32_t w = pass ? ix->form_word[t] : ix->lemma_word[t];
        if (w != UINT32_MAX && dyad_synset_has_word(ix->verbs, it->ref, w)) return 1;
    }
    return 0;
}

/* How many tokens from t the item matches (0 = none): one for a word, one or more for a
 * synset whose members may be phrases. */
static uint32_t item_length_at(const dyad_pattern_index *ix, uint32_t t, uint32_t end, const dyad_pattern_item *it)
{
    if (it->kind == DYAD_PI_SYNSET)
        for (uint32_t p = ix->phrase_first[t]; p < ix->phrase_first[t + 1]; p++)
            if (t + ix->phrases[p].length <= end && dyad_synset_has_word(ix->verbs, it->ref, ix->phrases[p].word))
                return ix->phrases[p].length;
    return token_matches(ix, t, it) ? 1 : 0;
}

/* Can noun phrase c fill an actor slot: does it name an actor, or the two sides of the article's
 * latest dyad ("urged both sides to")? */
static int fills_actor_slot(dyad_actor_context *actors, uint32_t c, dyad_actor_match *m)
{
    return dyad_actor_of(actors, c, m) || dyad_names_both_sides(actors, c);
}

/* The nearest noun phrase naming an actor that ends at or before token pos (from s_first). */
static uint32_t actor_np_before(const dyad_pattern_index *ix, dyad_actor_context *actors, uint32_t pos,
                                uint32_t s_first)
{
    dyad_actor_match am;
    uint32_t c = dyad_np_before(ix->doc, pos, s_first, 0);
    while (c != DYAD_NO_CHUNK && !fills_actor_slot(actors, c, &am))
        c = dyad_np_before(ix->doc, ix->doc->chunks[c].first, s_first, 0);
    return c;
}

/* Does a noun phrase of the verb's own clause that names an actor with a country end within
 * tokens [from, to)? Once the pattern's actor slot has its phrase, a place phrase after it ("killed
 * 30 bandits in Zamfara state in an air raid") says where, and is not counted. */
static int object_actor_ends_in(const dyad_pattern_index *ix, dyad_actor_context *actors, uint32_t from, uint32_t to,
                                uint32_t verb, int slot_filled)
{
    const dyad_document *doc = ix->doc;
    uint32_t vc = doc->tokens[verb].chunk_index;
    dyad_actor_match m;
    for (uint32_t t = from; t < to && vc != UINT32_MAX; t++) {
        uint32_t c = doc->tokens[t].chunk_index;
        if (c != UINT32_MAX && doc->chunks[c].type == DYAD_CHUNK_NP && doc->chunks[c].end == t + 1
            && doc->chunks[c].clause == doc->chunks[vc].clause && !(slot_filled && dyad_is_place_phrase(doc, c))
            && dyad_actor_of(actors, c, &m) && dyad_code_has_country(m.code))
            return 1;
    }
    return 0;
}

/* "- + * BY $" (Y was sanctioned by X): a target before the verb and a source introduced by "by"
 * describe a passive clause. "- + * FROM $" (Y received money from X) is not passive. */
static int is_passive_pattern(const dyad_verb_dict *v, const dyad_pattern_item *items, uint32_t n, uint32_t verb_at)
{
    int target_before = 0, by_source_after = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (i < verb_at && items[i].kind == DYAD_PI_TARGET) target_before = 1;
        if (items[i].kind == DYAD_PI_SOURCE && i > verb_at + 1 && items[i - 1].kind == DYAD_PI_WORD
            && strcmp(v->word_text[items[i - 1].ref], "BY") == 0)
            by_source_after = 1;
    }
    return target_before && by_source_after;
}

static void set_slot(dyad_pattern_match *m, const dyad_pattern_item *it, uint32_t chunk)
{
    if (it->kind == DYAD_PI_TARGET)
        m->target_chunk = chunk;
    else
        m->source_chunk = chunk;
    m->score += 1;
}

/* A word or synset item before the verb, ending at or before pos and starting at or after limit;
 * returns its first token and sets *len, or returns UINT32_MAX. An item joined to the next
 * ("DEATH_TOTAL *") must end right where the next one starts. */
static uint32_t word_before(const dyad_pattern_index *ix, const dyad_pattern_item *it, int touching, uint32_t pos,
                            uint32_t limit, uint32_t *found_len)
{
    uint32_t len = 0, touch_at = pos;
    uint32_t longest = ix->verbs->longest_member > 1 ? (uint32_t)ix->verbs->longest_member : 1; /* 0 without synsets */
    while (!len && pos > limit && (!touching || pos == touch_at)) {
        pos--;
        /* a phrase that ends here: try it from where it would start */
        for (uint32_t start = pos + 1 >= longest ? pos + 1 - longest : 0; start <= pos && !len; start++)
            if (start >= limit && item_length_at(ix, start, pos + 1, it) == pos + 1 - start) len = pos + 1 - start;
    }
    *found_len = len;
    return len ? pos + 1 - len : UINT32_MAX;
}

/* The actor slot right before the verb of a predicate pattern ("- + *_&CENSURE", the verb joined
 * to what follows it): "(Germany said) the crackdown was illegal" judges its subject, so an act
 * with no actor of its own that is the nearest phrase before the verb fills the slot rather than
 * an actor further back; the coder looks for the act's author. */
static uint32_t predicate_subject_act(const dyad_pattern_index *ix, dyad_actor_context *actors, uint32_t pos,
                                      uint32_t limit)
{
    dyad_actor_match am;
    uint32_t c = dyad_np_before(ix->doc, pos, limit, 0);
    return c != DYAD_NO_CHUNK && dyad_is_act_phrase(ix->doc, c) && !fills_actor_slot(actors, c, &am) ? c
                                                                                                     : DYAD_NO_CHUNK;
}

/* Items [0, verb_at) matched backwards from the verb; predicate: the item after the verb is joined
 * to it. */
static int match_before_verb(const dyad_pattern_index *ix, dyad_actor_context *actors, const dyad_pattern_item *items,
                             uint32_t verb_at, int predicate, const dyad_pattern_span *sp, dyad_pattern_match *m)
{
    uint32_t pos = sp->head, limit = sp->c_first;
    for (uint32_t i = verb_at; i-- > 0;) {
        if (items[i].kind == DYAD_PI_TARGET || items[i].kind == DYAD_PI_SOURCE) {
            uint32_t c = predicate && i + 1 == verb_at ? predicate_subject_act(ix, actors, pos, limit) : DYAD_NO_CHUNK;
            if (c == DYAD_NO_CHUNK) c = actor_np_before(ix, actors, pos, limit);
            if (c == DYAD_NO_CHUNK) return 0;
            set_slot(m, &items[i], c);
            pos = ix->doc->chunks[c].first;
            limit = sp->s_first;
            continue;
        }
        if (items[i].kind == DYAD_PI_SKIP) {
            uint32_t c = dyad_np_before(ix->doc, pos, limit, items[i + 1].joined);
            if (c == DYAD_NO_CHUNK) return 0;
            pos = ix->doc->chunks[c].first;
            continue;
        }
        uint32_t len, start = word_before(ix, &items[i], items[i + 1].joined, pos, limit, &len);
        if (start == UINT32_MAX) return 0;
        for (uint32_t t = start; t < start + len; t++) m->covers_negation |= dyad_is_negation(&ix->doc->tokens[t]);
        pos = start;
        limit = sp->s_first;
        m->score += 2;
    }
    return 1;
}

/* The first noun phrase of an owner phrase after np ("of Arnor", "in Fornost"), or DYAD_NO_CHUNK. */
static uint32_t owner_after(const dyad_document *doc, uint32_t np)
{
    uint32_t owner;
    return dyad_owner_phrases(doc, np, &owner, 1) ? owner : DYAD_NO_CHUNK;
}

/* An actor slot after the verb: the next noun phrase from pos before end that names an actor;
 * "- * +" (the slot right after the verb) must be the verb's object or in it ("struck the port
 * of Hodeidah"), so "met in Nairobi" has none. With act_before_joined (the pattern's next item
 * is joined to the slot, "+_&CENSURE"), an act may fill it. */
static uint32_t actor_np_after(const dyad_pattern_index *ix, dyad_actor_context *actors, uint32_t pos, uint32_t end,
                               int joined, int right_after_verb, int act_before_joined)
{
    const dyad_document *doc = ix->doc;
    /* the rest of a phrasal verb ("carried out") is part of the verb, not a gap */
    while (pos < end && doc->tokens[pos].pos == DYAD_POS_RP) pos++;
    uint32_t c = dyad_np_from(doc, pos, end, joined);
    dyad_actor_match am;
    if (c != DYAD_NO_CHUNK && ix->head_words && pos > 0 && pos == doc->chunks[c].first
        && (doc->tokens[pos - 1].pos == DYAD_POS_IN || doc->tokens[pos - 1].pos == DYAD_POS_TO)) {
        /* "concerned about the violence against protesters": after a preposition of the pattern
         * the slot is that preposition's object, or the owner it names with "of" ("about the
         * actions of Rohan"), not any actor further on. An act with no actor of its own stands
         * in the slot itself ("alarmed by the arrest of Imamoglu" is aimed at whoever arrested
         * him, not at him): the coder looks for its author. */
        if (dyad_is_absolute_with(doc, c)) return DYAD_NO_CHUNK;
        while (c != DYAD_NO_CHUNK && !fills_actor_slot(actors, c, &am) && !dyad_is_act_phrase(doc, c))
            c = dyad_of_np_after(doc, c);
        return c != DYAD_NO_CHUNK && doc->chunks[c].end <= end ? c : DYAD_NO_CHUNK;
    }
    uint32_t first = c;
    /* the object right after the verb is not found past a comma ("fight for a second day, nearly
     * 100 civilians dead") */
    uint32_t limit = end;
    for (uint32_t t = pos; right_after_verb && t < end; t++)
        if (strcmp(doc->tokens[t].text, ",") == 0) {
            limit = t;
            break;
        }
    if (c != DYAD_NO_CHUNK && doc->chunks[c].first >= limit) c = DYAD_NO_CHUNK;
    /* the slot right after the verb is its object, or the owner or place that an "of", "in" or
     * "from" phrase after it names ("struck the port of Hodeidah", "targets in Houthi-held areas"),
     * not any actor further on ("called the incident a stab in the back delivered by accomplices
     * of terrorists" is no call to them) */
    while (c != DYAD_NO_CHUNK && !fills_actor_slot(actors, c, &am))
        c = right_after_verb ? owner_after(doc, c) : dyad_np_from(doc, doc->chunks[c].end, limit, 0);
    if (c != DYAD_NO_CHUNK && doc->chunks[c].first >= limit) c = DYAD_NO_CHUNK;
    /* "called the attack a war crime": an act that a joined judgement follows, when no actor
     * does, stands in the slot; the coder looks for its author */
    if (c == DYAD_NO_CHUNK && act_before_joined && first != DYAD_NO_CHUNK && dyad_is_act_phrase(doc, first))
        return first;
    if (c != DYAD_NO_CHUNK && right_after_verb && c >= 2 && doc->chunks[c - 1].type == DYAD_CHUNK_PP
        && doc->chunks[c - 2].type == DYAD_CHUNK_VP)
        return DYAD_NO_CHUNK;
    return c;
}

/* `^` after the verb: the next noun phrase, or the rest of one a word has matched into ("THEIR ^"). */
static uint32_t skipped_np_after(const dyad_pattern_index *ix, uint32_t pos, uint32_t end, int joined)
{
    const dyad_document *doc = ix->doc;
    while (pos < end && doc->tokens[pos].pos == DYAD_POS_RP) pos++;
    uint32_t inside = pos < end ? doc->tokens[pos].chunk_index : UINT32_MAX;
    return inside != UINT32_MAX && doc->chunks[inside].type == DYAD_CHUNK_NP && doc->chunks[inside].first < pos
               ? inside
               : dyad_np_from(doc, pos, end, joined);
}

/* A pattern word names the phrase it is found in: a noun that only modifies the head of its noun
 * phrase ("war" in "war crimes", "city" in "city council") is not what "* WAR" or "* CITY" means,
 * unless the pattern's next word follows it inside the phrase ("* WAR CRIMES"). Words outside noun
 * phrases (prepositions, particles) and the head itself always do. */
static int names_its_phrase(const dyad_pattern_index *ix, uint32_t pos, uint32_t len, const dyad_pattern_item *next)
{
    const dyad_document *doc = ix->doc;
    if (!ix->head_words) return 1;
    uint32_t last = pos + len - 1, c = doc->tokens[last].chunk_index;
    if (c == UINT32_MAX || doc->chunks[c].type != DYAD_CHUNK_NP || last >= doc->chunks[c].head) return 1;
    if (!dyad_pos_is_noun(doc->tokens[last].pos)) return 1;
    return next && (next->kind == DYAD_PI_WORD || next->kind == DYAD_PI_SYNSET) && last + 1 < doc->chunks[c].end
           && item_length_at(ix, last + 1, doc->chunks[c].end, next) > 0;
}

/* "promised an amnesty for officials and soldiers" is no "* &TROOPS" ("committed troops"): a noun
 * that a pattern names right after the verb is the verb's object, so it is not found in the object
 * of a later preposition other than "of" ("sent 500 tons of aid"). */
static int is_behind_preposition(const dyad_pattern_index *ix, uint32_t t)
{
    const dyad_document *doc = ix->doc;
    uint32_t c = doc->tokens[t].chunk_index;
    if (!dyad_pos_is_noun(doc->tokens[t].pos) || c == UINT32_MAX || doc->chunks[c].type != DYAD_CHUNK_NP) return 0;
    c = dyad_np_anchor(doc, c);
    if (doc->chunks[c].relation != DYAD_REL_PP_OBJECT || dyad_head_is(doc, doc->chunks[c].link, "of")) return 0;
    /* "more than 300 drones", "up to 5,000 troops", "about 600 soldiers": a bound on a number */
    const dyad_token *prep = &doc->tokens[doc->chunks[doc->chunks[c].link].head];
    int bound = strcmp(prep->lemma, "than") == 0 || strcmp(prep->lemma, "to") == 0
                || dyad_lemma_is(prep, DYAD_WC_NUMBER_MODIFIER);
    return !(bound && doc->tokens[doc->chunks[c].first].pos == DYAD_POS_CD);
}

/* "pledged not to use force" is no "* &TROOPS" ("committed troops"): a noun that a pattern names
 * right after the verb is the verb's object, not that of the infinitive the verb governs. */
static int is_in_complement(const dyad_pattern_index *ix, const dyad_pattern_span *sp, uint32_t t)
{
    return t >= sp->complement_first && dyad_pos_is_noun(ix->doc->tokens[t].pos);
}

/* "marched through Lima to protest against the government": the "to" of an infinitive is not the
 * preposition of "* TO + [114]" ("protested to Y"), so it does not lead to an actor. */
static int is_infinitive_marker(const dyad_pattern_index *ix, uint32_t t, const dyad_pattern_item *next, uint32_t end)
{
    const dyad_document *doc = ix->doc;
    if (!next || doc->tokens[t].pos != DYAD_POS_TO || t + 1 >= doc->n_tokens || doc->tokens[t + 1].pos != DYAD_POS_VB)
        return 0;
    /* "agreed to restore ties in a deal" is no "* TO &AGREEMENT": after an infinitive's "to" the
     * pattern's next word is that verb ("* TO RESTORE"), under dyad's readings */
    if (next->kind == DYAD_PI_WORD || next->kind == DYAD_PI_SYNSET)
        return ix->head_words && !item_length_at(ix, t + 1, end, next);
    return next->kind == DYAD_PI_TARGET || next->kind == DYAD_PI_SOURCE;
}

/* "called the vote a sham", "was deeply irresponsible": under dyad's readings a joined item after an
 * actor slot or the verb, or a joined synset, may have determiners and adverbs before it, which
 * modify the words it names rather than separate them. */
static int modifies_joined_item(const dyad_pattern_index *ix, const dyad_pattern_item *items, uint32_t i, uint32_t t)
{
    enum dyad_pos pos = ix->doc->tokens[t].pos;
    if (!ix->join_over_modifiers || !items[i].joined || (pos != DYAD_POS_DT && pos != DYAD_POS_RB)) return 0;
    int after_slot = items[i - 1].kind == DYAD_PI_TARGET || items[i - 1].kind == DYAD_PI_SOURCE
                     || items[i - 1].kind == DYAD_PI_VERB || items[i - 1].kind == DYAD_PI_SKIP;
    return after_slot || items[i].kind == DYAD_PI_SYNSET;
}

/* Where the phrase of an actor slot ends: after its noun phrase, and after that phrase's "of"
 * phrase when a joined item follows under dyad's readings ("called the shelling of Tartar_a crime"). */
static uint32_t slot_end(const dyad_pattern_index *ix, uint32_t np, const dyad_pattern_item *next)
{
    uint32_t owner = next && next->joined && ix->join_over_modifiers ? dyad_of_np_after(ix->doc, np) : DYAD_NO_CHUNK;
    return ix->doc->chunks[owner != DYAD_NO_CHUNK ? owner : np].end;
}

/* "agreed on Friday to a deal" is no "* ON &AGREEMENT": under dyad's readings a word that a
 * pattern names after a preposition is in that preposition's object (or the object's "of" phrase),
 * not anywhere further on. Where the next word must be found by when the preposition is token t,
 * else end. */
static uint32_t preposition_object_end(const dyad_pattern_index *ix, uint32_t t, uint32_t end)
{
    const dyad_document *doc = ix->doc;
    uint32_t c = doc->tokens[t].chunk_index;
    if (!ix->head_words || c == UINT32_MAX || doc->chunks[c].type != DYAD_CHUNK_PP || c + 1 >= doc->n_chunks
        || doc->chunks[c + 1].type != DYAD_CHUNK_NP || doc->chunks[c + 1].first != t + 1)
        return end;
    uint32_t owner = dyad_of_np_after(doc, c + 1);
    uint32_t object_end = doc->chunks[owner != DYAD_NO_CHUNK ? owner : c + 1].end;
    return object_end < end ? object_end : end;
}

/* Is a one-word item followed by a word a preposition whose object that word must be in? A
 * particle joined to a verb ("HAND_OVER") is not. */
static int opens_object_words(const dyad_pattern_item *it, uint32_t len, const dyad_pattern_item *next)
{
    return len == 1 && !it->joined && next && (next->kind == DYAD_PI_WORD || next->kind == DYAD_PI_SYNSET);
}

/* Does the next item find its word where preposition_object_end allows, after a word item that
 * ends at token last? ("killed 30 bandits in Zamfara in an air raid": the second "in" is the one
 * of "* + IN AIR RAID".) */
static int next_word_in_reach(const dyad_pattern_index *ix, uint32_t last, const dyad_pattern_item *it, uint32_t len,
                              const dyad_pattern_item *next, uint32_t end)
{
    if (!opens_object_words(it, len, next)) return 1;
    uint32_t by = preposition_object_end(ix, last, end);
    if (by == end) return 1;
    for (uint32_t t = last + 1; t < by; t++)
        if (item_length_at(ix, t, end, next)) return 1;
    return 0;
}

/* Items (verb_at, n) matched forwards from the verb. */
static int match_after_verb(const dyad_pattern_index *ix, dyad_actor_context *actors, const dyad_pattern_item *items,
                            uint32_t verb_at, uint32_t n, const dyad_pattern_span *sp, dyad_pattern_match *m)
{
    uint32_t pos = sp->head + 1, word_end = sp->s_end;
    int anchored = 0;
    for (uint32_t i = verb_at + 1; i < n; i++) {
        const dyad_pattern_item *it = &items[i];
        uint32_t search_end = word_end;
        word_end = sp->s_end;
        if (it->kind == DYAD_PI_TARGET || it->kind == DYAD_PI_SOURCE) {
            uint32_t c = actor_np_after(ix, actors, pos, anchored ? sp->s_end : sp->c_end, it->joined, i == verb_at + 1,
                                        i + 1 < n && items[i + 1].joined);
            if (c == DYAD_NO_CHUNK) return 0;
            set_slot(m, it, c);
            pos = slot_end(ix, c, i + 1 < n ? &items[i + 1] : NULL);
            continue;
        }
        if (it->kind == DYAD_PI_SKIP) {
            uint32_t c = skipped_np_after(ix, pos, sp->s_end, it->joined);
            if (c == DYAD_NO_CHUNK) return 0;
            pos = ix->doc->chunks[c].end;
            continue;
        }
        uint32_t len = 0, searched_from = pos;
        const dyad_pattern_item *next = i + 1 < n ? &items[i + 1] : NULL;
        for (; pos < search_end; pos++) {
            if ((len = item_length_at(ix, pos, sp->s_end, it)) && names_its_phrase(ix, pos, len, next)
                && !is_infinitive_marker(ix, pos, next, sp->s_end)
                && next_word_in_reach(ix, pos + len - 1, it, len, next, sp->s_end)
                && (anchored || !ix->head_words || (!is_behind_preposition(ix, pos) && !is_in_complement(ix, sp, pos))))
                break;
            len = 0;
            if (it->joined && !modifies_joined_item(ix, items, i, pos)) break;
        }
        if (!len) return 0;
        /* "rejected a European plan to deploy peacekeepers" still matches "* PEACEKEEPER" */
        if (!anchored && ix->doc->tokens[pos].pos == DYAD_POS_IN
            && object_actor_ends_in(ix, actors, searched_from, pos, sp->head, m->target_chunk != DYAD_NO_CHUNK))
            return 0;
        if (opens_object_words(it, len, next)) word_end = preposition_object_end(ix, pos + len - 1, sp->s_end);
        pos += len;
        anchored = 1;
        m->score += 2;
    }
    m->reach = pos;
    return 1;
}

/* "called the king's move a setback", "what he called Thailand's aggression": after a verb that
 * names its object (data/lexicon/naming-verbs.txt), an object followed by what it is called, or
 * one the clause's "what" stands for, is named, not the party the verb acts on ("called Putin"
 * telephones him). A pattern that ends in that object does not describe the clause. */
static int names_its_object(const dyad_document *doc, const dyad_pattern_span *sp, uint32_t object)
{
    if (!dyad_lemma_is(&doc->tokens[sp->head], DYAD_WC_NAMING_VERB) || object == DYAD_NO_CHUNK) return 0;
    for (uint32_t t = sp->c_first; t < sp->head; t++)
        if (strcasecmp(doc->tokens[t].text, "what") == 0) return 1;
    uint32_t next = object + 1;
    return next < doc->n_chunks && doc->chunks[next].type == DYAD_CHUNK_NP
           && doc->chunks[next].first == doc->chunks[object].end && !(doc->chunks[next].flags & DYAD_NP_TIME);
}

static int match_pattern(const dyad_pattern_index *ix, dyad_actor_context *actors, const dyad_verb_pattern *p,
                         const dyad_pattern_span *sp, dyad_pattern_match *m)
{
    const dyad_pattern_item *items = ix->verbs->items + p->first_item;
    uint32_t verb_at = p->n_items;
    for (uint32_t i = 0; i < p->n_items; i++)
        if (items[i].kind == DYAD_PI_VERB) {
            verb_at = i;
            break;
        }
    if (!sp->passive && is_passive_pattern(ix->verbs, items, p->n_items, verb_at)) return 0;
    *m = (dyad_pattern_match){0, 0, DYAD_NO_CHUNK, DYAD_NO_CHUNK, 0};
    int predicate = verb_at + 1 < p->n_items && items[verb_at + 1].joined;
    return match_before_verb(ix, actors, items, verb_at, predicate, sp, m)
           && match_after_verb(ix, actors, items, verb_at, p->n_items, sp, m)
           && !(items[p->n_items - 1].kind == DYAD_PI_TARGET && names_its_object(ix->doc, sp, m->target_chunk));
}

static int in_reach(const dyad_pattern_index *ix, uint32_t w) { return (ix->reach_bits[w / 64] >> (w % 64)) & 1; }

static int synset_in_reach(const dyad_pattern_index *ix, uint32_t s)
{
    return (ix->synset_bits[s / 64] >> (s % 64)) & 1;
}

/* Notes the synsets that list word w (a word or a member phrase) as in reach. */
static void reach_synsets_of(dyad_pattern_index *ix, uint32_t w)
{
    const dyad_verb_dict *v = ix->verbs;
    if (!v->word_synset_start || w >= v->n_words) return;
    for (uint32_t i = v->word_synset_start[w]; i < v->word_synset_start[w + 1]; i++) {
        uint32_t s = v->word_synsets[i];
        if (synset_in_reach(ix, s)) continue;
        dyad_grow((void **)&ix->reach_synsets, &ix->cap_reach_synsets, ix->n_reach_synsets + 1,
                  sizeof *ix->reach_synsets);
        ix->reach_synsets[ix->n_reach_synsets++] = s;
        ix->synset_bits[s / 64] |= UINT64_C(1) << (s % 64);
    }
}

/* The word ids of tokens [first, end), and the synsets they and the member phrases starting there
 * belong to; kept while the next clause reaches as far. */
static void index_reach(dyad_pattern_index *ix, uint32_t first, uint32_t end)
{
    if (ix->reach_indexed && ix->reach_first == first && ix->reach_end == end) return;
    for (size_t i = 0; i < ix->n_reach_words; i++) ix->reach_bits[ix->reach_words[i] / 64] = 0;
    for (size_t i = 0; i < ix->n_reach_synsets; i++) ix->synset_bits[ix->reach_synsets[i] / 64] = 0;
    ix->n_reach_words = ix->n_reach_synsets = 0;
    for (uint32_t t = first; t < end; t++) {
        for (int lemma = 0; lemma < 2; lemma++) {
            uint32_t w = lemma ? ix->lemma_word[t] : ix->form_word[t];
            if (w == UINT32_MAX || (lemma && ix->written_forms) || in_reach(ix, w)) continue;
            dyad_grow((void **)&ix->reach_words, &ix->cap_reach_words, ix->n_reach_words + 1, sizeof *ix->reach_words);
            ix->reach_words[ix->n_reach_words++] = w;
            ix->reach_bits[w / 64] |= UINT64_C(1) << (w % 64);
            reach_synsets_of(ix, w);
        }
        for (uint32_t p = ix->phrase_first[t]; p < ix->phrase_first[t + 1]; p++)
            reach_synsets_of(ix, ix->phrases[p].word);
    }
    ix->reach_indexed = 1;
    ix->reach_first = first;
    ix->reach_end = end;
}

/* Can the pattern match at all: is each of its words among those in reach, and a member of each
 * of its synsets? Most patterns of a verb name words the sentence does not have, and trying them
 * was most of the coder's time. */
static int words_in_reach(const dyad_pattern_index *ix, const dyad_verb_pattern *p)
{
    if (p->first_word != UINT32_MAX && !in_reach(ix, p->first_word)) return 0;
    const dyad_pattern_item *items = ix->verbs->items + p->first_item;
    for (uint32_t i = 0; i < p->n_items; i++) {
        if (items[i].kind == DYAD_PI_WORD && !in_reach(ix, items[i].ref)) return 0;
        if (items[i].kind == DYAD_PI_SYNSET && !synset_in_reach(ix, items[i].ref)) return 0;
    }
    return 1;
}

/* The higher score wins; between equal scores, under dyad's readings, the pattern whose words lie
 * nearer the verb ("declares emergency in Lima after weeks of protests" is declaring an
 * emergency, not issuing a protest); else the one listed first, as in PETRARCH. */
static int is_better_match(const dyad_pattern_index *ix, const dyad_pattern_match *m, const dyad_pattern_match *best)
{
    return m->score > best->score || (ix->head_words && m->score == best->score && m->reach < best->reach);
}

/* Does pattern p name nothing but the verb and its actors ("- * +", "- + * BY $")? */
static int names_only_roles(const dyad_verb_dict *verbs, const dyad_verb_pattern *p)
{
    for (uint32_t i = 0; i < p->n_items; i++) {
        const dyad_pattern_item *it = &verbs->items[p->first_item + i];
        if (it->kind == DYAD_PI_SYNSET || (it->kind == DYAD_PI_WORD && strcmp(verbs->word_text[it->ref], "BY") != 0))
            return 0;
    }
    return 1;
}

/* The best pattern of a block (is_better_match) into *best, *best_m. A block of a
 * common verb holds hundreds of patterns, most of whose first word is out of reach: that test
 * comes first, from values held in locals, as writing a match makes the compiler reload
 * anything read through a pointer.
 * "GIVE [---]", "SEND [---]" in a block of aid: the verb codes nothing by itself, only through what
 * its patterns name ("sent troops", "gave aid"); a pattern that names nothing but the actors says
 * no more than the verb does ("sent his intelligence chief to Damascus" is no aid). */
static void best_in_block(dyad_pattern_index *ix, dyad_actor_context *actors, const dyad_verb_entry *verb,
                          const dyad_verb_block *block, const dyad_pattern_span *span, const dyad_verb_pattern **best,
                          dyad_pattern_match *best_m)
{
    const dyad_verb_pattern *patterns = ix->verbs->patterns + block->first_pattern;
    const uint64_t *reach = ix->reach_bits;
    int verb_alone_codes_nothing = verb->has_code && !verb->code[0];
    for (uint32_t p = 0, n = block->n_patterns; p < n; p++) {
        uint32_t w = patterns[p].first_word;
        if (w != UINT32_MAX && !(reach[w / 64] >> (w % 64) & 1)) continue;
        if (verb_alone_codes_nothing && names_only_roles(ix->verbs, &patterns[p])) continue;
        dyad_pattern_match m;
        if (words_in_reach(ix, &patterns[p]) && match_pattern(ix, actors, &patterns[p], span, &m)
            && (!*best || is_better_match(ix, &m, best_m))) {
            *best = &patterns[p];
            *best_m = m;
        }
    }
}

const dyad_verb_pattern *dyad_best_pattern(dyad_pattern_index *ix, dyad_actor_context *actors,
                                           const dyad_verb_entry *verb, const dyad_pattern_span *span,
                                           dyad_pattern_match *best_m, uint32_t *n_tried)
{
    const dyad_verb_pattern *best = NULL;
    *best_m = (dyad_pattern_match){0, 0, DYAD_NO_CHUNK, DYAD_NO_CHUNK, 0};
    *n_tried = 0;
    index_reach(ix, span->s_first, span->s_end);
    for (int b = 0; b < 2; b++) {
        uint32_t bi = b ? verb->also_block : verb->block;
        if (bi == UINT32_MAX) continue;
        const dyad_verb_block *block = &ix->verbs->blocks[bi];
        best_in_block(ix, actors, verb, block, span, &best, best_m);
        *n_tried += block->n_patterns;
    }
    return best;
}

/* The verb whose upper-case lemma is key[0, kl) followed by the word at token next. */
static const dyad_verb_entry *verb_with_next_word(const dyad_pattern_index *ix, char *key, size_t kl, uint32_t next)
{
    key[kl] = ' ';
    size_t pl = dyad_token_upper(&ix->doc->tokens[next], 0, key + kl + 1, 38); /* key has 40 bytes after kl */
    return dyad_verb_lookup(ix->verbs, key, kl + 1 + pl);
}

/* "re-established ties", "reimposed sanctions": a verb the dictionary does not list, made by the
 * prefix "re" from one it lists, is that verb done again. Without a hyphen only before a vowel:
 * "remove", "replace", "represent" are verbs of their own. */
static const dyad_verb_entry *verb_done_again(const dyad_verb_dict *verbs, const char *key, size_t kl)
{
    size_t skip = 0;
    if (kl > 3 && memcmp(key, "RE-", 3) == 0)
        skip = 3;
    else if (kl > 2 && memcmp(key, "RE", 2) == 0 && strchr("AEIOU", key[2]))
        skip = 2;
    return skip && kl - skip >= 4 ? dyad_verb_lookup(verbs, key + skip, kl - skip) : NULL;
}

/* "called the talks off", "pushed the rebels back", "handed the town over to": the particle of a
 * phrasal verb shifted past its object, right after the object's noun phrase (and its "of"
 * phrases); a preposition there is a particle only when no noun phrase follows it. The particle's
 * token, or UINT32_MAX. */
static uint32_t shifted_particle(const dyad_document *doc, uint32_t verb_chunk)
{
    uint32_t object = verb_chunk + 1;
    if (object >= doc->n_chunks || doc->chunks[object].type != DYAD_CHUNK_NP
        || doc->chunks[object].clause != doc->chunks[verb_chunk].clause)
        return UINT32_MAX;
    /* "drove thousands of villagers out" */
    for (uint32_t of = dyad_of_np_after(doc, object); of != DYAD_NO_CHUNK; of = dyad_of_np_after(doc, object))
        object = of;
    uint32_t p = doc->chunks[object].end;
    if (p >= doc->n_tokens) return UINT32_MAX;
    int pos = doc->tokens[p].pos;
    if (pos == DYAD_POS_RP || pos == DYAD_POS_RB) return p;
    uint32_t after = doc->tokens[p].chunk_index;
    int ends_pp = after != UINT32_MAX && doc->chunks[after].end == p + 1
                  && (after + 1 >= doc->n_chunks || doc->chunks[after + 1].type != DYAD_CHUNK_NP);
    return pos == DYAD_POS_IN && ends_pp ? p : UINT32_MAX;
}

const dyad_verb_entry *dyad_lookup_verb(const dyad_pattern_index *ix, uint32_t verb_chunk)
{
    const dyad_document *doc = ix->doc;
    const dyad_verb_dict *verbs = ix->verbs;
    const dyad_chunk *vp = &doc->chunks[verb_chunk];
    const dyad_token *head = &doc->tokens[vp->head];
    char key[160];
    size_t kl = dyad_token_upper(head, 1, key, sizeof key - 40);
    const dyad_verb_entry *verb = NULL;
    if (vp->head + 1 < vp->end && doc->tokens[vp->head + 1].pos == DYAD_POS_RP)
        verb = verb_with_next_word(ix, key, kl, vp->head + 1); /* "carried out" */
    if (!verb && vp->head + 1 == vp->end) {
        uint32_t particle = shifted_particle(doc, verb_chunk);
        if (particle != UINT32_MAX) verb = verb_with_next_word(ix, key, kl, particle);
    }
    /* "wire tapped": the word before the verb and the verb ("WIRE_+TAP"); or the verb group's
     * head is that word and the verb was read as a noun after it ("will not wire tap") */
    for (int read_as_noun = 0; !verb && verbs->has_verb_last && read_as_noun < 2; read_as_noun++) {
        uint32_t second = vp->head + (uint32_t)read_as_noun;
        if (second == 0 || second >= doc->n_tokens) continue;
        char pair[200];
        size_t pl = dyad_token_upper(&doc->tokens[second - 1], 0, pair, 80);
        pair[pl++] = ' ';
        for (int lemma = 1; lemma >= 0 && !verb; lemma--)
            verb = dyad_verb_lookup(verbs, pair, pl + dyad_token_upper(&doc->tokens[second], lemma, pair + pl, 80));
    }
    /* a form the dictionary lists itself wins over the lemma ("LEFT [032:033]" beside "LEAVE") */
    if (!verb) {
        char form[160];
        verb = dyad_verb_lookup(verbs, form, dyad_token_upper(head, 0, form, sizeof form));
    }
    if (!verb) verb = dyad_verb_lookup(verbs, key, kl);
    /* "swept into", "amounted to": a verb the dictionary lists only with the preposition after it
     * ("SWEEP_INTO"); "to" only as a preposition, not an infinitive's */
    if (!verb && vp->end < doc->n_tokens && vp->head + 1 == vp->end
        && (doc->tokens[vp->end].pos == DYAD_POS_IN
            || (doc->tokens[vp->end].pos == DYAD_POS_TO
                && !(vp->end + 1 < doc->n_tokens && doc->tokens[vp->end + 1].pos == DYAD_POS_VB))))
        verb = verb_with_next_word(ix, key, kl, vp->end);
    if (!verb && ix->head_words) verb = verb_done_again(verbs, key, kl);
    return verb;
}
