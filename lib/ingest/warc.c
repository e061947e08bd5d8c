/*
 * warc.c - WARC/1.0 and 1.1 reader over a file in memory (see warc.h).
 *
 * Web archives come from many crawlers and are often damaged (a crawl killed
 * mid-write, a member cut by a failed copy, a Content-Length that lies), so
 * the reader is built around recovery:
 *
 *  - A record is framed by its Content-Length only.  When framing is intact
 *    but the record is unusable (no WARC-Type, an HTTP body we cannot
 *    decode, a block over the size limit), the error costs that record and
 *    the next call starts right after it.
 *  - When framing is lost (no "WARC/" line, a garbage header, a
 *    Content-Length past the end, a broken gzip member), the next call
 *    resynchronizes: in a .warc.gz on the next gzip member header, in a
 *    plain file on the next line that starts "WARC/<digit>".
 *  - Every path moves the read position forward by at least one byte, so
 *    iterating always terminates.
 *
 * A .warc.gz member is inflated whole into a buffer and its records are read
 * from there, so a member holding several records (or a whole file
 * gzipped as one stream) is read too.  Header values and the payload are
 * copied into reader-owned buffers that live until the next call.
 */
#include "ingest/warc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/gz.h"

/* A member holds one record: header section, block, and the CRLF CRLF. */
#define WARC_MAX_MEMBER (SR_WARC_MAX_BODY + SR_WARC_MAX_HEADER + 64)
/* An HTTP chunk-size line is a hex number and optional extensions. */
#define CHUNK_LINE_MAX 4096

struct sr_warc_reader {
    const unsigned char *data;
    size_t len;
    size_t pos;           /* next unread byte of data */
    int gz_file;          /* file starts with a gzip member: resync on members */
    unsigned index;       /* records attempted so far (the last one's number) */
    int in_member;        /* records are being read from `member` */
    sr_buf member;        /* inflated data of the current gzip member */
    size_t member_pos;    /* next unread byte of member */
    size_t member_off;    /* file offset of the current member */
    sr_buf strs;          /* header values of the current record, NUL-terminated */
    sr_buf body;          /* payload of the current record */
    sr_buf scratch;       /* de-chunked HTTP body before content decoding */
};

/* The WARC and HTTP headers the reader keeps; the rest are skipped. */
enum { W_TYPE, W_URI, W_DATE, W_CTYPE, W_CLEN, W_ID, W_TRUNC, W_COUNT };
static const char *const warc_names[W_COUNT] = {
    "WARC-Type", "WARC-Target-URI", "WARC-Date", "Content-Type",
    "Content-Length", "WARC-Record-ID", "WARC-Truncated",
};
enum { H_CTYPE, H_TE, H_CE, H_COUNT };
static const char *const http_names[H_COUNT] = {
    "Content-Type", "Transfer-Encoding", "Content-Encoding",
};
#define NO_SLOT SIZE_MAX

/* ---- small helpers ---------------------------------------------------- */

static int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Case-insensitive (ASCII) comparison of s[0..n) with a C string. */
static int ci_eq(const unsigned char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n && lit[i]; i++)
        if (lower(s[i]) != lower((unsigned char)lit[i]))
            return 0;
    return i == n && lit[i] == '\0';
}

