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
#include <time.h>
#include <unistd.h>

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

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

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int bench(const char *name, const char *const *paths, size_t n)
{
    double t[5];
    long before = rss_kb(), after = -1;
    char summary[512] = "";
    for (int i = 0; i < 5; i++) {
        sr_dict *d = NULL;
        char err[1024];
        double t0 = now_ms();
        if (sr_dict_load(paths, n, &d, err, sizeof err) != SR_OK) {
            printf("%s: cannot load: %s\n", name, err);
            return 1;
        }
        t[i] = now_ms() - t0;
        if (i == 0) {
            after = rss_kb();
            snprintf(summary, sizeof summary, "%s", sr_dict_summary(d));
            char *nl = strchr(summary, '\n');
            if (nl)
                *nl = '\0';
        }
        sr_dict_free(d);
    }
    qsort(t, 5, sizeof *t, cmp_double);
    printf("%-8s load %.1f ms (median of 5; min %.1f, max %.1f), +%.1f MB resident\n         %s\n", name, t[2],
           t[0], t[4], (double)(after - before) / 1024.0, summary);
    return 0;
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : getenv("SITREP_SHARED");
    if (!shared || !*shared)
        shared = "../shared";
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

    char countryinfo[256] = "";
    char cmd[2048];
    snprintf(countryinfo, sizeof countryinfo, "/tmp/sitrep-bench-countryinfo-%ld.actors", (long)getpid());
    snprintf(cmd, sizeof cmd, "unzip -p '%s/CountryInfo.120116.actors.zip' > '%s' 2>/dev/null", tab, countryinfo);
    int have_ci = system(cmd) == 0;
    if (!have_ci)
        printf("note: unzip(1) failed; CountryInfo is left out of the TABARI set\n");
    char files[8][1100];
    const char *names[] = {"Internatnl.120521.actors", "Levant.080629.actors", "CAMEO.ECS.120522.actors",
                           "CAMEO.RCS.120521.actors",  "PSU.120522.agents",    "CAMEO.080612.verbs",
                           "CAMEO.09b5.options"};
    const char *paths[8];
    size_t n = 0;
    if (have_ci)
        paths[n++] = countryinfo;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(files[i], sizeof files[i], "%s/%s", tab, names[i]);
        paths[n++] = files[i];
    }
    rc |= bench("tabari", paths, n);
    unlink(countryinfo);
    printf("reproduce: %s %s\n", argv[0], shared);
    return rc;
}
