/* Tagging (see tagger.h): candidates per word from the lexicon, WordNet and unknown-word classes,
 * Viterbi over the tag bigrams, then fixes and constrained re-decoding for what a bigram model
 * cannot see (bare participles, present-tense headlines, "that" after verbs of saying). */
#include "candidates.h"
#include "token_fixes.h"
#include "wordclass.h"
#include "../lexicon/lexicon.h"
#include "../core/strmap.h"
#include "../core/xalloc.h"
#include "../text/utf8.h"
#include <math.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

/* ---- Viterbi ---- */

typedef struct {
    float score;
    uint8_t tag;
    uint8_t back; /* index of the best previous state */
} state;

/* Decodes the best tag sequence. forced (NULL for none) holds a tag per token that the sequence
 * must take there, DYAD_POS_NONE where it is free: a column with a single state adds the same
 * score to every path through it, so that state's emission does not matter. cache: the document's
 * words' readings, found by the first decoding and kept for the second and for later sentences. */
static void tag_sentence(const dyad_tagger *t, dyad_token *toks, size_t n, const uint8_t *forced, state *lattice,
                         uint8_t *counts, const lexical_entry **known, dyad_readings_cache *cache)
{
    const size_t W = DYAD_POS_COUNT;
    for (size_t i = 0; i < n; i++) {
        state *col = lattice + i * W;
        size_t k = 1;
        if (forced && forced[i] != DYAD_POS_NONE) {
            col[0].tag = forced[i];
            col[0].score = 0;
        } else {
            candidate buf[DYAD_POS_COUNT];
            const candidate *cands = buf;
            k = dyad_cached_candidates(t, &toks[i], cache, buf, &cands, &known[i]);
            for (size_t j = 0; j < k; j++) {
                col[j].tag = cands[j].tag;
                col[j].score = cands[j].score;
            }
        }
        counts[i] = (uint8_t)k;
        for (size_t j = 0; j < k; j++) {
            const float *into = t->transition[col[j].tag];
            float best = -INFINITY;
            uint8_t back = 0;
            if (i == 0) {
                best = into[DYAD_POS_SENT];
            } else {
                const state *prev = lattice + (i - 1) * W;
                for (size_t p = 0, n_prev = counts[i - 1]; p < n_prev; p++) {
                    float s = prev[p].score + into[prev[p].tag];
                    if (s > best) {
                        best = s;
                        back = (uint8_t)p;
                    }
                }
            }
            col[j].score += best;
            col[j].back = back;
        }
    }
    if (!n) return;
    const state *last = lattice + (n - 1) * W;
    uint8_t best = 0;
    for (uint8_t j = 1; j < counts[n - 1]; j++)
        if (last[j].score > last[best].score) best = j;
    for (size_t i = n; i-- > 0;) {
        const state *s = &lattice[i * W + best];
        toks[i].pos = s->tag;
        best = s->back;
    }
}

/* entry: the token's lexicon entry, or NULL (see dyad_lemma_classes). */
static int is_reporting_form(const dyad_tagger *t, const dyad_token *tok, const lexical_entry *entry)
{
    return (dyad_lemma_classes(t, tok, entry, tok->pos, 64) & DYAD_WC_MASK(DYAD_WC_REPORTING_VERB)) != 0;
}

/* Is the noun phrase ending at token last the object of a preposition ("in remarks published
 * on Monday")? Then a participle after it modifies it; it is not the clause's verb. */
static int noun_after_preposition(const dyad_token *toks, size_t last)
{
    size_t k = last + 1;
    while (k > 0
           && (dyad_pos_is_noun(toks[k - 1].pos) || dyad_pos_is_adj(toks[k - 1].pos) || toks[k - 1].pos == DYAD_POS_DT
               || toks[k - 1].pos == DYAD_POS_CD || toks[k - 1].pos == DYAD_POS_PRPS
               || toks[k - 1].pos == DYAD_POS_POS))
        k--;
    return k > 0 && (toks[k - 1].pos == DYAD_POS_IN || toks[k - 1].pos == DYAD_POS_TO);
}

/* "forces backed by Russia": a participle with a "by" agent after it stays a participle; "by" and
 * a number is a margin ("voted by 98 to 12", "rose by 5 percent"), not an agent. */
