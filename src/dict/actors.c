#include "actors.h"
#include "dictfile.h"
#include "../core/calendar.h"
#include "../core/diag.h"
#include "../core/xalloc.h"
#include <assert.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_phrase_dict_init(dyad_phrase_dict *d) { memset(d, 0, sizeof *d); }

void dyad_phrase_dict_free(dyad_phrase_dict *d)
{
    dyad_strmap_free(&d->phrases);
    dyad_strmap_free(&d->gapped_first);
    for (size_t i = 0; i < d->n_gapped; i++) free(d->gapped[i].key);
    free(d->gapped);
    for (size_t i = 0; i < d->n_entries; i++) free((char *)d->entries[i].name);
    free(d->entries);
    free(d->codes);
    for (size_t i = 0; i < d->n_files; i++) free(d->files[i]);
    free(d->files);
    memset(d, 0, sizeof *d);
}

int32_t dyad_parse_dict_date(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return -1;
    long v = n ? strtol(s, NULL, 10) : -1;
    if (n == 6) {
        long yy = v / 10000;
        v += (yy <= 50 ? 20000000 : 19000000);
    } else if (n != 8) {
        return -1;
    }
    long mm = v / 100 % 100, dd = v % 100;
    if (mm < 1 || mm > 12 || dd < 1 || dd > 31) return -1;
    return (int32_t)v;
}

static size_t add_file(dyad_phrase_dict *d, const char *name)
{
    d->files = dyad_xrealloc(d->files, (d->n_files + 1) * sizeof *d->files);
    d->files[d->n_files] = dyad_xstrdup(name);
    return d->n_files++;
}

static uint32_t add_entry(dyad_phrase_dict *d, size_t file, size_t line, const char *name)
{
    dyad_grow((void **)&d->entries, &d->cap_entries, d->n_entries + 1, sizeof *d->entries);
    dyad_actor_entry *e = &d->entries[d->n_entries];
    e->first_code = (uint32_t)d->n_codes;
    e->n_codes = 0;
    e->file = (uint32_t)file;
    e->line = (uint32_t)line;
    e->name = dyad_xstrdup(name);
    return (uint32_t)d->n_entries++;
}

/* Where a written name allows other words between its words: bit j for a space (not `_`) between
   word j and word j + 1. */
static uint64_t name_gaps(dyad_span name)
{
    name = dyad_span_trim(name);
    uint64_t gaps = 0;
    size_t word = 0;
    for (size_t i = 0; i < name.n;) {
        /* a hyphen inside a name is a boundary between words that must be consecutive */
        if (dyad_hyphen_joins(name.s, name.n, i)) {
            word++;
            i++;
            continue;
        }
        if (dyad_possessive_splits(name.s, name.n, i)) { /* a word of its own, with no gap before it */
            word++;
            i++;
            continue;
        }
        if (name.s[i] != '_' && !isspace((unsigned char)name.s[i])) {
            i++;
            continue;
        }
        int underscore = 0;
        while (i < name.n && (name.s[i] == '_' || isspace((unsigned char)name.s[i]))) underscore |= name.s[i++] == '_';
        if (!underscore && word < 63) gaps |= (uint64_t)1 << word;
        word++;
    }
    return gaps;
}

/* The phrase key of a name: its normalised words, hyphenated words apart (dyad_hyphen_joins), a
 * possessive "'S" a word of its own (dyad_possessive_splits). */
static size_t name_key(dyad_span name, char *key, size_t size)
{
    size_t n = dyad_normalize_name(name, key, size);
    for (size_t i = 0; i < n; i++) {
        if (dyad_hyphen_joins(key, n, i)) key[i] = ' ';
        if (dyad_apostrophe_joins(key, n, i)) {
            memmove(key + i, key + i + 1, n - i);
            n--;
        }
        if (dyad_possessive_splits(key, n, i) && n + 1 < size) {
            memmove(key + i + 1, key + i, n - i + 1);
            key[i++] = ' ';
            n++;
        }
    }
    return n;
}

/* Marks the first word of a phrase key in d->first_words. */
static void note_first_word(dyad_phrase_dict *d, const char *key, size_t len)
{
    const char *space = memchr(key, ' ', len);
    uint32_t bit = dyad_strmap_hash(key, space ? (size_t)(space - key) : len) >> 16;
    d->first_words[bit / 64] |= UINT64_C(1) << (bit % 64);
}

