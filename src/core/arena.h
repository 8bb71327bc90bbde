/* Per-document bump allocator: everything a document owns is freed at once. */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H
#include <stddef.h>

typedef struct dyad_arena_block dyad_arena_block;

typedef struct {
    dyad_arena_block *head;
    size_t block_size;
} dyad_arena;

void dyad_arena_init(dyad_arena *a, size_t block_size);
/* Returns zeroed memory aligned for any type; aborts only if the system is out of memory. */
void *dyad_arena_alloc(dyad_arena *a, size_t n);
/* The same, not zeroed: for bytes the caller writes at once (a token's texts, made by the million). */
void *dyad_arena_alloc_bytes(dyad_arena *a, size_t n);
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
/* Keeps the first block for reuse, frees the others. */
void dyad_arena_reset(dyad_arena *a);
void dyad_arena_free(dyad_arena *a);

#endif
