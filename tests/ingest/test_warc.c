/*
 * test_warc.c - tests for the WARC reader (ingest/warc).
 *
 * Every input is built here: records are written as strings and, for the
 * .warc.gz cases, gzipped one member per record with zlib, the way
 * crawlers write them.  Beside the happy paths (a mix of record types,
 * chunked and gzip-encoded HTTP bodies, CRLF and bare LF) most tests break
 * a file on purpose and check that the error names the record and its
 * offset and that the records after it are still read.
 */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "ingest/warc.h"

#define MAX_RECS 16

static const char HTML[] =
    "<html><head><title>NATO chief in Romania</title></head><body>\n"
    "<p>NATO Secretary General Jens Stoltenberg visited the Black Sea coast.</p>\n"
    "</body></html>\n";

/* ---- builders --------------------------------------------------------- */

static void deflate_into(sr_buf *out, const void *data, size_t len, int window_bits)
{
    test_deflate_into(out, data, len, Z_BEST_COMPRESSION, window_bits);
}

static void gzip_into(sr_buf *out, const void *data, size_t len)
{
    deflate_into(out, data, len, 16 + MAX_WBITS);
}

/* Appends one WARC record; eol is "\r\n" (the standard) or "\n". */
static void add_record(sr_buf *out, const char *eol, const char *type, const char *uri,
                       const char *ctype, const char *extra, const void *block, size_t blen)
{
    sr_buf_printf(out, "WARC/1.1%sWARC-Type: %s%s", eol, type, eol);
    if (uri)
        sr_buf_printf(out, "WARC-Target-URI: %s%s", uri, eol);
    sr_buf_printf(out, "WARC-Date: 2022-02-11T10:00:00Z%s", eol);
    sr_buf_printf(out, "WARC-Record-ID: <urn:uuid:%s-0000>%s", type, eol);
    if (ctype)
        sr_buf_printf(out, "Content-Type: %s%s", ctype, eol);
    if (extra)
        sr_buf_puts(out, extra);
    sr_buf_printf(out, "Content-Length: %zu%s%s", blen, eol, eol);
    sr_buf_append(out, block, blen);
    sr_buf_printf(out, "%s%s", eol, eol);
}

/* An HTTP response: status line, headers (each ending "\r\n"), body. */
static void http_response(sr_buf *out, const char *status, const char *headers,
                          const void *body, size_t blen)
{
    sr_buf_printf(out, "%s\r\n%s\r\n", status, headers);
    sr_buf_append(out, body, blen);
}

static void chunk_into(sr_buf *out, const void *data, size_t len, size_t chunk)
{
    const char *p = data;
    for (size_t i = 0; i < len; i += chunk) {
        size_t n = len - i < chunk ? len - i : chunk;
        sr_buf_printf(out, "%zx;ext=1\r\n", n);
        sr_buf_append(out, p + i, n);
        sr_buf_puts(out, "\r\n");
    }
    sr_buf_puts(out, "0\r\nX-Trailer: yes\r\n\r\n");
}

/* A file made of records: plain, or one gzip member per record.  offsets[i]
 * is where record i starts in the file. */
typedef struct {
    sr_buf recs[MAX_RECS];
    size_t n;
} recset;

static sr_buf *next_rec(recset *s)
{
    assert_true(s->n < MAX_RECS);
    sr_buf *b = &s->recs[s->n++];
    memset(b, 0, sizeof *b);
    return b;
}

static void build_file(const recset *s, int gz, sr_buf *file, size_t *offsets)
{
    sr_buf_clear(file);
    for (size_t i = 0; i < s->n; i++) {
        offsets[i] = file->len;
        if (gz)
            gzip_into(file, s->recs[i].data, s->recs[i].len);
        else
            sr_buf_append(file, s->recs[i].data, s->recs[i].len);
    }
}

static void free_recset(recset *s)
{
    for (size_t i = 0; i < s->n; i++)
        sr_buf_free(&s->recs[i]);
    s->n = 0;
}

static sr_warc_reader *open_buf(const sr_buf *b)
{
    sr_warc_reader *r = sr_warc_open((const unsigned char *)b->data, b->len);
    assert_non_null(r);
    return r;
}