static void add_gapped(dyad_phrase_dict *d, const char *key, size_t len, uint32_t entry, uint64_t gaps)
{
    note_first_word(d, key, len);
    const char *space = memchr(key, ' ', len);
    size_t first_len = space ? (size_t)(space - key) : len;
    dyad_grow((void **)&d->gapped, &d->cap_gapped, d->n_gapped + 1, sizeof *d->gapped);
    dyad_gapped_phrase *g = &d->gapped[d->n_gapped];
    g->entry = entry;
    g->key = dyad_xstrdup(key);
    g->n_words = 1;
    for (size_t i = 0; i < len; i++) g->n_words += key[i] == ' ';
    g->gaps = gaps;
    /* chain behind the phrases already listed for this first word, so the file's order is kept */
    g->next = UINT32_MAX;
    const uint32_t *head = dyad_strmap_get(&d->gapped_first, key, first_len);
    if (!head) {
        dyad_strmap_put(&d->gapped_first, key, first_len, (uint32_t)d->n_gapped);
    } else {
        uint32_t i = *head;
        while (d->gapped[i].next != UINT32_MAX) i = d->gapped[i].next;
        d->gapped[i].next = (uint32_t)d->n_gapped;
    }
    d->n_gapped++;
}

/* Registers a phrase for an entry; the first registration of a phrase wins. A phrase with gaps is
   also matched consecutively. */
static int add_phrase(dyad_phrase_dict *d, const char *key, size_t len, uint32_t entry, uint64_t gaps)
{
    if (!len) return 0;
    if (gaps) add_gapped(d, key, len, entry, gaps);
    assert(entry + 1 < DYAD_PHRASE_PREFIX);
    const uint32_t *known = dyad_strmap_get(&d->phrases, key, len);
    if (known && (*known & ~DYAD_PHRASE_PREFIX)) return 0;
    dyad_strmap_put(&d->phrases, key, len, (known ? *known : 0) | (entry + 1));
    note_first_word(d, key, len); /* the first word of the phrase and of its prefixes */
    size_t words = 1;
    for (size_t i = 0; i < len; i++)
        if (key[i] == ' ') {
            const uint32_t *v = dyad_strmap_get(&d->phrases, key, i);
            dyad_strmap_put(&d->phrases, key, i, (v ? *v : 0) | DYAD_PHRASE_PREFIX);
            words++;
        }
    if (words > d->longest) d->longest = words;
    return 1;
}

/* " >950601", "19950601 - 19990815", "<950601" into c; 1 if well formed (or empty). */
static int parse_date_restriction(dyad_span date, dyad_dated_code *c)
{
    date = dyad_span_trim(date);
    if (!date.n) return 1;
    const char *dash = memchr(date.s, '-', date.n);
    dyad_span rest = dyad_span_trim((dyad_span){date.s + 1, date.n - 1});
    if (date.s[0] == '>') return (c->from = dyad_parse_dict_date(rest.s, rest.n)) > 0;
    if (date.s[0] == '<') return (c->to = dyad_parse_dict_date(rest.s, rest.n)) > 0;
    if (!dash) return 0;
    dyad_span from = dyad_span_trim((dyad_span){date.s, (size_t)(dash - date.s)});
    dyad_span to = dyad_span_trim((dyad_span){dash + 1, (size_t)(date.s + date.n - dash - 1)});
    return (c->from = dyad_parse_dict_date(from.s, from.n)) > 0 && (c->to = dyad_parse_dict_date(to.s, to.n)) > 0;
}

/* Parses the bracketed code groups of a line into the entry; returns where the name part ends. */
static size_t parse_codes(dyad_phrase_dict *d, uint32_t entry, dyad_span line, dyad_dict_report *rep, size_t lineno)
{
    const char *open = memchr(line.s, '[', line.n);
    size_t name_end = open ? (size_t)(open - line.s) : line.n;
    while (open) {
        const char *end = line.s + line.n;
        const char *close = memchr(open, ']', (size_t)(end - open));
        if (!close) {
            dyad_report(rep, lineno, "'[' without ']'; code ignored", NULL);
            break;
        }
        dyad_span inside = dyad_span_trim((dyad_span){open + 1, (size_t)(close - open - 1)});
        const char *sp = memchr(inside.s, ' ', inside.n);
        dyad_span code = {inside.s, sp ? (size_t)(sp - inside.s) : inside.n};
        dyad_span date = {sp ? sp : inside.s + inside.n, sp ? (size_t)(inside.s + inside.n - sp) : 0};
        dyad_dated_code c = {.from = 0, .to = 0};
        if (!code.n || code.n >= sizeof c.code) {
            dyad_report(rep, lineno, "empty or overlong actor code; ignored", "'%.*s'", (int)inside.n, inside.s);
        } else if (entry == UINT32_MAX) {
            dyad_report(rep, lineno, "code line before any entry; ignored", NULL);
        } else if (!parse_date_restriction(date, &c)) {
            dyad_report(rep, lineno,
                        "date restriction is not yymmdd-yymmdd, >yymmdd or <yymmdd (6 or 8 digits); code ignored",
                        "'%.*s'", (int)inside.n, inside.s);
        } else {
            memcpy(c.code, code.s, code.n);
            c.code[code.n] = '\0';
            dyad_grow((void **)&d->codes, &d->cap_codes, d->n_codes + 1, sizeof *d->codes);
            d->codes[d->n_codes++] = c;
            d->entries[entry].n_codes++;
        }
        open = memchr(close, '[', (size_t)(end - close));
    }
    return name_end;
}

