#include "verbs.h"
#include "transforms.h"
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
    free(d->starts_phrase);
    for (size_t i = 0; i < d->n_words; i++) free(d->word_text[i]);
    free(d->word_text);
    for (size_t i = 0; i < d->n_blocks; i++) free((char *)d->blocks[i].name);
    free(d->blocks);
    free(d->verb_entries);
    free(d->synset_defined_at);
    free(d->members);
    free(d->synset_first_member);
    free(d->synset_words);
    free(d->word_synset_start);
    free(d->word_synsets);
    free(d->transforms);
    free(d->patterns);
    free(d->items);
    for (size_t i = 0; i < d->n_files; i++) free(d->files[i].name);
    free(d->files);
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

/* One code of a bracket: "190", "---" (do not code: ""), TABARI's "075A", or "" (absent). */
static int copy_code(dyad_span code, char out[8])
{
    code = dyad_span_trim(code);
    out[0] = '\0';
    if (code.n == 3 && memcmp(code.s, "---", 3) == 0) return 1;
    if (code.n >= 8) return 0;
    for (size_t i = 0; i < code.n; i++)
        if (!isalnum((unsigned char)code.s[i]) && !strchr("?#+!", code.s[i])) return 0;
    memcpy(out, code.s, code.n);
    out[code.n] = '\0';
    return 1;
}

/* The last "[...]" of text: "[190]", "[---]", "[010:013]", "[:073]". Returns 0 when there is
 * none or it is malformed; *bracket is where it starts. */
static int parse_event_code(dyad_span text, char active[8], char passive[8], const char **bracket)
{
    const char *open = NULL;
    for (size_t i = text.n; i-- > 0;)
        if (text.s[i] == '[') {
            open = text.s + i;
            break;
        }
    if (!open) return 0;
    const char *close = memchr(open, ']', (size_t)(text.s + text.n - open));
    if (!close) return 0;
    dyad_span code = {open + 1, (size_t)(close - open - 1)};
    const char *colon = memchr(code.s, ':', code.n);
    *bracket = open;
    passive[0] = '\0';
    if (!colon) return copy_code(code, active) && (active[0] || memchr(code.s, '-', code.n));
    return copy_code((dyad_span){code.s, (size_t)(colon - code.s)}, active)
           && copy_code((dyad_span){colon + 1, (size_t)(code.s + code.n - colon - 1)}, passive)
           && (active[0] || passive[0]);
}

/* A verb's first listing gives its code; a listing in a second block adds that block's patterns. */
static void add_verb(dyad_verb_dict *d, const char *key, size_t n, const dyad_verb_entry *entry, dyad_dict_report *rep)
{
    if (!n) return;
    const uint32_t *known = dyad_strmap_get(&d->verbs, key, n);
    if (known) {
        dyad_verb_entry *first = &d->verb_entries[*known];
        if (first->block == entry->block || first->also_block == entry->block) return;
        if (first->also_block == UINT32_MAX)
            first->also_block = entry->block;
        else
            dyad_report(rep, entry->line, "verb listed in more than two blocks; the patterns of the first two are used",
                        "%s", key);
        return;
    }
    dyad_grow((void **)&d->verb_entries, &d->cap_verb_entries, d->n_verb_entries + 1, sizeof *d->verb_entries);
    d->verb_entries[d->n_verb_entries] = *entry;
    dyad_strmap_put(&d->verbs, key, n, (uint32_t)d->n_verb_entries++);
}

/* Lookup key of a verb as written: "+STIR_UP" -> "STIR UP". Only multi-word verbs whose first
 * word is the verb can be matched (the coder looks verbs up as "LEMMA" or "LEMMA PARTICLE");
 * others ("WIRE_+TAP") return 0 after a report. */
