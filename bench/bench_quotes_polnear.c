/*
 * bench_quotes_polnear.c - quotation extraction and speaker attribution
 * measured on PolNeAR (political news, BRAT standoff Source/Cue/Content).
 *
 *   build/bench_quotes_polnear [dev|train] [--misses|--direct-misses] [--dump] [--classes]
 *
 * Reads $SITREP_SHARED/peers/polnear/polnear-train-dev.tar.gz (else
 * ../shared/...), unpacks it with tar into a temporary folder, and runs the
 * text stage and sr_quotes_extract() on each article's raw text, so that
 * offsets are those of the annotation (code points).  Skips, saying so,
 * when the archive is absent.
 *
 * Scoring, for direct quotations and for all attributions:
 *  - a prediction matches a gold Content when their extents (first start
 *    to last end; PolNeAR splits a quote interrupted by its attribution
 *    into pieces) overlap by at least 80% of the longer one; one-to-one,
 *    greedy by overlap;
 *  - gold direct = a Content that opens with a quotation mark and closes
 *    with one (trailing punctuation aside); predicted direct = kind direct;
 *  - speaker accuracy over matched pairs whose gold has a Source: right
 *    when the predicted speaker's mention overlaps the gold Source, or the
 *    predicted name's last word occurs in the gold Source text.
 * Figures are printed with the command that reproduces them.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"
#include "quotes/quotes.h"
#include "text/text.h"
#include "util/arena.h"

typedef struct gold {
    char id[16];
    uint32_t start, end;     /* content extent */
    uint32_t src[4][2];      /* source spans */
    int n_src;
    int direct;
    int matched;
    char cue[24];            /* the cue's last word, lowercase, for --classes */
} gold;

typedef struct cue_count {
    char word[24];
    long n;
} cue_count;

typedef struct counts {
    long tp, pred, gold, sp_right, sp_total;
    /* error classes (--classes): a false positive or negative that overlaps
     * an item of the other side is a boundary error, else spurious/missed;
     * quotes without a cue inherit the running speaker */
    long fp_boundary, fn_boundary, nocue_pred, nocue_tp, nocue_sp_right, nocue_sp_total;
    cue_count missed[1024]; /* cue words of the missed gold items */
    size_t n_missed;
} counts;

static void count_cue(counts *c, const char *word)
{
    for (size_t i = 0; i < c->n_missed; i++)
        if (strcmp(c->missed[i].word, word) == 0) {
            c->missed[i].n++;
            return;
        }
    if (c->n_missed < sizeof c->missed / sizeof *c->missed) {
        snprintf(c->missed[c->n_missed].word, sizeof c->missed[0].word, "%s", word);
        c->missed[c->n_missed++].n = 1;
    }
}

/* Code-point offset -> byte offset table for text. */
static uint32_t *cp_index(const char *s, size_t len, size_t *n_cp)
{
    uint32_t *map = malloc((len + 2) * sizeof *map);
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            map[n++] = (uint32_t)i;
    map[n] = (uint32_t)len;
    *n_cp = n;
    return map;
}

static int is_open_quote(const char *p)
{
    return p[0] == '"' || p[0] == '\'' || memcmp(p, "\xe2\x80\x9c", 3) == 0 ||
           memcmp(p, "\xe2\x80\x98", 3) == 0 || memcmp(p, "\xc2\xab", 2) == 0;
}

static int ends_with_close_quote(const char *s, size_t a, size_t b)
{
    while (b > a && strchr(".,;: \n", s[b - 1]))
        b--;
    if (b > a && (s[b - 1] == '"' || s[b - 1] == '\''))
        return 1;
    if (b >= a + 3 && (memcmp(s + b - 3, "\xe2\x80\x9d", 3) == 0 || memcmp(s + b - 3, "\xe2\x80\x99", 3) == 0))
        return 1;
    if (b >= a + 2 && memcmp(s + b - 2, "\xc2\xbb", 2) == 0)
        return 1;
    return 0;
}