/* ---- actors ---- */

long dyad_load_actors_text(dyad_phrase_dict *d, const char *name, const char *text, size_t len)
{
    size_t file = add_file(d, name), duplicates = 0;
    long loaded = 0;
    uint32_t entry = UINT32_MAX;
    dyad_dict_lines lines;
    dyad_dict_lines_init(&lines, name, text, len);
    dyad_dict_report *rep = &lines.report;
    dyad_span raw, line;
    char key[512];
    while (dyad_dict_next(&lines, &line, &raw)) {
        size_t lineno = lines.line;
        if (line.s[0] == '[') {
            /* codes for the current group; a new code line after codes were complete still adds */
            if (entry != UINT32_MAX && d->entries[entry].first_code + d->entries[entry].n_codes != d->n_codes) {
                dyad_report(rep, lineno, "codes separated from their entry; ignored", NULL);
                continue;
            }
            parse_codes(d, entry, line, rep, lineno);
            continue;
        }
        int synonym = line.s[0] == '+';
        dyad_span body = synonym ? dyad_span_trim((dyad_span){line.s + 1, line.n - 1}) : line;
        if (synonym && entry == UINT32_MAX) {
            dyad_report(rep, lineno, "synonym before any entry; ignored", NULL);
            continue;
        }
        const char *bracket = memchr(body.s, '[', body.n);
        dyad_span name_part = dyad_span_trim((dyad_span){body.s, bracket ? (size_t)(bracket - body.s) : body.n});
        size_t klen = name_key(name_part, key, sizeof key);
        if (!klen) {
            dyad_report(rep, lineno, "expected an actor name; line ignored", NULL);
            continue;
        }
        if (!synonym) {
            entry = add_entry(d, file, lineno, key);
            loaded++;
        }
        if (!add_phrase(d, key, klen, entry, name_gaps(name_part))) duplicates++;
        if (bracket) parse_codes(d, entry, (dyad_span){bracket, (size_t)(body.s + body.n - bracket)}, rep, lineno);
    }
    dyad_report_finish(rep);
    if (duplicates)
        dyad_warn_line(name, 0, "%zu name(s) listed more than once; the first listing of each is used", duplicates);
    return loaded;
}

long dyad_load_discards_text(dyad_phrase_dict *d, const char *name, const char *text, size_t len)
{
    size_t file = add_file(d, name);
    long loaded = 0;
    dyad_dict_lines lines;
    dyad_dict_lines_init(&lines, name, text, len);
    dyad_dict_report *rep = &lines.report;
    dyad_span raw, line;
    char key[512];
    while (dyad_dict_next(&lines, &line, &raw)) {
        size_t lineno = lines.line;
        int story = line.s[0] == '+';
        dyad_span phrase = dyad_span_trim(story ? (dyad_span){line.s + 1, line.n - 1} : line);
        const char *bracket = memchr(phrase.s, '[', phrase.n);
        if (bracket) phrase = dyad_span_trim((dyad_span){phrase.s, (size_t)(bracket - phrase.s)});
        size_t klen = name_key(phrase, key, sizeof key);
        if (!klen) {
            dyad_report(rep, lineno, "expected a phrase to discard; line ignored", NULL);
            continue;
        }
        uint32_t entry = add_entry(d, file, lineno, key);
        dyad_grow((void **)&d->codes, &d->cap_codes, d->n_codes + 1, sizeof *d->codes);
        d->codes[d->n_codes] = (dyad_dated_code){.from = 0, .to = 0};
        strcpy(d->codes[d->n_codes++].code, story ? "STORY" : "SENTENCE");
        d->entries[entry].n_codes = 1;
        add_phrase(d, key, klen, entry, 0);
        loaded++;
    }
    dyad_report_finish(rep);
    return loaded;
}

