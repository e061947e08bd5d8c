/*
 * gz.h - gzip/zlib decompression of whole buffers (zlib).
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
 * exceed max_out bytes.  Returns 0 on success. */
int sr_gz_inflate_all(const unsigned char *data, size_t len, size_t max_out,
                      sr_buf *out, char *err, size_t errlen);

/* Inflates exactly one gzip member starting at data[0]; *consumed is set to
 * the member's compressed length so the caller can go on to the next one.
 * Same errors as above. */
int sr_gz_inflate_member(const unsigned char *data, size_t len, size_t max_out,
                         sr_buf *out, size_t *consumed, char *err, size_t errlen);

#endif
