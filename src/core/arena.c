#include "arena.h"
#include "xalloc.h"
#include <stdlib.h>
#include <string.h>

struct dyad_arena_block {
    dyad_arena_block *next;
    size_t size, used;
    max_align_t data[];
};

void dyad_arena_init(dyad_arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
}

static dyad_arena_block *new_block(size_t size)
{
    dyad_arena_block *b = dyad_xmalloc(sizeof *b + size);
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

void *dyad_arena_alloc_bytes(dyad_arena *a, size_t n)
{
    const size_t align = _Alignof(max_align_t);
    n = (n + align - 1) / align * align;
    if (!a->head || a->head->size - a->head->used < n) {
        /* Oversized requests get a block of their own so the common block size stays small. */
        dyad_arena_block *b = new_block(n > a->block_size ? n : a->block_size);
        b->next = a->head;
        a->head = b;
    }
    void *p = (char *)a->head->data + a->head->used;
    a->head->used += n;
    return p;
}

void *dyad_arena_alloc(dyad_arena *a, size_t n) { return memset(dyad_arena_alloc_bytes(a, n), 0, n); }

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n)
{
    char *p = dyad_arena_alloc_bytes(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void dyad_arena_reset(dyad_arena *a)
{
    if (!a->head) return;
    dyad_arena_block *keep = a->head;
    while (keep->next) {
        dyad_arena_block *b = keep;
        keep = keep->next;
        free(b);
    }
    /* The last block in the chain is the oldest; keep it only if it is a normal-sized one. */
    if (keep->size != a->block_size) {
        free(keep);
        a->head = NULL;
        return;
    }
    keep->used = 0;
    a->head = keep;
}

void dyad_arena_free(dyad_arena *a)
{
    while (a->head) {
        dyad_arena_block *b = a->head;
        a->head = b->next;
        free(b);
    }
}