/* Asserts err contains "record N" and "at byte OFF". */
static void assert_err_names(const char *err, unsigned index, size_t offset)
{
    char want[96];
    snprintf(want, sizeof want, "WARC record %u at byte %zu:", index, offset);
    if (!strstr(err, want))
        fail_msg("error \"%s\" does not name \"%s\"", err, want);
}

/* The reader's next record is broken: the message names record `index`
 * at byte `offset` and says `why`. */
static void expect_broken(sr_warc_reader *r, sr_warc_record *rec, char *err, size_t errlen, unsigned index,
                          size_t offset, const char *why)
{
    assert_int_equal(sr_warc_next(r, rec, err, errlen), -1);
    assert_err_names(err, index, offset);
    if (!strstr(err, why))
        fail_msg("error \"%s\" does not say \"%s\"", err, why);
}

/* The reader has nothing more. */
static void expect_end(sr_warc_reader *r, sr_warc_record *rec, char *err, size_t errlen)
{
    assert_int_equal(sr_warc_next(r, rec, err, errlen), 0);
}

/* ---- a mix of record types, plain and gzipped -------------------------- */

static void build_mix(recset *s)
{
    const char *info = "software: sitrep-test\r\nformat: WARC File Format 1.1\r\n";
    add_record(next_rec(s), "\r\n", "warcinfo", NULL, "application/warc-fields", NULL, info,
               strlen(info));

    const char *req = "GET /news HTTP/1.1\r\nHost: example.org\r\n\r\n";
    add_record(next_rec(s), "\r\n", "request", "https://example.org/news",
               "application/http;msgtype=request", NULL, req, strlen(req));

    sr_buf http = SR_BUF_INIT;
    http_response(&http, "HTTP/1.1 200 OK",
                  "Content-Type: text/html; charset=utf-8\r\n"
                  "Content-Length: 999\r\n",
                  HTML, strlen(HTML));
    add_record(next_rec(s), "\r\n", "response", "https://example.org/news",
               "application/http; msgtype=response", NULL, http.data, http.len);
    sr_buf_free(&http);

    const char *txt = "Stoltenberg: we will defend every inch of Allied territory.\n";
    add_record(next_rec(s), "\r\n", "resource", "file:///news/1.txt", "text/plain", NULL, txt,
               strlen(txt));

    const char *conv = "converted text";
    add_record(next_rec(s), "\r\n", "conversion", "https://example.org/news.pdf",
               "text/plain", NULL, conv, strlen(conv));

    add_record(next_rec(s), "\r\n", "metadata", "https://example.org/news",
               "application/warc-fields", NULL, "", 0);
}

static void check_mix(int gz)
{
    recset s = {0};
    sr_buf file = SR_BUF_INIT;
    size_t off[MAX_RECS] = {0};
    build_mix(&s);
    build_file(&s, gz, &file, off);
    assert_true(sr_warc_sniff((const unsigned char *)file.data, file.len));

    sr_warc_reader *r = open_buf(&file);
    sr_warc_record rec;
    char err[512];

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "warcinfo");
    assert_int_equal(rec.index, 1);
    assert_int_equal(rec.offset, off[0]);
    assert_null(rec.target_uri);
    assert_string_equal(rec.warc_date, "2022-02-11T10:00:00Z");
    assert_string_equal(rec.content_type, "application/warc-fields");
    assert_string_equal(rec.record_id, "<urn:uuid:warcinfo-0000>");
    assert_int_equal(rec.http_status, 0);
    assert_null(rec.http_content_type);
    assert_string_equal(rec.payload, "software: sitrep-test\r\nformat: WARC File Format 1.1\r\n");

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "request");
    assert_int_equal(rec.offset, off[1]);
    assert_int_equal(rec.http_status, 0); /* requests are not parsed */
    assert_true(strncmp(rec.payload, "GET /news HTTP/1.1\r\n", 20) == 0);

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "response");
    assert_int_equal(rec.index, 3);
    assert_int_equal(rec.offset, off[2]);
    assert_string_equal(rec.target_uri, "https://example.org/news");
    assert_int_equal(rec.http_status, 200);
    assert_string_equal(rec.http_content_type, "text/html; charset=utf-8");
    assert_int_equal(rec.payload_len, strlen(HTML));
    assert_string_equal(rec.payload, HTML);
    assert_false(rec.truncated);

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "resource");
    assert_string_equal(rec.target_uri, "file:///news/1.txt");
    assert_string_equal(rec.content_type, "text/plain");
    assert_string_equal(rec.payload,
                        "Stoltenberg: we will defend every inch of Allied territory.\n");

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "conversion");
    assert_string_equal(rec.payload, "converted text");

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "metadata");
    assert_int_equal(rec.index, 6);
    assert_int_equal(rec.payload_len, 0);
    assert_non_null(rec.payload);
    assert_string_equal(rec.payload, "");

    expect_end(r, &rec, err, sizeof err);
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    sr_buf_free(&file);
    free_recset(&s);
}

