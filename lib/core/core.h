/*
 * core.h - what every stage shares: the context and the article's private
 * half.  Stages include this; nothing here knows any stage.
 */
#ifndef SR_CORE_CORE_H
#define SR_CORE_CORE_H

#include <sitrep/sitrep.h>
#include <stdarg.h>

#include "util/arena.h"

struct sr_text;
struct sr_quotes;
struct sr_langid;
struct sr_events;
struct sr_dict;
struct sr_gazetteer;
struct sr_places;

struct sr_context {
    sr_diag_fn diag;
    void *diag_userdata;
    int langid_enabled;
    struct sr_langid *langid; /* opened on first use by the pipeline; NULL when unavailable */
    int langid_tried;
    const struct sr_dict *dict; /* event coding dictionaries (lib/events); NULL: no event coding */
    struct sr_gazetteer *gazetteer; /* lib/places: mapped on first use; NULL when unavailable */
    int gazetteer_tried;
    int places_disabled;            /* sr_context_set_places(ctx, 0) */
    int quotes_disabled;            /* sr_context_set_quotes(ctx, 0) */
    struct sr_roles *roles;         /* lib/roles: office-holders by date, loaded on first use */
    int roles_tried;
};

/* The article's private half: its arena (every string and array of the
 * article lives there) and what the stages have computed. */
struct sr_article_impl {
    sr_arena arena;
    struct sr_text *text; /* NULL until analyzed */
    struct sr_events *events; /* coded events (lib/events); NULL until coded */
    struct sr_quotes *quotes; /* quotations and people (lib/quotes); NULL until analyzed */
    struct sr_places *places; /* toponyms, demonyms, dateline (lib/places); NULL until analyzed */
};

/* A new empty article with its arena; NULL when out of memory. */
sr_article *sr_article_new(void);
/* Copies s[0..len) into the article's arena; NULL when out of memory. */
char *sr_article_strndup(sr_article *a, const char *s, size_t len);

/* Reports a diagnostic through the context's callback, if any. */
void sr_report(const sr_context *ctx, sr_severity sev, const char *where, const char *hint,
               const char *fmt, ...) __attribute__((format(printf, 5, 6)));

#endif
