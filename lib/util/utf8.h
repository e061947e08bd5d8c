/*
 * utf8.h - UTF-8 checks and counting, on the hot path of every article.
 */
#ifndef SR_UTIL_UTF8_H
#define SR_UTIL_UTF8_H

#include <stddef.h>

/* Returns the byte offset of the first invalid sequence (overlong forms,
 * surrogates and code points above U+10FFFF are invalid), or len when all of
 * s[0..len) is valid UTF-8. */
size_t sr_utf8_invalid_at(const char *s, size_t len);

/* Counts code points in valid UTF-8. */
size_t sr_utf8_count(const char *s, size_t len);

/* Decodes one code point at s[*i] (i < len) and advances *i.  An invalid byte
 * decodes to U+FFFD and advances by one. */
unsigned sr_utf8_decode(const char *s, size_t len, size_t *i);

/* True when every byte is below 0x80. */
int sr_utf8_is_ascii(const char *s, size_t len);

#endif
