/* Verb-pattern dictionaries in the PETRARCH/TABARI text format:
 *   &NAME            a synset, followed by +WORD lines
 *   --- NAME [CODE] ---   opens a verb block; CODE is the block's default event code
 *   VERB {FORMS}     a verb of the block (multi-word verbs joined by `_`), with irregular forms
 *   - WORDS * WORDS [CODE] # comment    a pattern: `*` is the verb, `+` the target, `$` the source,
 *                    `&NAME` a synset, `^` and `%` are accepted and ignored, `_` joins words
 * A pattern must have exactly one `*`: the coder matches the items before it backwards from the
 * verb and the items after it forwards. A pattern without one (`- [010]`, `- TALKS [043]`) or
 * with two is reported as file:line and not loaded. `- * [CODE]` alone is kept: the verb by
 * itself, with that code.
 * Synsets may list other synsets (`+&NAME`) to any depth; a member that leads back to a synset
 * that includes it (a cycle) is reported and ignored. Each file has its own synset names: a
 * pattern uses the synsets of its own file. A file's synsets expand to at most 4M words in all
 * (a chain of synsets grows with the square of its depth); beyond, a warning and no more.
 * Codes may be `[---]` (do not code) or `[A:B]`, read in the file's dialect: in PETRARCH-2 files
 * A is for the active voice and B for the passive, and either may be empty (`[:073]`); in TABARI
 * and PETRARCH-1 files B is a paired event coded from the target back to the source ("LEFT
 * [032:033]": the visitor visits, the host hosts). The dialect is decided per file: a file is
 * PETRARCH-2 when one of its patterns uses syntax that only PETRARCH-2 defines, a passive-only
 * code `[:B]` (or `[---:B]`) or a pattern group in `(...)` or `{...}`; otherwise it is TABARI /
 * PETRARCH-1. One such line is enough: TABARI has no use for these characters in a pattern. When
 * the reading matters (the file has a B code), the load says which dialect it chose and why.
 * Codes outside CAMEO (TABARI's `[075A]`) are kept as written.
 * XML comments `<!-- -->` are allowed as in PETRARCH's files. Lines starting with `~` are
 * PETRARCH-2's transformations (transforms.h). */
#ifndef DYAD_VERBS_DICT_H
#define DYAD_VERBS_DICT_H
#include "../core/strmap.h"
#include <stddef.h>
#include <stdint.h>

/* SKIP is TABARI's `^`: the next noun phrase, whatever it names ("VISIT TO ^ +"). */
enum dyad_pattern_item_kind {
    DYAD_PI_WORD,
    DYAD_PI_SYNSET,
    DYAD_PI_TARGET,
    DYAD_PI_SOURCE,
    DYAD_PI_VERB,
    DYAD_PI_SKIP
};

typedef struct {
    uint8_t kind;   /* enum dyad_pattern_item_kind */
    uint8_t joined; /* must directly follow the previous item (`_`) */
    uint32_t ref;   /* word: index into words; synset: synset index */
} dyad_pattern_item;

typedef struct {
    uint32_t first_item, n_items; /* exactly one of the items is DYAD_PI_VERB */
    /* the ref of the first DYAD_PI_WORD item, UINT32_MAX if none: the coder tests it before
     * reading the items, as most patterns of a verb name a word the clause lacks */
    uint32_t first_word;
    char code[8];        /* "" = do not code */
    char second_code[8]; /* B of "[A:B]": the passive's code, or the paired event's (see above) */
    uint32_t block, line;
} dyad_verb_pattern;

typedef struct {
    char code[8];        /* default code of the block, "" = do not code */
    char second_code[8]; /* B of "--- NAME [A:B] ---" */
    uint32_t first_pattern, n_patterns;
    uint32_t file, line; /* provenance: index into files, line of the header */
    const char *name;
} dyad_verb_block;

typedef struct {
    char *name;
    uint32_t petrarch2_line; /* first line with syntax only PETRARCH-2 has; 0: TABARI / PETRARCH-1 */
} dyad_verb_file;