/* The last word of text[span] (code points), lowercase ASCII, into out. */
static void cue_word(const char *text, const uint32_t *map, size_t n_cp, const uint32_t span[2],
                     char *out, size_t cap)
{
    out[0] = 0;
    if (span[1] > n_cp || span[0] >= span[1])
        return;
    size_t a = map[span[0]], b = map[span[1]];
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == ':' || text[b - 1] == ','))
        b--;
    size_t w = b;
    while (w > a && text[w - 1] != ' ')
        w--;
    size_t k = 0;
    for (size_t i = w; i < b && k + 1 < cap; i++)
        out[k++] = (char)(text[i] >= 'A' && text[i] <= 'Z' ? text[i] + 32 : text[i]);
    out[k] = 0;
    if (!k && b > a)
        snprintf(out, cap, "%c", text[b - 1]);
}

/* Parses one .ann: Content extents with their Source spans. */
static size_t parse_ann(const char *ann, const char *text, const uint32_t *map, size_t n_cp,
                        gold *out, size_t cap)
{
    size_t n = 0;
    /* pass 1: T lines */
    typedef struct tline {
        char id[16];
        char type[24];
        uint32_t start, end;
        uint32_t spans[8][2];
        int n_spans;
    } tline;
    size_t tcap = 4096, nt = 0;
    tline *ts = calloc(tcap, sizeof *ts);
    const char *p = ann;
    while (*p) {
        const char *eol = strchr(p, '\n');
        if (!eol)
            eol = p + strlen(p);
        if (*p == 'T' && nt < tcap) {
            /* "T3<TAB>Content 315 448;463 553<TAB>text" */
            tline *t = &ts[nt];
            const char *tab1 = memchr(p, '\t', (size_t)(eol - p));
            const char *tab2 = tab1 ? memchr(tab1 + 1, '\t', (size_t)(eol - tab1 - 1)) : NULL;
            size_t idl = tab1 ? (size_t)(tab1 - p) : 0;
            if (tab1 && tab2 && idl < sizeof t->id && (size_t)(tab2 - tab1) < 256) {
                char field[256];
                memcpy(t->id, p, idl);
                t->id[idl] = 0;
                memcpy(field, tab1 + 1, (size_t)(tab2 - tab1 - 1));
                field[tab2 - tab1 - 1] = 0;
                char *save = NULL, *type = strtok_r(field, " ", &save);
                snprintf(t->type, sizeof t->type, "%s", type ? type : "");
                t->start = UINT32_MAX;
                char *rest = strtok_r(NULL, "", &save);
                for (char *piece = rest ? strtok_r(rest, ";", &save) : NULL;
                     piece && t->n_spans < 8; piece = strtok_r(NULL, ";", &save)) {
                    unsigned a0, b0;
                    if (sscanf(piece, "%u %u", &a0, &b0) != 2)
                        break;
                    t->spans[t->n_spans][0] = a0;
                    t->spans[t->n_spans][1] = b0;
                    t->n_spans++;
                    if (a0 < t->start)
                        t->start = a0;
                    if (b0 > t->end)
                        t->end = b0;
                }
                nt++;
            }
        }
        p = *eol ? eol + 1 : eol;
    }
    /* pass 2: E lines link Content and Source */
    p = ann;
    while (*p) {
        const char *eol = strchr(p, '\n');
        if (!eol)
            eol = p + strlen(p);
        if (*p == 'E') {
            char line[512];
            size_t l = (size_t)(eol - p) < sizeof line - 1 ? (size_t)(eol - p) : sizeof line - 1;
            memcpy(line, p, l);
            line[l] = 0;
            char *content = strstr(line, "Content:");
            char *source = strstr(line, "Source:");
            char *cue = strstr(line, "Cue:");
            if (content && n < cap) {
                char cid[16] = "", sid[16] = "", kid[16] = "";
                sscanf(content + 8, "%15[^ \t\n]", cid);
                if (source)
                    sscanf(source + 7, "%15[^ \t\n]", sid);
                if (cue)
                    sscanf(cue + 4, "%15[^ \t\n]", kid);
                gold *g = &out[n];
                memset(g, 0, sizeof *g);
                for (size_t i = 0; i < nt; i++) {
                    if (kid[0] && strcmp(ts[i].id, kid) == 0 && ts[i].n_spans > 0)
                        cue_word(text, map, n_cp, ts[i].spans[ts[i].n_spans - 1], g->cue,
                                 sizeof g->cue);
                    if (strcmp(ts[i].id, cid) == 0) {
                        g->start = ts[i].start;
                        g->end = ts[i].end;
                    }
                    if (sid[0] && strcmp(ts[i].id, sid) == 0)
                        for (int k = 0; k < ts[i].n_spans && g->n_src < 4; k++) {
                            g->src[g->n_src][0] = ts[i].spans[k][0];
                            g->src[g->n_src][1] = ts[i].spans[k][1];
                            g->n_src++;
                        }
                }
                if (g->end > g->start && g->end <= n_cp) {
                    size_t a = map[g->start], b = map[g->end];
                    while (a < b && (text[a] == ' ' || text[a] == '\n'))
                        a++;
                    g->direct = is_open_quote(text + a) && ends_with_close_quote(text, a, b);
                    n++;
                }
            }
        }
        p = *eol ? eol + 1 : eol;
    }
    free(ts);
    return n;
}

