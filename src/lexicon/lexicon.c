/* The lexicon of word classes (see lexicon.h): parses the class files of data/lexicon/, which the
 * build compiles into the binary (lexicon.S.in), into one hash map from word to classes, so that a
 * per-token test costs one lookup whatever the number of classes. Problems in the files are
 * reported when they load, with file and line, because a word listed twice or in two classes
 * that exclude each other is how the old copies in C arrays went wrong unnoticed. */
#include "lexicon.h"
#include "../core/strmap.h"
#include "../core/xalloc.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WORD 48 /* longer entries are reported; longer lookups are misses */

typedef struct {
    dyad_word_mask classes;
    dyad_word_mask phrase_starts; /* classes with an entry of several words that starts with this one */
    int8_t value[DYAD_WC_COUNT];
    uint16_t line[DYAD_WC_COUNT]; /* where the word entered each class, for messages */
    uint8_t from[DYAD_WC_COUNT];  /* the file of that line: the class itself or one implying it */
} entry;

struct dyad_lexicon {
    dyad_strmap words; /* word -> index into entries */
    entry *entries;
    size_t n_entries, cap_entries, longest;
    char *names[DYAD_WC_COUNT]; /* the file each class was loaded from, for messages */
};

/* Classes that a word cannot be in at once: a month is no weekday, an abbreviation that may end
 * a sentence is no title (which never does), and a name's last word is either an institution
 * that "the bank" refers back to or a generic word, not both; a modal verb says the future,
 * a possibility or an obligation, one of them. */
static const struct {
    enum dyad_word_class a, b;
} exclusive[] = {
    {DYAD_WC_MONTH, DYAD_WC_WEEKDAY},
    {DYAD_WC_MONTH, DYAD_WC_RELATIVE_DAY},
    {DYAD_WC_WEEKDAY, DYAD_WC_RELATIVE_DAY},
    {DYAD_WC_ABBREVIATION, DYAD_WC_TITLE},
    {DYAD_WC_INSTITUTION_NOUN, DYAD_WC_GENERIC_NAME_WORD},
    {DYAD_WC_FUTURE_MODAL, DYAD_WC_POSSIBILITY_MODAL},
    {DYAD_WC_FUTURE_MODAL, DYAD_WC_OBLIGATION_MODAL},
    {DYAD_WC_POSSIBILITY_MODAL, DYAD_WC_OBLIGATION_MODAL},
};

/* A class whose words all belong to a wider one: a verb that only introduces speech is a
 * reporting verb, so speech-verbs.txt's words are not listed again in reporting-verbs.txt. */
static dyad_word_mask implied_by(enum dyad_word_class c)
{
    return c == DYAD_WC_SPEECH_VERB ? DYAD_WC_MASK(DYAD_WC_REPORTING_VERB) : 0;
}

static const char *const class_files[DYAD_WC_COUNT] = {
#define DYAD_WORD_CLASS(id, file) [DYAD_WC_##id] = "data/lexicon/" file,
#include "classes.def"
#undef DYAD_WORD_CLASS
};

dyad_lexicon *dyad_lexicon_new(void)
{
    dyad_lexicon *lx = dyad_xcalloc(1, sizeof *lx);
    dyad_strmap_init(&lx->words);
    return lx;
}

void dyad_lexicon_free(dyad_lexicon *lx)
{
    if (!lx) return;
    dyad_strmap_free(&lx->words);
    free(lx->entries);
    for (int c = 0; c < DYAD_WC_COUNT; c++) free(lx->names[c]);
    free(lx);
}

static entry *entry_for(dyad_lexicon *lx, const char *word, size_t n)
{
    const uint32_t *i = dyad_strmap_get(&lx->words, word, n);
    if (i) return &lx->entries[*i];
    dyad_grow((void **)&lx->entries, &lx->cap_entries, lx->n_entries + 1, sizeof *lx->entries);
    entry *e = &lx->entries[lx->n_entries];
    memset(e, 0, sizeof *e);
    dyad_strmap_put(&lx->words, word, n, (uint32_t)lx->n_entries++);
    if (n > lx->longest) lx->longest = n;
    return e;
}

typedef struct {
    const char *name;
    unsigned line;
    FILE *err;
    size_t problems;
} source;

static void report(source *src, const char *fmt, const char *word, size_t n, const char *what)
{
    fprintf(src->err, "%s:%u: \"%.*s\" ", src->name, src->line, (int)n, word);
    fprintf(src->err, fmt, what);
    fputc('\n', src->err);
    src->problems++;
}

/* Puts the word into class c (and the classes c implies), reporting a word already there and a
 * word in a class that excludes c. */
