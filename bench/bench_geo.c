/*
 * bench_geo.c - toponym recognition and resolution on LGL and TR-News.
 *
 * Usage: bench_geo [-v|-vv] [-n] [FILE.xml.gz...]
 *
 * Without arguments it reads $SITREP_SHARED/peers/geo/lgl.xml.gz and
 * TR-News.xml.gz (else ../shared beside the source tree), and skips, saying
 * so, when they are absent.  The gold is Gritta et al.'s XML: per article a
 * <text> and <toponym>s with character offsets, a phrase and, when the
 * annotators found one, a <gaztag> with the GeoNames id, coordinates and
 * country name.
 *
 * Prints, per corpus:
 *   recognition: precision / recall / F1 of our toponym spans against the
 *     gold spans (exact match; demonyms are not toponyms and are left out);
 *   resolution on the gold toponyms: the gold spans are handed to
 *     sr_places_resolve_spans and each answer scored: Acc@161 (within 161
 *     km of the gold coordinates; no answer counts as wrong), mean error,
 *     and country accuracy (the gold country name looked up in our
 *     gazetteer; a toponym whose country we cannot name is not counted);
 *   the cost of recognition + resolution relative to the text stage on the
 *     same articles, in the same process (best of ROUNDS passes each).
 * Each article's <url> (else its <domain>) goes to the places stage as
 * ingest's record would pass it: a national web domain is evidence of the
 * article's country (sr_places_outlet_country).  -n withholds it, for the
 * figures of text alone.
 * -v prints every resolution error, by class: "none" (no answer), "country"
 * (another country), "far" (the right country, beyond 161 km); -vv every
 * answer, the right ones as "ok".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "places/places.h"
#include "text/text.h"
#include "util/arena.h"

typedef struct gold {
    uint32_t start, end;      /* code points */
    uint32_t byte_start, byte_end;
    int has_gaz;
    double lat, lon;
    char country[96];
    char fcode[12]; /* the gold GeoNames feature code, for -v */
} gold;

static int verbose;
static int use_source = 1; /* -n: the articles' URLs withheld, as for text without metadata */

/* The text between <tag> and </tag> inside [p, end), or NULL. */
static const char *element(const char *p, const char *end, const char *tag, size_t *len)
{
    char open[64], close[64];
    snprintf(open, sizeof open, "<%s", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *a = strstr(p, open);
    if (!a || a >= end)
        return NULL;
    a = strchr(a, '>');
    if (!a || a >= end)
        return NULL;
    a++;
    const char *b = strstr(a, close);
    if (!b || b > end)
        return NULL;
    *len = (size_t)(b - a);
    return a;
}

/* Byte offset of code point `cp` in s. */
static uint32_t byte_of(const char *s, size_t len, uint32_t cp)
{
    size_t i = 0;
    uint32_t c = 0;
    while (i < len && c < cp) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
        c++;
    }
    return (uint32_t)i;
}

typedef struct totals {
    size_t articles, gold, gold_gaz, predicted, exact, resolved, within161, country_known,
        country_ok, offset_mismatch, wrong_country, far_right_country;
    double err_sum;
    double t_text, t_places;
    int rounds; /* timing passes run (ROUNDS, or BENCH_GEO_ROUNDS) */
} totals;

/* The cost of the places stage beside the text stage's, article by
 * article in the same process: each stage's total is the best of ROUNDS
 * passes over the corpus, so a busy machine and the first touch of the
 * gazetteer's pages (which a long-running coder pays once) do not count. */
