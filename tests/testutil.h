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

#endif
