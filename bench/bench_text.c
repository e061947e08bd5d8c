/*
 * bench_text.c - throughput of the text stage (tokens + sentences).
 *
 * Usage: bench_text [-r ROUNDS] [FILE...]
 *
 * With FILE arguments each file is one article body.  Without, the
 * Reuters-21578 wire stories are read from the shared corpora
 * ($SITREP_SHARED/corpora/reuters21578/reut2-*.sgm.gz, else ../shared next
 * to the source tree) and every <BODY>...</BODY> becomes one article;
 * entities are left as they are, which is fine for timing.  Each article
 * gets a fresh arena, as in the pipeline.  Prints MB/s, sentences/s and
 * tokens/s over all rounds, and the command that reproduces the figures.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "text/text.h"
#include "util/arena.h"

typedef struct article {
    char *text;
    size_t len;
} article;

typedef struct corpus {
    article *v;
    size_t n, cap;
    size_t bytes;
} corpus;

static int corpus_add(corpus *c, const char *text, size_t len)
{
    if (c->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 1024;
        article *nv = realloc(c->v, ncap * sizeof *nv);
        if (!nv)
            return -1;
        c->v = nv;
        c->cap = ncap;
    }
    char *copy = malloc(len + 1);
    if (!copy)
        return -1;
    memcpy(copy, text, len);
    copy[len] = '\0';
    c->v[c->n].text = copy;
    c->v[c->n].len = len;
    c->n++;
    c->bytes += len;
    return 0;
}

static int add_sgml_bodies(corpus *c, const char *path)
{
    size_t len;
    char *sgml = bench_read_file(path, &len);
    if (!sgml)
        return -1;
    const char *p = sgml;
    while ((p = strstr(p, "<BODY>")) != NULL) {
        p += 6;
        const char *e = strstr(p, "</BODY>");
        if (!e)
            break;
        if (corpus_add(c, p, (size_t)(e - p)) != 0) {
            free(sgml);
            return -1;
        }
        p = e + 7;
    }
    free(sgml);
    return 0;
}

int main(int argc, char **argv)
{
    int rounds = 5, argi = 1;
    if (argi + 1 < argc && strcmp(argv[argi], "-r") == 0) {
        rounds = atoi(argv[argi + 1]);
        if (rounds < 1)
            rounds = 1;
        argi += 2;
    }
    corpus c = {0};
    char source[4400] = "";
    if (argi < argc) {
        for (int i = argi; i < argc; i++) {
            size_t len;
            char *text = bench_read_file(argv[i], &len);
            if (!text || corpus_add(&c, text, len) != 0) {
                fprintf(stderr, "bench_text: cannot read %s\n", argv[i]);
                free(text);
                return 1;
            }
            free(text);
        }
        snprintf(source, sizeof source, "%d file(s)", argc - argi);
    } else {
        char dir[4096];
        bench_shared_dir(dir, sizeof dir);
        for (int k = 0; k < 22; k++) {
            char path[4200];
            snprintf(path, sizeof path, "%s/corpora/reuters21578/reut2-%03d.sgm.gz", dir, k);
            FILE *probe = fopen(path, "rb");
            if (!probe)
                continue;
            fclose(probe);
            if (add_sgml_bodies(&c, path) != 0) {
                fprintf(stderr, "bench_text: cannot read %s\n", path);
                return 1;
            }
        }
        if (c.n == 0) {
            printf("bench_text: skipped: Reuters-21578 not found under %s/corpora/reuters21578 "
                   "(set SITREP_SHARED or pass files)\n",
                   dir);
            return 0;
        }
        snprintf(source, sizeof source, "Reuters-21578 bodies from %s/corpora/reuters21578", dir);
    }

    size_t tokens = 0, sentences = 0;
    double best = 1e30, total = 0;
    for (int r = 0; r < rounds; r++) {
        size_t rt = 0, rs = 0;
        double t0 = bench_now();
        for (size_t i = 0; i < c.n; i++) {
            sr_arena arena;
            sr_arena_init(&arena);
            sr_text text;
            if (sr_text_analyze(c.v[i].text, c.v[i].len, &arena, &text) != 0) {
                fprintf(stderr, "bench_text: out of memory\n");
                return 1;
            }
            rt += text.n_tokens;
            rs += text.n_sentences;
            sr_arena_free(&arena);
        }
        double dt = bench_now() - t0;
        total += dt;
        if (dt < best)
            best = dt;
        tokens = rt;
        sentences = rs;
    }
    double mb = (double)c.bytes / 1e6;
    printf("input:      %s\n", source);
    printf("articles:   %zu, %.2f MB, %zu tokens, %zu sentences per round\n", c.n, mb, tokens,
           sentences);
    printf("rounds:     %d, best %.3f s, mean %.3f s\n", rounds, best, total / rounds);
    printf("throughput: %.1f MB/s, %.0f sentences/s, %.0f tokens/s (best round, one core)\n",
           mb / best, (double)sentences / best, (double)tokens / best);
    printf("reproduce: ");
    for (int i = 0; i < argc; i++)
        printf(" %s", argv[i]);
    printf("\n");
    for (size_t i = 0; i < c.n; i++)
        free(c.v[i].text);
    free(c.v);
    return 0;
}
