/*
 * stage.c - the places stage in the pipeline: the context's gazetteer
 * (mapped on first use, like the language model, so a program that only
 * lists a database never pays for it), running recognition on an analyzed
 * article (with its URL, whose national domain says where the outlet is),
 * and the article's "places" in the JSON record.
 */
#include <string.h>

#include "core/core.h"
#include "places/places.h"
#include "places/stage.h"
#include "util/json.h"

void sr_context_set_places(sr_context *ctx, int enabled)
{
    ctx->places_disabled = !enabled;
}

const sr_gazetteer *sr_context_gazetteer(const sr_context *cctx)
{
    if (!cctx || cctx->places_disabled)
        return NULL;
    sr_context *ctx = (sr_context *)cctx; /* lazy init of a cache, not a change of settings */
    if (!ctx->gazetteer_tried) {
        char err[512];
        ctx->gazetteer_tried = 1;
        ctx->gazetteer = sr_gazetteer_open(sr_gazetteer_default_path(), err, sizeof err);
        if (!ctx->gazetteer)
            sr_report(ctx, SR_DIAG_WARNING, "places", "set SITREP_GAZETTEER to the gazetteer.bin a build wrote",
                      "%s; articles will have no places", err);
    }
    return ctx->gazetteer;
}

void sr_context_close_gazetteer(sr_context *ctx)
{
    sr_gazetteer_close(ctx->gazetteer);
    ctx->gazetteer = NULL;
}

sr_status sr_places_run(const sr_context *ctx, sr_article *a)
{
    struct sr_article_impl *impl = a->impl;
    if (impl->places || !impl->text)
        return SR_OK;
    const sr_gazetteer *g = sr_context_gazetteer(ctx);
    if (!g)
        return SR_OK;
    sr_places *p = sr_arena_calloc(&impl->arena, 1, sizeof *p);
    /* the outlet's national web domain is evidence of the article's
     * country: the URL's host, else an outlet given as a host name */
    const char *source = a->url && *a->url ? a->url : a->outlet;
    if (!p || sr_places_analyze_from(g, a->body, impl->text, source, &impl->arena, p) != 0)
        return SR_ERR_NOMEM;
    /* an English-language reader knows Genève as Geneva; so does the
     * reader of a record whose article's language is unknown (the record's
     * own words are English) */
    p->english = !a->language || !strcmp(a->language, "en") || !strcmp(a->language, "und");
    impl->places = p;
    return SR_OK;
}

static void put_number(sr_buf *b, const char *name, double v)
{
    sr_buf_printf(b, ",\"%s\":%.5g", name, v);
}

void sr_place_write_json(sr_buf *b, const sr_places *p, const sr_place_mention *m, const char *body)
{
    const sr_gazetteer *g = p->gazetteer;
    const sr_gaz_place *pl = sr_gazetteer_place(g, m->place);
    sr_buf_puts(b, "{\"text\":");
    sr_json_string(b, body + m->byte_start, m->byte_end - m->byte_start);
    sr_buf_puts(b, ",\"name\":");
    sr_json_cstr(b, pl ? sr_places_name(p, pl) : "");
    sr_buf_puts(b, ",\"country\":");
    sr_json_cstr(b, pl ? sr_gazetteer_country3(g, pl) : "");
    put_number(b, "lat", pl ? pl->lat : 0);
    put_number(b, "lon", pl ? pl->lon : 0);
    sr_buf_printf(b, ",\"geonameid\":%ld", pl ? (long)pl->geonameid : 0L);
    sr_buf_puts(b, ",\"feature\":");
    sr_json_cstr(b, pl ? pl->fcode : "");
    sr_buf_printf(b, ",\"sentence\":%u,\"span\":[%u,%u]", m->sentence, m->start, m->end);
    if (m->dateline)
        sr_buf_puts(b, ",\"dateline\":true");
    sr_buf_putc(b, '}');
}

void sr_places_write_json(sr_buf *b, const sr_article *a)
{
    const sr_places *p = a->impl->places;
    sr_buf_putc(b, '[');
    int first = 1;
    for (size_t i = 0; p && i < p->n_mentions; i++) {
        const sr_place_mention *m = &p->mentions[i];
        if (m->place == SR_GAZ_NONE || m->kind == SR_PLACE_DEMONYM)
            continue;
        if (!first)
            sr_buf_putc(b, ',');
        first = 0;
        sr_place_write_json(b, p, m, a->body);
    }
    sr_buf_putc(b, ']');
}

void sr_places_write_country_mentions_json(sr_buf *b, const sr_article *a)
{
    const sr_places *p = a->impl->places;
    sr_buf_putc(b, '[');
    int first = 1;
    for (size_t i = 0; p && i < p->n_mentions; i++) {
        const sr_place_mention *m = &p->mentions[i];
        if (m->place == SR_GAZ_NONE || m->kind != SR_PLACE_DEMONYM)
            continue;
        const sr_gaz_place *pl = sr_gazetteer_place(p->gazetteer, m->place);
        if (!first)
            sr_buf_putc(b, ',');
        first = 0;
        sr_buf_puts(b, "{\"text\":");
        sr_json_string(b, a->body + m->byte_start, m->byte_end - m->byte_start);
        sr_buf_puts(b, ",\"country\":");
        sr_json_cstr(b, sr_gazetteer_country3(p->gazetteer, pl));
        sr_buf_printf(b, ",\"sentence\":%u,\"span\":[%u,%u]}", m->sentence, m->start, m->end);
    }
    sr_buf_putc(b, ']');
}