static size_t verb_key(dyad_verb_dict *d, dyad_span verb, char *key, size_t size, dyad_dict_report *rep, size_t lineno)
{
    if (verb.n && verb.s[0] == '+') {
        verb.s++;
        verb.n--;
    }
    const char *plus = memchr(verb.s, '+', verb.n);
    if (plus) {
        /* "WIRE_+TAP": the verb is the last of two words; the coder looks it up with the word before */
        const char *joint = memchr(verb.s, '_', verb.n);
        if (!joint || joint + 1 != plus || memchr(plus + 1, '_', (size_t)(verb.s + verb.n - plus - 1))) {
            dyad_report(rep, lineno,
                        "multi-word verb whose verb is neither its first nor the second of two words; not matched",
                        "'%.*s'", (int)verb.n, verb.s);
            return 0;
        }
        d->has_verb_last = 1;
        char joined[256];
        int n = snprintf(joined, sizeof joined, "%.*s %.*s", (int)(joint - verb.s), verb.s,
                         (int)(verb.s + verb.n - plus - 1), plus + 1);
        return n > 0 && (size_t)n < sizeof joined ? dyad_normalize_name((dyad_span){joined, (size_t)n}, key, size) : 0;
    }
    return dyad_normalize_name(verb, key, size);
}

/* "VERB {FORM FORM}" or "+STIR_UP {+STIRS_UP ...}": the verb and its listed forms. */
static void parse_verb_line(dyad_verb_dict *d, dyad_span line, uint32_t block, dyad_dict_report *rep, size_t lineno)
{
    dyad_verb_entry entry = {.block = block, .also_block = UINT32_MAX, .line = (uint32_t)lineno};
    const char *bracket = memchr(line.s, '[', line.n);
    if (bracket) {
        const char *at;
        entry.has_code = (uint8_t)parse_event_code(line, entry.code, entry.second_code, &at);
        if (!entry.has_code) dyad_report(rep, lineno, "malformed verb code; the block's code is used", NULL);
        line = dyad_span_trim((dyad_span){line.s, (size_t)(bracket - line.s)});
    }
    const char *brace = memchr(line.s, '{', line.n);
    dyad_span verb = dyad_span_trim((dyad_span){line.s, brace ? (size_t)(brace - line.s) : line.n});
    char key[256];
    add_verb(d, key, verb_key(d, verb, key, sizeof key, rep, lineno), &entry, rep);
    if (!brace) return;
    const char *end = line.s + line.n, *close = memchr(brace, '}', (size_t)(end - brace));
    const char *p = brace + 1, *stop = close ? close : end;
    while (p < stop) {
        while (p < stop && isspace((unsigned char)*p)) p++;
        const char *w = p;
        while (p < stop && !isspace((unsigned char)*p)) p++;
        dyad_span form = {w, (size_t)(p - w)};
        if (form.n) add_verb(d, key, verb_key(d, form, key, sizeof key, rep, lineno), &entry, rep);
    }
}

/* "SWISS FRANCS": remembers the first word (its id: first) and the length, so the coder tries
 * phrases only where one can start. */
static void note_phrase_member(dyad_verb_dict *d, uint32_t first, const char *member, size_t n)
{
    size_t old_cap = d->cap_starts_phrase;
    dyad_grow((void **)&d->starts_phrase, &d->cap_starts_phrase, (size_t)first + 1, 1);
    memset(d->starts_phrase + old_cap, 0, d->cap_starts_phrase - old_cap);
    d->starts_phrase[first] = 1;
    size_t words = 1;
    for (size_t i = 0; i < n; i++) words += member[i] == ' ';
    if (words > d->longest_member) d->longest_member = words;
}

/* Records "+WORD", "+WORD WORD" or "+&NAME" as a member of synset s (repeats are harmless:
 * expansion lists each word once). */
static void add_member(dyad_verb_dict *d, uint32_t s, const char *member, size_t n, size_t lineno)
{
    if (!n) return;
    while (d->cap_first_member <= s) {
        size_t old_cap = d->cap_first_member;
        dyad_grow((void **)&d->synset_first_member, &d->cap_first_member, s + 1, sizeof *d->synset_first_member);
        for (size_t i = old_cap; i < d->cap_first_member; i++) d->synset_first_member[i] = UINT32_MAX;
    }
    dyad_grow((void **)&d->members, &d->cap_members, d->n_members + 1, sizeof *d->members);
    d->members[d->n_members] =
        (struct dyad_synset_member){s, intern_word(d, member, n), d->synset_first_member[s], (uint32_t)lineno};
    d->synset_first_member[s] = (uint32_t)d->n_members++;
    const char *space = memchr(member, ' ', n);
    /* members are pattern words too, so tokens can be indexed by them; of a phrase, its first word */
    if (space) note_phrase_member(d, intern_word(d, member, (size_t)(space - member)), member, n);
}