static int agent_by_follows(const dyad_token *toks, size_t i, size_t n)
{
    if (i + 1 < n && toks[i + 1].pos == DYAD_POS_RP) i++; /* "attacks carried out by" */
    return i + 1 < n && strcmp(toks[i + 1].text, "by") == 0 && !(i + 2 < n && toks[i + 2].pos == DYAD_POS_CD);
}

static int ends_in_ed(const char *w)
{
    size_t n = strlen(w);
    return n > 4 && strcmp(w + n - 2, "ed") == 0;
}

static int starts_coordinate_clause(const dyad_token *toks, size_t i)
{
    if (strcmp(toks[i].text, ";") == 0) return 1;
    return i > 0 && toks[i].pos == DYAD_POS_CC && strcmp(toks[i - 1].text, ",") == 0
           && dyad_text_is(&toks[i], DYAD_WC_CLAUSE_CONJUNCTION);
}

/* A bigram model cannot see that a clause still lacks its finite verb, and often reads a
 * simple past verb as a participle. Two corrections, both on bare participles (no be/have before):
 * - right after the subject when no verb precedes in the sentence ("Officials claimed that ..."),
 *   or only a reporting verb ("The ministry said Israeli strikes killed ...");
 * - right after a conjunction, coordinated with a simple past verb: "damaged buildings and killed".
 * A participle followed by "by" stays a participle ("forces backed by Russia"), and a past verb
 * after a noun with a "by" agent, once the clause has its verb, becomes one ("condemned the
 * attacks carried out by Hamas").
 * A third goes the other way: an -ed word right after "has" (adverbs between) is the perfect's
 * participle, not an adjective ("Arnor has celebrated Eid"). */
static void fix_bare_participles(const dyad_tagger *t, dyad_token *toks, size_t n, const lexical_entry **known)
{
    int verb_seen = 0, last_verb_reports = 0;
    for (size_t i = 0; i < n; i++) {
        if ((toks[i].pos == DYAD_POS_JJ || toks[i].pos == DYAD_POS_VBD) && ends_in_ed(toks[i].text)) {
            size_t k = i;
            while (k > 0 && toks[k - 1].pos == DYAD_POS_RB) k--;
            if (k > 0 && dyad_text_is(&toks[k - 1], DYAD_WC_HAVE_FORM)) toks[i].pos = DYAD_POS_VBN;
        }
        int p = toks[i].pos;
        int followed_by_by = agent_by_follows(toks, i, n);
        int participle = p == DYAD_POS_VBN || (p == DYAD_POS_JJ && ends_in_ed(toks[i].text)); /* "and promised aid" */
        if (p == DYAD_POS_VBD && followed_by_by && verb_seen && !last_verb_reports && i > 0
            && dyad_pos_is_noun(toks[i - 1].pos)) {
            /* "condemned the attacks carried out by Hamas": after the clause's verb, an -ed word
             * with a "by" agent after a noun tells that noun, it is not a second verb */
            toks[i].pos = DYAD_POS_VBN;
        } else if (participle && i > 0 && !followed_by_by) {
            /* "He later held talks": look past adverbs for the subject */
            size_t before = i - 1;
            while (before > 0 && toks[before].pos == DYAD_POS_RB) before--;
            int prev = toks[before].pos;
            if (p == DYAD_POS_VBN && (!verb_seen || last_verb_reports)
                && (dyad_pos_is_noun(prev) || prev == DYAD_POS_PRP) && !noun_after_preposition(toks, before)) {
                toks[i].pos = DYAD_POS_VBD;
            } else if (prev == DYAD_POS_CC) {
                for (size_t k = i - 1; k-- > 0;) {
                    if (toks[k].pos == DYAD_POS_VBD && (k == 0 || !dyad_pos_is_verb(toks[k - 1].pos))) {
                        toks[i].pos = DYAD_POS_VBD;
                        break;
                    }
                    if (dyad_pos_is_verb(toks[k].pos) || toks[k].pos == DYAD_POS_MD) break;
                }
            }
        }
        if (dyad_pos_is_verb(toks[i].pos) || toks[i].pos == DYAD_POS_MD) {
            verb_seen = 1;
            last_verb_reports = is_reporting_form(t, &toks[i], known[i]);
        }
        /* ", and Germany and Japan also voiced support": a conjunction after a comma, or a
         * semicolon, begins a clause that needs a finite verb of its own */
        if (starts_coordinate_clause(toks, i)) verb_seen = 0;
    }
}

