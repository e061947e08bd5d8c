/*
 * expected_events.h - what the tests that hold articles against a careful
 * human coder's events share: reading the expectations' TSV, coding with
 * our dictionaries, matching each expected event in the sentence its probe
 * words fall in, and printing and counting what was found, missed and
 * coded that nobody expected.
 *
 * Used by test_seed_events.c (the five seeds in ../shared) and
 * test_demo_events.c (the demo corpus in demo/); each keeps only what
 * differs: where its articles come from, which rows an article owns, and
 * its floor and ceiling.  A header of static functions because every test
 * is one executable built from one file.
 *
 * Rows: a key (the seed's number or the demo article's path under demo/),
 * the date the article is coded at (seeds only), type, mode, source,
 * target ('-': none), modality ("absent": no event of the type may come
 * from the probe's sentence) and the probe.  An event matches a row by
 * (type, source, target, modality).
 */
#ifndef SITREP_TESTS_EXPECTED_EVENTS_H
#define SITREP_TESTS_EXPECTED_EVENTS_H

#include "testutil.h"

#include "events/events.h"

typedef struct ee_row {
    char key[96], date[16], type[16], mode[24], source[24], target[24], modality[16];
    char probe[160];
} ee_row;

typedef struct ee_tally {
    int expected, found, absences, absences_held, unexpected;
} ee_tally;

/* Does the row belong to the article?  `ud` is the test's own. */
typedef int (*ee_owns)(const sr_article *a, const ee_row *r, const void *ud);

/* Reads the TSV at `rel` (from the source tree) into rows; `with_date`:
 * its second column is the date.  Returns the number of rows; a bad line
 * fails the test. */
static int ee_read_rows(const char *rel, int with_date, ee_row *rows, int cap)
{
    char path[1024];
    char *text = test_read_file(test_source_path(path, sizeof path, rel));
    assert_non_null(text);
    int n = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#')
            continue;
        if (n == cap)
            fail_msg("%s: more than %d rows", rel, cap);
        ee_row *r = &rows[n];
        r->date[0] = '\0';
        int got = with_date ? sscanf(line,
                                     "%95[^\t]\t%15[^\t]\t%15[^\t]\t%23[^\t]\t%23[^\t]\t%23[^\t]\t%15[^\t]\t%159[^\n]",
                                     r->key, r->date, r->type, r->mode, r->source, r->target, r->modality, r->probe)
                            : sscanf(line, "%95[^\t]\t%15[^\t]\t%23[^\t]\t%23[^\t]\t%23[^\t]\t%15[^\t]\t%159[^\n]",
                                     r->key, r->type, r->mode, r->source, r->target, r->modality, r->probe) + 1;
        if (got != 8)
            fail_msg("%s: bad line '%s'", rel, line);
        n++;
    }
    free(text);
    return n;
}

/* Our dictionaries and a context that codes with them (no language
 * guessing, no places: the expectations are about events). */
static void ee_open(sr_dict **d, sr_context **ctx)
{
    char actors[1024], verbs[1024], err[1024];
    const char *paths[] = {test_source_path(actors, sizeof actors, "data/actors"),
                           test_source_path(verbs, sizeof verbs, "data/verbs/plover.verbs")};
    *d = NULL;
    if (sr_dict_load(paths, 2, d, err, sizeof err) != SR_OK)
        fail_msg("cannot load our dictionaries: %s", err);
    *ctx = sr_context_new();
    assert_non_null(*ctx);
    sr_context_set_langid(*ctx, 0);
    sr_context_set_places(*ctx, 0);
    sr_context_set_dictionaries(*ctx, *d);
}

/* The sentence holding the probe's first occurrence, or -1. */
static long ee_probe_sentence(const sr_article *a, const char *probe)
{
    const char *at = strstr(a->body, probe);
    if (!at)
        return -1;
    size_t cp = 0;
    for (const char *p = a->body; p < at; p++)
        if (((unsigned char)*p & 0xC0) != 0x80)
            cp++;
    for (size_t i = 0; i < a->n_sentences; i++) {
        size_t s, e;
        if (sr_article_sentence(a, i, &s, &e) == SR_OK && cp >= s && cp < e)
            return (long)i;
    }
    return -1;
}

