/*
 * hash.h - 64-bit content hashing for article ids and hash tables.
 */
#ifndef SR_UTIL_HASH_H
#define SR_UTIL_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a 64 continued from `h` (start with SR_HASH_SEED).  Chosen for being
 * stable forever (ids are stored) and dependency-free, not for speed. */
#define SR_HASH_SEED 0xcbf29ce484222325ULL
uint64_t sr_hash64(uint64_t h, const void *data, size_t len);

/* Writes 16 lowercase hex digits and a NUL. */
void sr_hash_hex(uint64_t h, char out[17]);

#endif