static uint32_t overlap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
    uint32_t lo = a0 > b0 ? a0 : b0, hi = a1 < b1 ? a1 : b1;
    return hi > lo ? hi - lo : 0;
}

static int matches(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1)
{
    uint32_t longer = (a1 - a0) > (b1 - b0) ? (a1 - a0) : (b1 - b0);
    return longer && overlap(a0, a1, b0, b1) * 10 >= longer * 8;
}

/* The predicted name's last word occurs in the gold source text. */
static int names_same(const char *name, const char *text, const uint32_t *map, const gold *g)
{
    if (!name || !*name)
        return 0;
    const char *last = strrchr(name, ' ');
    last = last ? last + 1 : name;
    size_t ll = strlen(last);
    if (ll < 3)
        return 0;
    for (int k = 0; k < g->n_src; k++) {
        size_t a = map[g->src[k][0]], b = map[g->src[k][1]];
        for (size_t i = a; i + ll <= b; i++)
            if (memcmp(text + i, last, ll) == 0)
                return 1;
    }
    return 0;
}

static void score(const sr_quotes *q, gold *gs, size_t ng, int direct_only, const char *text,
                  const uint32_t *map, counts *c, int show, const char *file)
{
    for (size_t i = 0; i < ng; i++) {
        gs[i].matched = 0;
        if (!direct_only || gs[i].direct)
            c->gold++;
    }
    for (size_t i = 0; i < q->n; i++) {
        const sr_quote *p = &q->items[i];
        if (direct_only && p->kind != SR_QUOTE_DIRECT)
            continue;
        c->pred++;
        c->nocue_pred += p->cue == NULL;
        int best = -1;
        uint32_t best_ov = 0;
        for (size_t k = 0; k < ng; k++) {
            if (gs[k].matched || (direct_only && !gs[k].direct))
                continue;
            if (!matches(p->start, p->end, gs[k].start, gs[k].end))
                continue;
            uint32_t ov = overlap(p->start, p->end, gs[k].start, gs[k].end);
            if (ov > best_ov) {
                best_ov = ov;
                best = (int)k;
            }
        }
        if (best < 0) {
            for (size_t k = 0; k < ng; k++)
                if ((!direct_only || gs[k].direct) &&
                    overlap(p->start, p->end, gs[k].start, gs[k].end)) {
                    c->fp_boundary++;
                    break;
                }
            if (show)
                printf("FP %s [%u,%u] %s: %.100s\n", file, p->start, p->end,
                       sr_quote_kind_name(p->kind), p->text);
            continue;
        }
        gold *g = &gs[best];
        g->matched = 1;
        c->tp++;
        c->nocue_tp += p->cue == NULL;
        if (g->n_src) {
            c->sp_total++;
            c->nocue_sp_total += p->cue == NULL;
            int right = 0;
            for (int k = 0; k < g->n_src && p->speaker_text; k++)
                if (overlap(p->speaker_start, p->speaker_end, g->src[k][0], g->src[k][1]))
                    right = 1;
            if (!right)
                right = names_same(p->speaker_name, text, map, g);
            c->sp_right += right;
            c->nocue_sp_right += right && p->cue == NULL;
            if (!right && show)
                printf("SPK %s [%u,%u] got '%s' (%s), gold '%.*s': %.60s\n", file, p->start,
                       p->end, p->speaker_text ? p->speaker_text : "-",
                       p->speaker_name ? p->speaker_name : "-",
                       (int)(map[g->src[0][1]] - map[g->src[0][0]]), text + map[g->src[0][0]],
                       p->text);
        }
    }
    for (size_t k = 0; k < ng; k++) {
        if (gs[k].matched || (direct_only && !gs[k].direct))
            continue;
        int near = 0;
        for (size_t i = 0; i < q->n && !near; i++)
            near = (!direct_only || q->items[i].kind == SR_QUOTE_DIRECT) &&
                   overlap(q->items[i].start, q->items[i].end, gs[k].start, gs[k].end);
        if (near)
            c->fn_boundary++;
        else
            count_cue(c, gs[k].cue[0] ? gs[k].cue : "(no cue)");
    }
    if (show)
        for (size_t k = 0; k < ng; k++)
            if (!gs[k].matched && (!direct_only || gs[k].direct))
                printf("FN %s [%u,%u]: %.*s\n", file, gs[k].start, gs[k].end,
                       (int)(map[gs[k].end] - map[gs[k].start] > 100 ? 100
                                                                      : map[gs[k].end] - map[gs[k].start]),
                       text + map[gs[k].start]);
}

