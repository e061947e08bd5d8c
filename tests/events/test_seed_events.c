/*
 * test_seed_events.c - the five seed articles against the events a careful
 * human coder records in them (tests/events/seed_events.tsv).
 *
 * The seeds are read at run time from $SITREP_SHARED/seeds (else
 * $SITREP_SOURCE_DIR/../shared/seeds) through the public reader; without
 * them the test says so and passes.  Each seed is coded with our
 * dictionaries (data/actors, data/verbs/plover.verbs) at the date the
 * expectations give, and each expected event is looked for among the
 * events of the sentence its probe words fall in, as (type, source,
 * target, modality); "absent" rows say that no event of a type may come
 * from a sentence.  Events nobody expected are listed too.
 *
 * The test fails when fewer expected events are found than the floor
 * below, when any absence fails, or when more events nobody expected are
 * coded than the ceiling.  Measured (ctest -R seed_events -V):
 *   2026-11-23, TABARI-semantics coder:            8 of 62 found, 8/8 absences, 20 unexpected
 *   + PLOVER table, modality cues, optional target: 16 of 62, 8/8, 24 unexpected
 *   + the quotes stage passed to the coder ("we" in a quotation is the
 *     speaker's organization, reported speech has its own subject, the
 *     speaker pronoun), events reported by nouns (nominal.c), conditional
 *     threats without a target, passive participles, opening participles,
 *     warnings and discussions read carefully:    39 of 63, 8/8, 8 unexpected
 *   + meetings only when reported as held, clauses of reason and
 *     contrast, concessions to the other party, "find a solution",
 *     "support for" as a noun:                      43 of 63, 8/8, 5 unexpected
 *   + a proposal to meet as a request, verbs after FOR as nouns, aid to
 *     the party named before, mixed quotations as reported speech:
 *                                                   45 of 63, 8/8, 3 unexpected
 *   + deputy ministers are the government, the NATO-Russia Council its
 *     own body (the row corrected to data/README.md's table), talks
 *     "ahead of" are not held there, support that came as arms is
 *     military aid, what a speaker says of an actor ("Romania is not
 *     alone", "... are reckless, dangerous and unacceptable", "the
 *     threatening rhetoric from the Russian side"), "you" as the one the
 *     speaker is with, "these demands" of the sentence before, a refusal
 *     of what was offered ("not ready to do so"), "be present at":
 *                                                   54 of 63, 8/8, 0 unexpected
 *   + "fight against", "listen to", "committed to", the absolute clause
 *     "with North Korean troops fighting ...":      56 of 63, 8/8, 0 unexpected
 * (63: the letter Stoltenberg sent Lavrov, seed 002, was added as the
 * CONSULT plover_set.tsv codes for the same sentence.)
 */
#include "testutil.h"

#include <dirent.h>

#include "events/events.h"

/* Reached on 2026-11-23 (see the header); never lower the floor or raise
 * the ceiling to make a change pass. */
#define FOUND_FLOOR 56
#define UNEXPECTED_CEILING 0

typedef struct row {
    char seed[8], date[16], type[16], mode[24], source[24], target[24], modality[16];
    char probe[160];
} row;


static const char *seeds_dir(char *buf, size_t cap)
{
    const char *shared = getenv("SITREP_SHARED");
    if (shared && *shared)
        snprintf(buf, cap, "%s/seeds", shared);
    else
        snprintf(buf, cap, "%s/../shared/seeds", test_source_dir());
    return buf;
}

/* The seed file whose name starts with "NNN_", into path. */
static int find_seed(const char *dir, const char *seed, char *path, size_t cap)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    struct dirent *e;
    int found = 0;
    size_t n = strlen(seed);
    while (!found && (e = readdir(d)))
        if (strncmp(e->d_name, seed, n) == 0 && e->d_name[n] == '_') {
            snprintf(path, cap, "%s/%s", dir, e->d_name);
            found = 1;
        }
    closedir(d);
    return found;
}

/* The sentence holding the probe's first occurrence, or -1. */
static long probe_sentence(const sr_article *a, const char *probe)
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

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

static int event_is(const sr_article_event *e, const row *r)
{
    return e->type && !strcmp(e->type, r->type) && !strcmp(or_dash(e->source_code), r->source) &&
           !strcmp(or_dash(e->target_code), r->target) && !strcmp(e->modality, r->modality);
}

