/*
 * bench_our_dicts.c - coding speed with sitrep's own dictionaries
 * (data/actors + data/verbs/plover.verbs) against Phoenix's
 * (../shared/peers/phoenix), on the same sentences in the same process.
 *
 * The sentences are AG News's test split (../shared/corpora/ag_news,
 * 7,600 news titles and descriptions from 2004-2005, world, business,
 * sports and science), split by sitrep's text stage (not timed).  For each
 * dictionary set: the load time, then every sentence coded on one thread
 * with one coder, best of five runs; sentences/s, events, and the ratio of
 * ours to Phoenix's.  The target: ours within 20% of Phoenix's
 * (ratio >= 0.80).  Without ../shared it codes the team's own test set
 * (tests/events/plover_set.tsv) with our dictionaries only.
 *
 *   build/bench_our_dicts [SHARED_DIR] [SOURCE_DIR]
 */
#include <sitrep/sitrep.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "bench.h"
#include "events/events.h"
#include "text/text.h"
#include "util/arena.h"

typedef struct sentence {
    const char *s;
    size_t len;
} sentence;

typedef struct corpus {
    sentence *v;
    size_t n, cap;
    sr_arena arena;
} corpus;

static void add_text(corpus *c, const char *text, size_t len)
{
    char *copy = sr_arena_strndup(&c->arena, text, len);
    sr_text t;
    if (!copy || sr_text_analyze(copy, len, &c->arena, &t) != 0)
        return;
    for (size_t i = 0; i < t.n_sentences; i++) {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 4096;
            c->v = realloc(c->v, c->cap * sizeof *c->v);
            if (!c->v)
                exit(4);
        }
        c->v[c->n].s = copy + t.sentences[i].byte_start;
        c->v[c->n].len = t.sentences[i].byte_end - t.sentences[i].byte_start;
        c->n++;
    }
}

/* AG News test.csv.gz: "class","title","description" per line; "" is a quote
 * inside a field, and descriptions carry HTML escapes (#39; for ') that are
 * left as they are: the coder treats them as words. */
static int read_ag_news(corpus *c, const char *path)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return 0;
    char line[8192], field[8192];
    while (gzgets(f, line, sizeof line)) {
        const char *p = line;
        int k = 0;
        size_t title_end = 0, n = 0;
        while (*p && k < 3) {
            if (*p == ',')
                p++;
            if (*p != '"')
                break;
            p++;
            while (*p && !(*p == '"' && p[1] != '"')) {
                if (*p == '"')
                    p++;
                if (k > 0 && n + 2 < sizeof field)
                    field[n++] = *p;
                p++;
            }
            if (*p == '"')
                p++;
            if (k == 1 && n + 2 < sizeof field) {
                field[n++] = '.'; /* the title is a sentence of its own */
                field[n++] = ' ';
                title_end = n;
            }
            k++;
        }
        if (k == 3 && n > title_end)
            add_text(c, field, n);
    }
    gzclose(f);
    return 1;
}

/* The sentences of the team's test set (third column of plover_set.tsv). */
static int read_plover_set(corpus *c, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return 0;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#')
            continue;
        char *a = strchr(line, '\t');
        char *b = a ? strchr(a + 1, '\t') : NULL;
        char *e = b ? strchr(b + 1, '\t') : NULL;
        if (e)
            add_text(c, b + 1, (size_t)(e - b - 1));
    }
    fclose(f);
    return 1;
}

typedef struct result {
    double load_s, rate;
    size_t events;
    int ok;
} result;

static result bench_set(const char *name, const char *const *paths, size_t n_paths, const corpus *c)
{
    result r = {0, 0, 0, 0};
    sr_dict *d = NULL;
    char err[1024];
    double t0 = bench_now();
    if (sr_dict_load(paths, n_paths, &d, err, sizeof err) != SR_OK) {
        printf("%s: cannot load: %s\n", name, err);
        return r;
    }
    r.load_s = bench_now() - t0;
    sr_coder *coder = sr_coder_new(d);
    if (!coder) {
        sr_dict_free(d);
        return r;
    }
    /* a 2004 date: the actors' date-restricted codes resolve as for the news */
    double best = 1e30;
    for (int rep = 0; rep < 5; rep++) {
        size_t events = 0;
        sr_code_result cr;
        t0 = bench_now();
        for (size_t i = 0; i < c->n; i++) {
            sr_coder_code(coder, c->v[i].s, c->v[i].len, 20050101, &cr);
            events += cr.n_events;
            if ((i & 63) == 63)
                sr_coder_reset(coder);
        }
        double t = bench_now() - t0;
        if (t < best)
            best = t;
        r.events = events;
    }
    r.rate = (double)c->n / best;
    r.ok = 1;
    printf("%-8s load %.0f ms; %zu sentences in %.3f s = %.0f sentences/s, %zu events\n", name, r.load_s * 1e3, c->n,
           best, r.rate, r.events);
    sr_coder_free(coder);
    sr_dict_free(d);
    return r;
}

static const char *source_dir(int argc, char **argv)
{
    if (argc > 2)
        return argv[2];
    const char *s = getenv("SITREP_SOURCE_DIR");
    if (s && *s)
        return s;
    static char buf[1024];
    bench_source_dir(buf, sizeof buf);
    return buf;
}

int main(int argc, char **argv)
{
    char shared_dir[1024];
    bench_shared_dir(shared_dir, sizeof shared_dir);
    const char *shared = argc > 1 && *argv[1] ? argv[1] : shared_dir;
    const char *src = source_dir(argc, argv);
    double l1 = 0;
    FILE *la = fopen("/proc/loadavg", "r");
    if (la) {
        if (fscanf(la, "%lf", &l1) != 1)
            l1 = -1;
        fclose(la);
    }
    printf("machine: %ld cores online, load average %.2f at start\n", sysconf(_SC_NPROCESSORS_ONLN), l1);

    char actors[1200], verbs[1200], ag[1200], phoenix[1200], set[1200];
    snprintf(actors, sizeof actors, "%s/data/actors", src);
    snprintf(verbs, sizeof verbs, "%s/data/verbs/plover.verbs", src);
    snprintf(ag, sizeof ag, "%s/corpora/ag_news/test.csv.gz", shared);
    snprintf(phoenix, sizeof phoenix, "%s/peers/phoenix", shared);
    snprintf(set, sizeof set, "%s/tests/events/plover_set.tsv", src);
    const char *ours[] = {actors, verbs};

    corpus c;
    memset(&c, 0, sizeof c);
    sr_arena_init(&c.arena);
    int have_shared = access(ag, R_OK) == 0 && access(phoenix, R_OK) == 0;
    if (!have_shared) {
        printf("skipped the comparison: %s is absent (AG News and Phoenix's dictionaries live in ../shared beside "
               "the project); coding our own test set with our dictionaries only\n",
               shared);
        if (!read_plover_set(&c, set)) {
            printf("skipped: %s is absent too\n", set);
            return 0;
        }
        bench_set("ours", ours, 2, &c);
    } else {
        read_ag_news(&c, ag);
        printf("%zu AG News sentences\n", c.n);
        result o = bench_set("ours", ours, 2, &c);
        const char *ph[] = {phoenix};
        result p = bench_set("phoenix", ph, 1, &c);
        if (o.ok && p.ok)
            printf("ours / phoenix: %.2f of Phoenix's speed (target >= 0.80); load %.2fx Phoenix's time\n",
                   o.rate / p.rate, o.load_s / p.load_s);
    }
    printf("reproduce: %s %s %s\n", argv[0], shared, src);
    free(c.v);
    sr_arena_free(&c.arena);
    return 0;
}