static int is_finite_verb(int pos)
{
    return pos == DYAD_POS_VBD || pos == DYAD_POS_VBZ || pos == DYAD_POS_VBP || pos == DYAD_POS_MD;
}

static int has_finite_verb(const dyad_token *toks, size_t from, size_t end)
{
    for (size_t i = from; i < end; i++)
        if (is_finite_verb(toks[i].pos)) return 1;
    return 0;
}

/* "Thousands of protesters rallied in Tbilisi": a sentence needs a finite verb. When none was
 * found, the first participle after a noun (adverbs between: "States also imposed") that no "by"
 * agent follows is the verb in the past tense (the check above keeps participles after "of ..."
 * phrases, "remarks published on Monday"). */
static void fix_verbless_sentence(dyad_token *toks, size_t n)
{
    if (has_finite_verb(toks, 0, n)) return;
    for (size_t i = 1; i < n; i++) {
        size_t before = i - 1;
        while (before > 0 && toks[before].pos == DYAD_POS_RB) before--;
        if (toks[i].pos == DYAD_POS_VBN && dyad_pos_is_noun(toks[before].pos) && !agent_by_follows(toks, i, n)) {
            toks[i].pos = DYAD_POS_VBD;
            return;
        }
    }
}

/* ---- constraints for a second decoding: verbs a bigram model cannot see ---- */

/* P(tag | word) for each reading the tagger gives the word (0 for the others). */
static void reading_probabilities(const dyad_tagger *t, const dyad_token *tok, double p[DYAD_POS_COUNT])
{
    candidate buf[DYAD_POS_COUNT];
    const candidate *cands;
    const lexical_entry *known;
    size_t k = dyad_candidates_for(t, tok, buf, &cands, &known);
    memset(p, 0, DYAD_POS_COUNT * sizeof *p);
    for (size_t i = 0; i < k; i++) p[cands[i].tag] = exp(cands[i].score) * t->tag_prior[cands[i].tag];
}

/* Can the word be a verb in its base form: a reading the model gives it, or a verb WordNet knows
 * ("Protesters storm", "will never accept", "did not hand over")? p: its reading probabilities. */
static int can_be_base_verb(const dyad_tagger *t, const dyad_token *tok, const double p[DYAD_POS_COUNT])
{
    return p[DYAD_POS_VB] > 0 || dyad_strmap_get(&t->lemmas[WN_VERB], tok->text, strlen(tok->text));
}

static int is_noun_phrase_word(int pos)
{
    return dyad_pos_is_noun(pos) || dyad_pos_is_adj(pos) || pos == DYAD_POS_DT || pos == DYAD_POS_CD
           || pos == DYAD_POS_PRPS || pos == DYAD_POS_POS;
}

/* Tags the model gives a present-tense verb it did not recognise ("fire" NN, "collapse" VB). */
static int could_be_misread_verb(int pos)
{
    return pos == DYAD_POS_NN || pos == DYAD_POS_NNS || pos == DYAD_POS_JJ || pos == DYAD_POS_VB;
}

/* Words that open a subordinate clause: the main clause's verb comes before them. */
static int opens_subordinate_clause(const dyad_token *tok)
{
    int p = tok->pos;
    return p == DYAD_POS_WDT || p == DYAD_POS_WP || p == DYAD_POS_WPS || p == DYAD_POS_WRB
           || (p == DYAD_POS_IN && dyad_text_is(tok, DYAD_WC_SUBORDINATOR));
}

/* Does the noun take a plural verb? "police" and "people" do, though the lexicon calls them NN. */
static int takes_plural_verb(const dyad_token *noun)
{
    return noun->pos == DYAD_POS_NNS || noun->pos == DYAD_POS_NNPS || dyad_text_is(noun, DYAD_WC_COLLECTIVE_NOUN);
}

/* Does the word at i, taken for a verb, have something after it in its stretch: an object or
 * predicate ("trade blame", "remain high") or a particle ("walk out")? */
