/* Readings of single words (see candidates.h): the lexicon's, WordNet's and those of the classes
 * of unknown words. */
#include "candidates.h"
#include "../core/strmap.h"
#include "../text/utf8.h"
#include <string.h>

/* ---- unknown words ---- */

static const lexical_entry *lookup(const dyad_tagger *t, const char *s, size_t n)
{
    const uint32_t *v = dyad_strmap_get(&t->words, s, n);
    return v ? &t->entries[*v] : NULL;
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static int has_adjective_reading(const dyad_tagger *t, const char *s, size_t n)
{
    const lexical_entry *e = lookup(t, s, n);
    if (!e) return 0;
    for (uint32_t i = 0; i < e->count; i++)
        if (dyad_pos_is_adj(t->candidates[e->first + i].tag)) return 1;
    return 0;
}

/* The word class the model uses for a word it has never seen. */
static const char *unknown_class(const dyad_tagger *t, const dyad_token *tok)
{
    const char *s = tok->text;
    size_t n = strlen(s);
    unsigned char c = (unsigned char)s[0];
    if (c == '(' || c == '[') return "*LRB*";
    if (c == '{') return "*LCB*";
    if (c == ')' || c == ']') return "*RRB*";
    if (c == '}') return "*RCB*";
    if (tok->flags & DYAD_TOK_HAS_DIGIT) {
        int digits_only = 1;
        for (size_t i = 0; i < n; i++)
            if (!strchr("0123456789.,:/-", s[i])) digits_only = 0;
        if (digits_only) return "*NUM*";
        if (c >= '0' && c <= '9') return "*ORD*";
    }
    if (tok->flags & DYAD_TOK_ALL_CAPS || (n <= 4 && (tok->flags & DYAD_TOK_CAPITALIZED) && strchr(s, '.')))
        return "-abr-";
    const char *hyphen = strrchr(s, '-');
    if (hyphen && hyphen > s && hyphen[1])
        return has_adjective_reading(t, hyphen + 1, strlen(hyphen + 1)) ? "-hyp-adj-" : "-hyp-";
    int letters = 0;
    for (size_t i = 0; i < n;) {
        int len, bad;
        uint32_t cp = dyad_utf8_decode((const unsigned char *)s + i, n - i, &len, &bad);
        letters += dyad_is_letter(cp);
        i += (size_t)len;
    }
    if (!letters) return "-sym-";
    if (tok->flags & DYAD_TOK_CAPITALIZED) return "-cap-";
    if (ends_with(s, n, "ing")) return "-ing-";
    if (ends_with(s, n, "s")) return "-s-";
    if (ends_with(s, n, "tion")) return "-tion-";
    if (ends_with(s, n, "ly")) return "-ly-";
    if (ends_with(s, n, "ed")) return "-ed-";
    return "-unknown-";
}

static const lexical_entry *lookup_hashed(const dyad_tagger *t, const char *s, size_t n, uint32_t hash)
{
    const uint32_t *v = dyad_strmap_get_hashed(&t->words, s, n, hash);
    return v ? &t->entries[*v] : NULL;
}

/* The lexicon entry of a word as written, or as written in lower case (sentence starts, headlines);
 * with the hashes the token keeps when it keeps its lower case. */
static const lexical_entry *known_entry(const dyad_tagger *t, const dyad_token *tok)
{
    const char *s = tok->text;
    size_t n = dyad_token_text_len(tok);
    const lexical_entry *e = tok->lower ? lookup_hashed(t, s, n, tok->text_hash) : lookup(t, s, n);
    if (e || !(tok->flags & DYAD_TOK_CAPITALIZED) || n >= 64) return e;
    if (tok->lower) return lookup_hashed(t, tok->lower, tok->lower_len, tok->lower_hash);
    char lower[256];
    size_t ln = dyad_utf8_lower(s, n, lower, sizeof lower);
    return lookup(t, lower, ln);
}

/* Readings WordNet allows for a lower-case word: base verb, inflected verb, noun, adjective. */
static size_t wordnet_tags(const dyad_tagger *t, const char *w, size_t n, uint8_t *tags)
{
    char base[128];
    size_t k = 0;
    if (n >= sizeof base) return 0;
    if (dyad_strmap_get(&t->lemmas[WN_VERB], w, n)) {
        tags[k++] = DYAD_POS_VB;
        tags[k++] = DYAD_POS_VBP;
    }
    if (dyad_strmap_get(&t->lemmas[WN_NOUN], w, n)) tags[k++] = DYAD_POS_NN;
    if (dyad_strmap_get(&t->lemmas[WN_ADJ], w, n)) tags[k++] = DYAD_POS_JJ;
    int verb_form =
        dyad_wordnet_rules(t, WN_VERB, w, n, base, sizeof base) || dyad_strmap_get(&t->exceptions[WN_VERB], w, n);
    /* An inflected verb form that is neither "-ing" nor "-s" is a past or a participle, regular
     * ("-ed") or irregular: WordNet's exceptions hold the rare compounds of irregular verbs
     * ("overthrew", "overran", "foresworn") that the lexicon never saw. */
    int ing = ends_with(w, n, "ing"), third = ends_with(w, n, "s");
    if (verb_form && (ends_with(w, n, "ed") || (!ing && !third))) {
        tags[k++] = DYAD_POS_VBD;
        tags[k++] = DYAD_POS_VBN;
    }
    if (verb_form && ing) tags[k++] = DYAD_POS_VBG;
    if (verb_form && third) tags[k++] = DYAD_POS_VBZ;
    if (third
        && (dyad_wordnet_rules(t, WN_NOUN, w, n, base, sizeof base) || dyad_strmap_get(&t->exceptions[WN_NOUN], w, n)))
        tags[k++] = DYAD_POS_NNS;
    return k;
}

/* WordNet's readings of the token's text in lower case, read from the token when it keeps it. */
static size_t wordnet_tags_of(const dyad_tagger *t, const dyad_token *tok, uint8_t *tags)
{
    if (tok->lower) return wordnet_tags(t, tok->lower, tok->lower_len, tags);
    char lower[128];
    size_t n = strlen(tok->text);
    return n < sizeof lower ? wordnet_tags(t, lower, dyad_utf8_lower(tok->text, n, lower, sizeof lower), tags) : 0;
}

/* Words seen fewer times than this have noisy lexicon counts; WordNet's readings are mixed in. */
#define RARE_WORD_COUNT 5

size_t dyad_candidates_for(const dyad_tagger *t, const dyad_token *tok, candidate *buf, const candidate **out,
                           const lexical_entry **known)
{
    const lexical_entry *e = *known = known_entry(t, tok);
    if (e && e->total >= RARE_WORD_COUNT) {
        *out = t->candidates + e->first;
        return e->count;
    }
    if (!e && strcmp(tok->text, "--") != 0) {
        const char *cls = unknown_class(t, tok);
        e = lookup(t, cls, strlen(cls));
    } else if (!e) {
        e = lookup(t, "--", 2);
    }
    /* A capitalised word inside a sentence is a name whatever WordNet says. */
    int proper = (tok->flags & DYAD_TOK_CAPITALIZED) && !(tok->flags & DYAD_TOK_SENTENCE_START);
    uint8_t tags[16];
    size_t k = proper || (tok->flags & DYAD_TOK_HAS_DIGIT) ? 0 : wordnet_tags_of(t, tok, tags);
    if (e && !k) {
        *out = t->plain + e->first;
        return e->n_plain;
    }
    double p[DYAD_POS_COUNT] = {0};
    if (e)
        for (uint32_t i = 0; i < e->count; i++) p[t->candidates[e->first + i].tag] = t->p_given_word[e->first + i];
    else
        p[DYAD_POS_NN] = 1;
    if (k) {
        double sum = 0;
        for (int i = 0; i < DYAD_POS_COUNT; i++) sum += p[i];
        for (int i = 0; i < DYAD_POS_COUNT; i++) p[i] = 0.5 * p[i] / sum;
        for (size_t i = 0; i < k; i++) p[tags[i]] += 0.5 / (double)k;
    }
    size_t count = 0;
    for (int i = 0; i < DYAD_POS_COUNT; i++)
        if (p[i] > 0) buf[count++] = (candidate){(uint8_t)i, dyad_tag_emission(t, i, p[i])};
    *out = buf;
    return count;
}

size_t dyad_read_word(const dyad_tagger *t, const dyad_token *tok, dyad_readings_cache *cache, int is_name,
                      candidate *buf, const candidate **out)
{
    dyad_word_readings *w = &cache->of_word[tok->word];
    size_t k = dyad_candidates_for(t, tok, buf, out, &w->known);
    if (*out == buf) {
        candidate *kept = dyad_arena_alloc_bytes(cache->arena, k * sizeof *kept);
        memcpy(kept, buf, k * sizeof *kept);
        *out = kept;
    }
    w->cands[is_name] = *out;
    w->count[is_name] = (uint8_t)k;
    w->found[is_name] = 1;
    return k;
}
