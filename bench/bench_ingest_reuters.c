/*
 * bench_ingest_reuters.c - ingest throughput on Reuters-21578, one core.
 *
 * Reads the 22 SGML files of ../shared/corpora/reuters21578 (21,578 wire
 * stories), then times, in one process, over the same stories:
 *   1. baseline: copying each story's text once (what any reader must pay)
 *   2. ingest:   normalization (NFC, layout, id) into an article
 *   3. + text:   the text stage (sentences, tokens, language id)
 *   4. + store:  the same into a fresh SQLite file, one transaction per 1000
 *                articles, with sentences and the full-text index
 *   5. the whole pipeline as `sitrep ingest` runs it without dictionaries:
 *                + places and quotations, into a second SQLite file
 * and prints MB/s (of SGML input and of story text) and articles/s for each,
 * and each as a ratio to the baseline.  The SGML parsing itself is this
 * benchmark's, not sitrep's, and is not timed.
 *
 *   build/bench_ingest_reuters [CORPUS_DIR] [DB_PATH] [MAX_STORIES]
 */
#include <sitrep/sitrep.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"

#define BATCH 1000 /* articles a transaction, as sitrep ingest's default */



typedef struct story {
    char *title, *date, *body;
    size_t body_len;
} story;

/* Text between <tag> and </tag> inside [p, end), SGML entities decoded and
 * stray latin-1 bytes turned into UTF-8. */
