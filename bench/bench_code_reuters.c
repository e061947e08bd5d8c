/*
 * bench_code_reuters.c - event coding throughput on Reuters-21578
 * sentences, with TABARI's real CAMEO dictionaries and with Phoenix's.
 *
 * The stories' <BODY> texts are read from ../shared/corpora/reuters21578
 * and split into sentences by sitrep's text stage (not timed).  Then, for
 * each dictionary set: the load time, the first 100,000 sentences coded on
 * one thread (sentences/s, events), and the same sentences split over two
 * threads, each with its own coder over the one shared dictionary; best of
 * three runs each, with each thread's CPU time so that the scaling can be
 * read even on a machine other work keeps busy (the load is printed).
 *
 * Profile (perf record -g on this program, TABARI and Phoenix sets): the
 * time is spread over pattern matching (match_seq, element_at and synsets,
 * ~30%), word classification (classify ~14%, the per-token word-id lookup
 * sr_dict_token_ids ~8%), clause coding and tokenizing (~19%) and string
 * compares for built-in words and duplicate events (~10%).  Before word ids
 * (strings compared per pattern element, every gapped pattern scanning its
 * whole clause) sr_word_matches and match_seq took ~43% and the coder ran
 * at a quarter of this speed.
 *
 * Baseline for comparison (PEERS.md): TABARI 0.8.4 codes the first 100,000
 * Reuters-21578 sentences with the TABARI set at ~7,300 sentences/s on one
 * core (6,641 events, 0.8 s load, 12.5 MB resident).
 *
 *   build/bench_code_reuters [SHARED_DIR] [N_SENTENCES]
 */
#include <pthread.h>
#include <sitrep/sitrep.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench.h"
#include "events/events.h"
#include "text/text.h"
#include "util/arena.h"

typedef struct sentence {
    const char *s;
    size_t len;
    int32_t date;
} sentence;

static int32_t reuters_date(const char *p, const char *end)
{
    static const char months[] = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";
    const char *d = strstr(p, "<DATE>");
    if (!d || d > end)
        return 0;
    int day, year;
    char mon[4] = "";
    if (sscanf(d + 6, " %d-%3s-%d", &day, mon, &year) != 3)
        return 0;
    const char *m = strstr(months, mon);
    return m ? (int32_t)(year * 10000 + ((m - months) / 3 + 1) * 100 + day) : 0;
}

typedef struct corpus {
    sentence *v;
    size_t n, cap;
    sr_arena arena; /* bodies and the text stage's arrays */
} corpus;

/* Adds the sentences of one story body (SGML entities left as they are:
 * the coder treats them as words, which costs what real noise costs). */
static void add_story(corpus *c, const char *body, size_t len, int32_t date, size_t want)
{
    char *copy = sr_arena_strndup(&c->arena, body, len);
    sr_text t;
    if (!copy || sr_text_analyze(copy, len, &c->arena, &t) != 0)
        return;
    for (size_t i = 0; i < t.n_sentences && c->n < want; i++) {
        if (c->n == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 4096;
            c->v = realloc(c->v, c->cap * sizeof *c->v);
            if (!c->v)
                exit(4);
        }
        c->v[c->n].s = copy + t.sentences[i].byte_start;
        c->v[c->n].len = t.sentences[i].byte_end - t.sentences[i].byte_start;
        c->v[c->n].date = date;
        c->n++;
    }
}

typedef struct job {
    const sr_dict *d;
    const sentence *v;
    size_t from, to;
    size_t events;
    double cpu; /* the thread's own CPU seconds */
} job;

static double thread_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void *run_job(void *arg)
{
    job *j = arg;
    sr_coder *c = sr_coder_new(j->d);
    if (!c)
        return NULL;
    double c0 = thread_cpu();
    sr_code_result r;
    j->events = 0;
    for (size_t i = j->from; i < j->to; i++) {
        sr_coder_code(c, j->v[i].s, j->v[i].len, j->v[i].date, &r);
        j->events += r.n_events;
    }
    j->cpu = thread_cpu() - c0;
    sr_coder_free(c);
    return NULL;
}

