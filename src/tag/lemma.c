/* Lemmas: WordNet's morphy (exception lists, then detachment rules checked against the
 * lexicon), with the contractions and proper names WordNet does not cover. */
#include "model.h"
#include "../lexicon/lexicon.h"
#include "../text/utf8.h"
#include "../core/xalloc.h"
#include <string.h>
#include <strings.h>

/* ---- lemmas (WordNet's morphy: exception lists, then detachment rules checked against the lexicon) ---- */

static int wn_class(enum dyad_pos pos)
{
    if (pos == DYAD_POS_NN || pos == DYAD_POS_NNS) return WN_NOUN;
    if (dyad_pos_is_verb(pos) || pos == DYAD_POS_MD) return WN_VERB;
    if (dyad_pos_is_adj(pos)) return WN_ADJ;
    return -1;
}

static void copy_out(char *out, size_t out_size, const char *s, size_t n)
{
    if (n >= out_size) n = out_size - 1;
    memcpy(out, s, n);
    out[n] = '\0';
}

int dyad_wordnet_rules(const dyad_tagger *t, int cls, const char *w, size_t n, char *out, size_t out_size)
{
    /* with their lengths, which strlen measured twice a rule a word before */
    typedef struct {
        const char *suffix, *ending;
        uint8_t suffix_len, ending_len;
    } rule;
#define RULE(s, e)                                                                                                     \
    {                                                                                                                  \
        s, e, sizeof s - 1, sizeof e - 1                                                                               \
    }
    static const rule rules[3][9] = {
        [WN_NOUN] = {RULE("s", ""),
                     RULE("ses", "s"),
                     RULE("xes", "x"),
                     RULE("zes", "z"),
                     RULE("ches", "ch"),
                     RULE("shes", "sh"),
                     RULE("men", "man"),
                     RULE("ies", "y"),
                     {NULL, NULL, 0, 0}},
        [WN_VERB] = {RULE("s", ""),
                     RULE("ies", "y"),
                     RULE("es", "e"),
                     RULE("es", ""),
                     RULE("ed", "e"),
                     RULE("ed", ""),
                     RULE("ing", "e"),
                     RULE("ing", ""),
                     {NULL, NULL, 0, 0}},
        [WN_ADJ] = {RULE("er", ""), RULE("est", ""), RULE("er", "e"), RULE("est", "e"), {NULL, NULL, 0, 0}},
    };
#undef RULE
    char buf[128];
    for (const rule *r = rules[cls]; r->suffix; r++) {
        size_t sl = r->suffix_len, rl = r->ending_len;
        /* the last byte first: most words end otherwise than most suffixes */
        if (n <= sl || w[n - 1] != r->suffix[sl - 1] || memcmp(w + n - sl, r->suffix, sl) != 0
            || n - sl + rl >= sizeof buf)
            continue;
        memcpy(buf, w, n - sl);
        memcpy(buf + n - sl, r->ending, rl);
        size_t bn = n - sl + rl;
        if (dyad_strmap_get(&t->lemmas[cls], buf, bn)) {
            copy_out(out, out_size, buf, bn);
            return 1;
        }
    }
    return 0;
}

static const char *const contraction_lemmas[][2] = {{"n't", "not"},  {"'re", "be"},   {"'m", "be"},
                                                    {"'ve", "have"}, {"'ll", "will"}, {"wo", "will"},
                                                    {"ca", "can"},   {"'d", "would"}, {NULL, NULL}};

/* The lemma of w, a word of n bytes in lower case (NUL-terminated), not a proper noun. */
static void lemmatize_lower(const dyad_tagger *t, const char *w, size_t n, enum dyad_pos pos, char *out,
                            size_t out_size)
{
    /* every contraction is three bytes or fewer: longer words skip the comparisons, and a first
     * byte that differs skips the call */
    for (int i = 0; n <= 3 && contraction_lemmas[i][0]; i++)
        if (w[0] == contraction_lemmas[i][0][0] && strcmp(w, contraction_lemmas[i][0]) == 0) {
            copy_out(out, out_size, contraction_lemmas[i][1], strlen(contraction_lemmas[i][1]));
            return;
        }
    if (strcmp(w, "'s") == 0 && pos == DYAD_POS_VBZ) {
        copy_out(out, out_size, "be", 2);
        return;
    }
    int cls = wn_class(pos);
    if (cls >= 0) {
        const uint32_t *exc = dyad_strmap_get(&t->exceptions[cls], w, n);
        if (exc) {
            const char *base = t->exception_blobs[cls].data + *exc;
            size_t bl = strcspn(base, " \n");
            copy_out(out, out_size, base, bl);
            return;
        }
        /* Base forms and uninflected tags keep the word when WordNet knows it. */
        int inflected = pos == DYAD_POS_NNS || pos == DYAD_POS_VBD || pos == DYAD_POS_VBG || pos == DYAD_POS_VBN
                        || pos == DYAD_POS_VBZ || pos == DYAD_POS_JJR || pos == DYAD_POS_JJS;
        if (inflected && dyad_wordnet_rules(t, cls, w, n, out, out_size)) return;
    }
    copy_out(out, out_size, w, n);
}

void dyad_lemmatize(const dyad_tagger *t, const char *word, enum dyad_pos pos, char *out, size_t out_size)
{
    char w[128];
    size_t word_len = strlen(word);
    if (word_len >= sizeof w - 1 || dyad_pos_is_proper(pos)) {
        dyad_utf8_lower(word, word_len, out, out_size);
        return;
    }
    lemmatize_lower(t, w, dyad_utf8_lower(word, word_len, w, sizeof w), pos, out, out_size);
}

