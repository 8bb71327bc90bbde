/* Aligned tables for a person at a terminal (dyad query and dyad stats --format table): the
 * rows are kept until the end, so that columns can be as wide as their widest cell and the
 * table can be fitted to the terminal by cutting the widest text at whole words. Widths are
 * counted in terminal columns (utf8proc), and text is never cut inside a character. */
#include "term_table.h"
#include "../core/xalloc.h"
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <utf8proc.h>

#define MIN_WIDTH 12                           /* text is cut no shorter: dates and most codes stay whole */
static const char ellipsis[] = "\xE2\x80\xA6"; /* U+2026, one column */

struct term_table {
    int n;
    char **columns;
    int *right; /* right-aligned (numbers) */
    int detect; /* right-align the columns whose cells are all numbers */
    struct row {
        char **cells;
        double key;
        size_t order;
    } * rows;
    size_t n_rows, cap;
};

int term_width(void)
{
    const char *c = getenv("COLUMNS");
    if (c && atoi(c) > 0) return atoi(c);
    struct winsize ws;
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
    return 100;
}

/* The length of the character at s (1 for a byte that starts none) and its width in columns. */
static size_t char_at(const char *s, size_t n, int *width)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
    if (len <= 0) {
        *width = 1;
        return 1;
    }
    int w = utf8proc_charwidth(cp);
    *width = w < 0 ? 0 : w;
    return (size_t)len;
}

size_t term_text_width(const char *s)
{
    size_t n = strlen(s), total = 0;
    for (size_t i = 0; i < n;) {
        int w;
        i += char_at(s + i, n - i, &w);
        total += (size_t)w;
    }
    return total;
}

char *term_cut(const char *s, size_t max)
{
    size_t n = strlen(s);
    if (term_text_width(s) <= max) return dyad_xstrdup(s);
    size_t used = 0, end = 0, word_end = 0;
    /* the longest prefix that leaves a column for the ellipsis; word_end: before its last space */
    for (size_t i = 0; i < n;) {
        int w;
        size_t len = char_at(s + i, n - i, &w);
        if (used + (size_t)w + 1 > max) break;
        if (s[i] == ' ' && i > 0 && s[i - 1] != ' ') word_end = i;
        used += (size_t)w;
        i += len;
        end = i;
    }
    if (word_end > 0 && (end >= n || s[end] != ' ')) end = word_end;
    while (end > 0 && s[end - 1] == ' ') end--;
    char *out = dyad_xmalloc(end + sizeof ellipsis);
    memcpy(out, s, end);
    memcpy(out + end, ellipsis, sizeof ellipsis);
    return out;
}

term_table *term_table_new(int n, const char *const *columns, const int *right)
{
    term_table *t = dyad_xcalloc(1, sizeof *t);
    t->n = n;
    t->columns = dyad_xcalloc((size_t)n, sizeof *t->columns);
    t->right = dyad_xcalloc((size_t)n, sizeof *t->right);
    t->detect = right == NULL;
    for (int i = 0; i < n; i++) {
        t->columns[i] = dyad_xstrdup(columns[i]);
        t->right[i] = right ? right[i] : 0;
    }
    return t;
}

void term_table_add(term_table *t, const char *const *cells, double key)
{
    dyad_grow((void **)&t->rows, &t->cap, t->n_rows + 1, sizeof *t->rows);
    struct row *r = &t->rows[t->n_rows];
    r->cells = dyad_xcalloc((size_t)t->n, sizeof *r->cells);
    for (int i = 0; i < t->n; i++) {
        /* a cell is one line: tabs and line breaks become spaces */
        char *c = dyad_xstrdup(cells[i] ? cells[i] : "");
        for (char *p = c; *p; p++)
            if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
        r->cells[i] = c;
    }
    r->key = key;
    r->order = t->n_rows++;
}

static int by_key(const void *a, const void *b)
{
    const struct row *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

/* Natural widths, then the widest columns narrowed until the table fits width. */
static void fit(const term_table *t, size_t *widths, size_t width)
{
    size_t total = 0;
    for (int i = 0; i < t->n; i++) {
        widths[i] = term_text_width(t->columns[i]);
        for (size_t r = 0; r < t->n_rows; r++) {
            size_t w = term_text_width(t->rows[r].cells[i]);
            if (w > widths[i]) widths[i] = w;
        }
        total += widths[i] + (i ? 2 : 0);
    }
    while (total > width) {
        int widest = -1;
        size_t room = 0;
        for (int i = 0; i < t->n; i++) {
            size_t floor = term_text_width(t->columns[i]); /* headers stay whole */
            if (floor < MIN_WIDTH) floor = MIN_WIDTH;
            if (!t->right[i] && widths[i] > floor && (widest < 0 || widths[i] > widths[widest])) {
                widest = i;
                room = widths[i] - floor;
            }
        }
        if (widest < 0) break;
        size_t cut = total - width;
        if (cut > room) cut = room;
        widths[widest] -= cut;
        total -= cut;
    }
}

static int is_number(const char *s)
{
    char *end;
    if (!*s) return 1;
    strtod(s, &end);
    return *end == '\0';
}

static void detect_numbers(term_table *t)
{
    for (int i = 0; i < t->n; i++) {
        t->right[i] = t->n_rows > 0;
        for (size_t r = 0; r < t->n_rows && t->right[i]; r++) t->right[i] = is_number(t->rows[r].cells[i]);
    }
}

static void print_cell(FILE *out, const char *text, size_t width, int right, int last)
{
    char *c = term_cut(text, width);
    size_t pad = width - term_text_width(c);
    if (right) fprintf(out, "%*s", (int)pad, "");
    fputs(c, out);
    if (!right && !last) fprintf(out, "%*s", (int)pad, "");
    free(c);
}

void term_table_print(FILE *out, term_table *t, int width, int sorted)
{
    if (sorted) qsort(t->rows, t->n_rows, sizeof *t->rows, by_key);
    if (t->detect) detect_numbers(t);
    size_t *widths = dyad_xcalloc((size_t)t->n, sizeof *widths);
    fit(t, widths, width > 0 ? (size_t)width : 100);
    for (size_t r = 0; r <= t->n_rows; r++) {
        char **cells = r == 0 ? t->columns : t->rows[r - 1].cells;
        for (int i = 0; i < t->n; i++) {
            if (i) fputs("  ", out);
            print_cell(out, cells[i], widths[i], t->right[i], i == t->n - 1);
        }
        fputc('\n', out);
    }
    free(widths);
}

void term_table_free(term_table *t)
{
    if (!t) return;
    for (size_t r = 0; r < t->n_rows; r++) {
        for (int i = 0; i < t->n; i++) free(t->rows[r].cells[i]);
        free(t->rows[r].cells);
    }
    for (int i = 0; i < t->n; i++) free(t->columns[i]);
    free(t->columns);
    free(t->right);
    free(t->rows);
    free(t);
}
