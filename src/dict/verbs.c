#include "verbs.h"
#include "dictfile.h"
#include "../core/diag.h"
#include "../core/xalloc.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_verb_dict_init(dyad_verb_dict *d) { memset(d, 0, sizeof *d); }

void dyad_verb_dict_free(dyad_verb_dict *d)
{
    dyad_strmap_free(&d->verbs);
    dyad_strmap_free(&d->words);
    dyad_strmap_free(&d->synset_names);
    dyad_strmap_free(&d->synset_members);
    for (size_t i = 0; i < d->n_words; i++) free(d->word_text[i]);
    free(d->word_text);
    for (size_t i = 0; i < d->n_blocks; i++) free((char *)d->blocks[i].name);
    free(d->blocks);
    free(d->patterns);
    free(d->items);
    free(d->file);
    memset(d, 0, sizeof *d);
}

static uint32_t intern_word(dyad_verb_dict *d, const char *w, size_t n)
{
    const uint32_t *v = dyad_strmap_get(&d->words, w, n);
    if (v) return *v;
    dyad_grow((void **)&d->word_text, &d->cap_words, d->n_words + 1, sizeof *d->word_text);
    char *copy = dyad_xmalloc(n + 1);
    memcpy(copy, w, n);
    copy[n] = '\0';
    d->word_text[d->n_words] = copy;
    dyad_strmap_put(&d->words, w, n, (uint32_t)d->n_words);
    return (uint32_t)d->n_words++;
}

/* "[190]", "[---]", "[010:013]" -> "190", "", "010"; returns 0 if there is no well-formed code. */
static int parse_event_code(dyad_span text, char out[8], const char **bracket)
{
    const char *open = NULL;
    for (size_t i = text.n; i-- > 0;)
        if (text.s[i] == '[') { open = text.s + i; break; }
    if (!open) return 0;
    const char *close = memchr(open, ']', (size_t)(text.s + text.n - open));
    if (!close) return 0;
    dyad_span code = dyad_span_trim((dyad_span){open + 1, (size_t)(close - open - 1)});
    const char *colon = memchr(code.s, ':', code.n);
    if (colon) code.n = (size_t)(colon - code.s);
    *bracket = open;
    if (code.n == 3 && memcmp(code.s, "---", 3) == 0) { out[0] = '\0'; return 1; }
    if (code.n < 2 || code.n > 4) return 0;
    for (size_t i = 0; i < code.n; i++)
        if (!isdigit((unsigned char)code.s[i])) return 0;
    memcpy(out, code.s, code.n);
    out[code.n] = '\0';
    return 1;
}

static void add_verb(dyad_verb_dict *d, const char *key, size_t n, uint32_t block)
{
    if (n && !dyad_strmap_get(&d->verbs, key, n)) dyad_strmap_put(&d->verbs, key, n, block);
}

/* "VERB {FORM FORM}" or "+STIR_UP {+STIRS_UP ...}": the verb and its listed forms. */
static void parse_verb_line(dyad_verb_dict *d, dyad_span line, uint32_t block)
{
    const char *brace = memchr(line.s, '{', line.n);
    dyad_span verb = dyad_span_trim((dyad_span){line.s, brace ? (size_t)(brace - line.s) : line.n});
    char key[256];
    if (verb.n && verb.s[0] == '+') { verb.s++; verb.n--; }
    add_verb(d, key, dyad_normalize_name(verb, key, sizeof key), block);
    if (!brace) return;
    const char *end = line.s + line.n, *close = memchr(brace, '}', (size_t)(end - brace));
    const char *p = brace + 1, *stop = close ? close : end;
    while (p < stop) {
        while (p < stop && isspace((unsigned char)*p)) p++;
        const char *w = p;
        while (p < stop && !isspace((unsigned char)*p)) p++;
        dyad_span form = {w, (size_t)(p - w)};
        if (form.n && form.s[0] == '+') { form.s++; form.n--; }
        if (form.n) add_verb(d, key, dyad_normalize_name(form, key, sizeof key), block);
    }
}

