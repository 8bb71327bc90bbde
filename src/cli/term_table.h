/* Aligned tables fitted to the terminal's width (term_table.c). */
#ifndef DYAD_TERM_TABLE_H
#define DYAD_TERM_TABLE_H
#include <stddef.h>
#include <stdio.h>

typedef struct term_table term_table;

/* The terminal's width: COLUMNS, else the width of the terminal on standard output, else 100. */
int term_width(void);
/* The width of UTF-8 text in terminal columns. */
size_t term_text_width(const char *s);
/* s cut to at most max columns: at the last whole word that fits, followed by an ellipsis, or
 * inside a word only when its first word does not fit; never inside a character (free() it). */
char *term_cut(const char *s, size_t max);

/* A table of n columns; right[i] set for columns aligned right (numbers), right NULL: the
 * columns whose cells are all numbers. */
term_table *term_table_new(int n, const char *const *columns, const int *right);
/* Adds a row (cells copied; NULL is empty); key orders the rows when printed sorted, ties keep
 * the order of adding. */
void term_table_add(term_table *t, const char *const *cells, double key);
/* Prints the header and the rows in columns two spaces apart, narrowing the widest text columns
 * so that each line fits width. */
void term_table_print(FILE *out, term_table *t, int width, int sorted);
void term_table_free(term_table *t);
#endif