static int has_complement(const dyad_token *toks, size_t i, size_t end)
{
    if (i + 1 >= end) return 0;
    int p = toks[i + 1].pos;
    return (is_noun_phrase_word(p) && p != DYAD_POS_POS) || p == DYAD_POS_PRP || p == DYAD_POS_RP;
}

/* "Egypt and Ethiopia", "Mali, Niger and Burkina Faso": a comma or "and" between two nouns joins
 * the conjuncts of one subject, which then takes a plural verb. */
static int joins_nouns(const dyad_token *toks, size_t i, size_t end)
{
    int joiner = toks[i].pos == DYAD_POS_COMMA || (toks[i].pos == DYAD_POS_CC && strcasecmp(toks[i].text, "and") == 0);
    return joiner && i > 0 && i + 1 < end && dyad_pos_is_noun(toks[i - 1].pos) && is_noun_phrase_word(toks[i + 1].pos);
}

/* A reading given less than this probability is not one a word is likely to have here. */
#define UNLIKELY_READING 0.1

/* Is w a verb's -s form by WordNet ("shells", "convicts")? */
static int is_verb_in_s(const dyad_tagger *t, const char *w)
{
    char base[128];
    size_t n = strlen(w);
    return n > 0 && w[n - 1] == 's' && dyad_wordnet_rules(t, WN_VERB, w, n, base, sizeof base);
}

/* "North Korea shells South Korean island", "Putin signs treaty": after a name, a lower-case word
 * in -s with an object that cannot itself be a verb is the name's verb, not the head of a
 * compound; "Syria talks resume" keeps its noun (the word after it can be the verb). */
static int names_then_acts(const dyad_tagger *t, const dyad_token *toks, size_t i, size_t end)
{
    if (toks[i - 1].pos != DYAD_POS_NNP || !islower((unsigned char)toks[i].text[0]) || !has_complement(toks, i, end)
        || toks[i + 1].pos == DYAD_POS_RP)
        return 0;
    /* the object's first word must not be a possible verb itself: "Zimbabwe troops fire on" */
    char lower[128];
    const char *w = toks[i + 1].text;
    size_t n = dyad_utf8_lower(w, strlen(w), lower, sizeof lower);
    double next[DYAD_POS_COUNT];
    reading_probabilities(t, &toks[i + 1], next);
    return next[DYAD_POS_VBP] + next[DYAD_POS_VB] + next[DYAD_POS_VBZ] < UNLIKELY_READING
           && !dyad_strmap_get(&t->lemmas[WN_VERB], lower, n);
}

/* The first word after the subject noun phrase that opens toks[from, end) and can be a
 * present-tense verb agreeing with it: VBP after a plural noun, VBZ after a singular one. A
 * singular noun followed by a word in -s is usually a compound ("Oil prices", "Peace talks"), so
 * there the verb must be the word's likelier reading; coordinated subjects take the plural. Only the subject's noun
 * phrase and the word after it are looked at, so fragments such as "Second day of talks" keep their nouns. With
 * needs_complement, the verb must also have an object or particle after it and must not have been
 * read as an adjective, so "after the trade talks" and "after the talks last week" keep their
 * nouns. Sets forced[] and returns 1 when it finds such a verb. */
static int constrain_present_verb(const dyad_tagger *t, const dyad_token *toks, size_t from, size_t end,
                                  int needs_complement, uint8_t *forced)
{
    int coordinated = 0;
    for (size_t i = from + 1; i < end; i++) {
        const dyad_token *subject = &toks[i - 1];
        if (joins_nouns(toks, i - 1, end)) {
            coordinated = 1;
            continue;
        }
        if (!is_noun_phrase_word(subject->pos)) return 0;
        /* an unknown lower-case word after a name may come out as a name itself ("Court convicts") */
        int misread = could_be_misread_verb(toks[i].pos)
                      || (toks[i].pos == DYAD_POS_NNP && islower((unsigned char)toks[i].text[0]));
        if (!dyad_pos_is_noun(subject->pos) || !misread) continue;
        if (needs_complement && (dyad_pos_is_adj(toks[i].pos) || !has_complement(toks, i, end))) continue;
        double p[DYAD_POS_COUNT];
        reading_probabilities(t, &toks[i], p);
        enum dyad_pos verb = coordinated || takes_plural_verb(subject) ? DYAD_POS_VBP : DYAD_POS_VBZ;
        /* a plural subject takes the base form, which the lexicon may know only as VB or not at
         * all as a verb ("Protesters storm parliament": WordNet knows the verb) */
        int reading = p[verb] > 0 || (verb == DYAD_POS_VBP && can_be_base_verb(t, &toks[i], p));
        if (verb == DYAD_POS_VBZ && !reading) reading = is_verb_in_s(t, toks[i].text);
        if (reading
            && (verb == DYAD_POS_VBP || p[DYAD_POS_VBZ] >= p[DYAD_POS_NNS] || names_then_acts(t, toks, i, end))) {
            forced[i] = (uint8_t)verb;
            return 1;
        }
    }
    return 0;
}