static void bench_set(const char *name, const char *const *paths, size_t n_paths, const corpus *c)
{
    sr_dict *d = NULL;
    char err[1024];
    double t0 = bench_now();
    if (sr_dict_load(paths, n_paths, &d, err, sizeof err) != SR_OK) {
        printf("%s: cannot load: %s\n", name, err);
        return;
    }
    double load = bench_now() - t0;
    /* best of three runs each: other work on the machine only slows runs down */
    job one = {d, c->v, 0, c->n, 0, 0};
    double t1 = 1e30, t2 = 1e30, cpu1 = 0, cpu2 = 0;
    size_t events2 = 0;
    for (int rep = 0; rep < 3; rep++) {
        t0 = bench_now();
        run_job(&one);
        double t = bench_now() - t0;
        if (t < t1)
            t1 = t, cpu1 = one.cpu;
        job two[2] = {{d, c->v, 0, c->n / 2, 0, 0}, {d, c->v, c->n / 2, c->n, 0, 0}};
        pthread_t th[2];
        t0 = bench_now();
        for (int i = 0; i < 2; i++)
            pthread_create(&th[i], NULL, run_job, &two[i]);
        for (int i = 0; i < 2; i++)
            pthread_join(th[i], NULL);
        t = bench_now() - t0;
        if (t < t2)
            t2 = t, cpu2 = two[0].cpu + two[1].cpu, events2 = two[0].events + two[1].events;
    }
    double rate1 = (double)c->n / t1, rate2 = (double)c->n / t2;
    /* per CPU-second: what each thread gets done while it runs; equal with one
     * and two threads means nothing is shared or contended, whatever the load */
    double cpu_rate1 = (double)c->n / cpu1, cpu_rate2 = (double)c->n / cpu2;
    printf("%-8s load %.0f ms; 1 thread: %zu sentences in %.2f s = %.0f sentences/s (%.1fx TABARI's 7,300), "
           "%zu events; 2 threads: %.0f sentences/s (%.2fx one thread), %zu events; per CPU-second: "
           "%.0f (1 thread) vs %.0f (2 threads) = %.2f\n",
           name, load * 1e3, c->n, t1, rate1, rate1 / 7300.0, one.events, rate2, rate2 / rate1, events2,
           cpu_rate1, cpu_rate2, cpu_rate2 / cpu_rate1);
    sr_dict_free(d);
}

int main(int argc, char **argv)
{
    char shared_dir[512];
    bench_shared_dir(shared_dir, sizeof shared_dir);
    const char *shared = argc > 1 && *argv[1] ? argv[1] : shared_dir;
    size_t want = argc > 2 ? (size_t)atol(argv[2]) : 100000;
    {
        /* the figures mean little on a busy machine: say how busy it was */
        double l1 = 0, l5 = 0;
        FILE *la = fopen("/proc/loadavg", "r");
        if (la) {
            if (fscanf(la, "%lf %lf", &l1, &l5) != 2)
                l1 = l5 = -1;
            fclose(la);
        }
        printf("machine: %ld cores online, load average %.2f (1 min) %.2f (5 min) at start\n",
               sysconf(_SC_NPROCESSORS_ONLN), l1, l5);
    }
    char dir[1024], tab[1024], phoenix[1024];
    snprintf(dir, sizeof dir, "%s/corpora/reuters21578", shared);
    snprintf(tab, sizeof tab, "%s/peers/tabari-dictionaries", shared);
    snprintf(phoenix, sizeof phoenix, "%s/peers/phoenix", shared);
    if (access(dir, R_OK) != 0 || access(tab, R_OK) != 0) {
        printf("skipped: %s is absent (corpora and dictionaries live in ../shared beside the project)\n", shared);
        return 0;
    }
    corpus c;
    memset(&c, 0, sizeof c);
    sr_arena_init(&c.arena);
    for (int f = 0; f < 22 && c.n < want; f++) {
        char path[1200];
        snprintf(path, sizeof path, "%s/reut2-%03d.sgm.gz", dir, f);
        size_t len;
        char *sgml = bench_read_file(path, &len);
        if (!sgml)
            continue;
        for (char *p = sgml; (p = strstr(p, "<REUTERS")) && c.n < want;) {
            char *end = strstr(p, "</REUTERS>");
            if (!end)
                break;
            char *b = strstr(p, "<BODY>");
            char *be = b ? strstr(b, "</BODY>") : NULL;
            if (b && be && be < end)
                add_story(&c, b + 6, (size_t)(be - b - 6), reuters_date(p, end), want);
            p = end + 1;
        }
        free(sgml);
    }
    printf("%zu Reuters-21578 sentences\n", c.n);

    char countryinfo[256], files[BENCH_TABARI_FILES][1100];
    const char *paths[BENCH_TABARI_FILES];
    size_t n = bench_tabari_set(tab, countryinfo, files, paths);
    bench_set("tabari", paths, n, &c);
    unlink(countryinfo);
    const char *ph[] = {phoenix};
    bench_set("phoenix", ph, 1, &c);
    printf("reproduce: %s %s %zu\n", argv[0], shared, want);
    free(c.v);
    sr_arena_free(&c.arena);
    return 0;
}
