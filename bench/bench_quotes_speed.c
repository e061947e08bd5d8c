/*
 * bench_quotes_speed.c - what quotation extraction adds to the time of
 * coding an article.
 *
 *   build/bench_quotes_speed [-r ROUNDS]
 *
 * Corpus: the BBC News articles ($SITREP_SHARED/corpora/bbc_news_2225/
 * bbc.tar.gz, else ../shared next to the source tree), read in memory with
 * zlib and a minimal tar reader; skips, saying so, when absent.  For each
 * article and round: the whole coding path as `sitrep code` runs it
 * (sr_article_from_text: normalization and id; sr_article_analyze: text
 * stage, language id and every stage wired in, quotes included) is timed,
 * and sr_quotes_extract() is timed again alone on the analyzed article in a
 * scratch arena, with the office-holder speaker resolver the pipeline
 * gives it.  One untimed article first loads what the context loads
 * lazily (language id, gazetteer, office-holders).  Prints quote time /
 * (coding time - quote time): the share quotes add to coding without
 * them, measured in the same process.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "core/core.h"
#include "pipeline/speakers.h"
#include "quotes/quotes.h"
#include "text/text.h"

typedef struct doc {
    char *text;
    size_t len;
} doc;

/* The regular .txt members of a tar archive in memory. */
static size_t tar_docs(const unsigned char *tar, size_t len, doc **out)
{
    size_t n = 0, cap = 0;
    doc *v = NULL;
    for (size_t off = 0; off + 512 <= len;) {
        const unsigned char *h = tar + off;
        if (!h[0])
            break;
        char name[101];
        memcpy(name, h, 100);
        name[100] = 0;
        size_t size = (size_t)strtoull((const char *)h + 124, NULL, 8);
        char type = (char)h[156];
        off += 512;
        if (off + size > len)
            break;
        size_t nl = strlen(name);
        if ((type == '0' || type == 0) && nl > 4 && strcmp(name + nl - 4, ".txt") == 0 &&
            !strstr(name, "README")) {
            if (n == cap) {
                cap = cap ? cap * 2 : 1024;
                doc *grown = realloc(v, cap * sizeof *v);
                if (!grown) {
                    free(v);
                    return 0;
                }
                v = grown;
            }
            v[n].text = (char *)tar + off;
            v[n].len = size;
            n++;
        }
        off += (size + 511) / 512 * 512;
    }
    *out = v;
    return n;
}

int main(int argc, char **argv)
{
    int rounds = 3;
    for (int i = 1; i + 1 < argc; i++)
        if (strcmp(argv[i], "-r") == 0)
            rounds = atoi(argv[++i]);
    if (rounds < 1)
        rounds = 1;
    char shared[4096], path[4200];
    bench_shared_dir(shared, sizeof shared);
    snprintf(path, sizeof path, "%s/corpora/bbc_news_2225/bbc.tar.gz", shared);
    size_t tar_len;
    unsigned char *tar = (unsigned char *)bench_read_file(path, &tar_len);
    if (!tar) {
        printf("bench_quotes_speed: skipped: %s not found (set SITREP_SHARED)\n", path);
        return 0;
    }
    doc *docs = NULL;
    size_t n = tar_docs(tar, tar_len, &docs);
    if (n == 0) {
        fprintf(stderr, "bench_quotes_speed: no .txt members in %s\n", path);
        free(tar);
        return 1;
    }
    sr_context *ctx = sr_context_new();
    sr_article *warm = NULL;
    if (sr_article_from_text(docs[0].text, docs[0].len, "bench", NULL, NULL, NULL, NULL, &warm) ==
        SR_OK) {
        (void)sr_article_analyze(ctx, warm);
        sr_article_free(warm);
    }
    sr_speaker_resolver resolver;
    const sr_speaker_resolver *speakers = sr_speaker_resolver_for(ctx, &resolver) ? &resolver : NULL;
    double coding = 0, quoting = 0;
    size_t bytes = 0, quotes = 0;
    for (int r = 0; r < rounds; r++) {
        for (size_t i = 0; i < n; i++) {
            double t0 = bench_now();
            sr_article *a = NULL;
            if (sr_article_from_text(docs[i].text, docs[i].len, "bench", NULL, NULL, NULL, NULL,
                                     &a) != SR_OK)
                continue;
            if (sr_article_analyze(ctx, a) != SR_OK) {
                sr_article_free(a);
                continue;
            }
            double t1 = bench_now();
            sr_arena scratch;
            sr_arena_init(&scratch);
            sr_quotes q;
            if (sr_quotes_extract(a->body, a->body_len, a->impl->text, a->date, speakers,
                                  &scratch, &q) == 0)
                quotes += q.n;
            double t2 = bench_now();
            sr_arena_free(&scratch);
            sr_article_free(a);
            coding += t1 - t0;
            quoting += t2 - t1;
            bytes += docs[i].len;
        }
    }
    sr_context_free(ctx);
    double without = coding - quoting;
    printf("BBC News: %zu articles x %d rounds, %.1f MB\n", n, rounds, (double)bytes / 1e6);
    printf("coding with quotes:    %.3f s (%.1f MB/s)\n", coding, (double)bytes / 1e6 / coding);
    printf("quote extraction:      %.3f s (%.1f MB/s), %zu quotations\n", quoting,
           (double)bytes / 1e6 / quoting, quotes / (size_t)rounds);
    printf("quotes add %.1f%% to coding without them\n", without > 0 ? 100.0 * quoting / without : 0);
    printf("reproduce: SITREP_SHARED=/work/shared build/bench_quotes_speed -r %d\n", rounds);
    free(docs);
    free(tar);
    return 0;
}
