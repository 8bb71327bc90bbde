#include "dictfile.h"
#include "../core/xalloc.h"
#include <ctype.h>
#include "../core/diag.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

dyad_span dyad_span_trim(dyad_span t)
{
    while (t.n && isspace((unsigned char)t.s[0])) {
        t.s++;
        t.n--;
    }
    while (t.n && isspace((unsigned char)t.s[t.n - 1])) t.n--;
    return t;
}

int dyad_next_line(const char **p, const char *end, dyad_span *line)
{
    if (*p >= end) return 0;
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    line->s = *p;
    line->n = (size_t)((nl ? nl : end) - *p);
    *p = nl ? nl + 1 : end;
    return 1;
}

size_t dyad_normalize_name(dyad_span name, char *out, size_t out_size)
{
    size_t o = 0;
    int space = 1;
    for (size_t i = 0; i < name.n && o + 1 < out_size; i++) {
        unsigned char c = (unsigned char)name.s[i];
        if (c == '_' || isspace(c)) {
            if (!space) {
                out[o++] = ' ';
                space = 1;
            }
            continue;
        }
        out[o++] = (char)toupper(c);
        space = 0;
    }
    while (o && out[o - 1] == ' ') o--;
    out[o] = '\0';
    return o;
}

static int is_word_byte(unsigned char c) { return isalnum(c) || c >= 0x80; }

int dyad_hyphen_joins(const char *s, size_t n, size_t i)
{
    return s[i] == '-' && i > 0 && i + 1 < n && is_word_byte((unsigned char)s[i - 1])
           && is_word_byte((unsigned char)s[i + 1]);
}

int dyad_possessive_splits(const char *s, size_t n, size_t i)
{
    return s[i] == '\'' && i > 0 && is_word_byte((unsigned char)s[i - 1]) && i + 1 < n
           && (s[i + 1] == 'S' || s[i + 1] == 's')
           && (i + 2 == n || s[i + 2] == '_' || isspace((unsigned char)s[i + 2]));
}

int dyad_apostrophe_joins(const char *s, size_t n, size_t i)
{
    return s[i] == '\'' && i > 0 && i + 1 < n && is_word_byte((unsigned char)s[i - 1])
           && is_word_byte((unsigned char)s[i + 1]) && !dyad_possessive_splits(s, n, i);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open dictionary: %s\n", path, strerror(errno));
        return NULL;
    }
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        dyad_grow((void **)&buf, &cap, n + 65536, 1);
        size_t k = fread(buf + n, 1, cap - n, f);
        n += k;
        if (k == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        fprintf(stderr, "dyad: %s: read error\n", path);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

void dyad_dict_lines_init(dyad_dict_lines *r, const char *name, const char *text, size_t len)
{
    dyad_report_init(&r->report, name);
    r->p = text;
    r->end = text + len;
    r->line = 0;
    r->in_xml_comment = 0;
}

/* Removes `<!-- ... -->` comments from a line, carrying an open one over to the next line.
 * Writes the kept bytes to out (at most line.n). */
static size_t drop_xml_comments(dyad_dict_lines *r, dyad_span line, char *out)
{
    size_t o = 0;
    for (size_t i = 0; i < line.n;) {
        if (r->in_xml_comment) {
            const char *close = NULL;
            for (size_t j = i; j + 3 <= line.n && !close; j++)
                if (memcmp(line.s + j, "-->", 3) == 0) close = line.s + j;
            if (!close) return o;
            i = (size_t)(close - line.s) + 3;
            r->in_xml_comment = 0;
        } else if (line.n - i >= 2 && line.s[i] == '<' && line.s[i + 1] == '!') {
            r->in_xml_comment = 1; /* also "<! --", seen in the wild */
            i += 2;
        } else {
            out[o++] = line.s[i++];
        }
    }
    return o;
}

static int has_xml_comment_start(dyad_span t)
{
    for (const char *lt = memchr(t.s, '<', t.n); lt; lt = memchr(lt + 1, '<', (size_t)(t.s + t.n - lt - 1)))
        if (lt + 1 < t.s + t.n && lt[1] == '!') return 1;
    return 0;
}

int dyad_dict_next(dyad_dict_lines *r, dyad_span *line, dyad_span *raw)
{
    while (dyad_next_line(&r->p, r->end, raw)) {
        r->line++;
        dyad_span t = *raw;
        if (r->in_xml_comment || has_xml_comment_start(t)) {
            if (t.n > sizeof r->kept) t.n = sizeof r->kept; /* dictionary lines are far shorter */
            t = (dyad_span){r->kept, drop_xml_comments(r, t, r->kept)};
        }
        const char *hash = memchr(t.s, '#', t.n);
        if (hash) t.n = (size_t)(hash - t.s);
        t = dyad_span_trim(t);
        if (!t.n || t.s[0] == ';') continue;
        *line = t;
        return 1;
    }
    return 0;
}

void dyad_report_init(dyad_dict_report *r, const char *file)
{
    memset(r, 0, sizeof *r);
    r->file = file;
}

void dyad_report(dyad_dict_report *r, size_t line, const char *what, const char *detail_fmt, ...)
{
    size_t k = 0;
    while (k < r->n_kinds && r->kinds[k].what != what) k++;
    if (k < r->n_kinds) {
        r->kinds[k].count++;
        return;
    }
    if (k < sizeof r->kinds / sizeof *r->kinds) r->kinds[r->n_kinds++] = (dyad_dict_problem){what, line, 1};
    char detail[512] = "";
    if (detail_fmt) {
        va_list ap;
        va_start(ap, detail_fmt);
        vsnprintf(detail, sizeof detail, detail_fmt, ap);
        va_end(ap);
    }
    dyad_warn_line(r->file, line, "%s%s%s%s", what, detail[0] ? " (" : "", detail, detail[0] ? ")" : "");
}

void dyad_report_finish(dyad_dict_report *r)
{
    for (size_t k = 0; k < r->n_kinds; k++)
        if (r->kinds[k].count > 1)
            dyad_warn_line(r->file, 0, "%s: %zu lines in all, the first at line %zu", r->kinds[k].what,
                           r->kinds[k].count, r->kinds[k].first_line);
}

long dyad_load_file(const char *path, dyad_text_loader load, void *into)
{
    size_t len;
    char *text = read_file(path, &len);
    if (!text) return -1;
    long r = load(into, path, text, len);
    free(text);
    return r;
}