static void test_mix_plain(void **state)
{
    (void)state;
    check_mix(0);
}

static void test_mix_gz(void **state)
{
    (void)state;
    check_mix(1);
}

/* A whole file gzipped as one stream (not per record) is read too. */
static void test_single_stream_gz(void **state)
{
    (void)state;
    recset s = {0};
    sr_buf plain = SR_BUF_INIT, file = SR_BUF_INIT;
    size_t off[MAX_RECS] = {0};
    build_mix(&s);
    build_file(&s, 0, &plain, off);
    gzip_into(&file, plain.data, plain.len);

    sr_warc_reader *r = open_buf(&file);
    sr_warc_record rec;
    char err[512];
    int n = 0;
    while (sr_warc_next(r, &rec, err, sizeof err) == 1) {
        n++;
        assert_int_equal(rec.index, n);
        assert_int_equal(rec.offset, 0);
    }
    assert_int_equal(n, 6);
    sr_warc_close(r);
    sr_buf_free(&plain);
    sr_buf_free(&file);
    free_recset(&s);
}

/* ---- HTTP bodies -------------------------------------------------------- */

static void add_http(recset *s, const char *status, const char *headers, const void *body,
                     size_t blen)
{
    sr_buf http = SR_BUF_INIT;
    http_response(&http, status, headers, body, blen);
    add_record(next_rec(s), "\r\n", "response", "https://example.org/a",
               "application/http;msgtype=response", NULL, http.data, http.len);
    sr_buf_free(&http);
}

