/*
 * bench_html_extraction.c - article-body extraction quality and speed of
 * sr_html_extract on the Zyte/Scrapinghub article-extraction-benchmark
 * (181 news pages with hand-checked article bodies).
 *
 * The scoring is a C port of that benchmark's own evaluate.py (repository
 * scrapinghub/article-extraction-benchmark), so our figures can be read
 * beside the published ones for trafilatura, readability.js and others:
 *   - tokens are the matches of Python's \w+ (Unicode letters, digits and
 *     numerics, and '_'), case kept;
 *   - a text is the multiset of its 4-token shingles (a text of 1-3 tokens
 *     is one shorter shingle, an empty text has none);
 *   - per page, tp = shingles in common, fp = extra predicted, fn = missed,
 *     then divided by tp+fp+fn so long pages do not weigh more;
 *   - precision is the mean of per-page precisions over pages with tp+fp > 0,
 *     recall the mean over pages with tp+fn > 0 (a page with fp = fn = 0
 *     scores 1), and F1 = 2PR/(P+R) of those two means - not a mean of
 *     per-page F1s;
 *   - accuracy is the share of pages whose token lists match exactly;
 *   - the "±" figures are bootstrap standard deviations (1000 resamples of
 *     the pages), as evaluate.py prints; our resampling uses a fixed-seed
 *     generator, so they differ from Python's in the last digit.
 *
 * Usage: bench_html_extraction [CORPUS_DIR] [--worst N] [--dump DIR] [--json FILE]
 *   CORPUS_DIR defaults to $SITREP_SHARED/corpora/article-extraction-benchmark,
 *   else ../shared beside the source tree.
 *   --worst N   list the N pages with the lowest per-page F1
 *   --dump DIR  write each extracted body to DIR/<id>.txt
 *   --json FILE write predictions in the benchmark's output/<name>.json format,
 *               to cross-check with the benchmark's own evaluate.py
 * When the corpus is absent it says so and exits 0.
 */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include "bench.h"
#include "ingest/html.h"
#include "util/arena.h"
#include "util/buf.h"

#define SHINGLE_N 4
#define N_BOOTSTRAP 1000

/* ---- evaluate.py's tokenizer and shingle matching ---------------------- */

typedef struct token {
    size_t off, len;
} token;

typedef struct token_list {
    const char *text;
    token *v;
    size_t n, cap;
} token_list;

/* Python's \w for str patterns: str.isalnum() (letters Lu/Ll/Lt/Lm/Lo, and
 * characters with a numeric type) or '_'. */
static int is_python_word_char(UChar32 c)
{
    if (c == '_')
        return 1;
    if (u_isalpha(c))
        return 1;
    return u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

static int tokenize(const char *text, token_list *tl)
{
    tl->text = text;
    tl->n = 0;
    int32_t len = (int32_t)strlen(text), i = 0;
    int32_t start = -1;
    while (i < len) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(text, i, len, c);
        int word = c >= 0 && is_python_word_char(c);
        if (word && start < 0)
            start = at;
        if (!word && start >= 0) {
            if (tl->n == tl->cap) {
                size_t cap = tl->cap ? tl->cap * 2 : 1024;
                token *p = realloc(tl->v, cap * sizeof *p);
                if (!p)
                    return -1;
                tl->v = p;
                tl->cap = cap;
            }
            tl->v[tl->n++] = (token){(size_t)start, (size_t)(at - start)};
            start = -1;
        }
    }
    if (start >= 0) {
        if (tl->n == tl->cap) {
            size_t cap = tl->cap ? tl->cap * 2 : 1024;
            token *p = realloc(tl->v, cap * sizeof *p);
            if (!p)
                return -1;
            tl->v = p;
            tl->cap = cap;
        }
        tl->v[tl->n++] = (token){(size_t)start, (size_t)(len - start)};
    }
    return 0;
}

/* A shingle: `count` tokens of `tl` from `first`, with a hash to sort by. */
typedef struct shingle {
    uint64_t hash;
    const token_list *tl;
    size_t first, count;
} shingle;

static uint64_t fnv1a(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Total order: hash, then token count, then the tokens' bytes (so equal
 * hashes of different shingles never count as a match). */