/* Nested synsets ("+&TIETYPES") are expanded depth first, each synset once, after its file is
 * read: a synset's words are its own words and the expanded words of the synsets it lists, so
 * the work is linear in the expanded lists. Those can grow with the square of the nesting depth
 * (a chain of synsets, each listing the next), so a file's are capped far above real use (the
 * Phoenix files expand to about 550 words). */
#define MAX_SYNSET_WORDS ((size_t)1 << 22)
enum { SYNSET_NEW, SYNSET_OPEN, SYNSET_DONE };
#define WORD_MEMBER      UINT32_MAX
#define UNDEFINED_SYNSET (UINT32_MAX - 1)

typedef struct {
    uint32_t first;      /* the first synset of the file being expanded */
    size_t first_word;   /* where the file's expanded words start in synset_words */
    uint8_t *state;      /* by synset - first */
    size_t *start, *end; /* by synset - first: its expanded words in synset_words */
    uint32_t *seen;      /* by word: 1 + the synset that was last given it */
    struct expand_frame {
        uint32_t synset, member;
    } * stack;
} synset_expansion;

static uint32_t first_member(const dyad_verb_dict *d, uint32_t s)
{
    return s < d->cap_first_member ? d->synset_first_member[s] : UINT32_MAX;
}

/* The synset a member names ("+&NAME"), UNDEFINED_SYNSET if its file never defines it, or
 * WORD_MEMBER for a word or phrase. */
static uint32_t listed_synset(const dyad_verb_dict *d, uint32_t m)
{
    const char *text = d->word_text[d->members[m].text];
    if (text[0] != '&') return WORD_MEMBER;
    const uint32_t *s = dyad_strmap_get(&d->synset_names, text, strlen(text));
    return s && d->synset_defined_at[*s] ? *s : UNDEFINED_SYNSET;
}

static void add_synset_word(dyad_verb_dict *d, synset_expansion *x, uint32_t s, uint32_t w)
{
    if (x->seen[w] == s + 1 || d->n_synset_words - x->first_word >= MAX_SYNSET_WORDS) return;
    x->seen[w] = s + 1;
    dyad_grow((void **)&d->synset_words, &d->cap_synset_words, d->n_synset_words + 1, sizeof *d->synset_words);
    d->synset_words[d->n_synset_words++] = (struct dyad_synset_word){s, w};
}

/* Synset s's words, once each, once the synsets it lists are expanded. */
static void collect_synset_words(dyad_verb_dict *d, synset_expansion *x, uint32_t s)
{
    x->start[s - x->first] = d->n_synset_words;
    for (uint32_t m = first_member(d, s); m != UINT32_MAX; m = d->members[m].next) {
        uint32_t t = listed_synset(d, m);
        if (t == WORD_MEMBER)
            add_synset_word(d, x, s, d->members[m].text);
        else if (t != UNDEFINED_SYNSET && x->state[t - x->first] == SYNSET_DONE)
            for (size_t i = x->start[t - x->first]; i < x->end[t - x->first]; i++)
                add_synset_word(d, x, s, d->synset_words[i].word);
    }
    x->end[s - x->first] = d->n_synset_words;
    x->state[s - x->first] = SYNSET_DONE;
}