static void test_http_encodings(void **state)
{
    (void)state;
    recset s = {0};
    sr_buf body = SR_BUF_INIT, tmp = SR_BUF_INIT;

    /* 1: chunked, then gzip (the order a server applies them) */
    gzip_into(&tmp, HTML, strlen(HTML));
    chunk_into(&body, tmp.data, tmp.len, 17);
    add_http(&s, "HTTP/1.1 200 OK",
             "content-type: text/html\r\ntransfer-encoding: chunked\r\ncontent-encoding: gzip\r\n",
             body.data, body.len);
    /* 2: chunked plain text, with odd case in the header names */
    sr_buf_clear(&body);
    chunk_into(&body, HTML, strlen(HTML), 10);
    add_http(&s, "HTTP/1.1 200 OK", "Transfer-Encoding: Chunked\r\n", body.data, body.len);
    /* 3: zlib-wrapped deflate */
    sr_buf_clear(&body);
    deflate_into(&body, HTML, strlen(HTML), MAX_WBITS);
    add_http(&s, "HTTP/1.0 200 OK", "Content-Encoding: deflate\r\n", body.data, body.len);
    /* 4: raw deflate, as many servers send it */
    sr_buf_clear(&body);
    deflate_into(&body, HTML, strlen(HTML), -MAX_WBITS);
    add_http(&s, "HTTP/1.1 200 OK", "Content-Encoding: deflate\r\n", body.data, body.len);
    /* 5: header says gzip, body was stored decoded */
    add_http(&s, "HTTP/1.1 200 OK", "Content-Encoding: gzip\r\n", HTML, strlen(HTML));
    /* 6: header says chunked, body was stored de-chunked */
    add_http(&s, "HTTP/1.1 200 OK", "Transfer-Encoding: chunked\r\n", HTML, strlen(HTML));
    /* 7: an encoding we cannot undo: error, record skipped */
    add_http(&s, "HTTP/1.1 200 OK", "Content-Encoding: br\r\n", "\x0b\x02\x80", 3);
    /* 8: status other than 200, HTTP/2 version, no reason phrase, no body */
    add_http(&s, "HTTP/2 404", "Content-Type: text/plain\r\n", "", 0);
    /* 9: a download cut inside a chunk */
    sr_buf_clear(&body);
    chunk_into(&body, HTML, strlen(HTML), 40);
    add_http(&s, "HTTP/1.1 200 OK", "Transfer-Encoding: chunked\r\n", body.data, 50);
    /* 10: gzip body cut short */
    sr_buf_clear(&body);
    gzip_into(&body, HTML, strlen(HTML));
    add_http(&s, "HTTP/1.1 200 OK", "Content-Encoding: gzip\r\n", body.data, body.len - 12);
    /* 11: a response record that is not HTTP at all */
    add_http(&s, "SPDY/3 200 OK", "", "x", 1);
    /* 12: gzip body that is corrupt */
    sr_buf_clear(&body);
    gzip_into(&body, HTML, strlen(HTML));
    for (size_t i = 12; i < 24; i++)
        body.data[i] = (char)0xff;
    add_http(&s, "HTTP/1.1 200 OK", "Content-Encoding: gzip\r\n", body.data, body.len);
    /* 13: a fine record at the end */
    add_http(&s, "HTTP/1.1 200 OK", "Content-Type: text/html\r\n", HTML, strlen(HTML));

    for (int gz = 0; gz < 2; gz++) {
        sr_buf file = SR_BUF_INIT;
        size_t off[MAX_RECS] = {0};
        build_file(&s, gz, &file, off);
        sr_warc_reader *r = open_buf(&file);
        sr_warc_record rec;
        char err[512];

        for (int i = 1; i <= 6; i++) {
            assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
            assert_int_equal(rec.index, i);
            assert_int_equal(rec.http_status, 200);
            assert_int_equal(rec.payload_len, strlen(HTML));
            assert_string_equal(rec.payload, HTML);
            assert_false(rec.truncated);
            assert_string_equal(rec.http_content_type, i == 1 ? "text/html" : "");
        }
        expect_broken(r, &rec, err, sizeof err, 7, off[6], "unsupported HTTP Content-Encoding \"br\"");

        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_int_equal(rec.index, 8);
        assert_int_equal(rec.http_status, 404);
        assert_int_equal(rec.payload_len, 0);

        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_int_equal(rec.index, 9);
        assert_true(rec.truncated);
        assert_true(rec.payload_len > 0 && rec.payload_len < strlen(HTML));
        assert_memory_equal(rec.payload, HTML, rec.payload_len);

        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_int_equal(rec.index, 10);
        assert_true(rec.truncated);
        assert_true(rec.payload_len <= strlen(HTML));
        assert_memory_equal(rec.payload, HTML, rec.payload_len);

        expect_broken(r, &rec, err, sizeof err, 11, off[10], "no HTTP status line");

        expect_broken(r, &rec, err, sizeof err, 12, off[11], "cannot decode the gzip HTTP body");

        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_int_equal(rec.index, 13);
        assert_string_equal(rec.payload, HTML);
        expect_end(r, &rec, err, sizeof err);
        sr_warc_close(r);
        sr_buf_free(&file);
    }
    sr_buf_free(&body);
    sr_buf_free(&tmp);
    free_recset(&s);
}

/* ---- line ends and header syntax ----------------------------------------- */

static void test_bare_lf_and_folding(void **state)
{
    (void)state;
    sr_buf file = SR_BUF_INIT;
    /* bare LF everywhere, lowercase names, a folded (continued) value, a
     * header we do not know, and the HTTP part with bare LF too */
    const char *http = "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>lf</p>";
    sr_buf_printf(&file,
                  "WARC/1.0\n"
                  "warc-type: response\n"
                  "WARC-Target-URI:   https://example.org/\n"
                  "\thello\n"
                  "X-Unknown: ignored\n"
                  "content-type: application/http; msgtype=response\n"
                  "CONTENT-LENGTH: %zu\n"
                  "\n%s\n\n",
                  strlen(http), http);
    size_t second = file.len;
    add_record(&file, "\n", "resource", "file:///x", "text/plain", NULL, "two", 3);
    size_t third = file.len;
    /* CRLF and LF mixed in one record; no separator before EOF */
    sr_buf_puts(&file, "WARC/1.1\r\nWARC-Type: resource\nContent-Length: 5\r\n\nthree");

    sr_warc_reader *r = open_buf(&file);
    sr_warc_record rec;
    char err[512];
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.type, "response");
    assert_string_equal(rec.target_uri, "https://example.org/ hello");
    assert_int_equal(rec.http_status, 200);
    assert_string_equal(rec.http_content_type, "text/html");
    assert_string_equal(rec.payload, "<p>lf</p>");

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.offset, second);
    assert_string_equal(rec.payload, "two");
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.offset, third);
    assert_string_equal(rec.payload, "three");
    assert_string_equal(rec.content_type, ""); /* absent */
    assert_null(rec.warc_date);
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    sr_buf_free(&file);
}

