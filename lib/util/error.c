/*
 * error.c - "file:line: message" for the readers of outside files (see
 * error.h).
 */
#include "util/error.h"

#include <stdio.h>

void sr_error_at_line(char *err, size_t errlen, const char *path, unsigned long line, const char *fmt,
                      va_list ap)
{
    if (!err || errlen == 0)
        return;
    int n = snprintf(err, errlen, "%s:%lu: ", path, line);
    if (n >= 0 && (size_t)n < errlen)
        vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
}