/* dyad_load_file's loaders: the _text readers with an untyped destination */
static long actors_text(void *d, const char *name, const char *text, size_t len)
{
    return dyad_load_actors_text(d, name, text, len);
}
static long agents_text(void *d, const char *name, const char *text, size_t len)
{
    return dyad_load_agents_text(d, name, text, len);
}
static long discards_text(void *d, const char *name, const char *text, size_t len)
{
    return dyad_load_discards_text(d, name, text, len);
}

long dyad_load_discards(dyad_phrase_dict *d, const char *path) { return dyad_load_file(path, discards_text, d); }
long dyad_load_actors(dyad_phrase_dict *d, const char *path) { return dyad_load_file(path, actors_text, d); }
long dyad_load_agents(dyad_phrase_dict *d, const char *path) { return dyad_load_file(path, agents_text, d); }

/* ---- agents ---- */

typedef struct {
    char name[64];
    char words[16][48];
    int n_words;
} agent_macro;

/* Regular plural of the last word: -y -> -ies, -s/-sh/-ch/-x/-z -> -es, else -s. */
static size_t pluralize(const char *key, size_t len, char *out, size_t out_size)
{
    if (len + 3 >= out_size) return 0;
    memcpy(out, key, len);
    char last = len ? key[len - 1] : 0, before = len > 1 ? key[len - 2] : 0;
    if (last == 'Y' && !strchr("AEIOU", before)) {
        out[len - 1] = 'I';
        memcpy(out + len, "ES", 2);
        len += 2;
    } else if (last == 'S' || last == 'X' || last == 'Z' || (last == 'H' && (before == 'S' || before == 'C'))) {
        memcpy(out + len, "ES", 2);
        len += 2;
    } else
        out[len++] = 'S';
    out[len] = '\0';
    return len;
}

/* Real agent files use one or two macros per noun; the cap keeps a hostile file from
   asking for 16^n expansions. */
enum { MAX_MACROS_PER_AGENT = 3 };

/* One agent line being expanded: its entry, its `{...}` plurals (has_braces: written at all) and
   the macros defined so far. */
typedef struct {
    dyad_phrase_dict *d;
    uint32_t entry;
    dyad_span plurals;
    int has_braces;
    const agent_macro *macros;
    int n_macros;
    size_t *dups;
} agent_line;

/* Whether macro word w needs no generated plural: the macro lists w's regular plural, or w is the
   regular plural of another word it lists (Phoenix's `!MINIST! = MINISTER, MINISTERS, ...`). */
static int macro_lists_plural(const agent_macro *m, const char *w)
{
    char plural[64];
    size_t wl = strlen(w);
    for (int i = 0; i < m->n_words; i++) {
        if (pluralize(w, wl, plural, sizeof plural) && strcmp(plural, m->words[i]) == 0) return 1;
        if (pluralize(m->words[i], strlen(m->words[i]), plural, sizeof plural) && strcmp(plural, w) == 0) return 1;
    }
    return 0;
}

/* The singular and plural forms of one spelling of the agent (macros already expanded). */
static void add_agent_noun(const agent_line *a, dyad_span noun, int regular_plural)
{
    char key[512], plural[512];
    size_t klen = name_key(noun, key, sizeof key);
    uint64_t gaps = name_gaps(noun);
    if (!add_phrase(a->d, key, klen, a->entry, gaps)) (*a->dups)++;
    if (!a->has_braces) {
        size_t pl = regular_plural ? pluralize(key, klen, plural, sizeof plural) : 0;
        if (pl) add_phrase(a->d, plural, pl, a->entry, gaps);
        return;
    }
    /* explicit plurals, space-separated; `{}` means none */
    const char *p = a->plurals.s, *end = a->plurals.s + a->plurals.n;
    assert(p || !a->plurals.n);
    while (p && p < end) {
        while (p < end && isspace((unsigned char)*p)) p++;
        const char *w = p;
        while (p < end && !isspace((unsigned char)*p)) p++;
        if (p > w) {
            size_t pl = name_key((dyad_span){w, (size_t)(p - w)}, plural, sizeof plural);
            add_phrase(a->d, plural, pl, a->entry, 0);
        }
    }
}

