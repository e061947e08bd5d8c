/*
 * arena.h - one arena per article.
 *
 * Everything an article needs (its strings, sentences, tokens, later its
 * events and quotes) is allocated from the article's arena and freed at once
 * when the article is done: no per-object free, no leaks by construction, and
 * allocation is a pointer bump.  Large requests get a block of their own.
 */
#ifndef SR_UTIL_ARENA_H
#define SR_UTIL_ARENA_H

#include <stddef.h>

typedef struct sr_arena_block sr_arena_block;

typedef struct sr_arena {
    sr_arena_block *head;
    size_t block_size;  /* size of the next ordinary block */
    size_t total;       /* bytes obtained from malloc, for benchmarks */
} sr_arena;

void sr_arena_init(sr_arena *a);
/* Returns memory aligned for any type, or NULL when malloc fails. */
void *sr_arena_alloc(sr_arena *a, size_t size);
void *sr_arena_calloc(sr_arena *a, size_t n, size_t size);
char *sr_arena_strdup(sr_arena *a, const char *s);
char *sr_arena_strndup(sr_arena *a, const char *s, size_t n);
/* Frees every block; the arena can be used again afterwards. */
void sr_arena_free(sr_arena *a);

#endif
