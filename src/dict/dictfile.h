/* Line-level helpers shared by the dictionary readers. */
#ifndef DYAD_DICTFILE_H
#define DYAD_DICTFILE_H
#include <stddef.h>

typedef struct {
    const char *s;
    size_t n;
} dyad_span;

dyad_span dyad_span_trim(dyad_span t);
/* Next line of text[..end); returns 0 at the end. */
int dyad_next_line(const char **p, const char *end, dyad_span *line);

/* Problems and constructs a reader cannot honour, reported once per kind: the first occurrence
 * as "file:line: warning: WHAT (detail)", later ones counted, and one closing line per kind with
 * the count. `what` must be a string literal: kinds are told apart by it. */
typedef struct {
    const char *what;
    size_t first_line, count;
} dyad_dict_problem;

typedef struct {
    const char *file;
    dyad_dict_problem kinds[24];
    size_t n_kinds;
} dyad_dict_report;

/* The lines of a dictionary that carry content. Comments in every style the field's files use
 * are removed: `#` to the end of the line, lines starting with `;` (TABARI), and XML/HTML
 * comments `<!-- ... -->`, which may span lines (PETRARCH validation files). */
typedef struct {
    const char *p, *end;
    size_t line; /* number of the line last returned, from 1 */
    int in_xml_comment;
    char kept[8192];         /* the current line without its XML comments */
    dyad_dict_report report; /* what the reader of these lines could not honour */
} dyad_dict_lines;

/* name is the file's name, for the report; dyad_report_finish(&r->report) closes it. */
void dyad_dict_lines_init(dyad_dict_lines *r, const char *name, const char *text, size_t len);
/* Next line with content, trimmed and without comments; raw is the whole line as written. */
int dyad_dict_next(dyad_dict_lines *r, dyad_span *line, dyad_span *raw);

/* Dictionary spelling to lookup key: `_` to space, upper case, single spaces, no trailing `_`. */
size_t dyad_normalize_name(dyad_span name, char *out, size_t out_size);
/* Is s[i] a hyphen between two word characters ("JONG-UN", "CO-OPERATION")? Actor names treat it
 * as a word boundary, in dictionary keys and in the text alike, so that "Kim Jong-un" and
 * "KIM_JONG_UN" or "Congo-Brazzaville" and "CONGO-BRAZZAVILLE" meet. */
int dyad_hyphen_joins(const char *s, size_t n, size_t i);
/* Does s[i] open a possessive "'S" at the end of a word ("PEOPLE'S")? The tokenizer makes "'s" a
 * word of its own, so dictionary keys put a word boundary before it ("PEOPLE 'S LIBERATION ARMY"). */
int dyad_possessive_splits(const char *s, size_t n, size_t i);
/* Is s[i] an apostrophe inside a name ("D'ALEMA", "YAR'ADUA", "N'GUESSAN")? Keys leave it out, in
 * dictionaries and in the text alike, so that "D'Alema" and "DALEMA" meet. */
int dyad_apostrophe_joins(const char *s, size_t n, size_t i);
/* Reads the file at path whole and hands its text to load(into, path, text, len); returns what
 * load returns, or -1 after printing why the file cannot be read. Every dictionary and records
 * reader has a _text form for memory (tests, fuzzing) and loads files through this. */
typedef long (*dyad_text_loader)(void *into, const char *name, const char *text, size_t len);
long dyad_load_file(const char *path, dyad_text_loader load, void *into);

void dyad_report_init(dyad_dict_report *r, const char *file);
void dyad_report(dyad_dict_report *r, size_t line, const char *what, const char *detail_fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
/* Prints the count of every kind seen more than once. */
void dyad_report_finish(dyad_dict_report *r);
#endif
