/*
 * hash.c - FNV-1a 64 with a final avalanche, so ids of similar texts differ
 * in every digit.
 */
#include "util/hash.h"

uint64_t sr_hash64(uint64_t h, const void *data, size_t len)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

void sr_hash_hex(uint64_t h, char out[17])
{
    /* splitmix64 finalizer: FNV's low bits mix poorly on its own */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    static const char digits[] = "0123456789abcdef";
    for (int i = 15; i >= 0; i--) {
        out[i] = digits[h & 15];
        h >>= 4;
    }
    out[16] = '\0';
}
