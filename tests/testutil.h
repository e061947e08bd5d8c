/*
 * testutil.h - what the unit tests share: cmocka, and where things are.
 */
#ifndef SITREP_TESTUTIL_H
#define SITREP_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <zlib.h>

#include "util/buf.h"

/* The source tree (fixtures live under tests/fixtures, the demo under demo/). */
static inline const char *test_source_dir(void)
{
    const char *s = getenv("SITREP_SOURCE_DIR");
    return s && *s ? s : ".";
}

/* Writes a path under the source tree into buf. */
static inline const char *test_source_path(char *buf, size_t cap, const char *rel)
{
    snprintf(buf, cap, "%s/%s", test_source_dir(), rel);
    return buf;
}

/* A fresh temporary folder for a test's files. */
static inline const char *test_temp_dir(char *buf, size_t cap)
{
    const char *tmp = getenv("TMPDIR");
    snprintf(buf, cap, "%s/sitrep-test-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    return mkdtemp(buf);
}

static inline void test_write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
}

/* A whole file as a NUL-terminated string (the caller frees it), or NULL. */
static inline char *test_read_file(const char *path)
{
    if (!path)
        return NULL;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
        free(s);
        s = NULL;
    }
    if (s)
        s[n] = '\0';
    fclose(f);
    return s;
}

/* Compresses data and appends it to out; window_bits picks the framing
 * (16 + MAX_WBITS gzip, MAX_WBITS zlib, -MAX_WBITS raw). */
static inline void test_deflate_into(sr_buf *out, const void *data, size_t len, int level,
                                     int window_bits)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    assert_int_equal(deflateInit2(&zs, level, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY),
                     Z_OK);
    uLong bound = deflateBound(&zs, (uLong)len);
    assert_int_equal(sr_buf_reserve(out, bound), 0);
    zs.next_in = (Bytef *)(uintptr_t)data;
    zs.avail_in = (uInt)len;
    zs.next_out = (Bytef *)out->data + out->len;
    zs.avail_out = (uInt)bound;
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    out->len += bound - zs.avail_out;
    out->data[out->len] = '\0';
    deflateEnd(&zs);
}

#endif
