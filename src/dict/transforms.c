/* Reading PETRARCH-2's transformations (see transforms.h). */
#include "transforms.h"
#include "../core/xalloc.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum { TRANSFORM_WORDS = 10 };

/* The line's words, parentheses read as spaces; returns how many (at most max). */
static size_t split_words(dyad_span line, char words[][48], size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < line.n && n < max;) {
        while (i < line.n && (isspace((unsigned char)line.s[i]) || line.s[i] == '(' || line.s[i] == ')')) i++;
        size_t start = i;
        while (i < line.n && !isspace((unsigned char)line.s[i]) && line.s[i] != '(' && line.s[i] != ')') i++;
        if (i > start) snprintf(words[n++], 48, "%.*s", (int)(i - start), line.s + start);
    }
    return n;
}

static int is_variable(const char *w) { return strlen(w) == 1 && isalpha((unsigned char)w[0]); }

/* Is the result's variable bound by the speaker or the inner event? */
static int bound(char v, const dyad_verb_transform *t)
{
    return v == t->speaker || v == t->inner_source || v == t->inner_target;
}

static int is_code(const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)w[i])) return 0;
    return n >= 2 && n <= 4;
}

void dyad_add_transform(dyad_verb_dict *d, dyad_span line, size_t lineno, dyad_dict_report *rep)
{
    char w[TRANSFORM_WORDS + 1][48];
    size_t n = split_words(line, w, TRANSFORM_WORDS + 1);
    static const char what[] = "transformation not of the form '~ a (a b VERB) VERB = a b CODE'; ignored";
    const char *open = memchr(line.s, '(', line.n), *close = memchr(line.s, ')', line.n);
    int inner_ok = n == TRANSFORM_WORDS && open && close && open < close
                   && (is_variable(w[2]) || !strcmp(w[2], ".") || !strcmp(w[2], "_"))
                   && (is_variable(w[3]) || !strcmp(w[3], "."));
    if (!inner_ok || strcmp(w[0], "~") || !is_variable(w[1]) || strcmp(w[6], "=") || !is_variable(w[7])
        || !is_variable(w[8]) || !(is_code(w[9]) || !strcmp(w[9], "Q"))) {
        dyad_report(rep, lineno, what, "'%.*s'", (int)line.n, line.s);
        return;
    }
    dyad_verb_transform t = {.speaker = w[1][0],
                             .inner_source = w[2][0],
                             .inner_target = w[3][0],
                             .out_source = w[7][0],
                             .out_target = w[8][0],
                             .inner_block = DYAD_ANY_BLOCK,
                             .governing_block = DYAD_ANY_BLOCK,
                             .file = (uint32_t)(d->n_files - 1),
                             .line = (uint32_t)lineno};
    if (!bound(t.out_source, &t) || !bound(t.out_target, &t)) {
        dyad_report(rep, lineno, "transformation result names a variable its pattern does not bind; ignored", "'%.*s'",
                    (int)line.n, line.s);
        return;
    }
    snprintf(t.inner_verb, sizeof t.inner_verb, "%s", w[4]);
    snprintf(t.governing_verb, sizeof t.governing_verb, "%s", w[5]);
    snprintf(t.code, sizeof t.code, "%s", strcmp(w[9], "Q") ? w[9] : "");
    dyad_grow((void **)&d->transforms, &d->cap_transforms, d->n_transforms + 1, sizeof *d->transforms);
    d->transforms[d->n_transforms++] = t;
}

/* The block of the verb written as name, or DYAD_UNKNOWN_BLOCK when the dictionary does not list it. */
static uint32_t block_of(const dyad_verb_dict *d, const char *name)
{
    char key[64];
    size_t n = dyad_normalize_name((dyad_span){name, strlen(name)}, key, sizeof key);
    const dyad_verb_entry *e = dyad_verb_lookup(d, key, n);
    return e ? e->block : DYAD_UNKNOWN_BLOCK;
}

void dyad_resolve_transforms(dyad_verb_dict *d, size_t first, dyad_dict_report *rep)
{
    for (size_t i = first; i < d->n_transforms; i++) {
        dyad_verb_transform *t = &d->transforms[i];
        t->governing_block = block_of(d, t->governing_verb);
        if (strcmp(t->inner_verb, "Q") != 0) t->inner_block = block_of(d, t->inner_verb);
        if (t->governing_block == DYAD_UNKNOWN_BLOCK || t->inner_block == DYAD_UNKNOWN_BLOCK)
            dyad_report(rep, t->line, "transformation names a verb the dictionary does not list; it never applies",
                        "%s or %s", t->inner_verb, t->governing_verb);
    }
}
