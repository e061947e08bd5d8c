/*
 * test_plover_set.c - the team's PLOVER test set (tests/events/plover_set.tsv):
 * 336 news sentences written by us, each with the events a careful coder
 * records as (type, mode, source, target, modality).  Every sentence is
 * coded through the public pipeline (sr_article_from_text, then
 * sr_article_analyze with our dictionaries: data/actors and
 * data/verbs/plover.verbs) on its article date, and is right when the
 * events it gets, as (type, source, target, modality), are exactly the
 * expected ones: all found and nothing else.  Events whose CAMEO code has
 * no PLOVER type (CAMEO 01 statements) are not PLOVER events and are not
 * counted.  Modes are compared on the events found, for information.
 *
 * The test prints the accuracy, a breakdown by type and by modality, and
 * every sentence it gets wrong, and fails when the accuracy falls below
 * the floor below: the level the coder reached when the set was written,
 * so that a change that codes fewer of these sentences right is caught.
 * The target is 0.90.
 *
 *   ctest --test-dir BUILD -R plover_set --output-on-failure
 */
#include "testutil.h"


#include "events/events.h"

/* Measured on 2026-11-23 with the TABARI-semantics coder of that day:
 * 0.533 (179 of 336); 0.637 (214) once lib/events typed its events with
 * data/verbs/cameo_plover.tsv; 0.789 (265) with modality cues (announced,
 * conditional, conditional threats, negation beyond "not"), weapons as
 * their forces' agents and PLOVER's optional target; 0.881 (296) with
 * the PLOVER grammar rules (places and venues, troops arriving, acts done
 * together, leading conditions, attitudes and crowds), new verbs and
 * patterns (pose a threat, back, resume aid, return bodies to, agreeing
 * to do something) and actors (NATO and EU ministers, the Security
 * Council, cities, armed groups), and p028's expectation corrected to its
 * own date rule; 0.920 (309) with quotation speakers' "we"/"I", reported
 * speech as its own clause and nominal events (lib/events/nominal.c);
 * 0.923 (310) when a plan reported as an infinitive ("Biden plans to meet
 * Zelensky": the quotes stage reads "plans" as a cue) is the planner's;
 * 0.926 (311) with "listen to" (p336).
 * The target is 0.90.  Raise this floor as the
 * coder improves; never lower it to make a change pass. */
#define ACCURACY_FLOOR 0.925

enum { MAX_EV = 16 };

typedef struct ev {
    char type[16], mode[24], source[24], target[24], modality[16];
    int used;
} ev;

typedef struct tally {
    const char *name;
    int expected, found, produced, right;
} tally;