void dyad_lemmatize_token(const dyad_tagger *t, const dyad_token *tok, enum dyad_pos pos, char *out, size_t out_size)
{
    if (!tok->lower) {
        dyad_lemmatize(t, tok->text, pos, out, out_size);
    } else if (dyad_pos_is_proper(pos)) {
        copy_out(out, out_size, tok->lower, tok->lower_len); /* as dyad_utf8_lower writes ASCII */
    } else {
        lemmatize_lower(t, tok->lower, tok->lower_len, pos, out, out_size);
    }
}

/* The lemma found at load of the entry's word with reading pos, or NULL. */
static const known_lemma *known_lemma_of(const dyad_tagger *t, const lexical_entry *entry, enum dyad_pos pos)
{
    for (uint32_t i = 0; entry && i < entry->count; i++)
        if (t->candidates[entry->first + i].tag == pos && t->lemmas_of[entry->first + i].text)
            return &t->lemmas_of[entry->first + i];
    return NULL;
}

/* A lemma found at load that is the word in ASCII lower case has the classes the token keeps,
 * when the token is ASCII (lookups fold ASCII case); a folded one has its own. */
dyad_word_mask dyad_lemma_classes(const dyad_tagger *t, const dyad_token *tok, const lexical_entry *entry,
                                  enum dyad_pos pos, size_t size)
{
    const known_lemma *l = known_lemma_of(t, entry, pos);
    if (l && l->len + 1 < size && (l->folded || tok->lower)) return l->folded ? l->classes : tok->text_classes;
    char buf[128];
    dyad_lemmatize_token(t, tok, pos, buf, size < sizeof buf ? size : sizeof buf);
    return dyad_word_classes(buf);
}

/* The lemma of the token with its tag, into buf (128 bytes) or, for a lexicon word with one of
 * its readings, as found at load; NULL when the token is too long to lemmatise. */
static const known_lemma *lemma_of(const dyad_tagger *t, const dyad_token *tok, const lexical_entry *entry,
                                   known_lemma *found, char buf[128])
{
    const known_lemma *l = known_lemma_of(t, entry, tok->pos);
    if (l) return l;
    if (dyad_token_text_len(tok) >= 127) return NULL;
    dyad_lemmatize_token(t, tok, tok->pos, buf, 128);
    *found = (known_lemma){buf, NULL, (uint32_t)strlen(buf), 0, 0, 0};
    return found;
}

/* A lemma that is the text (most words) or its lower case (names, a sentence's first word)
 * shares what the token keeps of those: the text's classes were looked up in lower case, and
 * both fold to the same upper case. Words longer than the buffer keep their text as lemma. */
void dyad_set_lemma(const dyad_tagger *t, dyad_arena *arena, dyad_token *tok, const lexical_entry *entry)
{
    char buf[128];
    known_lemma found;
    const known_lemma *l = lemma_of(t, tok, entry, &found, buf);
    size_t text_len = dyad_token_text_len(tok);
    int is_text = !l || (l->len == text_len && memcmp(l->text, tok->text, text_len) == 0);
    if (is_text || (tok->lower && l->len == text_len && memcmp(l->text, tok->lower, text_len) == 0)) {
        tok->lemma = is_text ? tok->text : tok->lower;
        tok->lemma_classes = tok->text_classes;
        tok->lemma_upper = tok->upper;
        tok->lemma_upper_len = tok->upper_len;
    } else if (l->folded) {
        tok->lemma = l->text;
        tok->lemma_classes = l->classes;
        tok->lemma_upper = l->upper;
        tok->lemma_upper_len = l->upper_len;
    } else {
        tok->lemma = dyad_arena_strndup(arena, l->text, l->len);
        tok->lemma_classes = dyad_word_classes_n(l->text, l->len);
        tok->lemma_upper = dyad_utf8_upper_copy(arena, tok->lemma, &tok->lemma_upper_len);
    }
}

/* The lemma of word (NUL-terminated, n bytes) with tag, kept in the store, or the word itself
 * when it is its own lemma; folded unless it is the word in lower case (see known_lemma). */
static known_lemma find_known_lemma(dyad_tagger *t, const char *word, size_t n, enum dyad_pos tag)
{
    char buf[128];
    dyad_lemmatize(t, word, tag, buf, sizeof buf);
    known_lemma l = {word, NULL, (uint32_t)strlen(buf), 0, 0, 0};
    if (l.len == n && strncasecmp(buf, word, n) == 0) {
        if (memcmp(buf, word, n) != 0) l.text = dyad_arena_strndup(&t->lemma_store, buf, l.len);
        return l;
    }
    l.text = dyad_arena_strndup(&t->lemma_store, buf, l.len);
    l.classes = dyad_word_classes_n(buf, l.len);
    l.upper = dyad_utf8_upper_copy(&t->lemma_store, l.text, &l.upper_len);
    l.folded = 1;
    return l;
}

void dyad_find_known_lemmas(dyad_tagger *t)
{
    dyad_arena_init(&t->lemma_store, 0);
    t->lemmas_of = dyad_xcalloc(t->n_candidates ? t->n_candidates : 1, sizeof *t->lemmas_of);
    for (size_t s = 0; s < t->words.capacity; s++) {
        const dyad_strmap_slot *slot = &t->words.slots[s];
        if (!slot->key || slot->key_len >= 127) continue; /* as dyad_set_lemma: too long to lemmatise */
        const lexical_entry *e = &t->entries[slot->value];
        for (uint32_t i = e->first; i < e->first + e->count; i++)
            t->lemmas_of[i] = find_known_lemma(t, slot->key, slot->key_len, t->candidates[i].tag);
    }
}