/* Depth first from root, with a stack of its own (nesting may be as deep as the file is long). */
static void expand_from(dyad_verb_dict *d, synset_expansion *x, uint32_t root, dyad_dict_report *rep)
{
    size_t depth = 0;
    x->stack[depth++] = (struct expand_frame){root, first_member(d, root)};
    x->state[root - x->first] = SYNSET_OPEN;
    while (depth) {
        struct expand_frame *f = &x->stack[depth - 1];
        if (f->member == UINT32_MAX) {
            collect_synset_words(d, x, f->synset);
            depth--;
            continue;
        }
        uint32_t m = f->member, t = listed_synset(d, m);
        f->member = d->members[m].next;
        if (t == WORD_MEMBER) continue;
        const char *name = d->word_text[d->members[m].text];
        if (t == UNDEFINED_SYNSET)
            dyad_report(rep, d->members[m].line, "synset member names a synset that is never defined; ignored", "%s",
                        name);
        else if (x->state[t - x->first] == SYNSET_OPEN)
            dyad_report(rep, d->members[m].line,
                        "synset member leads back to a synset that lists it (a cycle); ignored", "%s", name);
        else if (x->state[t - x->first] == SYNSET_NEW) {
            x->stack[depth++] = (struct expand_frame){t, first_member(d, t)};
            x->state[t - x->first] = SYNSET_OPEN;
        }
    }
}

/* Expands the synsets from first (those of the file just read) into synset_words. */
static void expand_synsets(dyad_verb_dict *d, uint32_t first, dyad_dict_report *rep)
{
    size_t n = d->n_synsets - first;
    synset_expansion x = {first,
                          d->n_synset_words,
                          dyad_xcalloc(n + 1, 1),
                          dyad_xmalloc((n + 1) * sizeof *x.start),
                          dyad_xmalloc((n + 1) * sizeof *x.end),
                          dyad_xcalloc(d->n_words + 1, sizeof *x.seen),
                          dyad_xmalloc((n + 1) * sizeof *x.stack)};
    for (uint32_t s = first; s < d->n_synsets; s++)
        if (x.state[s - first] == SYNSET_NEW && d->synset_defined_at[s]) expand_from(d, &x, s, rep);
    if (d->n_synset_words - x.first_word >= MAX_SYNSET_WORDS)
        dyad_report(rep, 0, "nested synsets expand to too many words; the rest are ignored", "more than %zu",
                    MAX_SYNSET_WORDS);
    free(x.state);
    free(x.start);
    free(x.end);
    free(x.seen);
    free(x.stack);
}

/* The word -> synsets table for the expanded members of every file's synsets (counting sort by word id). */
static void index_word_synsets(dyad_verb_dict *d)
{
    free(d->word_synset_start);
    free(d->word_synsets);
    d->word_synset_start = dyad_xcalloc(d->n_words + 1, sizeof *d->word_synset_start);
    d->word_synsets = dyad_xmalloc((d->n_synset_words ? d->n_synset_words : 1) * sizeof *d->word_synsets);
    for (size_t i = 0; i < d->n_synset_words; i++) d->word_synset_start[d->synset_words[i].word + 1]++;
    for (size_t w = 0; w < d->n_words; w++) d->word_synset_start[w + 1] += d->word_synset_start[w];
    uint32_t *fill = dyad_xmalloc((d->n_words + 1) * sizeof *fill);
    memcpy(fill, d->word_synset_start, (d->n_words + 1) * sizeof *fill);
    for (size_t i = 0; i < d->n_synset_words; i++)
        d->word_synsets[fill[d->synset_words[i].word]++] = d->synset_words[i].synset;
    free(fill);
}

int dyad_synset_has_word(const dyad_verb_dict *d, uint32_t s, uint32_t w)
{
    if (!d->word_synset_start || w >= d->n_words) return 0;
    for (uint32_t i = d->word_synset_start[w]; i < d->word_synset_start[w + 1]; i++)
        if (d->word_synsets[i] == s) return 1;
    return 0;
}

/* Synsets may be used before they are defined; a name gets its index at first mention. */
static uint32_t synset_id(dyad_verb_dict *d, const char *name, size_t n)
{
    const uint32_t *s = dyad_strmap_get(&d->synset_names, name, n);
    if (s) return *s;
    dyad_grow((void **)&d->synset_defined_at, &d->cap_synsets, d->n_synsets + 1, sizeof *d->synset_defined_at);
    d->synset_defined_at[d->n_synsets] = 0;
    dyad_strmap_put(&d->synset_names, name, n, (uint32_t)d->n_synsets);
    return (uint32_t)d->n_synsets++;
}

