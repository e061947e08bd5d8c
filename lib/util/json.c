/*
 * json.c - JSON string escaping (RFC 8259): quote, backslash and control
 * characters; everything else is valid UTF-8 already and passes through.
 */
#include "util/json.h"

#include <string.h>

void sr_json_string(sr_buf *b, const char *s, size_t len)
{
    if (!s) {
        sr_buf_append(b, "null", 4);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    sr_buf_reserve(b, len + 2);
    sr_buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        sr_buf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': sr_buf_append(b, "\\\"", 2); break;
        case '\\': sr_buf_append(b, "\\\\", 2); break;
        case '\n': sr_buf_append(b, "\\n", 2); break;
        case '\r': sr_buf_append(b, "\\r", 2); break;
        case '\t': sr_buf_append(b, "\\t", 2); break;
        default: {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sr_buf_append(b, esc, 6);
        }
        }
    }
    sr_buf_append(b, s + run, len - run);
    sr_buf_putc(b, '"');
}

void sr_json_cstr(sr_buf *b, const char *s)
{
    sr_json_string(b, s, s ? strlen(s) : 0);
}