static int shingle_cmp(const void *pa, const void *pb)
{
    const shingle *a = pa, *b = pb;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    if (a->count != b->count)
        return a->count < b->count ? -1 : 1;
    for (size_t k = 0; k < a->count; k++) {
        const token *ta = &a->tl->v[a->first + k], *tb = &b->tl->v[b->first + k];
        size_t n = ta->len < tb->len ? ta->len : tb->len;
        int c = memcmp(a->tl->text + ta->off, b->tl->text + tb->off, n);
        if (c)
            return c;
        if (ta->len != tb->len)
            return ta->len < tb->len ? -1 : 1;
    }
    return 0;
}

/* evaluate.py's _ngrams: every run of n consecutive tokens; a text shorter
 * than n tokens is one shingle of all its tokens; no tokens, no shingle. */
static shingle *make_shingles(const token_list *tl, size_t *count)
{
    size_t n = tl->n == 0 ? 0 : tl->n < SHINGLE_N ? 1 : tl->n - SHINGLE_N + 1;
    shingle *s = malloc((n ? n : 1) * sizeof *s);
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        size_t c = tl->n < SHINGLE_N ? tl->n : SHINGLE_N;
        uint64_t h = 1469598103934665603ULL;
        for (size_t k = 0; k < c; k++) {
            const token *t = &tl->v[i + k];
            h = fnv1a(h, tl->text + t->off, t->len);
            h = fnv1a(h, "\x1f", 1);
        }
        s[i] = (shingle){h, tl, i, c};
    }
    qsort(s, n, sizeof *s, shingle_cmp);
    *count = n;
    return s;
}

typedef struct page_score {
    double tp, fp, fn; /* normalized by their sum, as evaluate.py does */
    double accuracy;
} page_score;

static int score_page(const char *truth, const char *pred, page_score *ps)
{
    token_list tt = {0}, tp = {0};
    int rc = -1;
    shingle *st = NULL, *sp = NULL;
    size_t nt = 0, np = 0;
    if (tokenize(truth, &tt) || tokenize(pred, &tp))
        goto done;
    if (!(st = make_shingles(&tt, &nt)) || !(sp = make_shingles(&tp, &np)))
        goto done;
    /* Multiset intersection of the two sorted shingle lists: summing
     * min(true, pred) per distinct shingle is the number of pairs. */
    size_t i = 0, j = 0, common = 0;
    while (i < nt && j < np) {
        int c = shingle_cmp(&st[i], &sp[j]);
        if (c == 0) {
            common++;
            i++;
            j++;
        } else if (c < 0) {
            i++;
        } else {
            j++;
        }
    }
    double tpv = (double)common, fpv = (double)(np - common), fnv = (double)(nt - common);
    double s = tpv + fpv + fnv;
    if (s > 0) {
        tpv /= s;
        fpv /= s;
        fnv /= s;
    }
    ps->tp = tpv;
    ps->fp = fpv;
    ps->fn = fnv;
    int same = tt.n == tp.n;
    for (size_t k = 0; same && k < tt.n; k++)
        same = tt.v[k].len == tp.v[k].len &&
               memcmp(truth + tt.v[k].off, pred + tp.v[k].off, tt.v[k].len) == 0;
    ps->accuracy = same ? 1.0 : 0.0;
    rc = 0;
done:
    free(st);
    free(sp);
    free(tt.v);
    free(tp.v);
    return rc;
}

static double precision_score(const page_score *p)
{
    if (p->fp == 0 && p->fn == 0)
        return 1.0;
    if (p->tp == 0 && p->fp == 0)
        return 0.0;
    return p->tp / (p->tp + p->fp);
}

static double recall_score(const page_score *p)
{
    if (p->fp == 0 && p->fn == 0)
        return 1.0;
    if (p->tp == 0 && p->fn == 0)
        return 0.0;
    return p->tp / (p->tp + p->fn);
}

typedef struct metrics {
    double precision, recall, f1, accuracy;
} metrics;

/* evaluate.py's metrics_from_tp_fp_fns over pages idx[0..n) (plus the mean
 * accuracy). */
