/*
 * gz.c - whole-buffer inflate over zlib (see gz.h for the contract).
 *
 * One loop (inflate_one) serves every format: it feeds zlib the input in
 * pieces that fit its 32-bit counters, grows the output buffer as it goes,
 * and holds the output cap by never offering zlib more than one byte past
 * it.  Errors name byte offsets in the caller's buffer so a bad member in a
 * multi-gigabyte file can be found with `dd`/`xxd`.
 */
#include "util/gz.h"

#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <zlib.h>

/* Growth step for the output buffer; sr_buf doubles its capacity, so this
 * only sets the smallest step. */
#define GZ_OUT_STEP 65536

int sr_gz_is_gzip(const unsigned char *data, size_t len)
{
    return data && len >= 2 && data[0] == 0x1f && data[1] == 0x8b;
}

sr_gz_format sr_gz_deflate_format(const unsigned char *data, size_t len)
{
    /* RFC 1950: CM = 8 (deflate), CINFO <= 7, and the header as a 16-bit
     * big-endian number is a multiple of 31. */
    if (data && len >= 2 && (data[0] & 0x0f) == 8 && (data[0] >> 4) <= 7 &&
        ((unsigned)data[0] * 256u + data[1]) % 31u == 0)
        return SR_GZ_ZLIB;
    return SR_GZ_RAW;
}

