/* Allocation that never returns NULL: running out of memory is the one error dyad cannot recover from. */
#ifndef DYAD_XALLOC_H
#define DYAD_XALLOC_H
#include <stddef.h>
void *dyad_xmalloc(size_t n);
void *dyad_xcalloc(size_t count, size_t size);
void *dyad_xrealloc(void *p, size_t n);
char *dyad_xstrdup(const char *s);
/* Grows *items (of item_size bytes each) so that it holds at least need items. */
void dyad_grow(void **items, size_t *capacity, size_t need, size_t item_size);
#endif