static void add_item(dyad_verb_dict *d, enum dyad_pattern_item_kind kind, uint32_t ref, int joined)
{
    dyad_grow((void **)&d->items, &d->cap_items, d->n_items + 1, sizeof *d->items);
    d->items[d->n_items++] = (dyad_pattern_item){(uint8_t)kind, (uint8_t)joined, ref};
}

/* Pattern body (between "- " and the code) into items. */
static void parse_pattern_items(dyad_verb_dict *d, dyad_span body)
{
    const char *p = body.s, *end = body.s + body.n;
    int joined = 0;
    while (p < end) {
        while (p < end && isspace((unsigned char)*p)) {
            p++;
            joined = 0;
        }
        if (p >= end) break;
        const char *w = p;
        while (p < end && !isspace((unsigned char)*p) && *p != '_') p++;
        dyad_span tok = {w, (size_t)(p - w)};
        int next_joined = p < end && *p == '_';
        if (next_joined) p++;
        /* PETRARCH-2 grouping marks: () and {} are read as plain word order */
        while (tok.n && strchr("({", tok.s[0])) {
            tok.s++;
            tok.n--;
        }
        while (tok.n && strchr(")}", tok.s[tok.n - 1])) tok.n--;
        if (!tok.n) {
            joined = next_joined;
            continue;
        }
        if (tok.n == 1 && tok.s[0] == '*')
            add_item(d, DYAD_PI_VERB, 0, joined);
        else if (tok.n == 1 && tok.s[0] == '+')
            add_item(d, DYAD_PI_TARGET, 0, joined);
        else if (tok.n == 1 && tok.s[0] == '$')
            add_item(d, DYAD_PI_SOURCE, 0, joined);
        else if (tok.n == 1 && tok.s[0] == '^')
            add_item(d, DYAD_PI_SKIP, 0, joined);
        else if (tok.n == 1 && tok.s[0] == '%') { /* TABARI's compound-actor marker: no constraint */
        } else if (tok.s[0] == '&') {
            char key[128];
            size_t k = dyad_normalize_name(tok, key, sizeof key);
            add_item(d, DYAD_PI_SYNSET, synset_id(d, key, k), joined);
        } else {
            char key[128];
            size_t k = dyad_normalize_name(tok, key, sizeof key);
            add_item(d, DYAD_PI_WORD, intern_word(d, key, k), joined);
        }
        joined = next_joined;
    }
}

static uint32_t add_block(dyad_verb_dict *d, dyad_span header, size_t lineno, dyad_dict_report *rep)
{
    /* "--- NAME [CODE] ---"; without a code (TABARI's "--- DEFEND ###") the block codes nothing by itself */
    dyad_span inner = dyad_span_trim((dyad_span){header.s + 3, header.n - 3});
    while (inner.n && inner.s[inner.n - 1] == '-') inner.n--;
    char code[8] = "", second[8] = "";
    const char *bracket = NULL;
    if (!parse_event_code(inner, code, second, &bracket)) {
        if (memchr(inner.s, '[', inner.n))
            dyad_report(rep, lineno, "malformed code in a verb block header; the block codes nothing by itself", NULL);
        code[0] = '\0';
        bracket = memchr(inner.s, '[', inner.n);
        if (!bracket) bracket = inner.s + inner.n;
    }
    dyad_grow((void **)&d->blocks, &d->cap_blocks, d->n_blocks + 1, sizeof *d->blocks);
    dyad_verb_block *b = &d->blocks[d->n_blocks];
    memcpy(b->code, code, sizeof code);
    memcpy(b->second_code, second, sizeof second);
    b->first_pattern = (uint32_t)d->n_patterns;
    b->n_patterns = 0;
    b->file = (uint32_t)(d->n_files - 1);
    b->line = (uint32_t)lineno;
    char key[256];
    dyad_normalize_name(dyad_span_trim((dyad_span){inner.s, (size_t)(bracket - inner.s)}), key, sizeof key);
    b->name = dyad_xstrdup(key);
    return (uint32_t)d->n_blocks++;
}