/* Where the clause starting at from ends: at the next subordinate clause or clause punctuation. */
static size_t clause_stretch_end(const dyad_token *toks, size_t from, size_t n)
{
    size_t end = from;
    while (end < n && !opens_subordinate_clause(&toks[end]) && toks[end].pos != DYAD_POS_COMMA
           && toks[end].pos != DYAD_POS_COLON && toks[end].pos != DYAD_POS_SENT)
        end++;
    return end;
}

/* A present-tense headline such as "Police fire tear gas at protesters" often comes out without a
 * verb: the bigram model reads "Police fire tear gas" as one noun phrase, and so it does with the
 * subordinate clause of "Talks collapse as both sides trade blame". The main clause (the words
 * before any subordinate clause) and each subordinate clause without a finite verb get one after
 * their subject (see constrain_present_verb). After a subordinator the verb needs an object or
 * particle: "after" and "before" are also prepositions before a plain noun phrase ("after the
 * vote"), while a headline's main clause may end in its verb. */
static int constrain_present_verbs(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    size_t first = 0, end = 0;
    while (first < n && !(toks[first].flags & DYAD_TOK_SENTENCE_START)) first++;
    /* the main clause ends at a subordinate clause or at a semicolon or colon ("Troops open fire
     * on protesters; Amnesty says 12 killed") */
    while (end < n && !opens_subordinate_clause(&toks[end]) && toks[end].pos != DYAD_POS_COLON) end++;
    int found = !has_finite_verb(toks, 0, end) && constrain_present_verb(t, toks, first, end, 0, forced);
    /* "Police storm protest camps, scores killed", "Army seizes power, says leader is safe": a
     * headline (no full stop) joins clauses with a comma, so a finite verb after the comma does
     * not give the words before it theirs */
    size_t comma = first;
    while (comma < end && toks[comma].pos != DYAD_POS_COMMA) comma++;
    if (!found && comma < end && n && toks[n - 1].pos != DYAD_POS_SENT && !has_finite_verb(toks, 0, comma))
        found = constrain_present_verb(t, toks, first, comma, 0, forced);
    for (size_t i = end; i < n;) {
        if (!opens_subordinate_clause(&toks[i])) {
            i++;
            continue;
        }
        size_t stretch_end = clause_stretch_end(toks, i + 1, n);
        if (!has_finite_verb(toks, i + 1, stretch_end))
            found |= constrain_present_verb(t, toks, i + 1, stretch_end, 1, forced);
        i = stretch_end;
    }
    return found;
}

/* Is toks[i] right after a verb of saying (adverbs between), or after "and"/"but" in a sentence
 * where one came before ("said the operation had ended and that troops would stay")? */
static int follows_reporting_verb(const dyad_tagger *t, const dyad_token *toks, const lexical_entry **known, size_t i)
{
    size_t verb = i - 1;
    while (verb > 0 && toks[verb].pos == DYAD_POS_RB) verb--;
    int after_and = toks[verb].pos == DYAD_POS_CC && dyad_text_is(&toks[verb], DYAD_WC_CLAUSE_CONJUNCTION);
    for (size_t k = verb + 1; k-- > 0;) {
        if (dyad_pos_is_verb(toks[k].pos) && is_reporting_form(t, &toks[k], known[k])) return 1;
        if (!after_and || toks[k].flags & DYAD_TOK_SENTENCE_START) return 0;
    }
    return 0;
}