static int by_count(const void *a, const void *b)
{
    long na = ((const cue_count *)a)->n, nb = ((const cue_count *)b)->n;
    return na < nb ? 1 : na > nb ? -1 : strcmp(((const cue_count *)a)->word, ((const cue_count *)b)->word);
}

/* The error classes, biggest first: what to work on next. */
static void report_classes(const char *what, counts *c)
{
    long fp = c->pred - c->tp, fn = c->gold - c->tp;
    printf("%s: false positives %ld (boundary %ld, spurious %ld); false negatives %ld "
           "(boundary %ld, missed %ld)\n",
           what, fp, c->fp_boundary, fp - c->fp_boundary, fn, c->fn_boundary,
           fn - c->fn_boundary);
    printf("  quotes without a cue: %ld predicted, %ld matched, speaker right %ld/%ld\n",
           c->nocue_pred, c->nocue_tp, c->nocue_sp_right, c->nocue_sp_total);
    qsort(c->missed, c->n_missed, sizeof *c->missed, by_count);
    printf("  missed, by the gold cue's last word:");
    for (size_t i = 0; i < c->n_missed && i < 25; i++)
        printf(" %s %ld%s", c->missed[i].word, c->missed[i].n, i + 1 < 25 ? "," : "");
    printf("\n");
}

static void report(const char *what, const counts *c)
{
    double p = c->pred ? (double)c->tp / (double)c->pred : 0;
    double r = c->gold ? (double)c->tp / (double)c->gold : 0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    printf("%-16s P %.3f  R %.3f  F1 %.3f  (tp %ld, predicted %ld, gold %ld)  speaker accuracy "
           "%.3f (%ld/%ld)\n",
           what, p, r, f, c->tp, c->pred, c->gold,
           c->sp_total ? (double)c->sp_right / (double)c->sp_total : 0, c->sp_right, c->sp_total);
}