static const char *const types[] = {"AGREE",  "CONSULT", "SUPPORT", "CONCEDE",  "COOPERATE", "AID",
                                    "RETREAT", "REQUEST", "ACCUSE",  "REJECT",   "THREATEN",  "PROTEST",
                                    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", NULL};
static const char *const modalities[] = {"asserted", "announced", "conditional", "negated", NULL};

static int index_of(const char *const *names, const char *s)
{
    for (int i = 0; names[i]; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

static void copy_field(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s && *s ? s : "-");
}

/* "TYPE MODE SOURCE TARGET MODALITY; ..." or "none" */
static int parse_expected(char *s, ev *out, int *n)
{
    *n = 0;
    if (strcmp(s, "none") == 0)
        return 0;
    char *save = NULL;
    for (char *item = strtok_r(s, ";", &save); item; item = strtok_r(NULL, ";", &save)) {
        if (*n == MAX_EV)
            return -1;
        ev *e = &out[(*n)++];
        memset(e, 0, sizeof *e);
        if (sscanf(item, " %15s %23s %23s %23s %15s", e->type, e->mode, e->source, e->target, e->modality) != 5)
            return -1;
        if (index_of(types, e->type) < 0 || index_of(modalities, e->modality) < 0)
            return -1;
    }
    return 0;
}

/* data/verbs/cameo_plover.tsv: the documented CAMEO -> PLOVER table */
typedef struct table_row {
    char code[8], type[16], mode[24], modality[16];
} table_row;

static table_row table[400];
static int n_table;


static void load_table(void)
{
    char path[1024];
    char *text = test_read_file(test_source_path(path, sizeof path, "data/verbs/cameo_plover.tsv"));
    assert_non_null(text);
    n_table = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#')
            continue;
        table_row *r = &table[n_table];
        char context[64];
        if (n_table == 400 || sscanf(line, "%7s %15s %23s %63s %15s", r->code, r->type, r->mode, context, r->modality) != 5)
            fail_msg("cameo_plover.tsv: bad line '%s'", line);
        n_table++;
    }
    free(text);
}

/* The row of the longest listed prefix of `code`, or NULL. */
static const table_row *table_lookup(const char *code)
{
    const table_row *best = NULL;
    size_t best_len = 0;
    for (int i = 0; i < n_table; i++) {
        size_t n = strlen(table[i].code);
        if (n > best_len && strncmp(code, table[i].code, n) == 0)
            best = &table[i], best_len = n;
    }
    return best;
}

static int same_event(const ev *a, const ev *b)
{
    return !strcmp(a->type, b->type) && !strcmp(a->source, b->source) && !strcmp(a->target, b->target) &&
           !strcmp(a->modality, b->modality);
}


static void print_events(const char *label, const ev *v, int n)
{
    printf("    %s:", label);
    if (!n)
        printf(" none");
    for (int i = 0; i < n; i++)
        printf("%s %s %s %s %s %s", i ? ";" : "", v[i].type, v[i].mode, v[i].source, v[i].target, v[i].modality);
    printf("\n");
}

static void test_plover_set(void **state)
{
    (void)state;
    char path[1024], actors[1024], verbs[1024];
    test_source_path(path, sizeof path, "tests/events/plover_set.tsv");
    test_source_path(actors, sizeof actors, "data/actors");
    test_source_path(verbs, sizeof verbs, "data/verbs/plover.verbs");
    char *text = test_read_file(path);
    assert_non_null(text);

    const char *paths[] = {actors, verbs};
    sr_dict *d = NULL;
    char err[1024];
    if (sr_dict_load(paths, 2, &d, err, sizeof err) != SR_OK)
        fail_msg("cannot load our dictionaries: %s", err);
    sr_context *ctx = sr_context_new();
    assert_non_null(ctx);
    sr_context_set_langid(ctx, 0);
    sr_context_set_places(ctx, 0);
    sr_context_set_dictionaries(ctx, d);

    tally by_type[16], by_modality[4];
    for (int i = 0; types[i]; i++)
        by_type[i] = (tally){types[i], 0, 0, 0, 0};
    for (int i = 0; modalities[i]; i++)
        by_modality[i] = (tally){modalities[i], 0, 0, 0, 0};
    int n_sentences = 0, n_right = 0, n_events = 0, n_found = 0, n_extra = 0, n_untyped = 0;
    int modes_compared = 0, modes_equal = 0, none_sentences = 0, none_right = 0, n_right_mapped = 0;
    load_table();

    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#' || !line[0])
            continue;
        char *f[4] = {line, "", "", ""};
        int nf = 0;
        for (char *p = line; nf < 4; nf++) {
            f[nf] = p;
            char *tab = strchr(p, '\t');
            if (!tab) {
                nf++;
                break;
            }
            *tab = '\0';
            p = tab + 1;
        }
        if (nf != 4)
            fail_msg("plover_set.tsv: line '%s' does not have 4 columns", f[0]);
        ev want[MAX_EV], got[64], mapped[64];
        int n_want, n_got = 0, n_mapped = 0;
        if (parse_expected(f[3], want, &n_want) != 0)
            fail_msg("plover_set.tsv: %s: bad events column", f[0]);
        n_sentences++;
        if (!n_want)
            none_sentences++;

        sr_article *a = NULL;
        assert_int_equal(sr_article_from_text(f[2], strlen(f[2]), f[0], NULL, NULL, NULL, f[1], &a), SR_OK);
        assert_int_equal(sr_article_analyze(ctx, a), SR_OK);
        const sr_events *evs = sr_article_events(a);
        for (size_t k = 0; evs && k < evs->n && n_mapped < 64; k++) {
            /* the same event typed by the documented table: what the coder
             * reaches once lib/events uses it (types, 03x announced) */
            const sr_article_event *e = &evs->v[k];
            const table_row *r = table_lookup(e->cameo);
            if (!r || strcmp(r->type, "-") == 0)
                continue;
            ev g;
            memset(&g, 0, sizeof g);
            copy_field(g.type, sizeof g.type, r->type);
            copy_field(g.mode, sizeof g.mode, r->mode);
            copy_field(g.source, sizeof g.source, e->source_code);
            copy_field(g.target, sizeof g.target, e->target_code);
            copy_field(g.modality, sizeof g.modality,
                       strcmp(e->modality, "asserted") == 0 ? r->modality : e->modality);
            int dup = 0;
            for (int j = 0; j < n_mapped && !dup; j++)
                dup = same_event(&mapped[j], &g);
            if (!dup)
                mapped[n_mapped++] = g;
        }
        for (size_t k = 0; evs && k < evs->n && n_got < 64; k++) {
            const sr_article_event *e = &evs->v[k];
            if (!e->type) {
                n_untyped++;
                continue;
            }
            ev g;
            memset(&g, 0, sizeof g);
            copy_field(g.type, sizeof g.type, e->type);
            copy_field(g.mode, sizeof g.mode, e->mode);
            copy_field(g.source, sizeof g.source, e->source_code);
            copy_field(g.target, sizeof g.target, e->target_code);
            copy_field(g.modality, sizeof g.modality, e->modality);
            int dup = 0;
            for (int j = 0; j < n_got && !dup; j++)
                dup = same_event(&got[j], &g);
            if (!dup)
                got[n_got++] = g;
        }
        sr_article_free(a);

        int found = 0;
        for (int i = 0; i < n_want; i++) {
            int ti = index_of(types, want[i].type), mi = index_of(modalities, want[i].modality);
            by_type[ti].expected++;
            by_modality[mi].expected++;
            for (int j = 0; j < n_got; j++)
                if (!got[j].used && same_event(&want[i], &got[j])) {
                    got[j].used = want[i].used = 1;
                    found++;
                    by_type[ti].found++;
                    by_modality[mi].found++;
                    modes_compared++;
                    modes_equal += strcmp(want[i].mode, got[j].mode) == 0;
                    break;
                }
        }
        for (int j = 0; j < n_got; j++) {
            int ti = index_of(types, got[j].type), mi = index_of(modalities, got[j].modality);
            if (ti >= 0)
                by_type[ti].produced++;
            if (mi >= 0)
                by_modality[mi].produced++;
        }
        {
            int mapped_found = 0;
            for (int i = 0; i < n_want; i++)
                for (int j = 0; j < n_mapped; j++)
                    if (!mapped[j].used && same_event(&want[i], &mapped[j])) {
                        mapped[j].used = 1;
                        mapped_found++;
                        break;
                    }
            n_right_mapped += mapped_found == n_want && n_mapped == n_want;
        }
        n_events += n_want;
        n_found += found;
        n_extra += n_got - found;
        int right = found == n_want && n_got == n_want;
        if (right) {
            n_right++;
            none_right += !n_want;
            for (int i = 0; i < n_want; i++) {
                by_type[index_of(types, want[i].type)].right++;
                by_modality[index_of(modalities, want[i].modality)].right++;
            }
        } else {
            printf("MISS %s %s  %s\n", f[0], f[1], f[2]);
            print_events("want", want, n_want);
            print_events("got ", got, n_got);
        }
    }

    double accuracy = n_sentences ? (double)n_right / n_sentences : 0;
    printf("\nPLOVER set: %d sentences, %d expected events (%d sentences with none)\n", n_sentences, n_events,
           none_sentences);
    printf("exact accuracy (type, source, target, modality; nothing extra): %.3f (%d of %d); floor %.3f, "
           "the issue's target 0.900\n",
           accuracy, n_right, n_sentences, ACCURACY_FLOOR);
    printf("events: %d of %d expected found (recall %.3f), %d extra; sentences with no event right: %d of %d; "
           "untyped (CAMEO 01) events ignored: %d\n",
           n_found, n_events, n_events ? (double)n_found / n_events : 0, n_extra, none_right, none_sentences,
           n_untyped);
    printf("modes equal on the events found: %d of %d\n", modes_equal, modes_compared);
    printf("with types, modes and 03x modality from data/verbs/cameo_plover.tsv instead of lib/events/cameo.c: "
           "%.3f (%d of %d)\n",
           n_sentences ? (double)n_right_mapped / n_sentences : 0, n_right_mapped, n_sentences);
    printf("%-12s %8s %6s %8s %6s\n", "", "expected", "found", "produced", "right");
    for (int i = 0; types[i]; i++)
        printf("%-12s %8d %6d %8d %6d\n", by_type[i].name, by_type[i].expected, by_type[i].found,
               by_type[i].produced, by_type[i].right);
    for (int i = 0; modalities[i]; i++)
        printf("%-12s %8d %6d %8d %6d\n", by_modality[i].name, by_modality[i].expected, by_modality[i].found,
               by_modality[i].produced, by_modality[i].right);

    sr_context_free(ctx);
    sr_dict_free(d);
    free(text);
    assert_true(n_sentences >= 300);
    if (accuracy < ACCURACY_FLOOR)
        fail_msg("accuracy %.3f is below the floor %.3f measured when the set was written", accuracy,
                 ACCURACY_FLOOR);
}