static void add_word(dyad_lexicon *lx, source *src, enum dyad_word_class c, const char *word, size_t n, int value)
{
    entry *e = entry_for(lx, word, n);
    char where[256];
    if (e->classes & DYAD_WC_MASK(c)) {
        snprintf(where, sizeof where, "%s:%u", lx->names[e->from[c]], e->line[c]);
        report(src, "is listed again: already at %s", word, n, where);
        return;
    }
    for (size_t i = 0; i < sizeof exclusive / sizeof *exclusive; i++) {
        enum dyad_word_class other = exclusive[i].a == c ? exclusive[i].b : exclusive[i].b == c ? exclusive[i].a : c;
        if (other == c || !(e->classes & DYAD_WC_MASK(other))) continue;
        snprintf(where, sizeof where, "%s:%u", lx->names[e->from[other]], e->line[other]);
        report(src, "contradicts %s: the two classes exclude each other", word, n, where);
    }
    dyad_word_mask classes = DYAD_WC_MASK(c) | implied_by(c);
    for (int k = 0; k < DYAD_WC_COUNT; k++) {
        if (!(classes & DYAD_WC_MASK(k)) || (e->classes & DYAD_WC_MASK(k))) continue;
        e->classes |= DYAD_WC_MASK(k);
        e->value[k] = (int8_t)value;
        e->line[k] = (uint16_t)(src->line > UINT16_MAX ? UINT16_MAX : src->line);
        e->from[k] = (uint8_t)c;
    }
    const char *space = memchr(word, ' ', n); /* after e is used: entry_for may move the entries */
    if (space) entry_for(lx, word, (size_t)(space - word))->phrase_starts |= classes;
}

/* "-7", "12": a number from -128 to 127 and nothing else; else returns 0 and sets *ok to 0. */
static int parse_value(const char *s, size_t n, int *ok)
{
    int negative = n > 0 && s[0] == '-';
    size_t i = n > 0 && (s[0] == '-' || s[0] == '+');
    long v = 0;
    *ok = i < n && n - i <= 3;
    for (; *ok && i < n; i++) {
        *ok = s[i] >= '0' && s[i] <= '9';
        v = v * 10 + (s[i] - '0');
    }
    if (negative) v = -v;
    *ok = *ok && v >= -128 && v <= 127;
    return *ok ? (int)v : 0;
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t')) (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t' || (*s)[*n - 1] == '\r')) (*n)--;
}

/* What is wrong with an entry's word, or NULL: lower case, single spaces between the words of a
 * phrase, no control bytes. */
static const char *bad_word(const char *w, size_t n)
{
    if (n == 0) return "expected a word before '='";
    if (n > MAX_WORD) return "is too long (48 bytes at most)";
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)w[i];
        if (b >= 'A' && b <= 'Z') return "expected lower case (lookups fold case)";
        if (b < 0x20 || b == 0x7f) return "contains a control character or tab";
        if (b == ' ' && i + 1 < n && w[i + 1] == ' ') return "expected one space between words";
    }
    return NULL;
}

static void parse_line(dyad_lexicon *lx, source *src, enum dyad_word_class c, const char *s, size_t n)
{
    trim(&s, &n);
    if (n == 0 || s[0] == '#') return;
    const char *eq = memchr(s, '=', n);
    const char *word = s;
    size_t wn = eq ? (size_t)(eq - s) : n;
    int value = 0, ok = 1;
    if (eq) {
        const char *v = eq + 1;
        size_t vn = n - wn - 1;
        trim(&v, &vn);
        value = parse_value(v, vn, &ok);
    }
    trim(&word, &wn);
    const char *problem = bad_word(word, wn);
    if (!problem && !ok) problem = "expected a number from -128 to 127 after '='";
    if (problem)
        report(src, "%s", word, wn, problem);
    else
        add_word(lx, src, c, word, wn, value);
}

size_t dyad_lexicon_add(dyad_lexicon *lx, enum dyad_word_class c, const char *name, const char *text, size_t size,
                        FILE *err)
{
    source src = {name, 0, err, 0};
    if ((unsigned)c >= DYAD_WC_COUNT) return 0;
    free(lx->names[c]);
    lx->names[c] = dyad_xstrdup(name);
    for (size_t at = 0; at < size;) {
        const char *nl = memchr(text + at, '\n', size - at);
        size_t end = nl ? (size_t)(nl - text) : size;
        src.line++;
        parse_line(lx, &src, c, text + at, end - at);
        at = end + 1;
    }
    return src.problems;
}

/* The entry of a word with no upper-case ASCII letter, or NULL. */
static const entry *find_lower(const dyad_lexicon *lx, const char *word, size_t n)
{
    if (!word || n == 0 || n > lx->longest) return NULL;
    const uint32_t *i = dyad_strmap_get(&lx->words, word, n);
    return i ? &lx->entries[*i] : NULL;
}

/* The entry of the word, folded to lower case (ASCII), or NULL. */
static const entry *find(const dyad_lexicon *lx, const char *word, size_t n)
{
    if (!word || n == 0 || n > lx->longest) return NULL;
    char folded[MAX_WORD];
    for (size_t i = 0; i < n; i++) folded[i] = word[i] >= 'A' && word[i] <= 'Z' ? (char)(word[i] | 0x20) : word[i];
    return find_lower(lx, folded, n);
}

