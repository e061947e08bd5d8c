/*
 * tabari_text.c - reading TABARI's text format (see tabari_text.h).
 *
 * The format, from TABARI's manual and files: a header line "YYMMDD ID"
 * (more words may follow the id), then the text lines, then a blank line.
 * Text between slash-star and star-slash is a comment and may span blank
 * lines; lines starting with '#' between records are comments too.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest/tabari_text.h"
#include "util/buf.h"

/* Length of the date at the start of a header line, or 0. */
static size_t header_date(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && isdigit((unsigned char)s[d]))
        d++;
    /* "950101 DEMO-01"; TABARI's own demo file also has "950101*INTRO" */
    if ((d != 6 && d != 8) || d >= n || (s[d] != ' ' && s[d] != '\t' && s[d] != '*'))
        return 0;
    size_t k = d;
    while (k < n && (s[k] == ' ' || s[k] == '\t'))
        k++;
    return k < n && !isspace((unsigned char)s[k]) ? d : 0;
}

static int blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return 0;
    return 1;
}

int sr_tabari_text_detect(const char *data, size_t len)
{
    size_t pos = 0;
    int seen_header = 0;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - data - pos) : len - pos;
        const char *s = data + pos;
        pos += n + 1;
        if (blank(s, n))
            continue;
        if (!seen_header) {
            if (s[0] == '#')
                continue;
            if (!header_date(s, n))
                return 0;
            seen_header = 1;
            continue;
        }
        return !header_date(s, n);
    }
    return 0;
}

void sr_tabari_iter_init(sr_tabari_iter *it, const char *data, size_t len)
{
    memset(it, 0, sizeof *it);
    it->data = data;
    it->len = len;
}

void sr_tabari_iter_free(sr_tabari_iter *it)
{
    sr_buf_free(&it->text);
}

int sr_tabari_text_next(sr_tabari_iter *it, sr_tabari_record *r)
{
    int in_record = 0, in_comment = 0, prev_blank = 0;
    sr_buf_clear(&it->text);
    for (;;) {
        int at_end = it->pos >= it->len;
        const char *s = it->data + it->pos;
        size_t n = 0;
        if (!at_end) {
            const char *nl = memchr(s, '\n', it->len - it->pos);
            n = nl ? (size_t)(nl - s) : it->len - it->pos;
            /* a header after a blank line starts the next record even when a
             * comment was left open ("... }   slash-star" at a record's end) */
            if (in_record && (!in_comment || prev_blank) && header_date(s, n)) {
                /* the next record starts without a blank line: leave it for the next call */
                r->text = sr_buf_cstr(&it->text);
                return it->text.oom ? -1 : 1;
            }
            it->pos += n + 1;
            it->line++;
            if (n && s[n - 1] == '\r')
                n--;
        }
        if (in_record && (at_end || (!in_comment && blank(s, n)))) {
            r->text = sr_buf_cstr(&it->text);
            return it->text.oom ? -1 : 1;
        }
        if (at_end)
            return 0;
        if (!in_record) {
            size_t d = header_date(s, n);
            if (!d)
                continue;
            memset(r, 0, sizeof *r);
            memcpy(r->date, s, d);
            size_t k = d;
            while (k < n && (s[k] == ' ' || s[k] == '\t'))
                k++;
            size_t e = k;
            while (e < n && !isspace((unsigned char)s[e]))
                e++;
            snprintf(it->id, sizeof it->id, "%.*s", (int)(e - k), s + k);
            r->id = it->id;
            r->line = it->line;
            in_record = 1;
            continue;
        }
        prev_blank = blank(s, n);
        if (it->text.len)
            sr_buf_putc(&it->text, '\n');
        sr_buf_append(&it->text, s, n);
        /* a comment may run across a blank line; it does not end the record */
        for (size_t i = 0; i + 1 < n; i++) {
            if (!in_comment && s[i] == '/' && s[i + 1] == '*')
                in_comment = 1, i++;
            else if (in_comment && s[i] == '*' && s[i + 1] == '/')
                in_comment = 0, i++;
        }
    }
}

sr_status sr_tabari_text_parse(const char *data, size_t len, sr_tabari_record_fn fn, void *userdata)
{
    sr_tabari_iter it;
    sr_tabari_record r;
    sr_tabari_iter_init(&it, data, len);
    int rc;
    while ((rc = sr_tabari_text_next(&it, &r)) == 1)
        if (fn(userdata, &r))
            break;
    sr_tabari_iter_free(&it);
    return rc < 0 ? SR_ERR_NOMEM : SR_OK;
}

sr_status sr_tabari_text_each(const char *path, sr_tabari_record_fn fn, void *userdata, char *err, size_t errlen)
{
    sr_buf b = SR_BUF_INIT;
    if (sr_buf_read_file(&b, path) != 0) {
        int e = errno;
        sr_buf_free(&b);
        snprintf(err, errlen, "%s: cannot read: %s", path, strerror(e));
        return e == ENOMEM ? SR_ERR_NOMEM : SR_ERR_IO;
    }
    sr_status st = sr_tabari_text_parse(b.data, b.len, fn, userdata);
    sr_buf_free(&b);
    return st;
}

int sr_tabari_date_iso(const char *date, char out[11])
{
    size_t n = strlen(date);
    int y, m, d;
    if (n == 6 && sscanf(date, "%2d%2d%2d", &y, &m, &d) == 3)
        y += y <= 30 ? 2000 : 1900;
    else if (n != 8 || sscanf(date, "%4d%2d%2d", &y, &m, &d) != 3)
        return 0;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}