/* After a verb of saying, "that" opens the reported clause ("said that police fire tear gas",
 * "warned again that troops would ..."), where the bigram model often reads a determiner. It stays
 * a determiner when it points at a singular noun that ends its noun phrase: "denied that claim",
 * "said that report was false" (a bare singular noun rarely opens a clause), and is the pronoun
 * subject (DT, as the Penn Treebank tags it) when a finite verb follows ("said that was a
 * mistake"). So it does after "and" in a sentence that reports ("said ... and that troops would").
 * Sets the tag in toks, so that the constraints after this one see the clause, and in forced, for
 * the second decoding. */
static int constrain_complementizers(const dyad_tagger *t, dyad_token *toks, size_t n, const lexical_entry **known,
                                     uint8_t *forced)
{
    int found = 0;
    for (size_t i = 1; i < n; i++) {
        if ((toks[i].pos != DYAD_POS_DT && toks[i].pos != DYAD_POS_WDT) || strcasecmp(toks[i].text, "that") != 0)
            continue;
        if (!follows_reporting_verb(t, toks, known, i)) continue;
        int determines_noun = i + 1 < n && toks[i + 1].pos == DYAD_POS_NN && !takes_plural_verb(&toks[i + 1])
                              && !(i + 2 < n && dyad_pos_is_noun(toks[i + 2].pos));
        int is_subject = i + 1 < n && is_finite_verb(toks[i + 1].pos);
        if (determines_noun && toks[i].pos == DYAD_POS_DT) continue;
        toks[i].pos = is_subject ? DYAD_POS_DT : DYAD_POS_IN;
        forced[i] = toks[i].pos;
        found = 1;
    }
    return found;
}

/* Verbs that take a to-infinitive (data/lexicon/infinitive-verbs.txt): the tagger's lexicon
 * cannot tell "vowed to retaliate" from "returned to power", both a past verb, "to" and a word it
 * has mostly seen as a noun; only the verb before "to" says which. */
static int takes_infinitive(const dyad_tagger *t, const dyad_token *verb, const lexical_entry *entry)
{
    return (dyad_lemma_classes(t, verb, entry, verb->pos, 64) & DYAD_WC_MASK(DYAD_WC_INFINITIVE_VERB)) != 0;
}

/* After a verb and "to", a word read as a noun or adjective is the infinitive ("tried to storm",
 * "vowed to fire") when the verb takes infinitives and the word can be a verb at all (in the
 * lexicon or in WordNet); after any other verb only when the lexicon has seen the word more often
 * as a verb than as a noun, so "went to war" and "returned to power" keep their nouns. Names
 * ("to Moscow") and words already read otherwise ("to the talks") are left alone. */
static int constrain_infinitives(const dyad_tagger *t, const dyad_token *toks, size_t n, const lexical_entry **known,
                                 uint8_t *forced)
{
    int found = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        const dyad_token *word = &toks[i + 1];
        if (toks[i].pos != DYAD_POS_TO || !dyad_pos_is_verb(toks[i - 1].pos) || (word->flags & DYAD_TOK_CAPITALIZED)
            || (word->pos != DYAD_POS_NN && word->pos != DYAD_POS_JJ))
            continue;
        double p[DYAD_POS_COUNT];
        reading_probabilities(t, word, p);
        int infinitive;
        if (takes_infinitive(t, &toks[i - 1], known[i - 1])) {
            infinitive = can_be_base_verb(t, word, p);
        } else {
            infinitive = p[DYAD_POS_VB] + p[DYAD_POS_VBP] > p[DYAD_POS_NN] + p[DYAD_POS_NNS];
        }
        if (infinitive) {
            forced[i + 1] = DYAD_POS_VB;
            found = 1;
        }
    }
    return found;
}

/* Where the verb's base form must stand (after a modal, after "did not"), a lower-case word the
 * model read as a noun or adjective ("hand"; not an adverb, "did not even ever clash") is that
 * verb when it can be one: sets *forced and returns 1. */
static int force_base_verb(const dyad_tagger *t, const dyad_token *word, uint8_t *forced)
{
    if ((word->flags & DYAD_TOK_CAPITALIZED) || (word->pos != DYAD_POS_NN && word->pos != DYAD_POS_JJ)) return 0;
    double p[DYAD_POS_COUNT];
    reading_probabilities(t, word, p);
    if (!can_be_base_verb(t, word, p)) return 0;
    *forced = DYAD_POS_VB;
    return 1;
}