#define ROUNDS 7
static void time_stages(const sr_gazetteer *g, char **bodies, char **sources, size_t n, totals *T)
{
    T->t_text = T->t_places = 1e30;
    /* BENCH_GEO_ROUNDS=200 makes the rounds dominate a profile (perf record) */
    const char *env = getenv("BENCH_GEO_ROUNDS");
    int rounds = env && atoi(env) > 0 ? atoi(env) : ROUNDS;
    T->rounds = rounds;
    /* the lengths outside the clock: the text stage is handed one, as in the pipeline */
    size_t *lens = malloc((n ? n : 1) * sizeof *lens);
    if (!lens) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < n; i++)
        lens[i] = strlen(bodies[i]);
    for (int r = 0; r < rounds; r++) {
        double text = 0, places = 0;
        for (size_t i = 0; i < n; i++) {
            sr_arena arena;
            sr_arena_init(&arena);
            sr_text t;
            sr_places found;
            double t0 = bench_now();
            if (sr_text_analyze(bodies[i], lens[i], &arena, &t) != 0) {
                fprintf(stderr, "out of memory\n");
                exit(1);
            }
            double t1 = bench_now();
            if (sr_places_analyze_from(g, bodies[i], &t, sources[i], &arena, &found) != 0) {
                fprintf(stderr, "out of memory\n");
                exit(1);
            }
            double t2 = bench_now();
            text += t1 - t0;
            places += t2 - t1;
            sr_arena_free(&arena);
        }
        if (text < T->t_text)
            T->t_text = text;
        if (places < T->t_places)
            T->t_places = places;
    }
    free(lens);
}

