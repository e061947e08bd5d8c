/*
 * plaintext.c - plain-text articles.
 *
 * Two ways to carry metadata in a text file, both seen in the wild:
 *   url: https://...            (header lines, then a blank line, then the body;
 *   title: ...                   keys: url, title, date, outlet/source,
 *   date: 2022-02-11             language/lang, charset)
 *
 *    date 2022-02-11 Romania is ...   (a " date ISO-DATE " prefix on the body)
 * A first paragraph that reads like a headline becomes the title, and stays
 * in the body: spans count from the first character of the file's text.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "ingest/ingest.h"
#include "ingest/normalize.h"

typedef struct header_fields {
    char url[2048], title[1024], date[64], outlet[256], language[32], charset[64];
} header_fields;

static const unsigned char *line_end(const unsigned char *p, const unsigned char *end)
{
    const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
    return nl ? nl : end;
}

static void copy_value(char *dst, size_t cap, const unsigned char *v, const unsigned char *e)
{
    while (v < e && (*v == ' ' || *v == '\t'))
        v++;
    while (e > v && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
        e--;
    size_t n = (size_t)(e - v);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, v, n);
    dst[n] = '\0';
}

/* Which field a header key names, or NULL. */
static char *header_slot(header_fields *h, const unsigned char *k, size_t n, size_t *cap)
{
    static const struct {
        const char *key;
        size_t off, cap;
    } keys[] = {
        {"url", offsetof(header_fields, url), sizeof ((header_fields *)0)->url},
        {"link", offsetof(header_fields, url), sizeof ((header_fields *)0)->url},
        {"title", offsetof(header_fields, title), sizeof ((header_fields *)0)->title},
        {"headline", offsetof(header_fields, title), sizeof ((header_fields *)0)->title},
        {"date", offsetof(header_fields, date), sizeof ((header_fields *)0)->date},
        {"published", offsetof(header_fields, date), sizeof ((header_fields *)0)->date},
        {"outlet", offsetof(header_fields, outlet), sizeof ((header_fields *)0)->outlet},
        {"source", offsetof(header_fields, outlet), sizeof ((header_fields *)0)->outlet},
        {"language", offsetof(header_fields, language), sizeof ((header_fields *)0)->language},
        {"lang", offsetof(header_fields, language), sizeof ((header_fields *)0)->language},
        {"charset", offsetof(header_fields, charset), sizeof ((header_fields *)0)->charset},
    };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (strlen(keys[i].key) == n && strncasecmp((const char *)k, keys[i].key, n) == 0) {
            *cap = keys[i].cap;
            return (char *)h + keys[i].off;
        }
    return NULL;
}

/* Parses the header block; returns the offset where the body starts (0 when
 * the file has no header). */
static size_t parse_header(const unsigned char *data, size_t len, header_fields *h)
{
    const unsigned char *p = data, *end = data + len;
    int known = 0;
    while (p < end) {
        const unsigned char *e = line_end(p, end);
        const unsigned char *q = p;
        while (q < e && (*q == '\r' || *q == ' ' || *q == '\t'))
            q++;
        if (q == e) /* the blank line that ends the header */
            return known ? (e < end ? (size_t)(e + 1 - data) : len) : 0;
        const unsigned char *k = p;
        while (k < e && (isalnum(*k) || *k == '_' || *k == '-'))
            k++;
        if (k == p || k >= e || *k != ':' || k - p > 20)
            return 0; /* not a header line: the file has no header */
        size_t cap;
        char *slot = header_slot(h, p, (size_t)(k - p), &cap);
        if (slot) {
            copy_value(slot, cap, k + 1, e);
            known++;
        }
        p = e < end ? e + 1 : end;
    }
    return 0; /* header lines only, no body */
}

/* " date 2022-02-11 Text..." */
static size_t parse_date_prefix(const unsigned char *b, size_t len, char *date, size_t cap)
{
    size_t i = 0;
    while (i < len && (b[i] == ' ' || b[i] == '\t'))
        i++;
    if (len - i < 16 || strncasecmp((const char *)b + i, "date ", 5) != 0)
        return 0;
    i += 5;
    while (i < len && b[i] == ' ')
        i++;
    size_t s = i;
    while (i < len && (isdigit(b[i]) || b[i] == '-'))
        i++;
    if (i - s != 10 || b[s + 4] != '-' || b[s + 7] != '-' || cap < 11)
        return 0;
    memcpy(date, b + s, 10);
    date[10] = '\0';
    while (i < len && (b[i] == ' ' || b[i] == '\t'))
        i++;
    return i;
}