/* "would hunt down", "would no longer deal with", "will never accept": after a modal verb and its
 * adverbs, a word read as a noun or adjective is the verb in its base form when it can be a verb
 * at all (no noun follows a modal). */
static int constrain_after_modal(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    int found = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (toks[i].pos != DYAD_POS_MD) continue;
        size_t j = i + 1;
        while (
            j < n
            && (dyad_pos_is_adverb(toks[j].pos) || strcasecmp(toks[j].text, "longer") == 0
                || (strcasecmp(toks[j].text, "no") == 0 && j + 1 < n && strcasecmp(toks[j + 1].text, "longer") == 0)))
            j++;
        if (j < n) found |= force_base_verb(t, &toks[j], &forced[j]);
    }
    return found;
}

/* "did not hand over", "does not recognise": after a form of "do" and a negation, the verb is in
 * its base form; a bigram model that saw "not hand" as adverb + noun cannot know. */
static int constrain_do_support(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    int found = 0;
    for (size_t i = 2; i < n; i++) {
        if (!dyad_text_is(&toks[i - 1], DYAD_WC_NEGATION)) continue;
        char aux[16];
        dyad_lemmatize_token(t, &toks[i - 2], DYAD_POS_VBD, aux, sizeof aux);
        if (strcmp(aux, "do") == 0) found |= force_base_verb(t, &toks[i], &forced[i]);
    }
    return found;
}

/* "..., the Ukrainian army reports.": a verb of saying in -s that ends the sentence after a noun
 * and a comma is the verb of a trailing reporting clause, not a plural noun. */
static int constrain_final_reporting_verb(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    size_t last = n;
    while (last > 0 && (toks[last - 1].pos == DYAD_POS_SENT || strcmp(toks[last - 1].text, "''") == 0)) last--;
    if (last < 4 || toks[last - 1].pos != DYAD_POS_NNS || !dyad_pos_is_noun(toks[last - 2].pos)) return 0;
    int comma = 0;
    for (size_t i = 0; i + 2 < last; i++) comma |= strcmp(toks[i].text, ",") == 0;
    char base[64];
    dyad_lemmatize_token(t, &toks[last - 1], DYAD_POS_VBZ, base, sizeof base);
    if (!comma || !dyad_word_is(base, DYAD_WC_SPEECH_VERB)) return 0;
    forced[last - 1] = DYAD_POS_VBZ;
    return 1;
}

/* "Tanzania, which borders both countries": after a relative pronoun that follows a noun or comma,
 * a word in -s with an object after it is the relative clause's verb, not a plural noun ("which
 * forces will deploy", a determiner, has a verb after the noun instead). */
static int constrain_relative_verbs(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    int found = 0;
    for (size_t i = 2; i + 1 < n; i++) {
        const dyad_token *wh = &toks[i - 1];
        if ((wh->pos != DYAD_POS_WDT && wh->pos != DYAD_POS_WP) || toks[i].pos != DYAD_POS_NNS
            || (toks[i - 2].pos != DYAD_POS_COMMA && !dyad_pos_is_noun(toks[i - 2].pos)) || !has_complement(toks, i, n))
            continue;
        char base[64];
        dyad_lemmatize_token(t, &toks[i], DYAD_POS_VBZ, base, sizeof base);
        if (dyad_strmap_get(&t->lemmas[WN_VERB], base, strlen(base))) {
            forced[i] = DYAD_POS_VBZ;
            found = 1;
        }
    }
    return found;
}

/* "Security forces used tear gas", "Serbian forces also shelled": two finite verbs never stand side
 * by side, even with adverbs between them, so a word in -s read as a verb between a noun or
 * adjective and a past-tense verb, participle or modal is the plural head of the subject when it
 * can be one (an auxiliary, "has used", cannot). */
static int constrain_plural_before_verb(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    int found = 0;
    for (size_t i = 1; i + 1 < n; i++) {
        size_t after = i + 1;
        while (after + 1 < n && toks[after].pos == DYAD_POS_RB) after++;
        int next = toks[after].pos, before = toks[i - 1].pos;
        if (toks[i].pos != DYAD_POS_VBZ || !(dyad_pos_is_noun(before) || before == DYAD_POS_JJ)
            || (next != DYAD_POS_VBD && next != DYAD_POS_VBN && next != DYAD_POS_MD)
            || dyad_text_is(&toks[i], DYAD_WC_BE_FORM) || dyad_text_is(&toks[i], DYAD_WC_HAVE_FORM))
            continue;
        double p[DYAD_POS_COUNT];
        reading_probabilities(t, &toks[i], p);
        if (p[DYAD_POS_NNS] > 0) {
            forced[i] = DYAD_POS_NNS;
            found = 1;
        }
    }
    return found;
}