static void test_warc_truncated_flag(void **state)
{
    (void)state;
    sr_buf file = SR_BUF_INIT;
    add_record(&file, "\r\n", "resource", "file:///x", "text/plain", "WARC-Truncated: length\r\n",
               "abc", 3);
    sr_warc_reader *r = open_buf(&file);
    sr_warc_record rec;
    char err[512];
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_true(rec.truncated);
    sr_warc_close(r);
    sr_buf_free(&file);
}

/* ---- damage, and recovery from it ---------------------------------------- */

static void add_text(recset *s, const char *text)
{
    add_record(next_rec(s), "\r\n", "resource", "file:///t", "text/plain", NULL, text,
               strlen(text));
}

/* The acceptance case: a .warc.gz with a member cut in half in the middle. */
static void test_truncated_member_in_middle(void **state)
{
    (void)state;
    recset s = {0};
    sr_buf file = SR_BUF_INIT, cut = SR_BUF_INIT;
    size_t off[MAX_RECS] = {0};
    add_text(&s, "first");
    add_text(&s, "second, which will be cut in half");
    add_text(&s, "third");
    add_text(&s, "fourth");
    build_file(&s, 1, &file, off);

    /* drop the second half of member 2 */
    size_t m2len = off[2] - off[1];
    sr_buf_append(&cut, file.data, off[1] + m2len / 2);
    size_t new3 = cut.len;
    sr_buf_append(&cut, file.data + off[2], file.len - off[2]);

    sr_warc_reader *r = open_buf(&cut);
    sr_warc_record rec;
    char err[512];
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.payload, "first");
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), -1);
    assert_err_names(err, 2, off[1]);
    assert_true(strstr(err, "gzip member") != NULL);
    char want[64];
    snprintf(want, sizeof want, "resuming at byte %zu", new3);
    assert_non_null(strstr(err, want));

    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.payload, "third");
    assert_int_equal(rec.index, 3);
    assert_int_equal(rec.offset, new3);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.payload, "fourth");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    /* and a member cut at the very end of the file */
    sr_buf_clear(&cut);
    sr_buf_append(&cut, file.data, file.len - 5);
    r = open_buf(&cut);
    for (int i = 0; i < 3; i++)
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    expect_broken(r, &rec, err, sizeof err, 4, off[3], "truncated");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    sr_buf_free(&file);
    sr_buf_free(&cut);
    free_recset(&s);
}

/* Garbage between gzip members, and a member that is not a WARC record. */
static void test_gz_junk(void **state)
{
    (void)state;
    sr_buf file = SR_BUF_INIT, rec1 = SR_BUF_INIT;
    add_record(&rec1, "\r\n", "resource", NULL, "text/plain", NULL, "ok", 2);
    gzip_into(&file, rec1.data, rec1.len);
    size_t junk = file.len;
    sr_buf_puts(&file, "some junk between members");
    size_t notwarc = file.len;
    gzip_into(&file, "<html>not a record</html>", 25);
    size_t last = file.len;
    gzip_into(&file, rec1.data, rec1.len);

    sr_warc_reader *r = open_buf(&file);
    sr_warc_record rec;
    char err[512];
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    expect_broken(r, &rec, err, sizeof err, 2, junk, "expected a WARC/ version line");
    assert_non_null(strstr(err, "some junk"));
    expect_broken(r, &rec, err, sizeof err, 3, notwarc, "of the inflated member");
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.index, 4);
    assert_int_equal(rec.offset, last);
    assert_string_equal(rec.payload, "ok");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    sr_buf_free(&file);
    sr_buf_free(&rec1);
}

