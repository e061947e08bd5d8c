/*
 * bench.h - what the benchmark programs share: a clock, whole-file reading
 * (through zlib, so .gz and plain files alike), where the shared corpora
 * are, and TABARI's CAMEO dictionary set.  Header-only (static inline), so
 * CMake's one executable per bench source needs no library for it.
 */
#ifndef SITREP_BENCH_H
#define SITREP_BENCH_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <zlib.h>

/* Seconds on the monotonic clock. */
static inline double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* qsort comparator for doubles, ascending (medians of timed runs). */
static inline int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

/* A whole file, NUL-terminated (the caller frees it), through zlib when it
 * is gzip (gzread passes plain files through unchanged); NULL when it
 * cannot be opened, read or held in memory. */
static inline char *bench_read_file(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = (size_t)1 << 22, n = 0;
    char *buf = malloc(cap + 1);
    int got = 0;
    while (buf && (got = gzread(f, buf + n, (unsigned)(cap - n))) > 0) {
        n += (size_t)got;
        if (n == cap) {
            char *grown = realloc(buf, cap * 2 + 1);
            if (!grown) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = grown;
            cap *= 2;
        }
    }
    if (buf && got < 0) {
        free(buf);
        buf = NULL;
    }
    gzclose(f);
    if (!buf)
        return NULL;
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The source tree this bench was compiled from: __FILE__ is
 * ".../bench/bench.h" under CMake; a relative "bench/bench.h" means the
 * current directory. */
static inline void bench_source_dir(char *out, size_t cap)
{
    const char *src = __FILE__, *slash = strrchr(src, '/');
    size_t dirlen = 0;
    if (slash) {
        const char *prev = slash;
        while (prev > src && prev[-1] != '/')
            prev--;
        dirlen = prev > src ? (size_t)(prev - 1 - src) : 0;
    }
    if (!dirlen || snprintf(out, cap, "%.*s", (int)dirlen, src) >= (int)cap)
        snprintf(out, cap, ".");
}

/* The shared corpora and peers: $SITREP_SHARED, else ../shared beside the
 * source tree (so a bench finds them whatever folder it is run from). */
static inline void bench_shared_dir(char *out, size_t cap)
{
    const char *env = getenv("SITREP_SHARED");
    if (env && *env) {
        snprintf(out, cap, "%s", env);
        return;
    }
    char src[4096];
    bench_source_dir(src, sizeof src);
    if (strcmp(src, ".") == 0 || snprintf(out, cap, "%s/../shared", src) >= (int)cap)
        snprintf(out, cap, "../shared");
}

/* TABARI's CAMEO set under TAB (peers/tabari-dictionaries): CountryInfo
 * (shipped zipped: unzipped with unzip(1) to a temporary file, whose path
 * goes to countryinfo, to unlink when done), the Internatnl, Levant, ECS and
 * RCS actors, PSU agents, CAMEO.080612 verbs and CAMEO.09b5 options.  Fills
 * paths[] (room for BENCH_TABARI_FILES, the strings in files[]) and
 * returns how many; without unzip(1) CountryInfo is left out, saying so. */
#define BENCH_TABARI_FILES 8
static inline size_t bench_tabari_set(const char *tab, char countryinfo[256],
                                      char files[BENCH_TABARI_FILES][1100],
                                      const char *paths[BENCH_TABARI_FILES])
{
    static const char *const names[] = {"Internatnl.120521.actors", "Levant.080629.actors",
                                        "CAMEO.ECS.120522.actors",  "CAMEO.RCS.120521.actors",
                                        "PSU.120522.agents",        "CAMEO.080612.verbs",
                                        "CAMEO.09b5.options"};
    size_t n = 0;
    snprintf(countryinfo, 256, "/tmp/sitrep-bench-countryinfo-%ld.actors", (long)getpid());
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "unzip -p '%s/CountryInfo.120116.actors.zip' > '%s' 2>/dev/null", tab,
             countryinfo);
    if (system(cmd) == 0)
        paths[n++] = countryinfo;
    else
        printf("note: unzip(1) failed; CountryInfo is left out of the TABARI set\n");
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(files[n], 1100, "%s/%s", tab, names[i]);
        paths[n] = files[n];
        n++;
    }
    return n;
}

#endif
