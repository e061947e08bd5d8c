/*
 * gz.h - gzip/zlib decompression of whole buffers (zlib).
 *
 * Everything sitrep reads compressed (.warc.gz members, gzip- or
 * deflate-encoded HTTP bodies, .gz inputs) is already in memory, so these
 * functions take a whole buffer and append the result to an sr_buf.  Every
 * call has an output cap, because a few kilobytes of deflate can expand to
 * gigabytes (a "zip bomb").
 */
#ifndef SR_UTIL_GZ_H
#define SR_UTIL_GZ_H

#include <stddef.h>

#include "util/buf.h"

/* True when data starts with the gzip magic bytes 1f 8b. */
int sr_gz_is_gzip(const unsigned char *data, size_t len);

/* Inflates every gzip member of data[0..len) (concatenated members are one
 * stream, as gunzip treats them) and appends the result to out.  Stops with
 * -1 and a message naming the byte offset when the data is truncated or
 * corrupt (what was inflated before stays in out), or when the output would
 * exceed max_out bytes.  Returns 0 on success.
 * max_out counts the bytes this call appends (not what out held before); on
 * the cap error out keeps exactly max_out new bytes.  NUL bytes after the
 * last member (tar-style padding) are ignored; any other trailing data is an
 * error, as is an empty input. */
int sr_gz_inflate_all(const unsigned char *data, size_t len, size_t max_out,
                      sr_buf *out, char *err, size_t errlen);

/* Inflates exactly one gzip member starting at data[0]; *consumed is set to
 * the member's compressed length so the caller can go on to the next one.
 * Same errors as above; on error *consumed is 0. */
int sr_gz_inflate_member(const unsigned char *data, size_t len, size_t max_out,
                         sr_buf *out, size_t *consumed, char *err, size_t errlen);

/* The three framings zlib knows.  HTTP "Content-Encoding: deflate" is meant
 * to be ZLIB but many servers send RAW; see sr_gz_deflate_format(). */
typedef enum sr_gz_format {
    SR_GZ_GZIP,  /* RFC 1952: header, deflate data, CRC-32 and size trailer */
    SR_GZ_ZLIB,  /* RFC 1950: two-byte header, deflate data, Adler-32 */
    SR_GZ_RAW    /* RFC 1951: bare deflate data */
} sr_gz_format;

/* Error kinds of sr_gz_inflate_stream(), so a caller can treat a body cut
 * short (keep what came out) differently from corrupt data (drop it). */
enum {
    SR_GZ_OK = 0,
    SR_GZ_ECORRUPT = -1,    /* not this format, bad data or checksum mismatch */
    SR_GZ_ETRUNCATED = -2,  /* input ended before the end of the stream */
    SR_GZ_ELIMIT = -3,      /* output would exceed max_out */
    SR_GZ_ENOMEM = -4
};

/* Inflates one stream of the given format that starts at data[start], like
 * sr_gz_inflate_member(), but returns one of the SR_GZ_E* codes above.
 * Offsets in messages are positions in data (so a caller walking a file
 * passes the whole file and gets file offsets); *consumed counts from start.
 * Output produced before an error stays in out. */
int sr_gz_inflate_stream(const unsigned char *data, size_t len, size_t start,
                         sr_gz_format fmt, size_t max_out, sr_buf *out,
                         size_t *consumed, char *err, size_t errlen);

/* Guesses the framing of an HTTP deflate body: ZLIB when data starts with a
 * valid zlib header, RAW otherwise. */
sr_gz_format sr_gz_deflate_format(const unsigned char *data, size_t len);

#endif