static void run_corpus(const sr_gazetteer *g, const char *path)
{
    size_t len;
    char *xml = bench_read_file(path, &len);
    if (!xml) {
        printf("%s: cannot read; skipped\n", path);
        return;
    }
    totals T;
    memset(&T, 0, sizeof T);
    const char *p = xml;
    gold *gv = NULL;
    size_t gcap = 0;
    char **bodies = NULL, **sources = NULL; /* kept for the timing rounds */
    size_t bcap = 0;
    while ((p = strstr(p, "<article")) != NULL) {
        const char *aend = strstr(p, "</article>");
        if (!aend)
            break;
        size_t tl;
        const char *text = element(p, aend, "text", &tl);
        if (!text) {
            p = aend;
            continue;
        }
        if (tl >= 9 && !strncmp(text, "<![CDATA[", 9)) {
            text += 9;
            tl -= 9;
            const char *c = strstr(text, "]]>");
            if (c && c < text + tl)
                tl = (size_t)(c - text);
        }
        char *body = malloc(tl + 1);
        memcpy(body, text, tl);
        body[tl] = '\0';
        /* where the article comes from, as ingest would pass it: its URL,
         * else the outlet's host (<domain>); the pages' own whitespace trimmed */
        char *source = NULL;
        if (use_source) {
            size_t sl;
            const char *sv = element(p, text, "url", &sl);
            if (!sv)
                sv = element(p, text, "domain", &sl);
            while (sv && sl && (*sv == ' ' || *sv == '\n' || *sv == '\r' || *sv == '\t'))
                sv++, sl--;
            while (sv && sl && (sv[sl - 1] == ' ' || sv[sl - 1] == '\n' || sv[sl - 1] == '\r' ||
                                sv[sl - 1] == '\t'))
                sl--;
            if (sv && sl) {
                source = malloc(sl + 1);
                memcpy(source, sv, sl);
                source[sl] = '\0';
            }
        }
        /* gold toponyms */
        size_t ng = 0;
        for (const char *q = text + tl; (q = strstr(q, "<toponym>")) != NULL && q < aend;) {
            const char *qend = strstr(q, "</toponym>");
            if (!qend)
                break;
            if (ng == gcap) {
                gcap = gcap ? gcap * 2 : 64;
                gv = realloc(gv, gcap * sizeof *gv);
            }
            gold *gd = &gv[ng];
            memset(gd, 0, sizeof *gd);
            size_t l;
            const char *v;
            if ((v = element(q, qend, "start", &l)))
                gd->start = (uint32_t)atol(v);
            if ((v = element(q, qend, "end", &l)))
                gd->end = (uint32_t)atol(v);
            const char *gz = strstr(q, "<gaztag");
            if (gz && gz < qend) {
                if ((v = element(gz, qend, "lat", &l)))
                    gd->lat = atof(v);
                if ((v = element(gz, qend, "lon", &l))) {
                    gd->lon = atof(v);
                    gd->has_gaz = 1;
                }
                if ((v = element(gz, qend, "country", &l)))
                    snprintf(gd->country, sizeof gd->country, "%.*s", (int)l, v);
                if ((v = element(gz, qend, "fcode", &l)))
                    snprintf(gd->fcode, sizeof gd->fcode, "%.*s", (int)l, v);
            }
            gd->byte_start = byte_of(body, tl, gd->start);
            gd->byte_end = byte_of(body, tl, gd->end);
            size_t pl;
            const char *phrase = element(q, qend, "phrase", &pl);
            if (phrase && (gd->byte_end - gd->byte_start != pl ||
                           memcmp(body + gd->byte_start, phrase, pl) != 0))
                T.offset_mismatch++;
            ng++;
            q = qend;
        }
        T.articles++;
        sr_arena arena;
        sr_arena_init(&arena);
        sr_text t;
        sr_places found;
        if (sr_text_analyze(body, tl, &arena, &t) != 0 ||
            sr_places_analyze_from(g, body, &t, source, &arena, &found) != 0) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
        /* recognition */
        for (size_t i = 0; i < found.n_mentions; i++) {
            const sr_place_mention *m = &found.mentions[i];
            if (m->kind == SR_PLACE_DEMONYM || m->place == SR_GAZ_NONE)
                continue;
            T.predicted++;
            for (size_t k = 0; k < ng; k++)
                if (gv[k].byte_start == m->byte_start && gv[k].byte_end == m->byte_end) {
                    T.exact++;
                    break;
                }
        }
        T.gold += ng;
        /* resolution on the gold spans */
        uint32_t(*spans)[2] = malloc((ng ? ng : 1) * sizeof *spans);
        for (size_t k = 0; k < ng; k++) {
            spans[k][0] = gv[k].byte_start;
            spans[k][1] = gv[k].byte_end;
        }
        sr_places res;
        if (sr_places_resolve_spans_from(g, body, &t, (const uint32_t(*)[2])spans, ng, source, &arena,
                                         &res) != 0) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
        for (size_t k = 0; k < ng; k++) {
            if (!gv[k].has_gaz)
                continue;
            T.gold_gaz++;
            const sr_place_mention *m = &res.mentions[k];
            const sr_gaz_place *pl = m->place != SR_GAZ_NONE ? sr_gazetteer_place(g, m->place) : NULL;
            double d = 20038;
            if (pl) {
                T.resolved++;
                d = sr_geo_distance_km(pl->lat, pl->lon, gv[k].lat, gv[k].lon);
            }
            T.err_sum += d;
            if (d <= 161)
                T.within161++;
            /* the gold country, named in English */
            char key[256];
            size_t kn = sr_place_key(gv[k].country, strlen(gv[k].country), key, sizeof key);
            uint32_t np = 0;
            const uint32_t *post = kn ? sr_gazetteer_lookup(g, key, kn, &np) : NULL;
            const char *gold3 = NULL;
            for (uint32_t c = 0; post && c < np; c++) {
                const sr_gaz_place *cp = sr_gazetteer_place(g, post[c] & ~SR_GAZ_ALTERNATE);
                if (cp && cp->kind == SR_PLACE_COUNTRY) {
                    gold3 = sr_gazetteer_country3(g, cp);
                    break;
                }
            }
            int country_ok = -1; /* unknown */
            if (gold3 && *gold3) {
                T.country_known++;
                country_ok = pl && !strcmp(sr_gazetteer_country3(g, pl), gold3);
                T.country_ok += (size_t)country_ok;
                if (pl && !country_ok)
                    T.wrong_country++;
            }
            const char *cls = !pl ? "none" : country_ok == 0 ? "country" : d > 161 ? "far" : NULL;
            if (pl && country_ok != 0 && d > 161)
                T.far_right_country++;
            if (verbose > 1 && !cls)
                cls = "ok";
            if (verbose && cls)
                printf("  %-7s a%-4zu %-24.*s -> %-24s %s %-5s %7.0f km (gold %s %.2f,%.2f %s)\n", cls,
                       T.articles - 1,
                       (int)(gv[k].byte_end - gv[k].byte_start), body + gv[k].byte_start,
                       pl ? sr_gazetteer_name(g, pl) : "(none)", pl ? sr_gazetteer_country3(g, pl) : "",
                       pl ? pl->fcode : "", d, gv[k].fcode, gv[k].lat, gv[k].lon, gv[k].country);
        }
        free(spans);
        sr_arena_free(&arena);
        if (T.articles > bcap) {
            bcap = bcap ? bcap * 2 : 256;
            bodies = realloc(bodies, bcap * sizeof *bodies);
            sources = realloc(sources, bcap * sizeof *sources);
        }
        bodies[T.articles - 1] = body;
        sources[T.articles - 1] = source;
        p = aend;
    }
    time_stages(g, bodies, sources, T.articles, &T);
    for (size_t i = 0; i < T.articles; i++) {
        free(bodies[i]);
        free(sources[i]);
    }
    free(bodies);
    free(sources);
    double P = T.predicted ? (double)T.exact / T.predicted : 0;
    double R = T.gold ? (double)T.exact / T.gold : 0;
    printf("%s: %zu articles, %zu gold toponyms (%zu with coordinates)%s\n", path, T.articles,
           T.gold, T.gold_gaz, T.offset_mismatch ? " [some gold offsets do not match their phrase]" : "");
    printf("  recognition (exact span): precision %.3f  recall %.3f  F1 %.3f  (%zu found)\n", P, R,
           P + R > 0 ? 2 * P * R / (P + R) : 0, T.predicted);
    printf("  resolution on gold toponyms: Acc@161 %.3f  mean error %.0f km  answered %.3f\n",
           T.gold_gaz ? (double)T.within161 / T.gold_gaz : 0, T.gold_gaz ? T.err_sum / T.gold_gaz : 0,
           T.gold_gaz ? (double)T.resolved / T.gold_gaz : 0);
    printf("  country accuracy: %.3f  (on %zu toponyms whose gold country we can name)\n",
           T.country_known ? (double)T.country_ok / T.country_known : 0, T.country_known);
    /* the error classes: no answer at all, an answer in another country,
     * the right country (or one we cannot name) but beyond 161 km */
    printf("  errors: unanswered %zu (%.3f)  wrong country %zu (%.3f)  right country beyond 161 km %zu\n",
           T.gold_gaz - T.resolved, T.gold_gaz ? (double)(T.gold_gaz - T.resolved) / T.gold_gaz : 0,
           T.wrong_country, T.country_known ? (double)T.wrong_country / T.country_known : 0,
           T.far_right_country);
    printf("  places stage time / text stage time: %.2f  (%.1f ms vs %.1f ms; %.1f us vs %.1f us an "
           "article; best of %d rounds)\n",
           T.t_text > 0 ? T.t_places / T.t_text : 0, T.t_places * 1e3, T.t_text * 1e3,
           T.articles ? T.t_places * 1e6 / T.articles : 0, T.articles ? T.t_text * 1e6 / T.articles : 0,
           T.rounds);
    if (T.offset_mismatch)
        printf("  %zu gold spans whose offsets do not match their phrase\n", T.offset_mismatch);
    free(gv);
    free(xml);
}