static void add_item(dyad_verb_dict *d, enum dyad_pattern_item_kind kind, uint32_t ref, int joined)
{
    dyad_grow((void **)&d->items, &d->cap_items, d->n_items + 1, sizeof *d->items);
    d->items[d->n_items++] = (dyad_pattern_item){(uint8_t)kind, (uint8_t)joined, ref};
}

/* Pattern body (between "- " and the code) into items; returns 0 when it names an unknown synset. */
static int parse_pattern_items(dyad_verb_dict *d, dyad_span body, const char *file, size_t lineno)
{
    const char *p = body.s, *end = body.s + body.n;
    int joined = 0;
    while (p < end) {
        while (p < end && isspace((unsigned char)*p)) { p++; joined = 0; }
        if (p >= end) break;
        const char *w = p;
        while (p < end && !isspace((unsigned char)*p) && *p != '_') p++;
        dyad_span tok = {w, (size_t)(p - w)};
        int next_joined = p < end && *p == '_';
        if (next_joined) p++;
        /* PETRARCH-2 grouping marks: () and {} are read as plain word order */
        while (tok.n && strchr("({", tok.s[0])) { tok.s++; tok.n--; }
        while (tok.n && strchr(")}", tok.s[tok.n - 1])) tok.n--;
        if (!tok.n) { joined = next_joined; continue; }
        if (tok.n == 1 && tok.s[0] == '*') add_item(d, DYAD_PI_VERB, 0, joined);
        else if (tok.n == 1 && tok.s[0] == '+') add_item(d, DYAD_PI_TARGET, 0, joined);
        else if (tok.n == 1 && tok.s[0] == '$') add_item(d, DYAD_PI_SOURCE, 0, joined);
        else if (tok.n == 1 && (tok.s[0] == '^' || tok.s[0] == '%')) { /* skip markers: no constraint */ }
        else if (tok.s[0] == '&') {
            char key[128];
            size_t k = dyad_normalize_name(tok, key, sizeof key);
            const uint32_t *s = dyad_strmap_get(&d->synset_names, key, k);
            if (!s) {
                dyad_warn_line(file, lineno, "unknown synset %.*s; pattern ignored", (int)tok.n, tok.s);
                return 0;
            }
            add_item(d, DYAD_PI_SYNSET, *s, joined);
        } else {
            char key[128];
            size_t k = dyad_normalize_name(tok, key, sizeof key);
            add_item(d, DYAD_PI_WORD, intern_word(d, key, k), joined);
        }
        joined = next_joined;
    }
    return 1;
}

