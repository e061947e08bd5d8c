/*
 * coded_events.h - what the pipeline tests share: our dictionaries loaded
 * once (data/actors, data/verbs/plover.verbs), a context without language
 * id and places, an article coded at a date, and checks that it holds (or
 * does not hold) an event "TYPE SOURCE TARGET MODALITY" ('-' none, '*'
 * any), printing what it got when not.
 */
#ifndef TESTS_PIPELINE_CODED_EVENTS_H
#define TESTS_PIPELINE_CODED_EVENTS_H

#include "testutil.h"

#include "events/events.h"

static sr_dict *dict;
static sr_context *ctx;

static int setup(void **state)
{
    (void)state;
    char actors[1024], verbs[1024], err[1024];
    const char *paths[] = {test_source_path(actors, sizeof actors, "data/actors"),
                           test_source_path(verbs, sizeof verbs, "data/verbs/plover.verbs")};
    if (sr_dict_load(paths, 2, &dict, err, sizeof err) != SR_OK) {
        fprintf(stderr, "cannot load our dictionaries: %s\n", err);
        return -1;
    }
    ctx = sr_context_new();
    if (!ctx)
        return -1;
    sr_context_set_langid(ctx, 0);
    sr_context_set_places(ctx, 0);
    sr_context_set_dictionaries(ctx, dict);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    sr_context_free(ctx);
    sr_dict_free(dict);
    return 0;
}

static sr_article *code(const char *text, const char *date)
{
    sr_article *a = NULL;
    assert_int_equal(sr_article_from_text(text, strlen(text), "test", NULL, NULL, NULL, date, &a), SR_OK);
    assert_int_equal(sr_article_analyze(ctx, a), SR_OK);
    return a;
}

static const char *or_dash(const char *s)
{
    return s && *s ? s : "-";
}

static int field_is(const char *want, const char *got)
{
    return strcmp(want, "*") == 0 || strcmp(want, or_dash(got)) == 0;
}

/* How many events are "TYPE SOURCE TARGET MODALITY" ('-' none, '*' any). */
static int count(const sr_article *a, const char *spec)
{
    char type[16], source[24], target[24], modality[16];
    if (sscanf(spec, "%15s %23s %23s %15s", type, source, target, modality) != 4)
        fail_msg("bad spec '%s'", spec);
    const sr_events *evs = sr_article_events(a);
    int n = 0;
    for (size_t k = 0; evs && k < evs->n; k++) {
        const sr_article_event *e = &evs->v[k];
        n += field_is(type, e->type) && field_is(source, e->source_code) && field_is(target, e->target_code) &&
             field_is(modality, e->modality);
    }
    return n;
}

static void dump(const sr_article *a)
{
    const sr_events *evs = sr_article_events(a);
    for (size_t k = 0; evs && k < evs->n; k++)
        printf("  got %s %s %s %s (%s)\n", or_dash(evs->v[k].type), or_dash(evs->v[k].source_code),
               or_dash(evs->v[k].target_code), evs->v[k].modality, evs->v[k].rule);
}

#define HAS(a, spec)                                                                                          \
    do {                                                                                                      \
        if (count(a, spec) < 1) {                                                                             \
            dump(a);                                                                                          \
            fail_msg("expected an event %s", spec);                                                          \
        }                                                                                                     \
    } while (0)
#define HAS_NO(a, spec)                                                                                       \
    do {                                                                                                      \
        if (count(a, spec) > 0) {                                                                             \
            dump(a);                                                                                          \
            fail_msg("expected no event %s", spec);                                                          \
        }                                                                                                     \
    } while (0)

#endif
