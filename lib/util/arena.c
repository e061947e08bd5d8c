/*
 * arena.c - bump allocator over a list of malloc'd blocks (see arena.h).
 */
#include "util/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct sr_arena_block {
    sr_arena_block *next;
    size_t used;
    size_t size;
    alignas(max_align_t) unsigned char data[];
};

enum { ARENA_FIRST_BLOCK = 16 * 1024, ARENA_MAX_BLOCK = 1024 * 1024 };

void sr_arena_init(sr_arena *a)
{
    a->head = NULL;
    a->block_size = ARENA_FIRST_BLOCK;
    a->total = 0;
}

static sr_arena_block *arena_new_block(sr_arena *a, size_t size)
{
    sr_arena_block *b = malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->used = 0;
    b->size = size;
    a->total += sizeof *b + size;
    return b;
}

void *sr_arena_alloc(sr_arena *a, size_t size)
{
    const size_t align = alignof(max_align_t);
    if (size == 0)
        size = 1;
    if (size > SIZE_MAX - align)
        return NULL;
    size = (size + align - 1) & ~(align - 1);

    sr_arena_block *b = a->head;
    if (b && b->size - b->used >= size) {
        void *p = b->data + b->used;
        b->used += size;
        return p;
    }
    if (size > a->block_size / 4) {
        /* A large request gets its own block, kept behind the current one so
         * the current block's free space is not wasted. */
        sr_arena_block *big = arena_new_block(a, size);
        if (!big)
            return NULL;
        big->used = size;
        if (b) {
            big->next = b->next;
            b->next = big;
        } else {
            big->next = NULL;
            a->head = big;
        }
        return big->data;
    }
    sr_arena_block *nb = arena_new_block(a, a->block_size);
    if (!nb)
        return NULL;
    nb->next = b;
    a->head = nb;
    if (a->block_size < ARENA_MAX_BLOCK)
        a->block_size *= 2;
    nb->used = size;
    return nb->data;
}

void *sr_arena_calloc(sr_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size)
        return NULL;
    void *p = sr_arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *sr_arena_strndup(sr_arena *a, const char *s, size_t n)
{
    char *p = sr_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *sr_arena_strdup(sr_arena *a, const char *s)
{
    return s ? sr_arena_strndup(a, s, strlen(s)) : NULL;
}

void sr_arena_free(sr_arena *a)
{
    sr_arena_block *b = a->head;
    while (b) {
        sr_arena_block *next = b->next;
        free(b);
        b = next;
    }
    sr_arena_init(a);
}