int main(int argc, char **argv)
{
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (!strcmp(argv[first], "-v") || !strcmp(argv[first], "-vv"))
            verbose = argv[first][2] == 'v' ? 2 : 1;
        else if (!strcmp(argv[first], "-n"))
            use_source = 0;
        else
            break;
    }
    char err[512];
    const char *gpath = sr_gazetteer_default_path();
    sr_gazetteer *g = sr_gazetteer_open(gpath, err, sizeof err);
    if (!g) {
        printf("bench_geo: skipped: %s\n", err);
        return 0;
    }
    if (!sr_gazetteer_has_geonames(g))
        printf("bench_geo: note: the gazetteer was built without GeoNames cities; figures will be low\n");
    char shared[4096], a[4200], b[4200];
    const char *files[64];
    int n = 0;
    for (int i = first; i < argc && n < 64; i++)
        files[n++] = argv[i];
    if (n == 0) {
        bench_shared_dir(shared, sizeof shared);
        snprintf(a, sizeof a, "%s/peers/geo/lgl.xml.gz", shared);
        snprintf(b, sizeof b, "%s/peers/geo/TR-News.xml.gz", shared);
        FILE *f = fopen(a, "rb");
        if (!f) {
            printf("bench_geo: skipped: %s not found (set SITREP_SHARED)\n", a);
            sr_gazetteer_close(g);
            return 0;
        }
        fclose(f);
        files[n++] = a;
        files[n++] = b;
    }
    printf("gazetteer: %s (%zu places)\n", gpath, sr_gazetteer_size(g));
    for (int i = 0; i < n; i++)
        run_corpus(g, files[i]);
    printf("reproduce: %s%s%s\n", argv[0], verbose > 1 ? " -vv" : verbose ? " -v" : "",
           use_source ? "" : " -n");
    sr_gazetteer_close(g);
    return 0;
}
