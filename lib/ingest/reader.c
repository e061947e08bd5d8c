/*
 * reader.c - walks files, folders and stdin and yields articles and rejects.
 *
 * One item at a time, so a caller can commit in batches and a crash loses at
 * most the open batch.  Formats are found by content (gzip and WARC magic,
 * a JSON object on the first line, HTML markup near the start); the file
 * name is not trusted.  Every failure becomes a reject that says where and
 * why and keeps the item's bytes; the walk always goes on.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/ingest.h"
#include "ingest/normalize.h"
#include "ingest/tabari_text.h"
#include "ingest/warc.h"
#include "util/gz.h"

typedef enum file_mode { FILE_NONE, FILE_JSONL, FILE_WARC, FILE_TABARI } file_mode;

struct sr_reader {
    const sr_context *ctx;
    char **stack; /* paths still to visit, next on top */
    size_t n_stack, cap_stack;

    char *path;                 /* the open file */
    unsigned char *file_data;   /* its bytes */
    size_t file_len;
    sr_buf inflated;            /* its bytes after gunzip, when gzipped */
    const unsigned char *data;  /* file_data or inflated */
    size_t len;
    file_mode mode;
    size_t pos;                 /* JSONL: next line's offset */
    long line;                  /* JSONL: next line's number */
    sr_warc_reader *warc;
    sr_tabari_iter tabari;      /* TABARI text: YYMMDD ID line, sentences, blank line */

    unsigned long long bytes_read, skipped;
    sr_buf scratch;
    sr_arena item_arena;        /* a draft's strings, reset per item */
    char where[4200];
    char reason[1200];
};

/* ------------------------------------------------------------ path stack */

static int push_path(sr_reader *r, const char *path)
{
    if (r->n_stack == r->cap_stack) {
        size_t cap = r->cap_stack ? r->cap_stack * 2 : 16;
        char **s = realloc(r->stack, cap * sizeof *s);
        if (!s)
            return -1;
        r->stack = s;
        r->cap_stack = cap;
    }
    char *copy = strdup(path);
    if (!copy)
        return -1;
    r->stack[r->n_stack++] = copy;
    return 0;
}

sr_status sr_reader_open(const sr_context *ctx, const char *const *paths, size_t n_paths,
                         sr_reader **out)
{
    *out = NULL;
    sr_reader *r = calloc(1, sizeof *r);
    if (!r)
        return SR_ERR_NOMEM;
    r->ctx = ctx;
    sr_arena_init(&r->item_arena);
    for (size_t i = n_paths; i-- > 0;)
        if (push_path(r, paths[i]) != 0) {
            sr_reader_close(r);
            return SR_ERR_NOMEM;
        }
    *out = r;
    return SR_OK;
}

static void close_file(sr_reader *r)
{
    free(r->path);
    r->path = NULL;
    free(r->file_data);
    r->file_data = NULL;
    r->file_len = 0;
    sr_buf_free(&r->inflated);
    r->data = NULL;
    r->len = 0;
    if (r->warc)
        sr_warc_close(r->warc);
    r->warc = NULL;
    if (r->mode == FILE_TABARI)
        sr_tabari_iter_free(&r->tabari);
    r->mode = FILE_NONE;
}

void sr_reader_close(sr_reader *r)
{
    if (!r)
        return;
    close_file(r);
    for (size_t i = 0; i < r->n_stack; i++)
        free(r->stack[i]);
    free(r->stack);
    sr_buf_free(&r->scratch);
    sr_arena_free(&r->item_arena);
    free(r);
}

unsigned long long sr_reader_bytes_read(const sr_reader *r)
{
    return r->bytes_read;
}

unsigned long long sr_reader_skipped(const sr_reader *r)
{
    return r->skipped;
}

/* ------------------------------------------------------------ items */

static sr_item make_reject(sr_reader *r, sr_reject *rej, long long offset, long line,
                           const unsigned char *raw, size_t raw_len, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

static sr_item make_reject(sr_reader *r, sr_reject *rej, long long offset, long line,
                           const unsigned char *raw, size_t raw_len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->reason, sizeof r->reason, fmt, ap);
    va_end(ap);
    rej->where = r->where;
    rej->path = r->path ? r->path : "";
    rej->offset = offset;
    rej->line = line;
    rej->reason = r->reason;
    rej->raw = raw;
    rej->raw_len = raw_len > SR_REJECT_RAW_MAX ? SR_REJECT_RAW_MAX : raw_len;
    sr_report(r->ctx, SR_DIAG_ERROR, r->where, NULL, "%s", r->reason);
    return SR_ITEM_REJECT;
}

