/*
 * speakers.c - gives quotation speakers their canonical name and actor code
 * from our dictionaries of office-holders (lib/roles, data/actors).
 *
 * The quotes stage finds who speaks ("he", "Stoltenberg", "the NATO
 * Secretary General"); this resolver says who that was on the article's
 * date: "the NATO Secretary General" on 2022-02-11 is Jens Stoltenberg
 * (IGOWSTNAT), on 2025-03-01 Mark Rutte.  It lives in the pipeline because
 * it joins two stages that must not know each other.
 */
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "events/events.h"
#include "pipeline/speakers.h"
#include "roles/roles.h"

/* The roles come from data/actors in sr_data_dir().  Absent data is
 * reported once and costs nothing afterwards. */
static const sr_roles *context_roles(const sr_context *cctx)
{
    sr_context *ctx = (sr_context *)cctx; /* lazy init of a cache, not a change of settings */
    if (!ctx->roles_tried) {
        ctx->roles_tried = 1;
        char path[4096], err[512];
        snprintf(path, sizeof path, "%s/actors", sr_data_dir());
        if (sr_roles_load(path, &ctx->roles, err, sizeof err) != SR_OK) {
            ctx->roles = NULL;
            sr_report(ctx, SR_DIAG_WARNING, path, "set SITREP_DATA_DIR to sitrep's data folder",
                      "office-holders not loaded (%s); speakers keep the names the article gives",
                      err);
        }
    }
    return ctx->roles;
}

void sr_context_close_roles(sr_context *ctx)
{
    if (ctx->roles)
        sr_roles_free(ctx->roles);
    ctx->roles = NULL;
}

static int32_t date_number(const char *date)
{
    /* "YYYY-MM-DD" -> YYYYMMDD; 0 (no date) lets open-ended periods match only */
    if (!date || strlen(date) < 10)
        return 0;
    return (int32_t)(atoi(date) * 10000 + atoi(date + 5) * 100 + atoi(date + 8));
}

/* "the NATO Secretary General" -> "NATO Secretary General" */
static const char *without_article(const char *s)
{
    if (strncmp(s, "the ", 4) == 0 || strncmp(s, "The ", 4) == 0)
        return s + 4;
    return s;
}

/* A holder's entry may use '_' for blanks ("JENS_STOLTENBERG"). */
static char *blank_underscores(char *name)
{
    for (char *p = name; p && *p; p++)
        if (*p == '_')
            *p = ' ';
    return name;
}

static int resolve_speaker(void *userdata, sr_speaker_kind kind, const char *mention,
                           const char *date, sr_arena *arena, const char **name, const char **code)
{
    const sr_roles *roles = userdata;
    int32_t day = date_number(date);
    if (!roles || !day)
        return 0;
    const sr_role_holder *h = NULL;
    if (kind == SR_SPEAKER_PERSON)
        h = sr_roles_person_at(roles, mention, day);
    else if (kind == SR_SPEAKER_ROLE)
        h = sr_roles_holder_text(roles, without_article(mention), day, NULL);
    if (!h)
        return 0;
    char *canonical = blank_underscores(sr_arena_strdup(arena, h->name));
    if (!canonical)
        return 0;
    *name = canonical;
    *code = h->code;
    return 1;
}

/* The holder a phrase names on a day: the whole phrase as a role ("NATO
 * Secretary General", "Romanian President"), else its last two words or
 * last word as a person ("... Minister Sergey Lavrov", "Lavrov"). */
static const sr_role_holder *holder_for_phrase(const sr_roles *roles, const char *text,
                                               int32_t day)
{
    const char *phrase = without_article(text);
    const sr_role_holder *h = sr_roles_holder_text(roles, phrase, day, NULL);
    if (h)
        return h;
    const char *last = NULL, *second_last = NULL;
    for (const char *p = phrase; *p; p++)
        if (*p == ' ' && p[1] && p[1] != ' ') {
            second_last = last;
            last = p + 1;
        }
    if (second_last && (h = sr_roles_person_at(roles, second_last, day)) != NULL)
        return h;
    return sr_roles_person_at(roles, last ? last : phrase, day);
}

static const char *holder_name(sr_article *a, const sr_role_holder *h)
{
    return blank_underscores(sr_article_strndup(a, h->name, strlen(h->name)));
}

void sr_name_event_actors(const sr_context *ctx, sr_article *a)
{
    struct sr_events *evs = a->impl->events;
    const sr_roles *roles = ctx ? context_roles(ctx) : NULL;
    int32_t day = date_number(a->date);
    if (!evs || !roles || !day)
        return;
    for (size_t i = 0; i < evs->n; i++) {
        sr_article_event *e = &evs->v[i];
        int32_t when = e->date ? date_number(e->date) : day;
        const sr_role_holder *h;
        if (e->source_text && (h = holder_for_phrase(roles, e->source_text, when)) != NULL)
            e->source_name = holder_name(a, h);
        if (e->target_text && (h = holder_for_phrase(roles, e->target_text, when)) != NULL)
            e->target_name = holder_name(a, h);
    }
}

int sr_speaker_resolver_for(const sr_context *ctx, sr_speaker_resolver *out)
{
    const sr_roles *roles = ctx ? context_roles(ctx) : NULL;
    if (!roles)
        return 0;
    out->resolve = resolve_speaker;
    out->userdata = (void *)roles;
    return 1;
}