dyad_word_mask dyad_lexicon_classes(const dyad_lexicon *lx, const char *word, size_t n)
{
    const entry *e = find(lx, word, n);
    return e ? e->classes : 0;
}

int dyad_lexicon_value(const dyad_lexicon *lx, const char *word, size_t n, enum dyad_word_class c)
{
    const entry *e = find(lx, word, n);
    return e && (unsigned)c < DYAD_WC_COUNT && (e->classes & DYAD_WC_MASK(c)) ? e->value[c] : 0;
}

/* ---- the built-in lexicon ---- */

#define DYAD_WORD_CLASS(id, file) extern const char dyad_lex_##id##_start[], dyad_lex_##id##_end[];
#include "classes.def"
#undef DYAD_WORD_CLASS

dyad_lexicon *dyad_lexicon_load_builtin(FILE *err, size_t *problems)
{
    static const struct {
        const char *start, *end;
    } blobs[DYAD_WC_COUNT] = {
#define DYAD_WORD_CLASS(id, file) [DYAD_WC_##id] = {dyad_lex_##id##_start, dyad_lex_##id##_end},
#include "classes.def"
#undef DYAD_WORD_CLASS
    };
    dyad_lexicon *lx = dyad_lexicon_new();
    *problems = 0;
    for (int c = 0; c < DYAD_WC_COUNT; c++)
        *problems += dyad_lexicon_add(lx, (enum dyad_word_class)c, class_files[c], blobs[c].start,
                                      (size_t)(blobs[c].end - blobs[c].start), err);
    return lx;
}

static dyad_lexicon *builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

/* Loaded on first use, once for all threads; problems go to stderr, and the lexicon lives as
 * long as the process. */
static void load_builtin(void)
{
    size_t problems;
    builtin = dyad_lexicon_load_builtin(stderr, &problems);
}

static const dyad_lexicon *lexicon(void)
{
    pthread_once(&builtin_once, load_builtin);
    return builtin;
}

dyad_word_mask dyad_word_classes_n(const char *word, size_t n) { return dyad_lexicon_classes(lexicon(), word, n); }

dyad_word_mask dyad_word_classes_lower(const char *word, size_t n, uint32_t hash)
{
    const dyad_lexicon *lx = lexicon();
    if (n == 0 || n > lx->longest) return 0;
    const uint32_t *i = dyad_strmap_get_hashed(&lx->words, word, n, hash);
    return i ? lx->entries[*i].classes : 0;
}

dyad_word_mask dyad_word_phrase_starts_n(const char *word, size_t n)
{
    const entry *e = find(lexicon(), word, n);
    return e ? e->phrase_starts : 0;
}

dyad_word_mask dyad_word_classes(const char *word) { return word ? dyad_word_classes_n(word, strlen(word)) : 0; }

int dyad_word_is(const char *word, enum dyad_word_class c)
{
    return (unsigned)c < DYAD_WC_COUNT && (dyad_word_classes(word) & DYAD_WC_MASK(c)) != 0;
}

int dyad_word_value(const char *word, enum dyad_word_class c)
{
    return word ? dyad_lexicon_value(lexicon(), word, strlen(word), c) : 0;
}

int dyad_word_value_n(const char *word, size_t n, enum dyad_word_class c)
{
    return word ? dyad_lexicon_value(lexicon(), word, n, c) : 0;
}

/* The classes of the code and of each of its prefixes of two bytes or more. */
static dyad_word_mask code_classes(const char *code, size_t len)
{
    dyad_word_mask classes = 0;
    for (size_t n = len; n >= 2; n--) classes |= dyad_word_classes_n(code, n);
    return classes;
}

/* An event's code is asked about several classes, a lookup a prefix each time, and codes are a
 * few hundred: the classes of codes of up to eight bytes are remembered per thread (the built-in
 * lexicon never changes). */
int dyad_event_code_is(const char *code, enum dyad_word_class c)
{
    /* cppcheck does not see the members used through a _Thread_local array */
    static _Thread_local struct {
        uint64_t code;          // cppcheck-suppress unusedStructMember
        int known;              // cppcheck-suppress unusedStructMember
        dyad_word_mask classes; // cppcheck-suppress unusedStructMember
    } seen[64];
    size_t len = strlen(code);
    if (len > 8) return (code_classes(code, len) & DYAD_WC_MASK(c)) != 0;
    uint64_t key = 0; /* the code's bytes, which hold no NUL: one key a code */
    memcpy(&key, code, len);
    size_t slot = (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> 58);
    if (!seen[slot].known || seen[slot].code != key) {
        seen[slot].code = key;
        seen[slot].known = 1;
        seen[slot].classes = code_classes(code, len);
    }
    return (seen[slot].classes & DYAD_WC_MASK(c)) != 0;
}