long dyad_load_verbs_text(dyad_verb_dict *d, const char *name, const char *text, size_t len)
{
    if (!d->file) d->file = dyad_xstrdup(name);
    long loaded = 0;
    size_t lineno = 0;
    uint32_t block = UINT32_MAX, synset = UINT32_MAX;
    const char *p = text, *end = text + len;
    dyad_span raw;
    while (dyad_next_line(&p, end, &raw)) {
        lineno++;
        dyad_span line = dyad_strip_comment(raw);
        if (!line.n) continue;
        if (line.n >= 3 && memcmp(line.s, "---", 3) == 0) {
            /* --- NAME [CODE] --- */
            dyad_span inner = dyad_span_trim((dyad_span){line.s + 3, line.n - 3});
            while (inner.n && inner.s[inner.n - 1] == '-') inner.n--;
            char code[8] = "";
            const char *bracket = NULL;
            if (!parse_event_code(inner, code, &bracket)) {
                dyad_warn_line(name, lineno, "verb block header without a [code]; block ignored");
                block = UINT32_MAX;
                continue;
            }
            dyad_grow((void **)&d->blocks, &d->cap_blocks, d->n_blocks + 1, sizeof *d->blocks);
            dyad_verb_block *b = &d->blocks[d->n_blocks];
            memcpy(b->code, code, sizeof code);
            b->first_pattern = (uint32_t)d->n_patterns;
            b->n_patterns = 0;
            b->line = (uint32_t)lineno;
            char key[256];
            dyad_normalize_name(dyad_span_trim((dyad_span){inner.s, (size_t)(bracket - inner.s)}), key, sizeof key);
            b->name = dyad_xstrdup(key);
            block = (uint32_t)d->n_blocks++;
            synset = UINT32_MAX;
            loaded++;
        } else if (line.s[0] == '&') {
            char key[128];
            size_t k = dyad_normalize_name(line, key, sizeof key);
            synset = (uint32_t)d->n_synsets++;
            dyad_strmap_put(&d->synset_names, key, k, synset);
            block = UINT32_MAX;
        } else if (line.s[0] == '+' && synset != UINT32_MAX) {
            char key[160];
            int k = snprintf(key, sizeof key, "%u|", synset);
            size_t w = dyad_normalize_name((dyad_span){line.s + 1, line.n - 1}, key + k, sizeof key - (size_t)k);
            dyad_strmap_put(&d->synset_members, key, (size_t)k + w, 1);
            intern_word(d, key + k, w); /* members are pattern words too, so tokens can be indexed by them */
        } else if (line.s[0] == '-' && line.n > 1 && isspace((unsigned char)line.s[1])) {
            if (block == UINT32_MAX) { dyad_warn_line(name, lineno, "pattern outside a verb block; ignored"); continue; }
            char code[8];
            const char *bracket = NULL;
            if (!parse_event_code(line, code, &bracket)) {
                dyad_warn_line(name, lineno, "pattern without a [code]; ignored");
                continue;
            }
            size_t first_item = d->n_items;
            if (!parse_pattern_items(d, (dyad_span){line.s + 2, (size_t)(bracket - line.s - 2)}, name, lineno)) {
                d->n_items = first_item;
                continue;
            }
            dyad_grow((void **)&d->patterns, &d->cap_patterns, d->n_patterns + 1, sizeof *d->patterns);
            dyad_verb_pattern *pt = &d->patterns[d->n_patterns++];
            pt->first_item = (uint32_t)first_item;
            pt->n_items = (uint32_t)(d->n_items - first_item);
            memcpy(pt->code, code, sizeof code);
            pt->block = block;
            pt->line = (uint32_t)lineno;
            d->blocks[block].n_patterns++;
        } else if (block != UINT32_MAX) {
            parse_verb_line(d, line, block);
        } else {
            dyad_warn_line(name, lineno, "line outside a verb block or synset; ignored");
        }
    }
    return loaded;
}

long dyad_load_verbs(dyad_verb_dict *d, const char *path)
{
    size_t len;
    char *buf = dyad_read_file(path, &len);
    if (!buf) return -1;
    long n = dyad_load_verbs_text(d, path, buf, len);
    free(buf);
    return n;
}

const dyad_verb_block *dyad_verb_lookup(const dyad_verb_dict *d, const char *key, size_t len)
{
    const uint32_t *v = dyad_strmap_get(&d->verbs, key, len);
    return v ? &d->blocks[*v] : NULL;
}

/* "12|" in front of a word: the key of synset 12's members. Written by hand: this runs per token. */
static int synset_prefix(uint32_t s, char *key)
{
    char digits[12];
    int n = 0;
    do { digits[n++] = (char)('0' + s % 10); s /= 10; } while (s);
    for (int i = 0; i < n; i++) key[i] = digits[n - 1 - i];
    key[n] = '|';
    return n + 1;
}

int dyad_synset_has(const dyad_verb_dict *d, uint32_t s, const char *word, size_t len)
{
    char key[160];
    int k = synset_prefix(s, key);
    if (len + (size_t)k >= sizeof key) return 0;
    memcpy(key + k, word, len);
    return dyad_strmap_get(&d->synset_members, key, (size_t)k + len) != NULL;
}