static metrics compute_metrics(const page_score *ps, const size_t *idx, size_t n)
{
    double ps_sum = 0, rs_sum = 0, acc = 0;
    size_t pn = 0, rn = 0;
    for (size_t k = 0; k < n; k++) {
        const page_score *p = &ps[idx[k]];
        if (p->tp + p->fp > 0) {
            ps_sum += precision_score(p);
            pn++;
        }
        if (p->tp + p->fn > 0) {
            rs_sum += recall_score(p);
            rn++;
        }
        acc += p->accuracy;
    }
    metrics m;
    m.precision = pn ? ps_sum / (double)pn : 0.0;
    m.recall = rn ? rs_sum / (double)rn : 0.0;
    m.f1 = m.precision + m.recall > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall)
                                      : 0.0;
    m.accuracy = n ? acc / (double)n : 0.0;
    return m;
}

static double sample_stdev(const double *v, size_t n)
{
    double mean = 0, ss = 0;
    for (size_t i = 0; i < n; i++)
        mean += v[i];
    mean /= (double)n;
    for (size_t i = 0; i < n; i++)
        ss += (v[i] - mean) * (v[i] - mean);
    return n > 1 ? sqrt(ss / (double)(n - 1)) : 0.0;
}

/* ---- corpus ------------------------------------------------------------- */

static int is_dir(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* Reads a whole gzip file into buf; returns 0 or -1. */
static int read_gz(const char *path, sr_buf *buf)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return -1;
    sr_buf_clear(buf);
    char chunk[65536];
    int n;
    while ((n = gzread(f, chunk, sizeof chunk)) > 0)
        sr_buf_append(buf, chunk, (size_t)n);
    int ok = n == 0 && !buf->oom;
    gzclose(f);
    return ok ? 0 : -1;
}

typedef struct page {
    const char *id;
    double f1; /* per-page F1, only to rank pages for --worst */
    double precision, recall;
} page;

static int page_cmp(const void *a, const void *b)
{
    const page *pa = a, *pb = b;
    return pa->f1 < pb->f1 ? -1 : pa->f1 > pb->f1;
}

static void usage(FILE *f)
{
    fprintf(f, "usage: bench_html_extraction [CORPUS_DIR] [--worst N] [--dump DIR] [--json FILE]\n");
}