/* "Russia cut gas supplies to Ukraine", "The government cut fuel subsidies": a sentence with no
 * finite verb whose subject runs into a lower-case word read as a noun or adjective that can be a
 * past-tense verb has its verb there ("cut", "hit", "set" are nouns as often as verbs; a plural
 * such as "prices" stays a noun: "Oil prices" is a fragment). */
static int constrain_verbless(const dyad_tagger *t, const dyad_token *toks, size_t n, uint8_t *forced)
{
    if (has_finite_verb(toks, 0, n)) return 0;
    size_t i = 0;
    while (i < n && !dyad_pos_is_noun(toks[i].pos)) i++;
    for (i++; i < n && (dyad_pos_is_noun(toks[i].pos) || toks[i].pos == DYAD_POS_JJ); i++) {
        if (toks[i].flags & DYAD_TOK_CAPITALIZED) continue;
        double p[DYAD_POS_COUNT];
        reading_probabilities(t, &toks[i], p);
        if (p[DYAD_POS_VBD] <= 0) continue;
        forced[i] = DYAD_POS_VBD;
        return 1;
    }
    return 0;
}

void dyad_tag(const dyad_tagger *t, dyad_document *doc)
{
    size_t longest = 0;
    for (size_t s = 0; s < doc->n_sentences; s++)
        if (doc->sentences[s].n_tokens > longest) longest = doc->sentences[s].n_tokens;
    state *lattice = dyad_xmalloc((longest ? longest : 1) * DYAD_POS_COUNT * sizeof *lattice);
    uint8_t *counts = dyad_xmalloc(longest ? longest : 1);
    uint8_t *forced = dyad_xmalloc(longest ? longest : 1);
    /* each token's lexicon entry, found by the decoding, for its lemma */
    const lexical_entry **known = dyad_arena_alloc(&doc->arena, (doc->n_tokens ? doc->n_tokens : 1) * sizeof *known);
    size_t n_words = doc->words.n_words ? doc->words.n_words : 1;
    dyad_readings_cache cache = {dyad_arena_alloc(&doc->arena, n_words * sizeof *cache.of_word), &doc->arena};
    for (size_t s = 0; s < doc->n_sentences; s++) {
        dyad_token *toks = doc->tokens + doc->sentences[s].first_token;
        const lexical_entry **known_here = known + doc->sentences[s].first_token;
        size_t n = doc->sentences[s].n_tokens;
        tag_sentence(t, toks, n, NULL, lattice, counts, known_here, &cache);
        fix_bare_participles(t, toks, n, known_here);
        memset(forced, DYAD_POS_NONE, n);
        int constrained = constrain_complementizers(t, toks, n, known_here, forced);
        constrained |= constrain_infinitives(t, toks, n, known_here, forced);
        constrained |= constrain_present_verbs(t, toks, n, forced);
        constrained |= constrain_do_support(t, toks, n, forced);
        constrained |= constrain_after_modal(t, toks, n, forced);
        constrained |= constrain_final_reporting_verb(t, toks, n, forced);
        constrained |= constrain_plural_before_verb(t, toks, n, forced);
        constrained |= constrain_relative_verbs(t, toks, n, forced);
        constrained |= dyad_constrain_name_particles(toks, n, forced);
        constrained |= constrain_verbless(t, toks, n, forced);
        if (constrained) {
            tag_sentence(t, toks, n, forced, lattice, counts, known_here, &cache);
            fix_bare_participles(t, toks, n, known_here);
        }
        fix_verbless_sentence(toks, n);
        dyad_fix_names(toks, n);
        dyad_fix_overnight(toks, n);
    }
    free(lattice);
    free(counts);
    free(forced);
    for (size_t i = 0; i < doc->n_tokens; i++) dyad_set_lemma(t, &doc->arena, &doc->tokens[i], known[i]);
}
