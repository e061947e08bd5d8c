/*
 * bench_gazetteer_load.c - what opening the gazetteer costs, and a lookup.
 *
 * Usage: bench_gazetteer_load [GAZETTEER]   (default: the build's, or $SITREP_GAZETTEER)
 *
 * Opens and closes the file 50 times (the first open may read pages from
 * disk; the median is what a program pays), then times name lookups with a
 * touch of each candidate, and prints both beside a baseline in the same
 * process: reading the same file with read(2), what a non-mapped format
 * would at least cost.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"
#include "places/gazetteer.h"

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : sr_gazetteer_default_path();
    char err[512];
    double t[50];
    sr_gazetteer *g = NULL;
    for (int i = 0; i < 50; i++) {
        double t0 = bench_now();
        g = sr_gazetteer_open(path, err, sizeof err);
        if (!g) {
            printf("bench_gazetteer_load: skipped: %s\n", err);
            return 0;
        }
        /* the first lookup touches the header's pages and one slot */
        uint32_t n;
        sr_gazetteer_lookup(g, "bucharest", 9, &n);
        t[i] = (bench_now() - t0) * 1e3;
        if (i < 49)
            sr_gazetteer_close(g);
    }
    double first = t[0]; /* before sorting: the open that may read pages from disk */
    qsort(t, 50, sizeof t[0], bench_cmp_double);
    static const char *const names[] = {"bucharest", "constanta", "mihail kogalniceanu", "geneva",
                                        "alexandria", "paris", "black sea", "springfield",
                                        "no such place here", "kyiv"};
    size_t rounds = 200000, touched = 0;
    double l0 = bench_now();
    for (size_t r = 0; r < rounds; r++) {
        const char *k = names[r % 10];
        uint32_t n;
        const uint32_t *post = sr_gazetteer_lookup(g, k, strlen(k), &n);
        for (uint32_t i = 0; post && i < n && i < 8; i++)
            touched += sr_gazetteer_place(g, post[i] & ~SR_GAZ_ALTERNATE)->population > 0;
    }
    double lookup_ns = (bench_now() - l0) * 1e9 / rounds;
    /* baseline: reading the whole file */
    double r0 = bench_now();
    int fd = open(path, O_RDONLY);
    size_t total = 0;
    static char buf[1 << 20];
    ssize_t got;
    while (fd >= 0 && (got = read(fd, buf, sizeof buf)) > 0)
        total += (size_t)got;
    if (fd >= 0)
        close(fd);
    double read_ms = (bench_now() - r0) * 1e3;
    printf("gazetteer: %s, %zu places, %.1f MB\n", path, sr_gazetteer_size(g), total / 1e6);
    printf("open (mmap + checks + first lookup): median %.3f ms, first %.3f ms, min %.3f ms, "
           "max %.3f ms\n",
           t[25], first, t[0], t[49]);
    printf("baseline in the same process: read(2) of the whole file %.2f ms (open is %.4fx of it)\n",
           read_ms, read_ms > 0 ? t[25] / read_ms : 0);
    printf("lookup: %.0f ns per name with up to 8 candidates touched (%zu)\n", lookup_ns, touched);
    printf("reproduce: %s %s\n", argv[0], path);
    sr_gazetteer_close(g);
    return 0;
}
