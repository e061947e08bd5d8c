/*
 * buf.h - the one growable byte buffer used everywhere in libsitrep.
 *
 * A buffer always keeps a NUL after its last byte, so data can be handed to
 * C string functions without a copy.  Growth failures are sticky: once an
 * allocation fails, `oom` is set and later appends do nothing, so callers may
 * append freely and check once at the end (the idea of Redis' sds and git's
 * strbuf, kept small).
 */
#ifndef SR_UTIL_BUF_H
#define SR_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct sr_buf {
    char *data;   /* NUL-terminated when cap > 0; NULL when empty and never grown */
    size_t len;
    size_t cap;
    int oom;      /* set once an allocation failed; appends become no-ops */
} sr_buf;

#define SR_BUF_INIT {NULL, 0, 0, 0}

int sr_buf_reserve(sr_buf *b, size_t extra);
void sr_buf_append(sr_buf *b, const void *data, size_t len);
void sr_buf_puts(sr_buf *b, const char *s);
void sr_buf_putc(sr_buf *b, char c);
void sr_buf_printf(sr_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void sr_buf_vprintf(sr_buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* Appends a code point as UTF-8 (invalid code points become U+FFFD). */
void sr_buf_put_utf8(sr_buf *b, unsigned cp);
void sr_buf_clear(sr_buf *b);
/* Hands the bytes to the caller (never NULL unless oom); the buffer is reset. */
char *sr_buf_detach(sr_buf *b, size_t *len);
void sr_buf_free(sr_buf *b);
/* Appends the whole file at path; afterwards data is non-NULL.  Returns 0,
 * or -1 with errno set (ENOMEM when the buffer could not grow, EIO when a
 * read failed). */
int sr_buf_read_file(sr_buf *b, const char *path);
/* A pointer to the contents that is always a valid C string, even when empty. */
const char *sr_buf_cstr(const sr_buf *b);

#endif