/* The set's own promises: every type, every modality at least 15 times,
 * sentences with no event among them. */
static void test_set_composition(void **state)
{
    (void)state;
    char path[1024];
    char *text = test_read_file(test_source_path(path, sizeof path, "tests/events/plover_set.tsv"));
    assert_non_null(text);
    int per_type[16] = {0}, per_modality[4] = {0}, none = 0, n = 0;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#')
            continue;
        char *last = strrchr(line, '\t');
        assert_non_null(last);
        ev v[MAX_EV];
        int k;
        assert_int_equal(parse_expected(last + 1, v, &k), 0);
        n++;
        none += k == 0;
        for (int i = 0; i < k; i++) {
            per_type[index_of(types, v[i].type)]++;
            per_modality[index_of(modalities, v[i].modality)]++;
        }
    }
    assert_true(n >= 300);
    assert_true(none >= 15);
    for (int i = 0; types[i]; i++)
        if (per_type[i] < 10)
            fail_msg("%s has %d events in the set", types[i], per_type[i]);
    for (int i = 0; modalities[i]; i++)
        if (per_modality[i] < 15)
            fail_msg("modality %s has %d events in the set", modalities[i], per_modality[i]);
    free(text);
}

/* Every code plover.verbs uses has a row in the table, and the table
 * reaches all sixteen types. */
