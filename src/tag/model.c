/* Reading the tagger's compiled-in model (see model.h). */
#include "model.h"
#include "../core/xalloc.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- reading the compiled-in model ---- */

/* Splits a blob into lines; returns the next line start, sets *len. */
static const char *next_line(const char **p, const char *end, size_t *len)
{
    if (*p >= end) return NULL;
    const char *line = *p;
    const char *nl = memchr(line, '\n', (size_t)(end - line));
    *len = (size_t)((nl ? nl : end) - line);
    *p = nl ? nl + 1 : end;
    return line;
}

/* The number at s as strtod reads it. The model's numbers are nearly all counts of a few digits,
 * read here without strtod, which costs several times more; fractions, exponents and very long
 * numbers are left to it. */
static double read_number(const char *s, char **end)
{
    const char *p = s;
    while (*p == ' ') p++;
    double v = 0;
    int digits = 0;
    for (; *p >= '0' && *p <= '9' && digits < 15; p++, digits++) v = v * 10 + (*p - '0');
    if (!digits || (*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == 'x' || *p == 'X')
        return strtod(s, end);
    *end = (char *)p;
    return v;
}

/* The tag a name in the model stands for, parsed once per name into names: a start reads some
 * 55,000 names of some fifty kinds, and dyad_pos_parse compares a name with every tag's. */
static enum dyad_pos parse_tag(dyad_strmap *names, const char *name, size_t len)
{
    const uint32_t *known = dyad_strmap_get(names, name, len);
    if (known) return (enum dyad_pos) * known;
    enum dyad_pos pos = dyad_pos_parse(name, (int)len);
    dyad_strmap_put(names, name, len, pos);
    return pos;
}

/* Parses `key: { tag: number, tag: number }` (the model's one-line YAML maps).
 * Calls fn for every pair; returns 0 when the line is not such a map. */
typedef void (*pair_fn)(void *ctx, const char *key, size_t key_len, enum dyad_pos tag, double value);

static int parse_yaml_map_line(const char *line, size_t len, dyad_strmap *tag_names, pair_fn fn, void *ctx)
{
    const char *end = line + len, *key = line, *key_end;
    if (len && line[0] == '"') {
        key = line + 1;
        key_end = memchr(key, '"', (size_t)(end - key));
        if (!key_end) return 0;
    } else {
        key_end = memchr(line, ':', len);
        if (!key_end) return 0;
    }
    const char *p = memchr(key_end, '{', (size_t)(end - key_end));
    if (!p) return 0;
    p++;
    while (p < end) {
        while (p < end && (*p == ' ' || *p == ',')) p++;
        if (p >= end || *p == '}') break;
        const char *tag = p;
        while (p < end && *p != ':') p++;
        int tag_len = (int)(p - tag);
        if (p >= end) return 0;
        char *num_end;
        double v = read_number(p + 1, &num_end);
        if (num_end == p + 1) return 0;
        p = num_end;
        enum dyad_pos pos = parse_tag(tag_names, tag, (size_t)tag_len);
        if (pos != DYAD_POS_NONE) fn(ctx, key, (size_t)(key_end - key), pos, v);
    }
    return 1;
}

typedef struct {
    const char *key;
    size_t key_len; /* the entry being filled */
    candidate pending[DYAD_POS_COUNT];
    int n_pending;
    double total;
} lexicon_loader;

static void add_word_pair(void *ctx, const char *key, size_t key_len, enum dyad_pos tag, double count)
{
    lexicon_loader *l = ctx;
    l->key = key;
    l->key_len = key_len;
    if (l->n_pending < DYAD_POS_COUNT) {
        l->pending[l->n_pending].tag = (uint8_t)tag;
        l->pending[l->n_pending].score = (float)count;
        l->n_pending++;
        l->total += count;
    }
}

static float *find_pending(lexicon_loader *l, enum dyad_pos tag)
{
    for (int i = 0; i < l->n_pending; i++)
        if (l->pending[i].tag == tag) return &l->pending[i].score;
    return NULL;
}

/* Two tags that always share their written form (VB and VBP, VBD and VBN of regular verbs) are
 * told apart by syntax, not by the word: the lexicon's split between them is an accident of the
 * training text, so the pair's counts are shared evenly and the tag bigrams decide. */
static void share_twin_tags(lexicon_loader *l, enum dyad_pos a, enum dyad_pos b, int add_missing)
{
    float *ca = find_pending(l, a), *cb = find_pending(l, b);
    if (!ca && !cb) return;
    if ((!ca || !cb) && !add_missing) return;
    if (!ca || !cb) {
        if (l->n_pending >= DYAD_POS_COUNT) return;
        l->pending[l->n_pending].tag = (uint8_t)(ca ? b : a);
        l->pending[l->n_pending].score = 0;
        l->n_pending++;
        ca = find_pending(l, a);
        cb = find_pending(l, b);
    }
    float half = (*ca + *cb) / 2;
    *ca = *cb = half;
}

static void load_lexicon_blob(dyad_tagger *t, dyad_blob blob, int count_priors)
{
    const char *p = blob.data, *end = blob.data + blob.size, *line;
    size_t len;
    while ((line = next_line(&p, end, &len))) {
        lexicon_loader l = {0};
        if (!parse_yaml_map_line(line, len, &t->tag_names, add_word_pair, &l) || !l.n_pending || l.total <= 0) continue;
        if (count_priors) {
            int verb_lemma = dyad_strmap_get(&t->lemmas[WN_VERB], l.key, l.key_len)
                             && !(l.key_len == 2 && memcmp(l.key, "be", 2) == 0);
            share_twin_tags(&l, DYAD_POS_VB, DYAD_POS_VBP, verb_lemma);
            share_twin_tags(&l, DYAD_POS_VBD, DYAD_POS_VBN,
                            l.key_len > 2 && memcmp(l.key + l.key_len - 2, "ed", 2) == 0);
        }
        dyad_grow((void **)&t->entries, &t->cap_entries, t->n_entries + 1, sizeof *t->entries);
        dyad_grow((void **)&t->candidates, &t->cap_candidates, t->n_candidates + (size_t)l.n_pending,
                  sizeof *t->candidates);
        lexical_entry *e = &t->entries[t->n_entries];
        e->first = (uint32_t)t->n_candidates;
        e->count = (uint32_t)l.n_pending;
        e->total = (float)l.total;
        for (int i = 0; i < l.n_pending; i++) {
            candidate c = l.pending[i];
            if (count_priors) t->tag_prior[c.tag] += c.score;
            c.score = (float)(c.score / l.total); /* P(tag | word) for now */
            t->candidates[t->n_candidates++] = c;
        }
        dyad_strmap_put(&t->words, l.key, l.key_len, (uint32_t)t->n_entries);
        t->n_entries++;
    }
}

static void add_transition(void *ctx, const char *key, size_t key_len, enum dyad_pos tag, double p)
{
    dyad_tagger *t = ctx;
    enum dyad_pos prev = parse_tag(&t->tag_names, key, key_len);
    if (prev != DYAD_POS_NONE) t->transition[tag][prev] = (float)log(p > 0 ? p : 1e-9);
}

static void load_transitions(dyad_tagger *t)
{
    for (int i = 0; i < DYAD_POS_COUNT; i++)
        for (int j = 0; j < DYAD_POS_COUNT; j++) t->transition[i][j] = (float)log(1e-7);
    dyad_blob blob = dyad_resource(DYAD_RES_TAGGER_TAGS);
    const char *p = blob.data, *end = blob.data + blob.size, *line;
    size_t len;
    while ((line = next_line(&p, end, &len))) parse_yaml_map_line(line, len, &t->tag_names, add_transition, t);
}

/* Emission in Bayes form: P(word|tag) is proportional to P(tag|word) / P(tag). */
float dyad_tag_emission(const dyad_tagger *t, int tag, double p_tag_given_word)
{
    return (float)(log(p_tag_given_word) - t->log_prior[tag]);
}

static void finish_emissions(dyad_tagger *t)
{
    double total = 0;
    for (int i = 0; i < DYAD_POS_COUNT; i++) total += t->tag_prior[i];
    for (int i = 0; i < DYAD_POS_COUNT; i++) {
        t->tag_prior[i] = t->tag_prior[i] > 0 ? t->tag_prior[i] / total : 1e-6;
        t->log_prior[i] = log(t->tag_prior[i]);
    }
    for (size_t i = 0; i < t->n_candidates; i++) {
        candidate *c = &t->candidates[i];
        c->score = dyad_tag_emission(t, c->tag, c->score);
    }
}

/* Fills p_given_word and plain (see model.h), for every entry: only the tags between an entry's
 * lowest and highest are visited, as some 50,000 entries are filled at every start. */
static void finish_rare_readings(dyad_tagger *t)
{
    size_t n = t->n_candidates ? t->n_candidates : 1;
    t->p_given_word = dyad_xmalloc(n * sizeof *t->p_given_word);
    t->plain = dyad_xmalloc(n * sizeof *t->plain);
    double p[DYAD_POS_COUNT];
    for (size_t i = 0; i < t->n_entries; i++) {
        lexical_entry *e = &t->entries[i];
        int lo = DYAD_POS_COUNT, hi = 0;
        for (uint32_t j = e->first; j < e->first + e->count; j++) {
            int tag = t->candidates[j].tag;
            lo = tag < lo ? tag : lo;
            hi = tag + 1 > hi ? tag + 1 : hi;
        }
        for (int tag = lo; tag < hi; tag++) p[tag] = 0;
        for (uint32_t j = e->first; j < e->first + e->count; j++) {
            const candidate *c = &t->candidates[j];
            t->p_given_word[j] = p[c->tag] = exp(c->score) * t->tag_prior[c->tag];
        }
        e->n_plain = 0;
        for (int tag = lo; tag < hi; tag++)
            if (p[tag] > 0)
                t->plain[e->first + e->n_plain++] = (candidate){(uint8_t)tag, dyad_tag_emission(t, tag, p[tag])};
    }
}

static void load_word_list(dyad_strmap *set, dyad_blob blob)
{
    const char *p = blob.data, *end = blob.data + blob.size, *line;
    size_t len;
    while ((line = next_line(&p, end, &len)))
        if (len) dyad_strmap_put(set, line, len, 1);
}

/* WordNet exception lists: "inflected base [base...]"; the first base is used. */
static void load_exceptions(dyad_strmap *map, dyad_blob blob)
{
    const char *p = blob.data, *end = blob.data + blob.size, *line;
    size_t len;
    while ((line = next_line(&p, end, &len))) {
        const char *sp = memchr(line, ' ', len);
        if (!sp || sp + 1 >= line + len) continue;
        dyad_strmap_put(map, line, (size_t)(sp - line), (uint32_t)(sp + 1 - blob.data));
    }
}

dyad_tagger *dyad_tagger_new(void)
{
    dyad_tagger *t = dyad_xcalloc(1, sizeof *t);
    static const enum dyad_resource_id exc[3] = {DYAD_RES_WN_NOUN_EXC, DYAD_RES_WN_VERB_EXC, DYAD_RES_WN_ADJ_EXC};
    static const enum dyad_resource_id lem[3] = {DYAD_RES_WN_NOUN_LEMMAS, DYAD_RES_WN_VERB_LEMMAS,
                                                 DYAD_RES_WN_ADJ_LEMMAS};
    for (int i = 0; i < 3; i++) {
        t->exception_blobs[i] = dyad_resource(exc[i]);
        load_exceptions(&t->exceptions[i], t->exception_blobs[i]);
        load_word_list(&t->lemmas[i], dyad_resource(lem[i]));
    }
    dyad_strmap_init(&t->words);
    load_lexicon_blob(t, dyad_resource(DYAD_RES_TAGGER_WORDS), 1);
    load_lexicon_blob(t, dyad_resource(DYAD_RES_TAGGER_UNKNOWN), 0);
    finish_emissions(t);
    finish_rare_readings(t);
    dyad_find_known_lemmas(t);
    load_transitions(t);
    dyad_strmap_free(&t->tag_names);
    return t;
}

void dyad_tagger_free(dyad_tagger *t)
{
    if (!t) return;
    dyad_strmap_free(&t->words);
    for (int i = 0; i < 3; i++) {
        dyad_strmap_free(&t->exceptions[i]);
        dyad_strmap_free(&t->lemmas[i]);
    }
    free(t->entries);
    free(t->candidates);
    free(t->p_given_word);
    free(t->plain);
    free(t->lemmas_of);
    dyad_arena_free(&t->lemma_store);
    free(t);
}