/* Finishes a draft into an article, or a reject that keeps the raw bytes. */
static sr_item finish(sr_reader *r, sr_draft *d, sr_article **article, sr_reject *rej,
                      long long offset, long line, const unsigned char *raw, size_t raw_len)
{
    char err[512];
    d->where = r->where;
    sr_status st = sr_draft_finish(d, article, err, sizeof err);
    if (st == SR_OK)
        return SR_ITEM_ARTICLE;
    if (st == SR_ERR_NOMEM)
        snprintf(err, sizeof err, "out of memory");
    return make_reject(r, rej, offset, line, raw, raw_len, "%s", err);
}

/* ------------------------------------------------------------ files */

static int read_all(int fd, unsigned char **out, size_t *len, char *err, size_t errlen)
{
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    if (!buf) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    for (;;) {
        if (n == cap) {
            if (cap >= SR_FILE_MAX) {
                free(buf);
                snprintf(err, errlen, "file is larger than the %zu MiB limit; split it",
                         SR_FILE_MAX >> 20);
                return -1;
            }
            cap *= 2;
            unsigned char *g = realloc(buf, cap);
            if (!g) {
                free(buf);
                snprintf(err, errlen, "out of memory reading the file");
                return -1;
            }
            buf = g;
        }
        ssize_t k = read(fd, buf + n, cap - n);
        if (k < 0) {
            if (errno == EINTR)
                continue;
            snprintf(err, errlen, "read failed: %s", strerror(errno));
            free(buf);
            return -1;
        }
        if (k == 0)
            break;
        n += (size_t)k;
    }
    *out = buf;
    *len = n;
    return 0;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* In a folder walk, files that are documentation, code or data of other
 * kinds are passed over: a corpus folder often holds a README or a script.
 * A file named on the command line is always read. */
static int is_news_file_name(const char *name)
{
    static const char *const skipped_prefixes[] = {"README", "LICENSE", "COPYING", "Makefile"};
    static const char *const skipped_suffixes[] = {".md", ".sh", ".py", ".c", ".h", ".js",
                                                   ".css", ".png", ".jpg", ".jpeg", ".gif",
                                                   ".pdf", ".db", ".db-wal", ".db-shm"};
    for (size_t i = 0; i < sizeof skipped_prefixes / sizeof *skipped_prefixes; i++)
        if (strncmp(name, skipped_prefixes[i], strlen(skipped_prefixes[i])) == 0)
            return 0;
    size_t n = strlen(name);
    for (size_t i = 0; i < sizeof skipped_suffixes / sizeof *skipped_suffixes; i++) {
        size_t k = strlen(skipped_suffixes[i]);
        if (n > k && strcasecmp(name + n - k, skipped_suffixes[i]) == 0)
            return 0;
    }
    return 1;
}

/* Pushes a folder's entries (hidden ones skipped) so they come out in name order. */
static int push_directory(sr_reader *r, const char *path, char *err, size_t errlen)
{
    DIR *dir = opendir(path);
    if (!dir) {
        snprintf(err, errlen, "cannot open folder: %s", strerror(errno));
        return -1;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    int rc = 0;
    while ((de = readdir(dir)) != NULL) {
        if (de->d_name[0] == '.' || !is_news_file_name(de->d_name))
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **g = realloc(names, cap * sizeof *g);
            if (!g) {
                rc = -1;
                break;
            }
            names = g;
        }
        size_t plen = strlen(path);
        char *full = malloc(plen + strlen(de->d_name) + 2);
        if (!full) {
            rc = -1;
            break;
        }
        sprintf(full, "%s%s%s", path, plen && path[plen - 1] == '/' ? "" : "/", de->d_name);
        names[n++] = full;
    }
    closedir(dir);
    if (rc == 0) {
        if (n > 0) /* an empty folder leaves names NULL, which qsort must not get */
            qsort(names, n, sizeof *names, cmp_names);
        for (size_t i = n; i-- > 0;)
            if (push_path(r, names[i]) != 0) {
                rc = -1;
                break;
            }
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (rc)
        snprintf(err, errlen, "out of memory listing the folder");
    return rc;
}

/* Whether every byte of d[0..len) is one of `set` (a bounded strspn: file
 * data from read_all has no NUL after it). */
static int only_bytes_of(const unsigned char *d, size_t len, const char *set)
{
    for (size_t i = 0; i < len; i++)
        if (d[i] == 0 || !strchr(set, d[i]))
            return 0;
    return 1;
}

/* Offset of the first byte after a UTF-8 byte-order mark and whitespace. */
static size_t skip_bom_and_space(const unsigned char *d, size_t len)
{
    size_t i = 0;
    if (len >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF)
        i = 3;
    while (i < len && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
        i++;
    return i;
}

static int looks_like_html(const unsigned char *d, size_t len)
{
    size_t i = skip_bom_and_space(d, len);
    if (i >= len || d[i] != '<')
        return 0;
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body", "<meta",
                                        "<title", "<div", "<p>", "<article", "<!--"};
    size_t n = len - i < 2048 ? len - i : 2048;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t mark_len = strlen(marks[k]);
        for (size_t j = i; j + mark_len <= i + n; j++)
            if (strncasecmp((const char *)d + j, marks[k], mark_len) == 0)
                return 1;
    }
    return 0;
}

static int looks_like_jsonl(const unsigned char *d, size_t len)
{
    size_t i = skip_bom_and_space(d, len);
    return i < len && d[i] == '{';
}

/* Opens the next path.  Returns 1 when a file is open (r->mode set, or a
 * single-item file already turned into *item), 0 when nothing is left. */
static int open_next(sr_reader *r, sr_item *item, sr_article **article, sr_reject *rej)
{
    char err[600];
    while (r->n_stack > 0) {
        close_file(r);
        r->path = r->stack[--r->n_stack];
        int is_stdin = strcmp(r->path, "-") == 0;
        snprintf(r->where, sizeof r->where, "%s", is_stdin ? "-" : r->path);

        int fd = is_stdin ? STDIN_FILENO : open(r->path, O_RDONLY);
        if (fd < 0) {
            *item = make_reject(r, rej, -1, 0, NULL, 0, "cannot open: %s%s", strerror(errno),
                                errno == ENOENT ? " (check the path)" : "");
            return 1;
        }
        struct stat st;
        if (!is_stdin && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            if (push_directory(r, r->path, err, sizeof err) != 0) {
                *item = make_reject(r, rej, -1, 0, NULL, 0, "%s", err);
                return 1;
            }
            continue;
        }
        int rc = read_all(fd, &r->file_data, &r->file_len, err, sizeof err);
        if (!is_stdin)
            close(fd);
        if (rc != 0) {
            *item = make_reject(r, rej, -1, 0, NULL, 0, "%s", err);
            return 1;
        }
        r->bytes_read += r->file_len;
        r->data = r->file_data;
        r->len = r->file_len;

        if (sr_warc_sniff(r->data, r->len)) {
            r->warc = sr_warc_open(r->data, r->len);
            if (!r->warc) {
                *item = make_reject(r, rej, 0, 0, NULL, 0, "out of memory");
                return 1;
            }
            r->mode = FILE_WARC;
            return 1;
        }
        if (sr_gz_is_gzip(r->data, r->len)) {
            if (sr_gz_inflate_all(r->data, r->len, SR_FILE_MAX, &r->inflated, err, sizeof err) !=
                0) {
                *item = make_reject(r, rej, 0, 0, r->file_data, r->file_len,
                                    "gzip: %s; nothing was read from this file, its bytes "
                                    "are kept with this reject",
                                    err);
                return 1;
            }
            r->data = (const unsigned char *)r->inflated.data;
            r->len = r->inflated.len;
        }
        if (only_bytes_of(r->data, r->len, " \t\r\n")) {
            *item = make_reject(r, rej, 0, 0, r->data, r->len, "empty file: no text to read");
            return 1;
        }
        /* UTF-16 carries NULs legitimately; its BOM tells us */
        int utf16 = r->len >= 2 && ((r->data[0] == 0xFF && r->data[1] == 0xFE) ||
                                    (r->data[0] == 0xFE && r->data[1] == 0xFF));
        const unsigned char *nul = utf16 ? NULL : memchr(r->data, 0, r->len < 8192 ? r->len : 8192);
        if (nul) {
            *item = make_reject(r, rej, nul - r->data, 0, r->data, r->len,
                                "binary data (a NUL byte at offset %zu): sitrep reads plain "
                                "text, JSON Lines, HTML and WARC",
                                (size_t)(nul - r->data));
            return 1;
        }
        if (sr_tabari_text_detect((const char *)r->data, r->len)) {
            sr_tabari_iter_init(&r->tabari, (const char *)r->data, r->len);
            r->mode = FILE_TABARI;
            return 1;
        }
        if (looks_like_jsonl(r->data, r->len)) {
            r->mode = FILE_JSONL;
            r->pos = 0;
            r->line = 1;
            return 1;
        }
        sr_draft d;
        memset(&d, 0, sizeof d);
        sr_arena_free(&r->item_arena);
        if (looks_like_html(r->data, r->len)) {
            if (sr_html_to_draft(r->data, r->len, NULL, &r->item_arena, &d, err, sizeof err) != 0) {
                *item = make_reject(r, rej, 0, 0, r->data, r->len, "HTML: %s", err);
                return 1;
            }
        } else if (sr_plaintext_parse(r->data, r->len, &r->scratch, &d, err, sizeof err) != 0) {
            *item = make_reject(r, rej, 0, 0, r->data, r->len, "%s", err);
            return 1;
        }
        *item = finish(r, &d, article, rej, 0, 0, r->data, r->len);
        return 1;
    }
    close_file(r);
    return 0;
}

static int next_jsonl(sr_reader *r, sr_article **article, sr_reject *rej, sr_item *item)
{
    while (r->pos < r->len) {
        const unsigned char *start = r->data + r->pos;
        const unsigned char *nl = memchr(start, '\n', r->len - r->pos);
        size_t n = nl ? (size_t)(nl - start) : r->len - r->pos;
        size_t offset = r->pos;
        long line = r->line++;
        r->pos += n + (nl ? 1 : 0);
        size_t len = n;
        if (len && start[len - 1] == '\r')
            len--;
        if (only_bytes_of(start, len, " \t"))
            continue; /* blank line */
        snprintf(r->where, sizeof r->where, "%s:%ld", r->path, line);
        if (len > SR_ARTICLE_MAX) {
            *item = make_reject(r, rej, (long long)offset, line, start, len,
                                "line is %zu bytes, over the %zu MiB limit for one record; "
                                "split the record",
                                len, SR_ARTICLE_MAX >> 20);
            return 1;
        }
        char err[600];
        sr_draft d;
        memset(&d, 0, sizeof d);
        sr_arena_free(&r->item_arena);
        if (sr_jsonl_to_draft((const char *)start, len, &r->item_arena, &d, err, sizeof err) != 0) {
            *item = make_reject(r, rej, (long long)offset, line, start, len, "%s", err);
            return 1;
        }
        *item = finish(r, &d, article, rej, (long long)offset, line, start, len);
        return 1;
    }
    return 0;
}

/* TABARI's text format: each record ("YYMMDD ID", its lines, a blank line)
 * is one article, so the same input runs through TABARI and sitrep. */
static int next_tabari(sr_reader *r, sr_article **article, sr_reject *rej, sr_item *item)
{
    sr_tabari_record rec;
    int rc = sr_tabari_text_next(&r->tabari, &rec);
    if (rc == 0)
        return 0;
    if (rc < 0) {
        *item = make_reject(r, rej, -1, 0, NULL, 0, "out of memory reading TABARI text");
        return 1;
    }
    snprintf(r->where, sizeof r->where, "%s#%s", r->path, rec.id);
    char iso[11];
    sr_draft d;
    memset(&d, 0, sizeof d);
    d.format = "tabari";
    d.date = sr_tabari_date_iso(rec.date, iso) ? iso : NULL;
    /* the record's comments (between slash-star and star-slash) are notes to
     * the coder, not text */
    sr_buf_clear(&r->scratch);
    const char *t = rec.text;
    for (;;) {
        const char *open = strstr(t, "/*");
        if (!open) {
            sr_buf_puts(&r->scratch, t);
            break;
        }
        sr_buf_append(&r->scratch, t, (size_t)(open - t));
        const char *close = strstr(open + 2, "*/");
        if (!close)
            break;
        t = close + 2;
    }
    d.body = sr_buf_cstr(&r->scratch);
    d.body_len = r->scratch.len;
    *item = finish(r, &d, article, rej, -1, (long)rec.line, (const unsigned char *)rec.text,
                   strlen(rec.text));
    return 1;
}

static int content_type_is(const char *ct, const char *what)
{
    return ct && strncasecmp(ct, what, strlen(what)) == 0;
}

static int next_warc(sr_reader *r, sr_article **article, sr_reject *rej, sr_item *item)
{
    for (;;) {
        sr_warc_record rec;
        char err[600];
        int rc = sr_warc_next(r->warc, &rec, err, sizeof err);
        if (rc == 0)
            return 0;
        if (rc < 0) {
            snprintf(r->where, sizeof r->where, "%s#%u", r->path, rec.index);
            *item = make_reject(r, rej, (long long)rec.offset, 0, rec.raw, rec.raw_len, "%s",
                                err);
            return 1;
        }
        snprintf(r->where, sizeof r->where, "%s#%u", r->path, rec.index);
        const char *ct = rec.http_status ? rec.http_content_type : rec.content_type;
        int wanted = rec.type && (strcmp(rec.type, "response") == 0 ||
                                  strcmp(rec.type, "resource") == 0 ||
                                  strcmp(rec.type, "conversion") == 0);
        int html = content_type_is(ct, "text/html") || content_type_is(ct, "application/xhtml");
        int text = content_type_is(ct, "text/plain");
        if (!wanted || !(html || text) || (rec.http_status && rec.http_status != 200)) {
            r->skipped++; /* requests, metadata, redirects, images: not articles */
            continue;
        }
        const unsigned char *payload = (const unsigned char *)rec.payload;
        if (rec.truncated) {
            /* a short article must never pass for a whole one */
            *item = make_reject(r, rej, (long long)rec.offset, 0, payload, rec.payload_len,
                                "WARC: the HTTP body of record %u ends early (truncated "
                                "transfer); the partial page is kept with this reject",
                                rec.index);
            return 1;
        }
        char charset[64];
        const char *cs = sr_content_type_charset(ct, charset, sizeof charset) ? charset : NULL;
        sr_draft d;
        memset(&d, 0, sizeof d);
        sr_arena_free(&r->item_arena);
        if (html) {
            if (sr_html_to_draft(payload, rec.payload_len, cs, &r->item_arena, &d, err,
                                 sizeof err) != 0) {
                *item = make_reject(r, rej, (long long)rec.offset, 0, payload, rec.payload_len,
                                    "HTML: %s", err);
                return 1;
            }
        } else {
            sr_buf conv = SR_BUF_INIT;
            if (sr_to_utf8(payload, rec.payload_len, cs, &conv, err, sizeof err) != 0) {
                sr_buf_free(&conv);
                *item = make_reject(r, rej, (long long)rec.offset, 0, payload, rec.payload_len,
                                    "%s", err);
                return 1;
            }
            d.body = sr_arena_strndup(&r->item_arena, sr_buf_cstr(&conv), conv.len);
            d.body_len = conv.len;
            sr_buf_free(&conv);
        }
        d.format = "warc";
        if (rec.target_uri && !d.url)
            d.url = sr_arena_strdup(&r->item_arena, rec.target_uri);
        if (rec.warc_date && !d.date)
            d.date = sr_arena_strdup(&r->item_arena, rec.warc_date);
        *item = finish(r, &d, article, rej, (long long)rec.offset, 0, payload, rec.payload_len);
        return 1;
    }
}

sr_item sr_reader_next(sr_reader *r, sr_article **article, sr_reject *rej)
{
    *article = NULL;
    memset(rej, 0, sizeof *rej);
    for (;;) {
        sr_item item = SR_ITEM_END;
        if (r->mode == FILE_JSONL) {
            if (next_jsonl(r, article, rej, &item))
                return item;
            close_file(r);
        } else if (r->mode == FILE_WARC) {
            if (next_warc(r, article, rej, &item))
                return item;
            close_file(r);
        } else if (r->mode == FILE_TABARI) {
            if (next_tabari(r, article, rej, &item))
                return item;
            close_file(r);
        }
        if (!open_next(r, &item, article, rej))
            return SR_ITEM_END;
        if (r->mode == FILE_NONE)
            return item; /* a single-item file or a reject */
    }
}

sr_status sr_article_from_text(const char *body, size_t len, const char *path,
                               const char *url, const char *title, const char *outlet,
                               const char *date, sr_article **out)
{
    sr_draft d;
    memset(&d, 0, sizeof d);
    d.where = path ? path : "-";
    d.format = "text";
    d.url = url;
    d.title = title;
    d.outlet = outlet;
    d.date = date;
    d.body = body;
    d.body_len = len;
    char err[256];
    return sr_draft_finish(&d, out, err, sizeof err);
}