/* A verb as listed in a block; PETRARCH lets a verb carry its own code ("ASK [020]"), used
 * instead of the block's when no pattern matches. */
typedef struct {
    uint32_t block;
    uint32_t also_block; /* a second block listing the same verb (UINT32_MAX if none): its patterns are tried too */
    uint32_t line;
    char code[8], second_code[8];
    uint8_t has_code;
} dyad_verb_entry;

typedef struct {
    dyad_strmap verbs; /* "LEMMA" or "LEMMA PARTICLE" -> index into verb_entries */
    dyad_verb_entry *verb_entries;
    size_t n_verb_entries, cap_verb_entries;
    dyad_strmap words; /* pattern literal or synset member -> index into word_text */
    char **word_text;
    size_t n_words, cap_words;
    dyad_strmap synset_names;  /* "&NAME" -> synset index, for the file being loaded */
    /* by word id: nonzero for the first word of a synset member of several words; the coder
     * reads it with the id it already looked up, so it asks no second map per token */
    uint8_t *starts_phrase;
    size_t cap_starts_phrase;
    size_t longest_member; /* most words in one synset member */
    /* members as written, by synset: word ids of single words, phrases and "&NAME" references */
    struct dyad_synset_member {
        uint32_t synset, text, next, line;
    } * members;
    size_t n_members, cap_members;
    uint32_t *synset_first_member;
    size_t cap_first_member; /* heads of each synset's member list */
    /* every synset's words and phrases with nested synsets expanded, each synset's together */
    struct dyad_synset_word {
        uint32_t synset, word;
    } * synset_words;
    size_t n_synset_words, cap_synset_words;
    /* for each word id (a word or a phrase), the synsets that list it: word_synsets[word_synset_start[w]
     * .. word_synset_start[w + 1]), so that matching compares integers */
    uint32_t *word_synset_start, *word_synsets;
    size_t n_synsets;
    uint32_t *synset_defined_at;
    size_t cap_synsets; /* line of each synset's definition, 0 if never defined */
    dyad_verb_block *blocks;
    size_t n_blocks, cap_blocks;
    dyad_verb_pattern *patterns;
    size_t n_patterns, cap_patterns;
    dyad_pattern_item *items;
    size_t n_items, cap_items;
    dyad_verb_file *files;
    size_t n_files;
    struct dyad_verb_transform *transforms;
    size_t n_transforms, cap_transforms; /* transforms.h */
    int has_verb_last;                   /* some verbs are "WORD VERB" ("WIRE_+TAP"), looked up with the word before */
} dyad_verb_dict;

void dyad_verb_dict_init(dyad_verb_dict *d);
void dyad_verb_dict_free(dyad_verb_dict *d);
/* Returns blocks loaded, -1 if the file cannot be read. Problems are warned about with file:line. */
long dyad_load_verbs(dyad_verb_dict *d, const char *path);
long dyad_load_verbs_text(dyad_verb_dict *d, const char *name, const char *text, size_t len);
/* Entry for an upper-case verb lemma (optionally "LEMMA PARTICLE"), or NULL. */
const dyad_verb_entry *dyad_verb_lookup(const dyad_verb_dict *d, const char *key, size_t len);
/* The code a verb has when none of its patterns matches: its own, else its block's ("" for
 * "do not code"). */
const char *dyad_verb_default_code(const dyad_verb_dict *d, const dyad_verb_entry *verb);
/* The name of the file a block (and its patterns) comes from. */
const char *dyad_verb_block_file(const dyad_verb_dict *d, const dyad_verb_block *b);
/* 1 if the block's file is PETRARCH-2 ([A:B] = active:passive), 0 if TABARI / PETRARCH-1 (B is a
 * paired event); see above. */
int dyad_verb_block_petrarch2(const dyad_verb_dict *d, const dyad_verb_block *b);
/* Does word id w (an index into word_text: a word or a phrase) belong to synset s? */
int dyad_synset_has_word(const dyad_verb_dict *d, uint32_t s, uint32_t w);
#endif
