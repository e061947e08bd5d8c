/*
 * bench_dict_load.c - how long the real dictionaries take to load, and
 * how much memory they hold: the Phoenix set (PETRARCH format) and
 * TABARI's CAMEO dictionaries (CountryInfo, Internatnl, Levant, ECS and
 * RCS actors, PSU agents, CAMEO.080612 verbs, CAMEO.09b5 options), read
 * from ../shared.  CountryInfo ships zipped; it is unzipped to a temporary
 * file first (not timed) with unzip(1).
 *
 * Prints the median of 5 loads and the resident memory the loaded
 * dictionary adds (VmRSS after minus before the first load).
 * Reproduce: build/bench_dict_load [SHARED_DIR]
 */
#include <sitrep/sitrep.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = atol(line + 6);
    fclose(f);
    return kb;
}

static int bench(const char *name, const char *const *paths, size_t n)
{
    double t[5];
    long before = rss_kb(), after = -1;
    char summary[512] = "";
    for (int i = 0; i < 5; i++) {
        sr_dict *d = NULL;
        char err[1024];
        double t0 = bench_now();
        if (sr_dict_load(paths, n, &d, err, sizeof err) != SR_OK) {
            printf("%s: cannot load: %s\n", name, err);
            return 1;
        }
        t[i] = (bench_now() - t0) * 1e3;
        if (i == 0) {
            after = rss_kb();
            snprintf(summary, sizeof summary, "%s", sr_dict_summary(d));
            char *nl = strchr(summary, '\n');
            if (nl)
                *nl = '\0';
        }
        sr_dict_free(d);
    }
    qsort(t, 5, sizeof *t, bench_cmp_double);
    printf("%-8s load %.1f ms (median of 5; min %.1f, max %.1f), +%.1f MB resident\n         %s\n", name, t[2],
           t[0], t[4], (double)(after - before) / 1024.0, summary);
    return 0;
}

int main(int argc, char **argv)
{
    char shared_dir[512];
    bench_shared_dir(shared_dir, sizeof shared_dir);
    const char *shared = argc > 1 && *argv[1] ? argv[1] : shared_dir;
    char phoenix[1024], tab[1024];
    snprintf(phoenix, sizeof phoenix, "%s/peers/phoenix", shared);
    snprintf(tab, sizeof tab, "%s/peers/tabari-dictionaries", shared);
    if (access(phoenix, R_OK) != 0 || access(tab, R_OK) != 0) {
        printf("skipped: %s/peers is absent (the dictionaries live in ../shared beside the project)\n", shared);
        return 0;
    }
    int rc = 0;
    const char *ph[] = {phoenix};
    rc |= bench("phoenix", ph, 1);

    char countryinfo[256], files[BENCH_TABARI_FILES][1100];
    const char *paths[BENCH_TABARI_FILES];
    size_t n = bench_tabari_set(tab, countryinfo, files, paths);
    rc |= bench("tabari", paths, n);
    unlink(countryinfo);
    printf("reproduce: %s %s\n", argv[0], shared);
    return rc;
}