int main(int argc, char **argv)
{
    const char *dir_arg = NULL, *dump_dir = NULL, *json_out = NULL;
    long worst = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--worst") == 0 && i + 1 < argc) {
            worst = strtol(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
            dump_dir = argv[++i];
        } else if (strcmp(argv[i], "--json") == 0 && i + 1 < argc) {
            json_out = argv[++i];
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-' || dir_arg) {
            usage(stderr);
            return 2;
        } else {
            dir_arg = argv[i];
        }
    }

    char dir[4200], shared[4096];
    bench_shared_dir(shared, sizeof shared);
    if (dir_arg)
        snprintf(dir, sizeof dir, "%s", dir_arg);
    else
        snprintf(dir, sizeof dir, "%s/corpora/article-extraction-benchmark", shared);

    char path[8192];
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    if (!is_dir(dir) || access(path, R_OK) != 0) {
        printf("bench_html_extraction: SKIPPED: corpus not found at %s "
               "(pass its path, or set SITREP_SHARED)\n", dir);
        return 0;
    }
    json_error_t jerr;
    json_t *gt = json_load_file(path, 0, &jerr);
    if (!json_is_object(gt)) {
        fprintf(stderr, "bench_html_extraction: %s:%d: %s\n", path, jerr.line, jerr.text);
        return 1;
    }

    size_t n_pages = json_object_size(gt);
    page_score *scores = calloc(n_pages ? n_pages : 1, sizeof *scores);
    page *pages = calloc(n_pages ? n_pages : 1, sizeof *pages);
    size_t *idx = malloc((n_pages ? n_pages : 1) * sizeof *idx);
    json_t *pred_json = json_object();
    if (!scores || !pages || !idx || !pred_json) {
        fprintf(stderr, "bench_html_extraction: out of memory\n");
        return 1;
    }

    sr_buf html = SR_BUF_INIT;
    double extract_seconds = 0;
    size_t bytes = 0, done = 0, failed = 0;
    const char *key;
    json_t *value;
    json_object_foreach(gt, key, value) {
        snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, key);
        if (read_gz(path, &html) != 0) {
            fprintf(stderr, "bench_html_extraction: cannot read %s\n", path);
            return 1;
        }
        sr_arena arena;
        sr_arena_init(&arena);
        sr_html_doc doc;
        char err[256] = "";
        double t0 = bench_now();
        int rc = sr_html_extract(html.data, html.len, &arena, &doc, err, sizeof err);
        extract_seconds += bench_now() - t0;
        bytes += html.len;
        if (rc != 0) {
            fprintf(stderr, "bench_html_extraction: %s: %s\n", key, err);
            failed++;
        }
        const char *truth = json_string_value(json_object_get(value, "articleBody"));
        const char *pred = rc == 0 ? doc.body : "";
        if (score_page(truth ? truth : "", pred, &scores[done]) != 0) {
            fprintf(stderr, "bench_html_extraction: out of memory\n");
            return 1;
        }
        double p = precision_score(&scores[done]), r = recall_score(&scores[done]);
        pages[done] = (page){key, p + r > 0 ? 2 * p * r / (p + r) : 0.0, p, r};
        idx[done] = done;
        if (json_out)
            json_object_set_new(pred_json, key, json_pack("{s:s}", "articleBody", pred));
        if (dump_dir) {
            snprintf(path, sizeof path, "%s/%s.txt", dump_dir, key);
            FILE *f = fopen(path, "w");
            if (f) {
                fwrite(pred, 1, strlen(pred), f);
                fclose(f);
            }
        }
        sr_arena_free(&arena);
        done++;
    }
    sr_buf_free(&html);

    metrics m = compute_metrics(scores, idx, done);

    /* Bootstrap: resample pages with replacement, as evaluate.py does. */
    double *bp = malloc(N_BOOTSTRAP * sizeof *bp), *br = malloc(N_BOOTSTRAP * sizeof *br);
    double *bf = malloc(N_BOOTSTRAP * sizeof *bf), *ba = malloc(N_BOOTSTRAP * sizeof *ba);
    size_t *sample = malloc((done ? done : 1) * sizeof *sample);
    if (!bp || !br || !bf || !ba || !sample) {
        fprintf(stderr, "bench_html_extraction: out of memory\n");
        return 1;
    }
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    for (int b = 0; b < N_BOOTSTRAP && done > 0; b++) {
        for (size_t k = 0; k < done; k++) {
            rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
            sample[k] = (size_t)(rng % done);
        }
        metrics bm = compute_metrics(scores, sample, done);
        bp[b] = bm.precision, br[b] = bm.recall, bf[b] = bm.f1, ba[b] = bm.accuracy;
    }

    printf("article-extraction-benchmark (%s): %zu pages, %zu extraction errors\n", dir, done,
           failed);
    printf("sitrep-html          precision=%.3f ± %.3f  recall=%.3f ± %.3f  F1=%.3f ± %.3f "
           "accuracy=%.3f ± %.3f\n",
           m.precision, sample_stdev(bp, N_BOOTSTRAP), m.recall, sample_stdev(br, N_BOOTSTRAP),
           m.f1, sample_stdev(bf, N_BOOTSTRAP), m.accuracy, sample_stdev(ba, N_BOOTSTRAP));
    printf("speed: %.1f pages/s, %.1f MB/s of HTML (%.3f s in sr_html_extract, "
           "gunzip and scoring not counted)\n",
           extract_seconds > 0 ? (double)done / extract_seconds : 0.0,
           extract_seconds > 0 ? (double)bytes / 1e6 / extract_seconds : 0.0, extract_seconds);
    printf("scoring: port of evaluate.py (scrapinghub/article-extraction-benchmark): \\w+ tokens, "
           "4-token shingles, per-page normalized tp/fp/fn, F1 of mean P and mean R\n");
    printf("reproduce: %s %s\n", argv[0], dir);

    if (worst > 0) {
        qsort(pages, done, sizeof *pages, page_cmp);
        printf("worst pages (per-page F1, precision, recall):\n");
        for (size_t k = 0; k < done && (long)k < worst; k++)
            printf("  %.3f  P=%.3f R=%.3f  %s\n", pages[k].f1, pages[k].precision,
                   pages[k].recall, pages[k].id);
    }
    if (json_out && json_dump_file(pred_json, json_out, JSON_INDENT(1)) != 0)
        fprintf(stderr, "bench_html_extraction: cannot write %s\n", json_out);

    free(bp), free(br), free(bf), free(ba), free(sample);
    free(scores), free(pages), free(idx);
    json_decref(pred_json);
    json_decref(gt);
    return 0;
}