/* Expands one macro (the first found) into each of its words, then the rest; macro words hold no
   '!', so every expansion removes one macro. An expansion keeps the line's own plurals: `{...}`
   when written, otherwise the regular plural, unless the macro lists the plural itself. */
static void add_agent_forms(const agent_line *a, dyad_span noun, int depth, int regular_plural)
{
    const char *bang = memchr(noun.s, '!', noun.n);
    const char *close =
        bang && depth < MAX_MACROS_PER_AGENT ? memchr(bang + 1, '!', (size_t)(noun.s + noun.n - bang - 1)) : NULL;
    for (int m = 0; close && m < a->n_macros; m++) {
        const agent_macro *macro = &a->macros[m];
        size_t ml = (size_t)(close - bang + 1);
        if (strlen(macro->name) != ml || memcmp(macro->name, bang, ml) != 0) continue;
        for (int w = 0; w < macro->n_words; w++) {
            char buf[256];
            int k = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)(bang - noun.s), noun.s, macro->words[w],
                             (int)(noun.s + noun.n - close - 1), close + 1);
            if (k > 0 && (size_t)k < sizeof buf)
                add_agent_forms(a, (dyad_span){buf, (size_t)k}, depth + 1,
                                regular_plural && !macro_lists_plural(macro, macro->words[w]));
        }
        return;
    }
    add_agent_noun(a, noun, regular_plural);
}

static size_t count_char(dyad_span s, char c)
{
    size_t n = 0;
    for (size_t i = 0; i < s.n; i++) n += s.s[i] == c;
    return n;
}

static int parse_macro(dyad_span line, agent_macro *m)
{
    const char *eq = memchr(line.s, '=', line.n);
    if (!eq) return 0;
    dyad_span name = dyad_span_trim((dyad_span){line.s, (size_t)(eq - line.s)});
    if (name.n < 3 || name.n >= sizeof m->name || name.s[name.n - 1] != '!') return 0;
    memcpy(m->name, name.s, name.n);
    m->name[name.n] = '\0';
    m->n_words = 0;
    const char *p = eq + 1, *end = line.s + line.n;
    while (p < end && m->n_words < 16) {
        const char *comma = memchr(p, ',', (size_t)(end - p));
        dyad_span w = dyad_span_trim((dyad_span){p, (size_t)((comma ? comma : end) - p)});
        if (memchr(w.s, '!', w.n)) return 0; /* a macro may not name another macro */
        if (w.n && w.n < sizeof m->words[0]) {
            memcpy(m->words[m->n_words], w.s, w.n);
            m->words[m->n_words][w.n] = '\0';
            m->n_words++;
        }
        p = comma ? comma + 1 : end;
    }
    return m->n_words > 0;
}

long dyad_load_agents_text(dyad_phrase_dict *d, const char *name, const char *text, size_t len)
{
    size_t file = add_file(d, name), duplicates = 0;
    long loaded = 0;
    agent_macro macros[32];
    int n_macros = 0;
    dyad_dict_lines lines;
    dyad_dict_lines_init(&lines, name, text, len);
    dyad_dict_report *rep = &lines.report;
    dyad_span raw, line;
    while (dyad_dict_next(&lines, &line, &raw)) {
        size_t lineno = lines.line;
        const char *eq = memchr(line.s, '=', line.n), *br = memchr(line.s, '[', line.n);
        if (line.s[0] == '!' && eq && (!br || eq < br)) {
            if (n_macros < 32 && parse_macro(line, &macros[n_macros]))
                n_macros++;
            else
                dyad_report(rep, lineno,
                            "expected '!NAME! = WORD, WORD, ...' with plain words (at most 32 macros); macro ignored",
                            NULL);
            continue;
        }
        const char *bracket = memchr(line.s, '[', line.n);
        if (!bracket) {
            dyad_report(rep, lineno, "agent without a [code]; ignored", "'%.*s'", (int)line.n, line.s);
            continue;
        }
        dyad_span before = (dyad_span){line.s, (size_t)(bracket - line.s)};
        const char *brace = memchr(before.s, '{', before.n);
        dyad_span noun = dyad_span_trim((dyad_span){before.s, brace ? (size_t)(brace - before.s) : before.n});
        dyad_span plurals = {NULL, 0};
        if (brace) {
            const char *close = memchr(brace, '}', (size_t)(before.s + before.n - brace));
            if (!close) {
                dyad_report(rep, lineno, "'{' without '}'; agent ignored", NULL);
                continue;
            }
            plurals = (dyad_span){brace + 1, (size_t)(close - brace - 1)};
        }
        if (noun.s[0] == '+') {
            noun.s++;
            noun.n--;
        } /* some files mark agents like synonyms */
        if (!noun.n) {
            dyad_report(rep, lineno, "expected an agent noun; ignored", NULL);
            continue;
        }
        if (count_char(noun, '!') > 2 * MAX_MACROS_PER_AGENT)
            dyad_report(rep, lineno, "more than 3 macros in one agent; the rest are kept as written", NULL);
        char main_name[256];
        dyad_normalize_name(noun, main_name, sizeof main_name);
        uint32_t entry = add_entry(d, file, lineno, main_name);
        parse_codes(d, entry, (dyad_span){bracket, (size_t)(line.s + line.n - bracket)}, rep, lineno);
        agent_line a = {d, entry, plurals, brace != NULL, macros, n_macros, &duplicates};
        add_agent_forms(&a, noun, 0, 1);
        loaded++;
    }
    dyad_report_finish(rep);
    if (duplicates)
        dyad_warn_line(name, 0, "%zu agent noun(s) listed more than once; the first listing of each is used",
                       duplicates);
    return loaded;
}