/* A first line that reads like a headline: short, no sentence-final mark.
 * Sets *start to where it begins (after leading blank space) and returns its
 * length, or 0 when the first line is not a headline. */
static size_t headline_extent(const char *body, size_t len, size_t *start)
{
    size_t b = 0;
    while (b < len && (body[b] == ' ' || body[b] == '\t' || body[b] == '\r' || body[b] == '\n'))
        b++;
    const char *line = body + b;
    const char *nl = memchr(line, '\n', len - b);
    if (!nl)
        return 0; /* a one-line text is all body */
    size_t n = (size_t)(nl - line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\r' || line[n - 1] == '\t'))
        n--;
    if (n < 10 || n > 200)
        return 0;
    char last = line[n - 1];
    if (last == '.' || last == '!' || last == '?' || last == '"' || last == ',' || last == ':')
        return 0;
    if (n >= 3 && (unsigned char)line[n - 3] == 0xE2 && (unsigned char)line[n - 2] == 0x80 &&
        ((unsigned char)line[n - 1] == 0x9D || (unsigned char)line[n - 1] == 0xA6))
        return 0; /* ends with a closing quote or an ellipsis */
    *start = b;
    return n;
}

int sr_plaintext_parse(const unsigned char *data, size_t len, sr_buf *scratch, sr_draft *d,
                       char *err, size_t errlen)
{
    static header_fields empty;
    header_fields h = empty;
    size_t start = parse_header(data, len, &h);
    char prefix_date[16] = "";
    start += parse_date_prefix(data + start, len - start, prefix_date, sizeof prefix_date);
    if (!h.date[0] && prefix_date[0])
        memcpy(h.date, prefix_date, sizeof prefix_date);

    if (h.charset[0]) {
        /* header values are in the declared charset too (a title with a euro sign) */
        char *fields[] = {h.url, h.title, h.outlet};
        size_t caps[] = {sizeof h.url, sizeof h.title, sizeof h.outlet};
        for (size_t i = 0; i < 3; i++) {
            sr_buf conv = SR_BUF_INIT;
            char ignored[64];
            if (sr_to_utf8((const unsigned char *)fields[i], strlen(fields[i]), h.charset, &conv,
                           ignored, sizeof ignored) == 0)
                snprintf(fields[i], caps[i], "%s", sr_buf_cstr(&conv));
            sr_buf_free(&conv);
        }
    }

    /* scratch holds: the converted body, then the header values */
    sr_buf_clear(scratch);
    if (sr_to_utf8_at(data + start, len - start, start, h.charset[0] ? h.charset : NULL, scratch,
                      err, errlen) != 0)
        return -1;
    size_t body_len = scratch->len;
    size_t offs[5];
    const char *vals[5] = {h.url, h.title, h.date, h.outlet, h.language};
    for (int i = 0; i < 5; i++) {
        offs[i] = scratch->len + 1;
        sr_buf_putc(scratch, '\0');
        sr_buf_puts(scratch, vals[i]);
    }
    sr_buf_putc(scratch, '\0');
    if (scratch->oom) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    const char *s = scratch->data;
    d->body = s;
    d->body_len = body_len;
    d->url = h.url[0] ? s + offs[0] : NULL;
    d->title = h.title[0] ? s + offs[1] : NULL;
    d->date = h.date[0] ? s + offs[2] : NULL;
    d->outlet = h.outlet[0] ? s + offs[3] : NULL;
    d->language = h.language[0] ? s + offs[4] : NULL;
    if (!d->title) {
        size_t from = 0;
        size_t n = headline_extent(s, body_len, &from);
        if (n > 0) {
            size_t at = scratch->len;
            /* reserve first: appending from the buffer into itself must not
             * read from the old block after a realloc */
            if (sr_buf_reserve(scratch, n + 1) != 0)
                return -1;
            memcpy(scratch->data + at, scratch->data + from, n);
            scratch->len += n;
            sr_buf_putc(scratch, '\0');
            /* the buffer may have moved */
            s = scratch->data;
            d->body = s;
            d->url = h.url[0] ? s + offs[0] : NULL;
            d->date = h.date[0] ? s + offs[2] : NULL;
            d->outlet = h.outlet[0] ? s + offs[3] : NULL;
            d->language = h.language[0] ? s + offs[4] : NULL;
            d->title = s + at;
        }
    }
    d->format = "text";
    return 0;
}