static void set_err(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void set_err(char *err, size_t errlen, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static const char *format_name(sr_gz_format fmt)
{
    switch (fmt) {
    case SR_GZ_GZIP:
        return "gzip member";
    case SR_GZ_ZLIB:
        return "zlib stream";
    case SR_GZ_RAW:
        break;
    }
    return "deflate stream";
}

/*
 * Inflates one stream starting at data[0].  `base` is the offset of data[0]
 * in the caller's buffer, used only in messages.  Appends at most max_out
 * bytes to out.
 */
static int inflate_one(const unsigned char *data, size_t len, size_t base,
                       sr_gz_format fmt, size_t max_out, sr_buf *out,
                       size_t *consumed, char *err, size_t errlen)
{
    const char *what = format_name(fmt);
    *consumed = 0;

    if (fmt == SR_GZ_GZIP && !sr_gz_is_gzip(data, len)) {
        if (len < 2)
            set_err(err, errlen, "%s at byte %zu is truncated: input ends at byte %zu",
                    what, base, base + len);
        else
            set_err(err, errlen, "no gzip header at byte %zu (found %02x %02x, want 1f 8b)",
                    base, data[0], data[1]);
        return len < 2 ? SR_GZ_ETRUNCATED : SR_GZ_ECORRUPT;
    }

    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int window = fmt == SR_GZ_GZIP ? 16 + MAX_WBITS
               : fmt == SR_GZ_ZLIB ? MAX_WBITS : -MAX_WBITS;
    if (inflateInit2(&zs, window) != Z_OK) {
        set_err(err, errlen, "out of memory starting to inflate the %s at byte %zu", what, base);
        return SR_GZ_ENOMEM;
    }

    size_t fed = 0;       /* input bytes handed to zlib so far */
    size_t produced = 0;  /* output bytes this call appended */
    int rc = SR_GZ_OK;
    for (;;) {
        if (zs.avail_in == 0 && fed < len) {
            size_t piece = len - fed;
            if (piece > UINT_MAX)
                piece = UINT_MAX;
            zs.next_in = (unsigned char *)(data + fed); /* zlib never writes input */
            zs.avail_in = (uInt)piece;
            fed += piece;
        }
        if ((out->oom || out->cap - out->len < 2) && sr_buf_reserve(out, GZ_OUT_STEP) != 0) {
            set_err(err, errlen, "out of memory inflating the %s at byte %zu (%zu bytes out)",
                    what, base, produced);
            rc = SR_GZ_ENOMEM;
            break;
        }
        /* Room for output, keeping the byte sr_buf needs for its NUL, and
         * never more than one byte past the cap: that byte is how an
         * overflow is noticed without inflating the rest of a bomb. */
        size_t room = out->cap - out->len - 1;
        size_t allowed = max_out - produced;
        if (allowed < SIZE_MAX && room > allowed + 1)
            room = allowed + 1;
        if (room > UINT_MAX)
            room = UINT_MAX;
        zs.next_out = (unsigned char *)out->data + out->len;
        zs.avail_out = (uInt)room;

        int zr = inflate(&zs, Z_NO_FLUSH);
        size_t got = room - zs.avail_out;
        out->len += got;
        produced += got;
        out->data[out->len] = '\0';

        if (produced > max_out) {
            out->len -= produced - max_out;
            out->data[out->len] = '\0';
            set_err(err, errlen,
                    "%s at byte %zu inflates to more than the limit of %zu bytes "
                    "(stopped at input byte %zu)",
                    what, base, max_out, base + (size_t)(zs.next_in - data));
            rc = SR_GZ_ELIMIT;
            break;
        }
        if (zr == Z_STREAM_END) {
            *consumed = (size_t)(zs.next_in - data);
            break;
        }
        if (zr == Z_OK)
            continue;
        if (zr == Z_BUF_ERROR && zs.avail_in == 0 && fed == len) {
            set_err(err, errlen,
                    "%s at byte %zu is truncated: input ends at byte %zu before the end "
                    "of the compressed data (%zu bytes inflated)",
                    what, base, base + len, produced);
            rc = SR_GZ_ETRUNCATED;
            break;
        }
        if (zr == Z_MEM_ERROR) {
            set_err(err, errlen, "out of memory inflating the %s at byte %zu", what, base);
            rc = SR_GZ_ENOMEM;
            break;
        }
        /* Z_DATA_ERROR, Z_NEED_DICT (a preset dictionary we cannot have),
         * Z_STREAM_ERROR, or a Z_BUF_ERROR that should not happen with input
         * and room left: all mean this is not a stream we can read. */
        set_err(err, errlen, "corrupt %s at byte %zu: %s near byte %zu", what, base,
                zs.msg ? zs.msg
                       : zr == Z_NEED_DICT ? "needs a preset dictionary" : "invalid data",
                base + (size_t)(zs.next_in - data));
        rc = SR_GZ_ECORRUPT;
        break;
    }
    inflateEnd(&zs);
    return rc;
}

int sr_gz_inflate_stream(const unsigned char *data, size_t len, size_t start,
                         sr_gz_format fmt, size_t max_out, sr_buf *out,
                         size_t *consumed, char *err, size_t errlen)
{
    size_t used = 0;
    if (start > len)
        start = len;
    /* NULL + 0 is undefined in C, and an empty buffer may come as NULL */
    const unsigned char *from = data ? data + start : data;
    int rc = inflate_one(from, len - start, start, fmt, max_out, out, &used, err, errlen);
    if (consumed)
        *consumed = used;
    return rc;
}

int sr_gz_inflate_member(const unsigned char *data, size_t len, size_t max_out,
                         sr_buf *out, size_t *consumed, char *err, size_t errlen)
{
    size_t used = 0;
    int rc = inflate_one(data, len, 0, SR_GZ_GZIP, max_out, out, &used, err, errlen);
    if (consumed)
        *consumed = used;
    return rc == SR_GZ_OK ? 0 : -1;
}

int sr_gz_inflate_all(const unsigned char *data, size_t len, size_t max_out,
                      sr_buf *out, char *err, size_t errlen)
{
    if (len == 0) {
        set_err(err, errlen, "empty input: no gzip member at byte 0");
        return -1;
    }
    size_t pos = 0;
    size_t produced = 0;
    for (;;) {
        size_t before = out->len;
        size_t used = 0;
        int rc = inflate_one(data + pos, len - pos, pos, SR_GZ_GZIP, max_out - produced,
                             out, &used, err, errlen);
        if (rc != SR_GZ_OK)
            return -1;
        produced += out->len - before;
        pos += used;
        if (pos == len)
            return 0;
        if (sr_gz_is_gzip(data + pos, len - pos))
            continue;
        size_t z = pos;
        while (z < len && data[z] == 0)
            z++;
        if (z == len)
            return 0;
        set_err(err, errlen,
                "trailing data at byte %zu after the gzip member that ends there "
                "(%zu bytes that are not a gzip member)",
                pos, len - pos);
        return -1;
    }
}