/* ---- lookup ---- */

const dyad_actor_entry *dyad_phrase_lookup(const dyad_phrase_dict *d, const char *phrase, size_t len)
{
    int is_prefix;
    return dyad_phrase_lookup_prefix(d, phrase, len, &is_prefix);
}

const dyad_actor_entry *dyad_phrase_lookup_prefix(const dyad_phrase_dict *d, const char *phrase, size_t len,
                                                  int *is_prefix)
{
    const uint32_t *v = dyad_strmap_get(&d->phrases, phrase, len);
    uint32_t entry = v ? *v & ~DYAD_PHRASE_PREFIX : 0;
    *is_prefix = v && (*v & DYAD_PHRASE_PREFIX);
    return entry ? &d->entries[entry - 1] : NULL;
}

const dyad_gapped_phrase *dyad_gapped_first(const dyad_phrase_dict *d, const char *word, size_t len)
{
    const uint32_t *v = dyad_strmap_get(&d->gapped_first, word, len);
    return v ? &d->gapped[*v] : NULL;
}

const dyad_gapped_phrase *dyad_gapped_next(const dyad_phrase_dict *d, const dyad_gapped_phrase *g)
{
    return g->next == UINT32_MAX ? NULL : &d->gapped[g->next];
}

/* A daily paper reports the day before its date: an office that ended that day ("the army
 * ousted Prime Minister Nawaz Sharif", in the next morning's paper) is still the one its events
 * were done in. */
enum { TERM_ENDED_GRACE_DAYS = 1 };

/* Did a term that ended on yyyymmdd `to`, before `date`, end within the grace days? Asked only of
 * ended terms, so that the common lookup (an undated code) does no calendar arithmetic. */
static int ended_within_grace(int32_t to, int32_t date)
{
    return dyad_days_from_date(date) - dyad_days_from_date(to) <= TERM_ENDED_GRACE_DAYS;
}

const char *dyad_actor_code(const dyad_phrase_dict *d, const dyad_actor_entry *e, int32_t date)
{
    const char *undated = NULL, *latest = NULL, *just_ended = NULL, *last_ended = NULL;
    int32_t latest_from = -1, just_ended_to = 0, last_ended_to = 0;
    for (uint32_t i = 0; i < e->n_codes; i++) {
        const dyad_dated_code *c = &d->codes[e->first_code + i];
        if (!c->from && !c->to) {
            if (!undated) undated = c->code;
            continue;
        }
        if (date && (!c->from || date >= c->from) && (!c->to || date <= c->to)) return c->code;
        if (!c->to && c->from > latest_from) {
            latest_from = c->from;
            latest = c->code;
        }
        if (c->to && c->to > last_ended_to) {
            last_ended_to = c->to;
            last_ended = c->code;
        }
        if (date && c->to && c->to < date && c->to > just_ended_to && ended_within_grace(c->to, date)) {
            just_ended_to = c->to;
            just_ended = c->code;
        }
    }
    if (just_ended) return just_ended;
    if (undated) return undated;
    if (date) return NULL;
    /* no date: the code in force now, else the last one it had ("the Organization of African
     * Unity", which ended in 2002, is still a name to look up) */
    return latest ? latest : last_ended;
}