/* The coder matches a pattern outwards from its one `*`; without it, or with two, it cannot. */
static int has_one_verb(const dyad_verb_dict *d, size_t first_item, dyad_span line, size_t lineno,
                        dyad_dict_report *rep)
{
    size_t verbs = 0;
    for (size_t i = first_item; i < d->n_items; i++) verbs += d->items[i].kind == DYAD_PI_VERB;
    if (verbs == 1) return 1;
    if (!verbs)
        dyad_report(rep, lineno, "pattern has no '*' (the verb's place); ignored", "'%.*s'", (int)line.n, line.s);
    else
        dyad_report(rep, lineno, "pattern has more than one '*' (the verb's place); ignored", "'%.*s'", (int)line.n,
                    line.s);
    return 0;
}

static void add_pattern(dyad_verb_dict *d, dyad_span line, uint32_t block, size_t lineno, dyad_dict_report *rep)
{
    char code[8], second[8];
    const char *bracket = NULL;
    if (!parse_event_code(line, code, second, &bracket)) {
        dyad_report(rep, lineno, "pattern without a well-formed [code]; ignored", "'%.*s'", (int)line.n, line.s);
        return;
    }
    /* syntax only PETRARCH-2 has: a passive-only code, a pattern group */
    dyad_span body = {line.s + 2, (size_t)(bracket - line.s - 2)};
    dyad_verb_file *file = &d->files[d->n_files - 1];
    if (!file->petrarch2_line
        && ((!code[0] && second[0]) || memchr(body.s, '(', body.n) || memchr(body.s, '{', body.n)))
        file->petrarch2_line = (uint32_t)lineno;
    size_t first_item = d->n_items;
    parse_pattern_items(d, body);
    if (!has_one_verb(d, first_item, line, lineno, rep)) {
        d->n_items = first_item;
        return;
    }
    dyad_grow((void **)&d->patterns, &d->cap_patterns, d->n_patterns + 1, sizeof *d->patterns);
    dyad_verb_pattern *pt = &d->patterns[d->n_patterns++];
    pt->first_item = (uint32_t)first_item;
    pt->n_items = (uint32_t)(d->n_items - first_item);
    pt->first_word = UINT32_MAX;
    for (size_t i = first_item; i < d->n_items && pt->first_word == UINT32_MAX; i++)
        if (d->items[i].kind == DYAD_PI_WORD) pt->first_word = d->items[i].ref;
    memcpy(pt->code, code, sizeof code);
    memcpy(pt->second_code, second, sizeof second);
    pt->block = block;
    pt->line = (uint32_t)lineno;
    d->blocks[block].n_patterns++;
}

/* Patterns (of the file just read) that use a synset it never defines can never match: say so,
 * with the first such line. */
static void report_undefined_synsets(const dyad_verb_dict *d, size_t first_pattern, dyad_dict_report *rep)
{
    for (size_t p = first_pattern; p < d->n_patterns; p++) {
        const dyad_verb_pattern *pt = &d->patterns[p];
        for (uint32_t i = 0; i < pt->n_items; i++) {
            const dyad_pattern_item *it = &d->items[pt->first_item + i];
            if (it->kind == DYAD_PI_SYNSET && !d->synset_defined_at[it->ref])
                dyad_report(rep, pt->line, "pattern uses a synset that is never defined; it cannot match", NULL);
        }
    }
}

/* Where the file's dialect decides a reading (some code has a B part), says which was chosen. */
static void note_dialect(const dyad_verb_dict *d, size_t first_block, size_t first_pattern, size_t first_entry)
{
    int has_b = 0;
    for (size_t i = first_block; i < d->n_blocks && !has_b; i++) has_b = d->blocks[i].second_code[0] != '\0';
    for (size_t i = first_pattern; i < d->n_patterns && !has_b; i++) has_b = d->patterns[i].second_code[0] != '\0';
    for (size_t i = first_entry; i < d->n_verb_entries && !has_b; i++)
        has_b = d->verb_entries[i].second_code[0] != '\0';
    if (!has_b) return;
    const dyad_verb_file *f = &d->files[d->n_files - 1];
    if (f->petrarch2_line)
        dyad_note(f->name, "read as PETRARCH-2 ([A:B] = active:passive): line %u has a [:B] code or a pattern group",
                  f->petrarch2_line);
    else
        dyad_note(f->name,
                  "read as TABARI/PETRARCH-1 ([A:B] = paired event): no pattern has a [:B] code or a pattern group");
}