int main(int argc, char **argv)
{
    const char *split = "dev";
    int misses = 0; /* 1: direct, 2: all */
    int dump = 0;   /* every prediction, for analysis scripts */
    int classes = 0; /* error classes, biggest first */
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--misses") == 0)
            misses = 2;
        else if (strcmp(argv[i], "--direct-misses") == 0)
            misses = 1;
        else if (strcmp(argv[i], "--classes") == 0)
            classes = 1;
        else if (strcmp(argv[i], "--dump") == 0)
            dump = 1;
        else
            split = argv[i];
    }
    char shared[4096], tarball[4200];
    bench_shared_dir(shared, sizeof shared);
    snprintf(tarball, sizeof tarball, "%s/peers/polnear/polnear-train-dev.tar.gz", shared);
    if (access(tarball, R_OK) != 0) {
        printf("bench_quotes_polnear: skipped: %s not found (set SITREP_SHARED)\n", tarball);
        return 0;
    }
    char tmp[] = "/tmp/sitrep-polnear-XXXXXX";
    if (!mkdtemp(tmp)) {
        perror("mkdtemp");
        return 1;
    }
    char cmd[8192];
    snprintf(cmd, sizeof cmd, "tar -xzf '%s' -C '%s' 'data/%s'", tarball, tmp, split);
    if (system(cmd) != 0) {
        fprintf(stderr, "bench_quotes_polnear: cannot unpack %s (%s)\n", tarball, cmd);
        return 1;
    }
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/data/%s/attributions", tmp, split);
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "bench_quotes_polnear: no split '%s' in %s\n", split, tarball);
        return 1;
    }
    counts direct = {0}, all = {0};
    long articles = 0;
    double seconds = 0;
    size_t gcap = 4096;
    gold *gs = malloc(gcap * sizeof *gs);
    struct dirent *e;
    char **names = NULL;
    size_t n_names = 0;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 10 || strcmp(e->d_name + l - 4, ".ann") != 0)
            continue;
        names = realloc(names, (n_names + 1) * sizeof *names);
        names[n_names++] = strdup(e->d_name);
    }
    closedir(d);
    for (size_t f = 0; f < n_names; f++) {
        const char *name = names[f];
        char ann_path[8400], txt_path[8400];
        snprintf(ann_path, sizeof ann_path, "%s/%s", dir, name);
        /* the annotator's id follows the last '_' of the .ann name */
        size_t l = strlen(name);
        const char *us = strrchr(name, '_');
        size_t base = us ? (size_t)(us - name) : l - 4;
        snprintf(txt_path, sizeof txt_path, "%s/data/%s/text/%.*s.txt", tmp, split, (int)base, name);
        size_t ann_len, txt_len;
        char *ann = bench_read_file(ann_path, &ann_len);
        char *text = bench_read_file(txt_path, &txt_len);
        if (!ann || !text) {
            free(ann);
            free(text);
            continue;
        }
        size_t n_cp;
        uint32_t *map = cp_index(text, txt_len, &n_cp);
        size_t ng = parse_ann(ann, text, map, n_cp, gs, gcap);
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        sr_arena arena;
        sr_arena_init(&arena);
        sr_text t;
        sr_quotes q;
        if (sr_text_analyze(text, txt_len, &arena, &t) == 0 &&
            sr_quotes_extract(text, txt_len, &t, NULL, NULL, &arena, &q) == 0) {
            clock_gettime(CLOCK_MONOTONIC, &t1);
            seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
            for (size_t i = 0; dump && i < q.n; i++)
                printf("PRED\t%s\t%u\t%u\t%s\t%u\t%u\t%s\n", name, q.items[i].start,
                       q.items[i].end, sr_quote_kind_name(q.items[i].kind),
                       q.items[i].speaker_start, q.items[i].speaker_end,
                       q.items[i].cue ? q.items[i].cue : "-");
            score(&q, gs, ng, 1, text, map, &direct, misses == 1, name);
            score(&q, gs, ng, 0, text, map, &all, misses == 2, name);
            articles++;
        }
        sr_arena_free(&arena);
        free(map);
        free(ann);
        free(text);
    }
    for (size_t f = 0; f < n_names; f++)
        free(names[f]);
    free(names);
    free(gs);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0)
        fprintf(stderr, "bench_quotes_polnear: could not remove %s\n", tmp);
    printf("PolNeAR %s: %ld articles (text stage + quotes: %.3f s)\n", split, articles, seconds);
    report("direct quotes", &direct);
    report("all attributions", &all);
    if (classes) {
        report_classes("direct quotes", &direct);
        report_classes("all attributions", &all);
    }
    printf("match: extents overlap >= 80%% of the longer; reproduce: "
           "SITREP_SHARED=/work/shared build/bench_quotes_polnear %s\n",
           split);
    return 0;
}
