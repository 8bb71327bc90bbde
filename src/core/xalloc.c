#include "xalloc.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "dyad: out of memory (requested %zu bytes)\n", n);
    exit(70);
}

void *dyad_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) out_of_memory(n);
    return p;
}

void *dyad_xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p) out_of_memory(count * size);
    return p;
}

void *dyad_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) out_of_memory(n);
    return q;
}

char *dyad_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(dyad_xmalloc(n), s, n);
}

void dyad_grow(void **items, size_t *capacity, size_t need, size_t item_size)
{
    if (need <= *capacity) return;
    size_t cap = *capacity ? *capacity : 16;
    while (cap < need) cap *= 2;
    *items = dyad_xrealloc(*items, cap * item_size);
    *capacity = cap;
}
