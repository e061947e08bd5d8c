/*
 * fuzz_gz.c - libFuzzer target for util/gz.
 *
 * Runs every entry point over the input: the whole-buffer inflate, the
 * member-by-member walk a .warc.gz reader does (which must always move
 * forward), and the zlib and raw deflate framings, each under an output cap
 * that must hold.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_util.h"
#include "util/gz.h"

#define CAP ((size_t)1 << 20)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    sr_buf out = SR_BUF_INIT;

    /* the first byte varies the cap, so small caps get exercised too */
    size_t cap = size ? ((size_t)data[0] << 6) + 1 : CAP;
    int rc = sr_gz_inflate_all(data, size, cap, &out, err, sizeof err);
    CHECK(rc == 0 || rc == -1);
    CHECK(out.len <= cap);
    CHECK(out.len == 0 || out.data[out.len] == '\0');

    /* walk members as the WARC reader does */
    size_t pos = 0;
    while (pos < size && sr_gz_is_gzip(data + pos, size - pos)) {
        size_t used = 0;
        sr_buf_clear(&out);
        if (sr_gz_inflate_member(data + pos, size - pos, CAP, &out, &used, err, sizeof err) != 0) {
            CHECK(used == 0);
            break;
        }
        CHECK(used > 0 && used <= size - pos);
        CHECK(out.len <= CAP);
        pos += used;
    }

    for (int fmt = SR_GZ_GZIP; fmt <= SR_GZ_RAW; fmt++) {
        size_t used = 0;
        sr_buf_clear(&out);
        rc = sr_gz_inflate_stream(data, size, 0, (sr_gz_format)fmt, CAP, &out, &used, err,
                                  sizeof err);
        CHECK(rc <= 0 && rc >= SR_GZ_ENOMEM);
        CHECK(rc != 0 || used <= size);
        CHECK(out.len <= CAP);
    }
    (void)sr_gz_deflate_format(data, size);
    sr_buf_free(&out);
    return 0;
}
