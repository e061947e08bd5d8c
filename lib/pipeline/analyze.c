/*
 * analyze.c - runs the stages after ingest on one article.
 *
 * In pipeline order: the text stage and language identification, places,
 * quotations, then events (which use the places).
 */
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "events/events.h"
#include "quotes/quotes.h"
#include "pipeline/speakers.h"
#include "places/stage.h"
#include "text/text.h"

void sr_context_free(sr_context *ctx)
{
    if (!ctx)
        return;
    if (ctx->langid)
        sr_langid_close(ctx->langid);
    sr_context_close_gazetteer(ctx);
    sr_context_close_roles(ctx);
    free(ctx);
}

/* The language model is loaded on first use: a program that never analyzes
 * (listing a database) should not pay for it. */
static sr_langid *context_langid(const sr_context *cctx)
{
    sr_context *ctx = (sr_context *)cctx; /* lazy init of a cache, not a change of settings */
    if (!ctx->langid_tried) {
        char err[256];
        ctx->langid_tried = 1;
        ctx->langid = sr_langid_open(err, sizeof err);
        if (!ctx->langid)
            sr_report(ctx, SR_DIAG_WARNING, "language identification", "apt-get install libexttextcat-data",
                      "%s; languages will be 'und'", err);
    }
    return ctx->langid;
}

/* A name the person finder took for a person that the article uses as a
 * place ("the air base in Mihail Kogalniceanu") is a place: the places
 * stage saw the locative before it, the quotes stage did not. */
static void drop_people_named_as_places(const sr_article *a, sr_quotes *q, const sr_places *p)
{
    size_t kept = 0;
    for (size_t i = 0; i < q->n_people; i++) {
        const char *name = q->people[i];
        size_t n = strlen(name);
        int is_place = 0;
        for (size_t m = 0; m < p->n_mentions && !is_place; m++) {
            const sr_place_mention *pm = &p->mentions[m];
            is_place = pm->place != SR_GAZ_NONE && pm->kind != SR_PLACE_DEMONYM &&
                       (pm->after_locative || pm->dateline) &&
                       pm->byte_end - pm->byte_start == n &&
                       memcmp(a->body + pm->byte_start, name, n) == 0;
        }
        if (!is_place)
            q->people[kept++] = name;
    }
    q->n_people = kept;
}

sr_status sr_article_analyze(const sr_context *ctx, sr_article *a)
{
    struct sr_article_impl *impl = a->impl;
    if (!impl->text) {
        sr_text *t = sr_arena_calloc(&impl->arena, 1, sizeof *t);
        if (!t || sr_text_analyze(a->body, a->body_len, &impl->arena, t) != 0)
            return SR_ERR_NOMEM;
        impl->text = t;
        a->n_sentences = t->n_sentences;
    }
    if (!a->language) {
        char code[8] = "und";
        if (ctx && ctx->langid_enabled) {
            sr_langid *lid = context_langid(ctx);
            if (lid)
                sr_langid_guess(lid, a->body, a->body_len < 4096 ? a->body_len : 4096, code);
        }
        a->language = sr_article_strndup(a, code, strlen(code));
        if (!a->language)
            return SR_ERR_NOMEM;
    }
    /* Places (lib/places), before the coders that give events a location. */
    if (ctx) {
        sr_status pst = sr_places_run(ctx, a);
        if (pst != SR_OK)
            return pst;
    }
    /* Statements (lib/quotes): the cue and name rules are English ones. */
    if (!impl->quotes && !(ctx && ctx->quotes_disabled) &&
        (strcmp(a->language, "en") == 0 || strcmp(a->language, "und") == 0)) {
        sr_quotes *q = sr_arena_calloc(&impl->arena, 1, sizeof *q);
        sr_speaker_resolver resolver;
        const sr_speaker_resolver *speakers =
            sr_speaker_resolver_for(ctx, &resolver) ? &resolver : NULL;
        if (!q || sr_quotes_extract(a->body, a->body_len, impl->text, a->date, speakers,
                                    &impl->arena, q) != 0)
            return SR_ERR_NOMEM;
        impl->quotes = q;
        if (impl->places)
            drop_people_named_as_places(a, q, impl->places);
    }
    /* Events (lib/events), when dictionaries were given. */
    if (ctx && ctx->dict && !impl->events) {
        sr_status est = sr_events_code_article(ctx, a);
        if (est != SR_OK)
            return est;
        sr_name_event_actors(ctx, a);
    }
    return SR_OK;
}

sr_status sr_article_sentence(const sr_article *a, size_t i, size_t *start, size_t *end)
{
    const sr_text *t = a->impl->text;
    if (!t || i >= t->n_sentences)
        return SR_ERR_USAGE;
    *start = t->sentences[i].start;
    *end = t->sentences[i].end;
    return SR_OK;
}
