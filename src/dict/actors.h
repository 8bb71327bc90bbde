/* Actor and agent dictionaries in the PETRARCH/TABARI text formats.
 *
 * Actor files: an entry line `NAME [CODE]`, synonym lines `+NAME`, and code
 * lines `[CODE]`, `[CODE yymmdd-yymmdd]`, `[CODE >yymmdd]`, `[CODE <yymmdd]` (6 or 8 digit dates)
 * on the entry line or on indented lines after the group; `#` comments anywhere, `;` comment lines.
 * Agent files: `!MACRO! = A, B` lines, entries `NOUN {PLURAL PLURAL} [~CODE]` or `[CODE~]`. A
 * macro inside a noun expands to one noun per macro word ("FOREIGN_!MINIST!" -> FOREIGN_MINISTER,
 * FOREIGN_MINISTRY). Every noun, expanded or not, gets the plurals in its braces (`{}`: none) or,
 * without braces, its regular plural (-S, -ES, -IES) -- except where the macro lists that plural
 * itself, as PETRARCH's files do (`!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES`).
 * In names, words joined by `_` must be consecutive in the text; words separated by a space may
 * have other words between them ("ITHILEN TELEVISION" matches "Ithilen state-run television"),
 * as in PETRARCH. */
#ifndef DYAD_ACTORS_DICT_H
#define DYAD_ACTORS_DICT_H
#include "../core/strmap.h"
#include <stddef.h>
#include <stdint.h>

typedef struct {
    char code[24];
    int32_t from, to; /* yyyymmdd, inclusive; 0 = open */
} dyad_dated_code;

typedef struct {
    uint32_t first_code, n_codes;
    uint32_t file, line; /* provenance: index into files, line of the entry */
    const char *name;    /* the entry's main name as written */
} dyad_actor_entry;

#define DYAD_PHRASE_PREFIX 0x80000000u /* see dyad_phrase_dict.phrases */

/* A phrase whose words may have other words between them (a space in the dictionary). */
typedef struct {
    uint32_t entry;
    uint32_t next; /* the next gapped phrase with the same first word, or UINT32_MAX */
    char *key;     /* "WORD WORD ..." */
    uint32_t n_words;
    uint64_t gaps; /* bit j: other words may come between word j and word j + 1 */
} dyad_gapped_phrase;

typedef struct {
    /* "WORD WORD" -> its entry index + 1 (0 for none) in the low bits, DYAD_PHRASE_PREFIX when it
     * is also a proper word prefix of a phrase: a longest-match scan makes one lookup a length */
    dyad_strmap phrases;
    dyad_actor_entry *entries;
    size_t n_entries, cap_entries;
    dyad_dated_code *codes;
    size_t n_codes, cap_codes;
    char **files;
    size_t n_files;
    size_t longest; /* most words in one phrase */
    dyad_gapped_phrase *gapped;
    size_t n_gapped, cap_gapped;
    dyad_strmap gapped_first; /* first word -> index of its first gapped phrase */
    /* a bit for each first word of a phrase, consecutive or gapped, by the top 16 bits of its
     * dyad_strmap_hash: most words of a text start no phrase, and are passed over without a
     * lookup (dyad_phrase_may_start) */
    uint64_t first_words[65536 / 64];
} dyad_phrase_dict;

/* Can a phrase of d start with the word of that dyad_strmap_hash? 0 when surely not. */
static inline int dyad_phrase_may_start(const dyad_phrase_dict *d, uint32_t first_word_hash)
{
    uint32_t bit = first_word_hash >> 16;
    return (d->first_words[bit / 64] >> (bit % 64)) & 1;
}

void dyad_phrase_dict_init(dyad_phrase_dict *d);
void dyad_phrase_dict_free(dyad_phrase_dict *d);

/* Load a file into d. Problems are warned about with file:line; returns entries loaded, -1 if the
 * file cannot be read. */
long dyad_load_actors(dyad_phrase_dict *d, const char *path);
long dyad_load_agents(dyad_phrase_dict *d, const char *path);
/* Discard files: one phrase per line; `+PHRASE` discards the whole story, a plain phrase the
 * sentence. Entries get the code "STORY" or "SENTENCE". */
long dyad_load_discards(dyad_phrase_dict *d, const char *path);
long dyad_load_discards_text(dyad_phrase_dict *d, const char *name, const char *text, size_t len);
/* The same from memory (tests, fuzzing); name is used in warnings. */
long dyad_load_actors_text(dyad_phrase_dict *d, const char *name, const char *text, size_t len);
long dyad_load_agents_text(dyad_phrase_dict *d, const char *name, const char *text, size_t len);

/* Entry for a phrase of upper-case words separated by single spaces, or NULL. */
const dyad_actor_entry *dyad_phrase_lookup(const dyad_phrase_dict *d, const char *phrase, size_t len);
/* The same, and whether the phrase is also the first words of a longer one (*is_prefix). */
const dyad_actor_entry *dyad_phrase_lookup_prefix(const dyad_phrase_dict *d, const char *phrase, size_t len,
                                                  int *is_prefix);
/* The first gapped phrase that starts with an upper-case word, or NULL; then follow ->next. */
const dyad_gapped_phrase *dyad_gapped_first(const dyad_phrase_dict *d, const char *word, size_t len);
const dyad_gapped_phrase *dyad_gapped_next(const dyad_phrase_dict *d, const dyad_gapped_phrase *g);
/* The code in force on date (yyyymmdd; 0 = unknown date: the undated code, else the latest one
 * still in force, else the last one that ended); a term that ended the day before date is still
 * in force (the day a daily paper reports). */
const char *dyad_actor_code(const dyad_phrase_dict *d, const dyad_actor_entry *e, int32_t date);
/* yymmdd (6 digits) or yyyymmdd (8 digits) to yyyymmdd; -1 if malformed. */
int32_t dyad_parse_dict_date(const char *s, size_t n);
#endif