/* Starts a file: its provenance entry, and a fresh set of synset names (a file's patterns use
 * its own synsets). */
static void begin_file(dyad_verb_dict *d, const char *name)
{
    d->files = dyad_xrealloc(d->files, (d->n_files + 1) * sizeof *d->files);
    d->files[d->n_files++] = (dyad_verb_file){dyad_xstrdup(name), 0};
    dyad_strmap_free(&d->synset_names);
    dyad_strmap_init(&d->synset_names);
}

long dyad_load_verbs_text(dyad_verb_dict *d, const char *name, const char *text, size_t len)
{
    begin_file(d, name);
    size_t first_block = d->n_blocks, first_pattern = d->n_patterns, first_entry = d->n_verb_entries;
    uint32_t first_synset = (uint32_t)d->n_synsets;
    size_t first_transform = d->n_transforms;
    long loaded = 0;
    uint32_t block = UINT32_MAX, synset = UINT32_MAX;
    dyad_dict_lines lines;
    dyad_dict_lines_init(&lines, name, text, len);
    dyad_dict_report *rep = &lines.report;
    dyad_span raw, line;
    while (dyad_dict_next(&lines, &line, &raw)) {
        size_t lineno = lines.line;
        if (line.n >= 3 && memcmp(line.s, "---", 3) == 0) {
            block = add_block(d, line, lineno, rep);
            synset = UINT32_MAX;
            loaded++;
        } else if (line.s[0] == '&') {
            char key[128];
            size_t k = dyad_normalize_name(line, key, sizeof key);
            synset = synset_id(d, key, k);
            if (d->synset_defined_at[synset])
                dyad_report(rep, lineno, "synset defined twice; the members of both definitions are used", "%s", key);
            d->synset_defined_at[synset] = (uint32_t)lineno;
            block = UINT32_MAX;
        } else if (line.s[0] == '+' && synset != UINT32_MAX) {
            char key[160];
            add_member(d, synset, key, dyad_normalize_name((dyad_span){line.s + 1, line.n - 1}, key, sizeof key),
                       lineno);
        } else if (line.s[0] == '~') {
            dyad_add_transform(d, line, lineno, rep);
        } else if (line.s[0] == '-' && line.n > 1 && isspace((unsigned char)line.s[1])) {
            if (block == UINT32_MAX)
                dyad_report(rep, lineno, "pattern outside a verb block; ignored", NULL);
            else
                add_pattern(d, line, block, lineno, rep);
        } else if (block != UINT32_MAX) {
            parse_verb_line(d, line, block, rep, lineno);
        } else {
            dyad_report(rep, lineno, "line outside a verb block or synset; ignored", "'%.*s'", (int)line.n, line.s);
        }
    }
    dyad_resolve_transforms(d, first_transform, rep);
    expand_synsets(d, first_synset, rep);
    index_word_synsets(d);
    report_undefined_synsets(d, first_pattern, rep);
    dyad_report_finish(rep);
    note_dialect(d, first_block, first_pattern, first_entry);
    return loaded;
}

static long verbs_text(void *d, const char *name, const char *text, size_t len)
{
    return dyad_load_verbs_text(d, name, text, len);
}

long dyad_load_verbs(dyad_verb_dict *d, const char *path) { return dyad_load_file(path, verbs_text, d); }

const dyad_verb_entry *dyad_verb_lookup(const dyad_verb_dict *d, const char *key, size_t len)
{
    const uint32_t *v = dyad_strmap_get(&d->verbs, key, len);
    return v ? &d->verb_entries[*v] : NULL;
}

const char *dyad_verb_default_code(const dyad_verb_dict *d, const dyad_verb_entry *verb)
{
    return verb->has_code ? verb->code : d->blocks[verb->block].code;
}

const char *dyad_verb_block_file(const dyad_verb_dict *d, const dyad_verb_block *b) { return d->files[b->file].name; }

int dyad_verb_block_petrarch2(const dyad_verb_dict *d, const dyad_verb_block *b)
{
    return d->files[b->file].petrarch2_line != 0;
}