static int is_tchar(unsigned char c)
{
    /* RFC 7230 token characters: what a header name may contain. */
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return 1;
    return c && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int is_space(unsigned char c)
{
    return c == ' ' || c == '\t';
}

/* Printable excerpt of bad input for a message: at most 24 bytes of the
 * line at b[at], anything outside printable ASCII shown as '?'. */
static const char *excerpt(const unsigned char *b, size_t n, size_t at, char out[32])
{
    size_t k = 0;
    for (size_t i = at; i < n && k < 24 && b[i] != '\n' && b[i] != '\r'; i++)
        out[k++] = b[i] >= 0x20 && b[i] < 0x7f && b[i] != '"' ? (char)b[i] : '?';
    out[k] = '\0';
    return out;
}

/* Skips record separators and padding between records. */
static size_t skip_gap(const unsigned char *b, size_t n, size_t p)
{
    while (p < n && (b[p] == '\r' || b[p] == '\n' || b[p] == ' ' || b[p] == '\t' ||
                     b[p] == '\0'))
        p++;
    return p;
}

/* First line start after position `from` (a '\n' at or after it) that reads
 * "WARC/<digit>"; n when there is none. */
static size_t next_warc_line(const unsigned char *b, size_t n, size_t from)
{
    while (from < n) {
        const unsigned char *lf = memchr(b + from, '\n', n - from);
        if (!lf)
            break;
        size_t q = (size_t)(lf - b) + 1;
        if (n - q >= 6 && memcmp(b + q, "WARC/", 5) == 0 && b[q + 5] >= '0' &&
            b[q + 5] <= '9')
            return q;
        from = q;
    }
    return n;
}

/* First gzip member header at or after `from`: magic 1f 8b, method 8, no
 * reserved flag bits, which keeps false hits inside deflate data rare.
 * n when there is none. */
static size_t next_member(const unsigned char *b, size_t n, size_t from)
{
    while (from + 3 < n) {
        const unsigned char *m = memchr(b + from, 0x1f, n - from - 3);
        if (!m)
            break;
        size_t q = (size_t)(m - b);
        if (b[q + 1] == 0x8b && b[q + 2] == 8 && (b[q + 3] & 0xe0) == 0)
            return q;
        from = q + 1;
    }
    return n;
}

/* True when b[at] is where a record ends: separator line ends (any
 * number, CRLF or LF), then the end, another "WARC/" line, or a gzip member. */
static int followed_by_record(const unsigned char *b, size_t n, size_t at)
{
    size_t q = skip_gap(b, n, at);
    return q == n || (n - q >= 5 && memcmp(b + q, "WARC/", 5) == 0) ||
           sr_gz_is_gzip(b + q, n - q);
}

/* Where the reader resumes in the file after a record that lost its framing
 * at file offset `start`. */
static size_t file_resync(const sr_warc_reader *r, size_t start)
{
    size_t next = next_warc_line(r->data, r->len, start);
    if (r->gz_file) {
        size_t m = next_member(r->data, r->len, start + 1);
        if (m < next)
            next = m;
    }
    return next;
}

/* Fills err with "WARC record N at byte OFF: <what>" and returns -1. */
static int fail(char *err, size_t errlen, unsigned index, size_t offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static int fail(char *err, size_t errlen, unsigned index, size_t offset, const char *fmt, ...)
{
    if (!err || errlen == 0)
        return -1;
    int n = snprintf(err, errlen, "WARC record %u at byte %zu: ", index, offset);
    if (n >= 0 && (size_t)n < errlen) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err + n, errlen - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* ---- header sections -------------------------------------------------- */

/*
 * Parses "Name: value" lines from b[*p] up to and including the blank line
 * that ends them (CRLF or bare LF), for WARC and HTTP alike.  Values of the
 * wanted names go into strs (first occurrence wins; continuation lines are
 * joined with one space) and their offsets into slots[].
 *
 * strict (WARC): a line that is not a header, a control byte, or input that
 * ends before the blank line is an error: *p is then the offending line and
 * `why` says what.  Lenient (HTTP, written by every server under the sun):
 * such lines are skipped and the end of input ends the headers.
 */
static int parse_headers(const unsigned char *b, size_t n, size_t *p, int strict,
                         const char *const *names, size_t nnames, size_t *slots,
                         sr_buf *strs, const char **why)
{
    size_t start = *p;
    long cur = -2; /* -2: no header yet; -1: skipping one; else slot being filled */
    for (size_t i = 0; i < nnames; i++)
        slots[i] = NO_SLOT;

    for (;;) {
        if (*p >= n) {
            if (strict) {
                *why = "input ends inside the header section (no blank line after it)";
                return -1;
            }
            break;
        }
        if (strict && *p - start > SR_WARC_MAX_HEADER) {
            *why = "header section longer than the 1 MiB limit";
            return -1;
        }
        const unsigned char *lf = memchr(b + *p, '\n', n - *p);
        size_t eol = lf ? (size_t)(lf - b) : n;
        size_t next = lf ? eol + 1 : n;
        size_t end = eol;
        if (end > *p && b[end - 1] == '\r')
            end--;
        if (end == *p) { /* the blank line */
            *p = next;
            break;
        }
        if (!lf && strict) {
            *why = "input ends inside the header section (no blank line after it)";
            return -1;
        }
        if (strict) {
            for (size_t i = *p; i < end; i++) {
                if ((b[i] < 0x20 && b[i] != '\t') || b[i] == 0x7f) {
                    *why = "control byte in a header line";
                    return -1;
                }
            }
        }

        size_t v = *p, ve = end;
        if (is_space(b[*p])) {
            /* continuation (obsolete line folding): part of the last value */
            if (cur == -2 && strict) {
                *why = "continuation line before any header";
                return -1;
            }
            while (v < ve && is_space(b[v]))
                v++;
            while (ve > v && is_space(b[ve - 1]))
                ve--;
            if (cur >= 0 && ve > v) {
                sr_buf_putc(strs, ' ');
                sr_buf_append(strs, b + v, ve - v);
            }
            *p = next;
            continue;
        }

        if (cur >= 0)
            sr_buf_putc(strs, '\0');
        cur = -1;
        const unsigned char *colon = memchr(b + *p, ':', end - *p);
        size_t ne = colon ? (size_t)(colon - b) : *p;
        while (ne > *p && is_space(b[ne - 1]))
            ne--;
        int name_ok = ne > *p;
        for (size_t i = *p; name_ok && i < ne; i++)
            name_ok = is_tchar(b[i]);
        if (!colon || !name_ok) {
            if (strict) {
                *why = colon ? "header name has characters a name may not have"
                             : "line is not a header (no colon)";
                return -1;
            }
            *p = next;
            continue;
        }
        v = (size_t)(colon - b) + 1;
        while (v < ve && is_space(b[v]))
            v++;
        while (ve > v && is_space(b[ve - 1]))
            ve--;
        for (size_t i = 0; i < nnames; i++) {
            if (slots[i] == NO_SLOT && ci_eq(b + *p, ne - *p, names[i])) {
                slots[i] = strs->len;
                sr_buf_append(strs, b + v, ve - v);
                cur = (long)i;
                break;
            }
        }
        *p = next;
    }
    if (cur >= 0)
        sr_buf_putc(strs, '\0');
    return 0;
}

/* ---- HTTP entity bodies ----------------------------------------------- */

/*
 * Undoes Transfer-Encoding: chunked from src into out.  Returns 1 when src
 * does not even start like a chunked body (some archivers de-chunk but keep
 * the header), so the caller uses it as it is.  A body that ends early or
 * goes bad after the first chunk keeps what was decoded and sets *truncated:
 * crawlers cut long downloads, and the first part of an article is still
 * worth having.
 */
static int dechunk(const unsigned char *src, size_t len, sr_buf *out, int *truncated)
{
    size_t q = 0;
    for (int first = 1;; first = 0) {
        size_t size = 0, digits = 0;
        while (q < len) {
            int c = lower(src[q]), d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else
                break;
            if (size > (SIZE_MAX >> 4))
                return first ? 1 : (*truncated = 1, 0);
            size = size * 16 + (size_t)d;
            digits++;
            q++;
        }
        int sep_ok = q < len && (src[q] == ';' || src[q] == '\r' || src[q] == '\n' ||
                                 is_space(src[q]));
        if (digits == 0 || !sep_ok) {
            if (first)
                return 1;
            *truncated = 1;
            return 0;
        }
        size_t room = len - q < CHUNK_LINE_MAX ? len - q : CHUNK_LINE_MAX;
        const unsigned char *lf = memchr(src + q, '\n', room);
        if (!lf) {
            if (first)
                return 1;
            *truncated = 1;
            return 0;
        }
        q = (size_t)(lf - src) + 1;
        if (size == 0)
            return 0; /* last chunk; trailers are of no use here */
        if (size > len - q) {
            sr_buf_append(out, src + q, len - q);
            *truncated = 1;
            return 0;
        }
        sr_buf_append(out, src + q, size);
        q += size;
        if (q < len && src[q] == '\r')
            q++;
        if (q < len && src[q] == '\n')
            q++;
        if (q >= len) { /* no last chunk: the download was cut */
            *truncated = 1;
            return 0;
        }
    }
}

/* Trims a header value for comparison: "  GZip " -> "gzip" (ASCII). */
static void token_lower(const char *s, char *out, size_t outlen)
{
    while (is_space((unsigned char)*s))
        s++;
    size_t k = 0;
    for (; *s && k + 1 < outlen; s++)
        out[k++] = (char)lower((unsigned char)*s);
    while (k > 0 && is_space((unsigned char)out[k - 1]))
        k--;
    out[k] = '\0';
}

/* Parses the HTTP response in block[0..len): status line, headers, body.
 * On success the payload is in r->body and hslots[] index r->strs.
 * Returns 0, or -1 with `why` (in whybuf) for an unusable response. */
static int read_http(sr_warc_reader *r, const unsigned char *blk, size_t len, int *status,
                     size_t *hslots, int *truncated, char *whybuf, size_t whylen)
{
    char ex[32];
    /* Status line: HTTP/<version> SP <3 digits> [SP reason] */
    size_t q = 0;
    if (len < 5 || !ci_eq(blk, 5, "HTTP/")) {
        snprintf(whybuf, whylen, "response has no HTTP status line (found \"%s\")",
                 excerpt(blk, len, 0, ex));
        return -1;
    }
    q = 5;
    while (q < len && !is_space(blk[q]) && blk[q] != '\r' && blk[q] != '\n')
        q++;
    while (q < len && is_space(blk[q]))
        q++;
    int code = 0, digits = 0;
    while (q < len && digits < 3 && blk[q] >= '0' && blk[q] <= '9') {
        code = code * 10 + (blk[q] - '0');
        digits++;
        q++;
    }
    if (digits != 3 || (q < len && !is_space(blk[q]) && blk[q] != '\r' && blk[q] != '\n')) {
        snprintf(whybuf, whylen, "malformed HTTP status line \"%s\"", excerpt(blk, len, 0, ex));
        return -1;
    }
    const unsigned char *lf = memchr(blk + q, '\n', len - q);
    q = lf ? (size_t)(lf - blk) + 1 : len;

    const char *why = NULL;
    parse_headers(blk, len, &q, 0, http_names, H_COUNT, hslots, &r->strs, &why);
    if (r->strs.oom) {
        snprintf(whybuf, whylen, "out of memory");
        return -1;
    }
    *status = code;

    const unsigned char *body = blk + q;
    size_t blen = len - q;
    if (hslots[H_TE] != NO_SLOT && strcasestr(r->strs.data + hslots[H_TE], "chunked")) {
        sr_buf_clear(&r->scratch);
        if (dechunk(body, blen, &r->scratch, truncated) == 0) {
            if (r->scratch.oom) {
                snprintf(whybuf, whylen, "out of memory de-chunking the HTTP body");
                return -1;
            }
            body = (const unsigned char *)sr_buf_cstr(&r->scratch);
            blen = r->scratch.len;
        }
    }

    char enc[32] = "";
    if (hslots[H_CE] != NO_SLOT)
        token_lower(r->strs.data + hslots[H_CE], enc, sizeof enc);
    sr_buf_clear(&r->body);
    if (!strcmp(enc, "gzip") || !strcmp(enc, "x-gzip")) {
        /* No gzip magic: the archiver stored the body decoded but kept the
         * header (Common Crawl did for years); take it as it is. */
        if (!sr_gz_is_gzip(body, blen)) {
            sr_buf_append(&r->body, body, blen);
            return 0;
        }
        char zerr[160];
        int rc = sr_gz_inflate_stream(body, blen, 0, SR_GZ_GZIP, SR_WARC_MAX_BODY, &r->body,
                                      NULL, zerr, sizeof zerr);
        if (rc == SR_GZ_ETRUNCATED) {
            *truncated = 1;
            return 0;
        }
        if (rc != SR_GZ_OK) {
            snprintf(whybuf, whylen, "cannot decode the gzip HTTP body: %s", zerr);
            return -1;
        }
        return 0;
    }
    if (!strcmp(enc, "deflate")) {
        /* Meant to be zlib-wrapped (RFC 9110) but often raw deflate. */
        char zerr[160];
        sr_gz_format fmt = sr_gz_deflate_format(body, blen);
        int rc = sr_gz_inflate_stream(body, blen, 0, fmt, SR_WARC_MAX_BODY, &r->body, NULL,
                                      zerr, sizeof zerr);
        if (rc == SR_GZ_ECORRUPT && fmt == SR_GZ_ZLIB) {
            sr_buf_clear(&r->body);
            rc = sr_gz_inflate_stream(body, blen, 0, SR_GZ_RAW, SR_WARC_MAX_BODY, &r->body,
                                      NULL, zerr, sizeof zerr);
        }
        if (rc == SR_GZ_ETRUNCATED) {
            *truncated = 1;
            return 0;
        }
        if (rc != SR_GZ_OK) {
            snprintf(whybuf, whylen, "cannot decode the deflate HTTP body: %s", zerr);
            return -1;
        }
        return 0;
    }
    if (enc[0] && strcmp(enc, "identity") && strcmp(enc, "none")) {
        snprintf(whybuf, whylen, "unsupported HTTP Content-Encoding \"%s\"", enc);
        return -1;
    }
    sr_buf_append(&r->body, body, blen);
    return 0;
}

/* ---- records ---------------------------------------------------------- */

/*
 * Reads the record at b[*p] (b is the file or an inflated member).  `off` is
 * the offset to report (the record's, or its member's), and `in_member` says
 * whether positions in b are file offsets.  Returns 1, or -1 with err set;
 * either way *p is where the next record is looked for, and *lost says
 * whether that place was found by resynchronizing.
 */
static int read_record(sr_warc_reader *r, const unsigned char *b, size_t n, size_t *p,
                       size_t off, int in_member, sr_warc_record *rec, int *lost,
                       char *err, size_t errlen)
{
    char ex[32];
    size_t start = *p;
    unsigned idx = ++r->index;
    *lost = 0;
    const char *of = in_member ? " of the inflated member" : "";
    /* On a framing error, go on at the next "WARC/" line: in the member,
     * or in the file when the record is not in a member. */
#define LOST_FRAMING()                                                             \
    (*lost = 1, *p = in_member ? next_warc_line(b, n, start) : file_resync(r, start))

    if (n - start < 6 || memcmp(b + start, "WARC/", 5) != 0 || b[start + 5] < '0' ||
        b[start + 5] > '9') {
        LOST_FRAMING();
        return fail(err, errlen, idx, off,
                    "expected a WARC/ version line at byte %zu%s, found \"%s\"", start, of,
                    excerpt(b, n, start, ex));
    }
    size_t q = start + 5;
    while (q < n && ((b[q] >= '0' && b[q] <= '9') || b[q] == '.') && q - start < 32)
        q++;
    if (q < n && b[q] == '\r')
        q++;
    if (q >= n || b[q] != '\n') {
        LOST_FRAMING();
        return fail(err, errlen, idx, off, "malformed WARC version line \"%s\" at byte %zu%s",
                    excerpt(b, n, start, ex), start, of);
    }
    q++;

    sr_buf_clear(&r->strs);
    size_t slots[W_COUNT];
    const char *why = NULL;
    if (parse_headers(b, n, &q, 1, warc_names, W_COUNT, slots, &r->strs, &why) != 0) {
        LOST_FRAMING();
        excerpt(b, n, q, ex);
        return fail(err, errlen, idx, off, "bad WARC header at byte %zu%s: %s%s%s%s", q, of, why,
                    ex[0] ? " (\"" : "", ex, ex[0] ? "\")" : "");
    }
    if (r->strs.oom) {
        LOST_FRAMING();
        return fail(err, errlen, idx, off, "out of memory reading the WARC header");
    }
    if (slots[W_CLEN] == NO_SLOT) {
        LOST_FRAMING();
        return fail(err, errlen, idx, off, "no Content-Length header");
    }
    const char *cl = r->strs.data + slots[W_CLEN];
    uint64_t clen = 0;
    int cl_ok = *cl != '\0';
    for (const char *c = cl; *c && cl_ok; c++) {
        cl_ok = *c >= '0' && *c <= '9' && clen <= (UINT64_MAX - 9) / 10;
        clen = clen * 10 + (uint64_t)(*c - '0');
    }
    if (!cl_ok) {
        LOST_FRAMING();
        return fail(err, errlen, idx, off, "bad Content-Length \"%.40s\"", cl);
    }
    size_t body = q;
    if (clen > SR_WARC_MAX_BODY) {
        /* Skip it when it is all there; otherwise the length is as likely
         * a lie as the truth, so look for the next record. */
        if (clen <= n - body)
            *p = body + (size_t)clen;
        else
            LOST_FRAMING();
        return fail(err, errlen, idx, off,
                    "record block of %llu bytes is over the 256 MiB limit; skipped",
                    (unsigned long long)clen);
    }
    if (clen > n - body) {
        LOST_FRAMING();
        return fail(err, errlen, idx, off,
                    "Content-Length %llu runs past the end of the %s (%zu bytes left after "
                    "the header at byte %zu%s)",
                    (unsigned long long)clen, in_member ? "gzip member" : "file", n - body,
                    body, of);
    }
    /* A block must be followed by the record separator and then another
     * record or the end.  When it is not, the Content-Length is wrong; if a
     * "WARC/" line starts inside the claimed block, the length swallowed
     * the records after this one, so give this one up and resume there. */
    size_t end = body + (size_t)clen;
    if (!followed_by_record(b, n, end)) {
        size_t next = next_warc_line(b, n, body);
        if (next < end) {
            *lost = 1;
            *p = next;
            return fail(err, errlen, idx, off,
                        "Content-Length %llu runs into the next record, which starts at "
                        "byte %zu%s",
                        (unsigned long long)clen, next, of);
        }
    }
    /* From here on the record is framed: errors skip just this record. */
    *p = end;
    if (slots[W_TYPE] == NO_SLOT)
        return fail(err, errlen, idx, off, "no WARC-Type header; record skipped");

    const unsigned char *blk = b + body;
    size_t blen = (size_t)clen;
    const char *type = r->strs.data + slots[W_TYPE];
    const char *ctype = slots[W_CTYPE] != NO_SLOT ? r->strs.data + slots[W_CTYPE] : "";
    int status = 0, truncated = slots[W_TRUNC] != NO_SLOT;
    size_t hslots[H_COUNT];
    for (size_t i = 0; i < H_COUNT; i++)
        hslots[i] = NO_SLOT;
    int is_http = ci_eq((const unsigned char *)type, strlen(type), "response") &&
                  strncasecmp(ctype, "application/http", 16) == 0;
    if (is_http) {
        char why_http[224];
        if (read_http(r, blk, blen, &status, hslots, &truncated, why_http,
                      sizeof why_http) != 0)
            return fail(err, errlen, idx, off, "%s; record skipped", why_http);
    } else {
        sr_buf_clear(&r->body);
        sr_buf_append(&r->body, blk, blen);
    }
    if (r->strs.oom || r->body.oom || sr_buf_reserve(&r->body, 0) != 0) {
        sr_buf_free(&r->strs);
        sr_buf_free(&r->body);
        return fail(err, errlen, idx, off, "out of memory; record skipped");
    }
#undef LOST_FRAMING

    /* strs no longer grows, so pointers into it are stable now. */
    const char *s = r->strs.data;
    rec->offset = off;
    rec->index = idx;
    rec->type = s + slots[W_TYPE];
    rec->target_uri = slots[W_URI] != NO_SLOT ? s + slots[W_URI] : NULL;
    rec->warc_date = slots[W_DATE] != NO_SLOT ? s + slots[W_DATE] : NULL;
    rec->content_type = slots[W_CTYPE] != NO_SLOT ? s + slots[W_CTYPE] : "";
    rec->record_id = slots[W_ID] != NO_SLOT ? s + slots[W_ID] : NULL;
    rec->http_status = status;
    rec->http_content_type = !is_http ? NULL
                             : hslots[H_CTYPE] != NO_SLOT ? s + hslots[H_CTYPE] : "";
    rec->payload = r->body.data;
    rec->payload_len = r->body.len;
    rec->truncated = truncated;
    return 1;
}

/* ---- public API ------------------------------------------------------- */

/* Ends a message about lost framing, for a record that began at file
 * offset `from`, with what it cost. */
static void note_resume(const sr_warc_reader *r, size_t from, char *err, size_t errlen)
{
    size_t n = err ? strlen(err) : 0;
    if (!err || n + 1 >= errlen)
        return;
    if (r->pos < r->len)
        snprintf(err + n, errlen - n, "; resuming at byte %zu", r->pos);
    else
        snprintf(err + n, errlen - n, "; no record after it (the last %zu bytes are skipped)",
                 r->len - from);
}

sr_warc_reader *sr_warc_open(const unsigned char *data, size_t len)
{
    sr_warc_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->data = data;
    r->len = data ? len : 0;
    size_t first = skip_gap(r->data, r->len, 0);
    r->gz_file = first < r->len && sr_gz_is_gzip(r->data + first, r->len - first);
    return r;
}

/* Points rec at the bytes of a record that could not be read. */
static void keep_broken(const sr_warc_reader *r, sr_warc_record *rec, size_t from, size_t to)
{
    rec->offset = from;
    rec->index = r->index;
    if (to > r->len)
        to = r->len;
    rec->raw = to > from ? r->data + from : NULL;
    rec->raw_len = to > from ? to - from : 0;
}

int sr_warc_next(sr_warc_reader *r, sr_warc_record *rec, char *err, size_t errlen)
{
    memset(rec, 0, sizeof *rec);
    if (err && errlen)
        err[0] = '\0';
    if (!r)
        return 0;
    for (;;) {
        if (r->in_member) {
            const unsigned char *m = (const unsigned char *)r->member.data;
            size_t p = skip_gap(m, r->member.len, r->member_pos);
            if (p >= r->member.len) {
                r->in_member = 0;
                continue;
            }
            int lost;
            int rc = read_record(r, m, r->member.len, &p, r->member_off, 1, rec, &lost, err,
                                 errlen);
            r->member_pos = p;
            if (rc < 0)
                keep_broken(r, rec, r->member_off, r->pos);
            return rc;
        }

        size_t p = skip_gap(r->data, r->len, r->pos);
        r->pos = p;
        if (p >= r->len)
            return 0;
        if (!sr_gz_is_gzip(r->data + p, r->len - p)) {
            int lost;
            size_t from = p;
            int rc = read_record(r, r->data, r->len, &p, p, 0, rec, &lost, err, errlen);
            r->pos = p;
            if (rc < 0 && lost)
                note_resume(r, from, err, errlen);
            if (rc < 0)
                keep_broken(r, rec, from, r->pos);
            return rc;
        }

        char zerr[200];
        size_t used = 0;
        sr_buf_clear(&r->member);
        int rc = sr_gz_inflate_stream(r->data, r->len, p, SR_GZ_GZIP, WARC_MAX_MEMBER,
                                      &r->member, &used, zerr, sizeof zerr);
        if (rc != SR_GZ_OK) {
            unsigned idx = ++r->index;
            r->pos = file_resync(r, p);
            if (rc == SR_GZ_ELIMIT)
                sr_buf_free(&r->member); /* do not keep 256 MiB around */
            /* zlib cannot tell a member that was cut short from a damaged
             * one: it reads on into the next member and fails there, often
             * on the checksum. */
            fail(err, errlen, idx, p, "%s%s",
                 rc == SR_GZ_ENOMEM   ? "out of memory inflating the gzip member"
                 : rc == SR_GZ_ECORRUPT ? "gzip member damaged or cut short: "
                                        : "",
                 rc == SR_GZ_ENOMEM ? "" : zerr);
            note_resume(r, p, err, errlen);
            keep_broken(r, rec, p, r->pos);
            return -1;
        }
        r->pos = p + used;
        r->in_member = 1;
        r->member_pos = 0;
        r->member_off = p;
    }
}

void sr_warc_close(sr_warc_reader *r)
{
    if (!r)
        return;
    sr_buf_free(&r->member);
    sr_buf_free(&r->strs);
    sr_buf_free(&r->body);
    sr_buf_free(&r->scratch);
    free(r);
}

int sr_warc_sniff(const unsigned char *data, size_t len)
{
    static const char magic[] = "WARC/1.";
    const size_t mlen = sizeof magic - 1;
    if (!data)
        return 0;
    if (len >= mlen && memcmp(data, magic, mlen) == 0)
        return 1;
    if (!sr_gz_is_gzip(data, len))
        return 0;
    /* Inflate just enough to see the version line; a prefix of the file is
     * enough, so a truncated member is fine here. */
    sr_buf head = SR_BUF_INIT;
    sr_gz_inflate_stream(data, len, 0, SR_GZ_GZIP, mlen, &head, NULL, NULL, 0);
    int ok = head.len >= mlen && memcmp(head.data, magic, mlen) == 0;
    sr_buf_free(&head);
    return ok;
}