static char *element(const char *p, const char *end, const char *tag, size_t *out_len)
{
    char open[32], close[32];
    snprintf(open, sizeof open, "<%s>", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *s = strstr(p, open);
    if (!s || s >= end)
        return NULL;
    s += strlen(open);
    const char *e = strstr(s, close);
    if (!e || e > end)
        return NULL;
    char *out = malloc((size_t)(e - s) * 2 + 1);
    size_t n = 0;
    for (const char *q = s; q < e; q++) {
        unsigned char c = (unsigned char)*q;
        if (c == '&') {
            if (strncmp(q, "&lt;", 4) == 0) { out[n++] = '<'; q += 3; continue; }
            if (strncmp(q, "&gt;", 4) == 0) { out[n++] = '>'; q += 3; continue; }
            if (strncmp(q, "&amp;", 5) == 0) { out[n++] = '&'; q += 4; continue; }
            if (q[1] == '#') { /* control characters such as &#3; */
                const char *semi = memchr(q, ';', (size_t)(e - q));
                if (semi && semi - q < 6) { q = semi; continue; }
            }
        }
        if (c >= 0x80) {
            out[n++] = (char)(0xC0 | (c >> 6));
            out[n++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[n++] = (char)c;
        }
    }
    out[n] = '\0';
    /* every story ends with a "Reuter" signature line */
    if (n >= 6 && strcmp(out + n - 6, "Reuter") == 0)
        n -= 6;
    else if (n >= 7 && strncmp(out + n - 7, "Reuter\n", 7) == 0)
        n -= 7;
    out[n] = '\0';
    if (out_len)
        *out_len = n;
    return out;
}

/* "26-FEB-1987 15:01:01.79" -> "1987-02-26" */
static char *iso_date(const char *d)
{
    static const char *const months = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    int day, year;
    char mon[4];
    if (!d || sscanf(d, " %d-%3s-%d", &day, mon, &year) != 3)
        return NULL;
    const char *m = strstr(months, mon);
    if (!m)
        return NULL;
    char *out = malloc(16);
    snprintf(out, 16, "%04d-%02d-%02d", year % 10000, (int)((m - months) / 3 + 1) % 100, day % 100);
    return out;
}

/* Analyzes every story with ctx into a fresh SQLite file at path, BATCH
 * articles a transaction, as `sitrep ingest` does.  Returns 0 or -1. */
static int store_all(const sr_context *ctx, const story *stories, size_t n, const char *path,
                     size_t *stored)
{
    char side[1300];
    unlink(path);
    snprintf(side, sizeof side, "%s-wal", path);
    unlink(side);
    snprintf(side, sizeof side, "%s-shm", path);
    unlink(side);
    char err[512];
    sr_store *store;
    if (sr_store_open(path, &store, err, sizeof err) != SR_OK) {
        fprintf(stderr, "bench_ingest_reuters: %s\n", err);
        return -1;
    }
    sr_store_begin(store);
    for (size_t i = 0; i < n; i++) {
        sr_article *a;
        int added;
        char where[64];
        snprintf(where, sizeof where, "reuters.sgm#%zu", i + 1);
        if (sr_article_from_text(stories[i].body, stories[i].body_len, where, NULL,
                                 stories[i].title, "Reuters", stories[i].date, &a) != SR_OK)
            continue;
        sr_article_analyze(ctx, a);
        if (sr_store_put_article(store, a, &added) == SR_OK)
            *stored += (size_t)added;
        sr_article_free(a);
        if (i % BATCH == BATCH - 1) {
            sr_store_commit(store);
            sr_store_begin(store);
        }
    }
    sr_store_commit(store);
    sr_store_close(store);
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : NULL;
    char shared[1024], guess[1100];
    if (!dir) {
        bench_shared_dir(shared, sizeof shared);
        snprintf(guess, sizeof guess, "%s/corpora/reuters21578", shared);
        dir = guess;
    }
    const char *db_path = argc > 2 ? argv[2] : "bench-reuters.db";
    /* a third argument limits the stories, for instruction counts under callgrind */
    size_t max_stories = argc > 3 ? (size_t)strtoul(argv[3], NULL, 10) : (size_t)-1;

    story *stories = NULL;
    size_t n_stories = 0, cap = 0, sgml_bytes = 0, body_bytes = 0;
    for (int i = 0; i < 22; i++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/reut2-%03d.sgm.gz", dir, i);
        size_t len;
        char *sgml = bench_read_file(path, &len);
        if (!sgml) {
            printf("bench_ingest_reuters: skipped: cannot read %s (Reuters-21578 lives in "
                   "../shared/corpora/reuters21578 beside the project)\n", path);
            return 0;
        }
        sgml_bytes += len;
        const char *p = sgml, *end = sgml + len;
        while ((p = strstr(p, "<REUTERS")) != NULL) {
            const char *stop = strstr(p, "</REUTERS>");
            if (!stop)
                break;
            size_t blen = 0;
            char *body = element(p, stop, "BODY", &blen);
            if (body && blen > 0 && n_stories < max_stories) {
                if (n_stories == cap) {
                    cap = cap ? cap * 2 : 4096;
                    stories = realloc(stories, cap * sizeof *stories);
                }
                char *raw_date = element(p, stop, "DATE", NULL);
                stories[n_stories++] = (story){element(p, stop, "TITLE", NULL), iso_date(raw_date),
                                               body, blen};
                free(raw_date);
                body_bytes += blen;
            } else {
                free(body);
            }
            p = stop;
        }
        (void)end;
        free(sgml);
    }

    /* stages 2-4 are the spine: the text stage, not the later ones */
    sr_context *ctx = sr_context_new();
    sr_context_set_places(ctx, 0);
    sr_context_set_quotes(ctx, 0);
    double t0, t_base, t_ingest, t_text, t_store, t_full;

    /* 1. baseline: one copy of each story's text */
    t0 = bench_now();
    unsigned long long checksum = 0;
    for (size_t i = 0; i < n_stories; i++) {
        char *copy = malloc(stories[i].body_len + 1);
        memcpy(copy, stories[i].body, stories[i].body_len + 1);
        checksum += (unsigned char)copy[stories[i].body_len / 2];
        free(copy);
    }
    t_base = bench_now() - t0;

    /* 2. normalization into articles */
    t0 = bench_now();
    for (size_t i = 0; i < n_stories; i++) {
        sr_article *a;
        if (sr_article_from_text(stories[i].body, stories[i].body_len, "reuters.sgm", NULL,
                                 stories[i].title, "Reuters", stories[i].date, &a) == SR_OK)
            sr_article_free(a);
    }
    t_ingest = bench_now() - t0;

    /* 3. + the text stage */
    size_t sentences = 0, tokens_chars = 0;
    t0 = bench_now();
    for (size_t i = 0; i < n_stories; i++) {
        sr_article *a;
        if (sr_article_from_text(stories[i].body, stories[i].body_len, "reuters.sgm", NULL,
                                 stories[i].title, "Reuters", stories[i].date, &a) != SR_OK)
            continue;
        sr_article_analyze(ctx, a);
        sentences += a->n_sentences;
        tokens_chars += a->n_chars;
        sr_article_free(a);
    }
    t_text = bench_now() - t0;

    /* 4. + the SQLite store */
    size_t stored = 0;
    t0 = bench_now();
    if (store_all(ctx, stories, n_stories, db_path, &stored) != 0)
        return 1;
    t_store = bench_now() - t0;

    /* 5. everything `sitrep ingest` runs without dictionaries */
    sr_context *full = sr_context_new();
    char full_path[1240];
    snprintf(full_path, sizeof full_path, "%s.full", db_path);
    size_t stored_full = 0;
    t0 = bench_now();
    if (store_all(full, stories, n_stories, full_path, &stored_full) != 0)
        return 1;
    t_full = bench_now() - t0;
    sr_context_free(full);

    double mb_sgml = (double)sgml_bytes / 1e6, mb_body = (double)body_bytes / 1e6;
    printf("bench_ingest_reuters: Reuters-21578, %zu stories with a body (%.1f MB of SGML, "
           "%.1f MB of story text), one core\n",
           n_stories, mb_sgml, mb_body);
    printf("  %-34s %8s %10s %10s %12s %9s\n", "stage", "seconds", "SGML MB/s", "text MB/s",
           "articles/s", "x base");
    const struct {
        const char *name;
        double t;
    } rows[] = {
        {"baseline (copy the text once)", t_base},
        {"normalize (NFC, layout, id)", t_ingest},
        {"normalize + text stage + langid", t_text},
        {"all of it into SQLite (WAL, FTS5)", t_store},
        {"+ places, quotations (full ingest)", t_full},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        printf("  %-34s %8.3f %10.1f %10.1f %12.0f %9.1f\n", rows[i].name, rows[i].t,
               mb_sgml / rows[i].t, mb_body / rows[i].t, (double)n_stories / rows[i].t,
               rows[i].t / t_base);
    printf("  %zu sentences, %zu articles stored in %s; target: >= 20 MB/s into SQLite with the "
           "text stage (row 4)\n",
           sentences, stored, db_path);
    printf("  reproduce: build/bench_ingest_reuters %s %s   (checksum %llu)\n", dir, db_path,
           checksum);
    (void)tokens_chars;
    for (size_t i = 0; i < n_stories; i++) {
        free(stories[i].title);
        free(stories[i].date);
        free(stories[i].body);
    }
    free(stories);
    sr_context_free(ctx);
    return 0;
}