static void test_seed_events(void **state)
{
    (void)state;
    char dir[1024], path[1024], actors[1024], verbs[1024];
    seeds_dir(dir, sizeof dir);
    DIR *probe_dir = opendir(dir);
    if (!probe_dir) {
        printf("skip: %s is absent (the seeds live in ../shared beside the project); seed events not checked\n", dir);
        return;
    }
    closedir(probe_dir);
    char *text = test_read_file(test_source_path(path, sizeof path, "tests/events/seed_events.tsv"));
    assert_non_null(text);
    static row rows[256];
    int n_rows = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#')
            continue;
        row *r = &rows[n_rows];
        if (n_rows == 256 || sscanf(line, "%7[^\t]\t%15[^\t]\t%15[^\t]\t%23[^\t]\t%23[^\t]\t%23[^\t]\t%15[^\t]\t%159[^\n]",
                                    r->seed, r->date, r->type, r->mode, r->source, r->target, r->modality,
                                    r->probe) != 8)
            fail_msg("seed_events.tsv: bad line '%s'", line);
        n_rows++;
    }
    free(text);

    const char *paths[] = {test_source_path(actors, sizeof actors, "data/actors"),
                           test_source_path(verbs, sizeof verbs, "data/verbs/plover.verbs")};
    sr_dict *d = NULL;
    char err[1024];
    if (sr_dict_load(paths, 2, &d, err, sizeof err) != SR_OK)
        fail_msg("cannot load our dictionaries: %s", err);
    sr_context *ctx = sr_context_new();
    assert_non_null(ctx);
    sr_context_set_langid(ctx, 0);
    sr_context_set_places(ctx, 0);
    sr_context_set_dictionaries(ctx, d);

    int expected = 0, found = 0, absences = 0, absences_held = 0, unexpected = 0;
    for (int first = 0; first < n_rows;) {
        int last = first;
        while (last < n_rows && strcmp(rows[last].seed, rows[first].seed) == 0)
            last++;
        char file[1400];
        if (!find_seed(dir, rows[first].seed, file, sizeof file)) {
            printf("seed %s: no file in %s\n", rows[first].seed, dir);
            first = last;
            continue;
        }
        const char *files[] = {file};
        sr_reader *rd = NULL;
        assert_int_equal(sr_reader_open(ctx, files, 1, &rd), SR_OK);
        sr_article *a = NULL;
        sr_reject rej;
        assert_int_equal(sr_reader_next(rd, &a, &rej), SR_ITEM_ARTICLE);
        if (!a->date)
            a->date = rows[first].date; /* lives in rows until the article is freed */
        assert_int_equal(sr_article_analyze(ctx, a), SR_OK);
        const sr_events *evs = sr_article_events(a);
        size_t n_ev = evs ? evs->n : 0;
        char *used = calloc(n_ev + 1, 1);
        assert_non_null(used);
        printf("seed %s (%s), %zu events coded:\n", rows[first].seed, rows[first].date, n_ev);
        for (int i = first; i < last; i++) {
            const row *r = &rows[i];
            long s = probe_sentence(a, r->probe);
            if (s < 0)
                fail_msg("seed %s: probe '%s' not found: the expectations and the seed disagree", r->seed,
                         r->probe);
            if (strcmp(r->modality, "absent") == 0) {
                absences++;
                int seen = 0;
                for (size_t k = 0; k < n_ev; k++)
                    if ((long)evs->v[k].sentence == s && evs->v[k].type && !strcmp(evs->v[k].type, r->type))
                        seen = 1, used[k] = 1;
                absences_held += !seen;
                printf("  %s no %s in sentence %ld (\"%s\")\n", seen ? "WRONG" : "ok   ", r->type, s, r->probe);
                continue;
            }
            expected++;
            int hit = 0;
            for (size_t k = 0; k < n_ev && !hit; k++)
                if ((long)evs->v[k].sentence == s && event_is(&evs->v[k], r))
                    hit = 1, used[k] = 1;
            found += hit;
            printf("  %s %s %s %s -> %s %s (sentence %ld, \"%s\")\n", hit ? "found" : "MISS ", r->type, r->mode,
                   r->source, r->target, r->modality, s, r->probe);
        }
        for (size_t k = 0; k < n_ev; k++)
            if (!used[k]) {
                const sr_article_event *e = &evs->v[k];
                /* an expected event found again in another sentence is not unexpected */
                int known = 0;
                for (int i = first; i < last && !known; i++)
                    known = strcmp(rows[i].modality, "absent") != 0 && event_is(e, &rows[i]);
                if (known)
                    continue;
                unexpected++;
                printf("  unexpected: %s %s -> %s %s [%s] in sentence %zu: \"%s\"\n", or_dash(e->type),
                       or_dash(e->source_code), or_dash(e->target_code), e->modality, e->cameo, e->sentence,
                       e->evidence);
            }
        free(used);
        sr_article_free(a);
        sr_reader_close(rd);
        first = last;
    }
    printf("seed events: %d of %d expected events found; %d of %d absences held; %d unexpected events\n", found,
           expected, absences_held, absences, unexpected);
    printf("floor %d found, ceiling %d unexpected (see the header of this file)\n", FOUND_FLOOR,
           UNEXPECTED_CEILING);
    sr_context_free(ctx);
    sr_dict_free(d);
    /* Nothing that the seeds only fear or threaten is coded as having
     * happened ("a real risk of a Russian invasion" is no ASSAULT); the
     * events found are not lost; no more is coded that nobody expected.
     * Raise the floor and lower the ceiling as the coder learns. */
    assert_int_equal(absences_held, absences);
    assert_true(found >= FOUND_FLOOR);
    assert_true(unexpected <= UNEXPECTED_CEILING);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