static void test_garbage_header(void **state)
{
    (void)state;
    for (int gz = 0; gz < 2; gz++) {
        recset s = {0};
        sr_buf file = SR_BUF_INIT;
        size_t off[MAX_RECS] = {0};
        add_text(&s, "one");
        sr_buf *bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\nWARC-Type: resource\r\nthis is not a header\r\n"
                         "Content-Length: 3\r\n\r\nbad\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\nWARC Type: resource\r\nContent-Length: 3\r\n\r\nbad\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\n WARC-Type: folded first\r\nContent-Length: 3\r\n\r\nbad\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\nWARC-Type: res\x01ource\r\nContent-Length: 3\r\n\r\nbad\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 3x\r\n\r\nbad\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\nWARC-Type: resource\r\n\r\nno length\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.0\r\nContent-Length: 7\r\n\r\nno type\r\n\r\n");
        bad = next_rec(&s);
        sr_buf_puts(bad, "WARC/1.x\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\nbad\r\n\r\n");
        add_text(&s, "two");
        build_file(&s, gz, &file, off);

        static const char *const why[] = {
            "line is not a header (no colon)", "header name has characters",
            "continuation line before any header", "control byte",
            "bad Content-Length \"3x\"", "no Content-Length", "no WARC-Type",
            "malformed WARC version line",
        };
        sr_warc_reader *r = open_buf(&file);
        sr_warc_record rec;
        char err[512];
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_string_equal(rec.payload, "one");
        for (unsigned i = 0; i < 8; i++) {
            expect_broken(r, &rec, err, sizeof err, i + 2, off[i + 1], why[i]);
        }
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_string_equal(rec.payload, "two");
        assert_int_equal(rec.index, 10);
        expect_end(r, &rec, err, sizeof err);
        sr_warc_close(r);
        sr_buf_free(&file);
        free_recset(&s);
    }
}

static void test_missing_warc_line(void **state)
{
    (void)state;
    sr_buf file = SR_BUF_INIT;
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "one", 3);
    size_t junk = file.len;
    sr_buf_puts(&file, "HTTP/1.1 200 OK\r\nstray lines\r\nwithout a WARC line\r\n\r\n");
    size_t two = file.len;
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "two", 3);

    sr_warc_reader *r = open_buf(&file);
    sr_warc_record rec;
    char err[512];
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    expect_broken(r, &rec, err, sizeof err, 2, junk, "expected a WARC/ version line");
    assert_non_null(strstr(err, "\"HTTP/1.1 200 OK\""));
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.offset, two);
    assert_string_equal(rec.payload, "two");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    sr_buf_free(&file);
}

static void test_content_length_past_end(void **state)
{
    (void)state;
    char err[512];
    sr_warc_record rec;

    /* the last record claims more than the file holds */
    sr_buf file = SR_BUF_INIT;
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "one", 3);
    size_t two = file.len;
    sr_buf_puts(&file, "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 1000\r\n\r\nshort");
    sr_warc_reader *r = open_buf(&file);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    expect_broken(r, &rec, err, sizeof err, 2, two, "Content-Length 1000 runs past the end of the file");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    /* one in the middle, whose claimed block swallows the next record:
     * the reader finds that record's WARC/ line and goes on */
    sr_buf_clear(&file);
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "one", 3);
    sr_buf_puts(&file, "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 5000\r\n\r\nshort\r\n\r\n");
    size_t three = file.len;
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "three", 5);
    r = open_buf(&file);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), -1);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.offset, three);
    assert_string_equal(rec.payload, "three");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    /* the same inside a gzip member: the next member is read */
    sr_buf bad = SR_BUF_INIT, good = SR_BUF_INIT;
    sr_buf_puts(&bad, "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 64\r\n\r\nshort\r\n\r\n");
    add_record(&good, "\r\n", "resource", NULL, "text/plain", NULL, "good", 4);
    sr_buf_clear(&file);
    gzip_into(&file, bad.data, bad.len);
    size_t m2 = file.len;
    gzip_into(&file, good.data, good.len);
    r = open_buf(&file);
    expect_broken(r, &rec, err, sizeof err, 1, 0, "runs past the end of the gzip member");
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.offset, m2);
    assert_int_equal(rec.index, 2);
    assert_string_equal(rec.payload, "good");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    sr_buf_free(&bad);
    sr_buf_free(&good);
    sr_buf_free(&file);
}