static const char *ee_or_dash(const char *s)
{
    return s && *s ? s : "-";
}

static int ee_event_is(const sr_article_event *e, const ee_row *r)
{
    return e->type && !strcmp(e->type, r->type) && !strcmp(ee_or_dash(e->source_code), r->source) &&
           !strcmp(ee_or_dash(e->target_code), r->target) && !strcmp(e->modality, r->modality);
}

/* Analyzes the article and holds its events against the rows it owns:
 * prints `label`, each row as found, MISS, ok or WRONG, then the events
 * nobody expected, and adds them up in t.  `seen` (one flag a row, or
 * NULL) marks the rows the article owned. */
static void ee_check_article(const sr_context *ctx, sr_article *a, const char *label, const ee_row *rows, int n_rows,
                             ee_owns owns, const void *ud, char *seen, ee_tally *t)
{
    assert_int_equal(sr_article_analyze(ctx, a), SR_OK);
    const sr_events *evs = sr_article_events(a);
    size_t n_ev = evs ? evs->n : 0;
    printf("%s, %zu events coded:\n", label, n_ev);
    char *used = calloc(n_ev + 1, 1);
    assert_non_null(used);
    for (int i = 0; i < n_rows; i++) {
        const ee_row *r = &rows[i];
        if (!owns(a, r, ud))
            continue;
        if (seen)
            seen[i] = 1;
        long s = ee_probe_sentence(a, r->probe);
        if (s < 0)
            fail_msg("%s: probe '%s' not found: the expectations and the article disagree", r->key, r->probe);
        if (strcmp(r->modality, "absent") == 0) {
            t->absences++;
            int hit = 0;
            for (size_t k = 0; k < n_ev; k++)
                if ((long)evs->v[k].sentence == s && evs->v[k].type && !strcmp(evs->v[k].type, r->type))
                    hit = 1, used[k] = 1;
            t->absences_held += !hit;
            printf("  %s no %s in sentence %ld (\"%s\")\n", hit ? "WRONG" : "ok   ", r->type, s, r->probe);
            continue;
        }
        t->expected++;
        int hit = 0;
        for (size_t k = 0; k < n_ev && !hit; k++)
            if ((long)evs->v[k].sentence == s && ee_event_is(&evs->v[k], r))
                hit = 1, used[k] = 1;
        t->found += hit;
        printf("  %s %s %s %s -> %s %s (sentence %ld, \"%s\")\n", hit ? "found" : "MISS ", r->type, r->mode,
               r->source, r->target, r->modality, s, r->probe);
    }
    for (size_t k = 0; k < n_ev; k++) {
        if (used[k])
            continue;
        const sr_article_event *e = &evs->v[k];
        /* an expected event found again in another sentence is not unexpected */
        int known = 0;
        for (int i = 0; i < n_rows && !known; i++)
            known = owns(a, &rows[i], ud) && strcmp(rows[i].modality, "absent") != 0 && ee_event_is(e, &rows[i]);
        if (known)
            continue;
        t->unexpected++;
        printf("  unexpected: %s %s -> %s %s [%s] in sentence %zu: \"%s\"\n", ee_or_dash(e->type),
               ee_or_dash(e->source_code), ee_or_dash(e->target_code), e->modality, e->cameo, e->sentence,
               e->evidence);
    }
    free(used);
}

/* Prints the totals ("<what> N of M expected events found; ...") and
 * fails when an absence failed, fewer than `floor` were found or more than
 * `ceiling` were coded that nobody expected. */
static void ee_report(const char *what, const ee_tally *t, int floor, int ceiling, const char *where)
{
    printf("%s %d of %d expected events found; %d of %d absences held; %d unexpected events\n", what, t->found,
           t->expected, t->absences_held, t->absences, t->unexpected);
    printf("floor %d found, ceiling %d unexpected (see the header of %s)\n", floor, ceiling, where);
    assert_int_equal(t->absences_held, t->absences);
    assert_true(t->found >= floor);
    assert_true(t->unexpected <= ceiling);
}

#endif
