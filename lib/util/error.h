/*
 * error.h - the "file:line: what was wrong" messages of the readers of
 * outside files (dictionaries, office lists), written one way so a user
 * reads every such message alike and can jump to the line.
 */
#ifndef SR_UTIL_ERROR_H
#define SR_UTIL_ERROR_H

#include <stdarg.h>
#include <stddef.h>

/* Writes "path:line: " and the formatted message into err, cut to errlen
 * (nothing when err is NULL or errlen 0). */
void sr_error_at_line(char *err, size_t errlen, const char *path, unsigned long line, const char *fmt,
                      va_list ap) __attribute__((format(printf, 5, 0)));

#endif