/* A Content-Length that is wrong but stays inside the file. */
static void test_content_length_lies(void **state)
{
    (void)state;
    char err[512];
    sr_warc_record rec;
    for (int gz = 0; gz < 2; gz++) {
        /* too long: it would swallow records 3 and 4 */
        recset s = {0};
        sr_buf file = SR_BUF_INIT;
        size_t off[MAX_RECS] = {0};
        add_text(&s, "one");
        sr_buf_puts(next_rec(&s), "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 150\r\n\r\n"
                                  "two\r\n\r\n");
        add_text(&s, "three");
        add_text(&s, "four");
        add_text(&s, "five, long enough to hold the end of the lying block");
        if (gz) {
            /* in a .warc.gz the lie is in a member of its own: the members
             * after it are whole, so nothing is swallowed */
            build_file(&s, 1, &file, off);
        } else {
            build_file(&s, 0, &file, off);
            assert_true(off[1] + 150 < file.len);
        }
        sr_warc_reader *r = open_buf(&file);
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), -1);
        assert_err_names(err, 2, off[1]);
        assert_non_null(strstr(err, gz ? "runs past the end of the gzip member"
                                       : "Content-Length 150 runs into the next record"));
        char want[64];
        snprintf(want, sizeof want, "starts at byte %zu", off[2]);
        if (!gz)
            assert_non_null(strstr(err, want));
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_int_equal(rec.offset, off[2]);
        assert_string_equal(rec.payload, "three");
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        assert_string_equal(rec.payload, "four");
        assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
        expect_end(r, &rec, err, sizeof err);
        sr_warc_close(r);
        sr_buf_free(&file);
        free_recset(&s);
    }

    /* too short: the record comes back as framed, the leftover is reported
     * where it starts, and the next record is read */
    sr_buf file = SR_BUF_INIT;
    sr_buf_puts(&file, "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 3\r\n\r\n"
                       "two and more\r\n\r\n");
    size_t next = file.len;
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "three", 5);
    sr_warc_reader *r = open_buf(&file);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.payload, "two");
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), -1);
    assert_non_null(strstr(err, "found \"and more\""));
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_int_equal(rec.offset, next);
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    sr_buf_free(&file);
}

static void test_oversize_record(void **state)
{
    (void)state;
    char err[512];
    sr_warc_record rec;
    sr_buf file = SR_BUF_INIT;
    sr_buf_puts(&file, "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 300000000\r\n\r\nx\r\n\r\n");
    sr_buf_puts(&file, "WARC/1.1\r\nWARC-Type: resource\r\n"
                       "Content-Length: 99999999999999999999999\r\n\r\nx\r\n\r\n");
    add_record(&file, "\r\n", "resource", NULL, "text/plain", NULL, "after", 5);
    sr_warc_reader *r = open_buf(&file);
    expect_broken(r, &rec, err, sizeof err, 1, 0, "300000000 bytes is over the 256 MiB limit");
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), -1);
    assert_non_null(strstr(err, "bad Content-Length"));
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), 1);
    assert_string_equal(rec.payload, "after");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    sr_buf_free(&file);
}

static void test_empty_and_blank(void **state)
{
    (void)state;
    sr_warc_record rec;
    char err[64];
    sr_warc_reader *r = sr_warc_open(NULL, 0);
    assert_non_null(r);
    expect_end(r, &rec, err, sizeof err);
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    r = sr_warc_open((const unsigned char *)"\r\n\r\n\n\0\0", 7);
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    assert_false(sr_warc_sniff(NULL, 0));
    assert_false(sr_warc_sniff((const unsigned char *)"", 0));
    sr_warc_close(NULL);
}

static void test_not_warc(void **state)
{
    (void)state;
    sr_warc_record rec;
    char err[512];
    const char *text = "Reuters - NATO said on Friday...\nWARC is mentioned but\nnot WARC/x\n";
    sr_warc_reader *r = sr_warc_open((const unsigned char *)text, strlen(text));
    expect_broken(r, &rec, err, sizeof err, 1, 0, "\"Reuters - NATO said on F\"");
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);
    assert_false(sr_warc_sniff((const unsigned char *)text, strlen(text)));

    /* gzip data that is not a WARC */
    sr_buf z = SR_BUF_INIT;
    gzip_into(&z, text, strlen(text));
    assert_false(sr_warc_sniff((const unsigned char *)z.data, z.len));
    r = open_buf(&z);
    assert_int_equal(sr_warc_next(r, &rec, err, sizeof err), -1);
    expect_end(r, &rec, err, sizeof err);
    sr_warc_close(r);

    /* binary junk, and err may be NULL */
    unsigned char junk[300];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (unsigned char)(i * 37 + 11);
    r = sr_warc_open(junk, sizeof junk);
    int calls = 0;
    while (sr_warc_next(r, &rec, NULL, 0) != 0)
        assert_true(++calls < 10);
    sr_warc_close(r);
    sr_buf_free(&z);
}