static void test_table_covers_verbs(void **state)
{
    (void)state;
    load_table();
    int seen[16] = {0};
    for (int i = 0; i < n_table; i++) {
        int t = index_of(types, table[i].type);
        if (t >= 0)
            seen[t] = 1;
        else if (strcmp(table[i].type, "-") != 0)
            fail_msg("cameo_plover.tsv: %s has an unknown type %s", table[i].code, table[i].type);
    }
    for (int i = 0; types[i]; i++)
        if (!seen[i])
            fail_msg("cameo_plover.tsv maps no code to %s", types[i]);
    char path[1024];
    char *text = test_read_file(test_source_path(path, sizeof path, "data/verbs/plover.verbs"));
    assert_non_null(text);
    int codes = 0;
    for (char *p = strchr(text, '['); p; p = strchr(p + 1, '[')) {
        char code[16];
        size_t n = strspn(p + 1, "0123456789");
        if (n < 2 || n > 4 || p[1 + n] != ']')
            continue;
        memcpy(code, p + 1, n);
        code[n] = '\0';
        const table_row *r = table_lookup(code);
        if (!r || strlen(r->code) < 3)
            fail_msg("plover.verbs uses [%s], which cameo_plover.tsv does not list", code);
        codes++;
    }
    assert_true(codes > 500);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_set_composition),
        cmocka_unit_test(test_table_covers_verbs),
        cmocka_unit_test(test_plover_set),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
