/*
 * json.h - writing JSON strings.  Reading JSON is jansson's job; writing is
 * on the hot path of `sitrep code`, so we escape directly into a buffer.
 */
#ifndef SR_UTIL_JSON_H
#define SR_UTIL_JSON_H

#include <stddef.h>

#include "util/buf.h"

/* Appends s[0..len) as a JSON string with quotes; NULL appends null. */
void sr_json_string(sr_buf *b, const char *s, size_t len);
/* The same for a NUL-terminated string or NULL. */
void sr_json_cstr(sr_buf *b, const char *s);

#endif