static void test_sniff(void **state)
{
    (void)state;
    sr_buf rec1 = SR_BUF_INIT, z = SR_BUF_INIT;
    add_record(&rec1, "\r\n", "warcinfo", NULL, NULL, NULL, "", 0);
    assert_true(sr_warc_sniff((const unsigned char *)rec1.data, rec1.len));
    gzip_into(&z, rec1.data, rec1.len);
    assert_true(sr_warc_sniff((const unsigned char *)z.data, z.len));
    /* only the start of the file is needed */
    assert_true(sr_warc_sniff((const unsigned char *)z.data, z.len - 8));
    assert_false(sr_warc_sniff((const unsigned char *)"WARC/0.18", 9));
    sr_buf_free(&rec1);
    sr_buf_free(&z);
}

/* A cheap deterministic fuzz: thousands of damaged copies of a good file.
 * Each must iterate to the end, in a bounded number of calls, without an
 * out-of-bounds read (run under ASan in CI). */
static void test_mutations_terminate(void **state)
{
    (void)state;
    recset s = {0};
    sr_buf plain = SR_BUF_INIT, gz = SR_BUF_INIT, m = SR_BUF_INIT, tmp = SR_BUF_INIT;
    size_t off[MAX_RECS] = {0};
    build_mix(&s);
    gzip_into(&tmp, HTML, strlen(HTML));
    sr_buf body = SR_BUF_INIT;
    chunk_into(&body, tmp.data, tmp.len, 30);
    add_http(&s, "HTTP/1.1 200 OK", "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n",
             body.data, body.len);
    build_file(&s, 0, &plain, off);
    build_file(&s, 1, &gz, off);

    uint32_t x = 88172645u;
    for (int round = 0; round < 4000; round++) {
        const sr_buf *src = round % 2 ? &gz : &plain;
        sr_buf_clear(&m);
        sr_buf_append(&m, src->data, src->len);
        int edits = 1 + round % 4;
        for (int e = 0; e < edits; e++) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            size_t at = x % m.len;
            switch ((x >> 24) % 4) {
            case 0: m.data[at] = (char)(x >> 8); break;   /* flip a byte */
            case 1: m.len = at; break;                    /* truncate */
            case 2: memmove(m.data + at, m.data + at + 1, m.len - at - 1); m.len--; break;
            default: m.data[at] = '\n'; break;
            }
            if (m.len == 0)
                break;
        }
        sr_warc_reader *r = sr_warc_open((const unsigned char *)m.data, m.len);
        sr_warc_record rec;
        char err[256];
        size_t calls = 0;
        int rc;
        while ((rc = sr_warc_next(r, &rec, err, sizeof err)) != 0) {
            assert_true(++calls <= 64);
            if (rc == 1) {
                assert_non_null(rec.type);
                assert_non_null(rec.payload);
                assert_int_equal(rec.payload[rec.payload_len], '\0');
            } else {
                assert_true(strncmp(err, "WARC record ", 12) == 0);
            }
        }
        sr_warc_close(r);
    }
    sr_buf_free(&body);
    sr_buf_free(&tmp);
    sr_buf_free(&plain);
    sr_buf_free(&gz);
    sr_buf_free(&m);
    free_recset(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mix_plain),
        cmocka_unit_test(test_mix_gz),
        cmocka_unit_test(test_single_stream_gz),
        cmocka_unit_test(test_http_encodings),
        cmocka_unit_test(test_bare_lf_and_folding),
        cmocka_unit_test(test_warc_truncated_flag),
        cmocka_unit_test(test_truncated_member_in_middle),
        cmocka_unit_test(test_gz_junk),
        cmocka_unit_test(test_garbage_header),
        cmocka_unit_test(test_missing_warc_line),
        cmocka_unit_test(test_content_length_past_end),
        cmocka_unit_test(test_content_length_lies),
        cmocka_unit_test(test_oversize_record),
        cmocka_unit_test(test_empty_and_blank),
        cmocka_unit_test(test_not_warc),
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_mutations_terminate),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
