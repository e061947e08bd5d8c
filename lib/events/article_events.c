/*
 * article_events.c - the events stage of the pipeline: codes each sentence
 * of an analyzed article with the context's dictionaries and keeps the
 * events, with their evidence, in the article's arena; writes them as the
 * record contract's "events" array.
 *
 * Byte offsets from the coder are turned into code points (what records
 * and users see) by counting UTF-8 lead bytes from the sentence start.
 * Pronouns may refer to the previous sentence of the same article.
 */
#include <stdio.h>
#include <string.h>

#include "core/core.h"
#include "events/events.h"
#include "places/stage.h"
#include "time/dates.h"
#include "text/text.h"
#include "util/buf.h"
#include "util/json.h"

void sr_context_set_dictionaries(sr_context *ctx, const sr_dict *d)
{
    ctx->dict = d;
}

static size_t cp_count(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            k++;
    return k;
}

/* True when the mention lies inside [start, end) (code points); an empty
 * actor span (no target) holds nothing. */
static int mention_within(const sr_place_mention *m, size_t start, size_t end)
{
    return end > start && m->start >= start && m->end <= end;
}

/* CAMEO actor codes start with a country (ISO 3166 alpha-3) unless they
 * start with one of the transnational prefixes. */
static const char *country_of(sr_article *a, const char *code)
{
    static const char *const not_countries[] = {"IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "INT", "REB", "MIL",
                                                "GOV", "BUS", "OPP", "CVL", "JUD", "COP", "EDU", "MED", NULL};
    if (!code || strlen(code) < 3)
        return "";
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z')
            return "";
    for (int i = 0; not_countries[i]; i++)
        if (strncmp(code, not_countries[i], 3) == 0)
            return "";
    char *c = sr_article_strndup(a, code, 3);
    return c ? c : "";
}

static const char *const modality_names[] = {"asserted", "announced", "conditional", "negated"};

/* The CAMEO threat a conditional blow amounts to: sanctions and bans
 * threatened (1312, 132), force threatened (138), or none when the
 * conditional act is not a blow (aid, talks: a conditional offer). */
static const char *threat_code(const sr_dict *d, const char *code)
{
    const char *type = NULL;
    const sr_plover_row *row = sr_plover_lookup(d, code);
    if (row)
        type = row->type;
    else {
        double g;
        int q;
        sr_cameo_lookup(code, &g, &q, &type);
    }
    if (!type)
        return NULL;
    if (!strcmp(type, "SANCTION"))
        return "1312";
    if (!strcmp(type, "COERCE"))
        return "132";
    if (!strcmp(type, "MOBILIZE") || !strcmp(type, "ASSAULT"))
        return "138";
    return NULL;
}

static const char *slice(sr_article *a, const char *base, uint32_t b0, uint32_t b1)
{
    if (b1 <= b0)
        return "";
    char *s = sr_article_strndup(a, base + b0, b1 - b0);
    return s ? s : "";
}

static const char *rule_text(sr_article *a, const sr_dict *d, const sr_coded_event *e)
{
    char buf[1024];
    if (e->pattern)
        snprintf(buf, sizeof buf, "%s: - %s [%s] (%s:%u)", e->verb->name, e->pattern->text, e->code,
                 d->files.v[e->pattern->file], e->pattern->line);
    else
        snprintf(buf, sizeof buf, "%s [%s] (%s:%u)", e->verb->name, e->code, d->files.v[e->verb->file],
                 e->verb->line);
    char *s = sr_article_strndup(a, buf, strlen(buf));
    return s ? s : "";
}

sr_status sr_events_code_article(const sr_context *ctx, sr_article *a)
{
    struct sr_article_impl *impl = a->impl;
    if (!ctx || !ctx->dict || impl->events || !impl->text)
        return SR_OK;
    const sr_dict *d = ctx->dict;
    sr_events *evs = sr_arena_calloc(&impl->arena, 1, sizeof *evs);
    if (!evs)
        return SR_ERR_NOMEM;
    sr_coder *coder = sr_coder_new(d);
    if (!coder)
        return SR_ERR_NOMEM;
    int32_t date = 0;
    if (a->date && strlen(a->date) == 10)
        date = (int32_t)((a->date[0] - '0') * 10000000 + (a->date[1] - '0') * 1000000 + (a->date[2] - '0') * 100000 +
                         (a->date[3] - '0') * 10000 + (a->date[5] - '0') * 1000 + (a->date[6] - '0') * 100 +
                         (a->date[8] - '0') * 10 + (a->date[9] - '0'));
    const sr_text *t = impl->text;
    size_t cap = 0;
    char sentence_date[11];
    const char *sentence_date_source = NULL;
    size_t dated_sentence = (size_t)-1;
    sr_status st = SR_OK;
    for (size_t si = 0; si < t->n_sentences && st == SR_OK; si++) {
        const sr_sentence *s = &t->sentences[si];
        const char *text = a->body + s->byte_start;
        size_t len = s->byte_end - s->byte_start;
        /* pronouns carry across paragraphs too: leads are often one-sentence paragraphs */
        sr_code_result r;
        if (sr_coder_code(coder, text, len, date, &r) != SR_OK) {
            st = SR_ERR_NOMEM;
            break;
        }
        for (size_t k = 0; k < r.n_events; k++) {
            const sr_coded_event *e = &r.events[k];
            /* acts inside a condition ("if Russia uses force") and mere
             * possibilities ("could invade") did not happen: no event */
            if (e->in_condition || e->hedged)
                continue;
            if (evs->n == cap) {
                size_t nc = cap ? cap * 2 : 8;
                sr_article_event *nv = sr_arena_alloc(&impl->arena, nc * sizeof *nv);
                if (!nv) {
                    st = SR_ERR_NOMEM;
                    break;
                }
                if (evs->n)
                    memcpy(nv, evs->v, evs->n * sizeof *nv);
                evs->v = nv;
                cap = nc;
            }
            sr_article_event *o = &evs->v[evs->n++];
            memset(o, 0, sizeof *o);
            const char *code = e->code;
            int modality = e->negated ? SR_MOD_NEGATED : e->modality;
            /* "If X does A, S will do B", B a blow against X: S threatened
             * X, and the threat is what happened (X's A is not coded: it
             * is inside the condition) */
            if (modality == SR_MOD_CONDITIONAL && e->condition_actor.code[0] &&
                strcmp(e->condition_actor.code, e->source.code) != 0 &&
                strncmp(e->condition_actor.code, e->target.code, 3) == 0) {
                const char *threat = threat_code(d, e->code);
                if (threat) {
                    code = threat;
                    modality = SR_MOD_ASSERTED;
                }
            }
            int quad;
            const char *plover;
            sr_cameo_lookup(code, &o->goldstein, &quad, &plover);
            o->quad_class = quad;
            o->type = plover;
            o->mode = "";
            o->context = "";
            /* our dictionaries bring their CAMEO -> PLOVER table; TABARI's
             * and Phoenix's are typed by the built-in one */
            const sr_plover_row *row = sr_plover_lookup(d, code);
            if (row) {
                o->type = row->type;
                o->mode = row->mode ? row->mode : "";
                o->context = row->context ? row->context : "";
                /* a threat with a condition was made all the same: the
                 * condition is what it threatens about */
                if (modality == SR_MOD_CONDITIONAL && row->type && strcmp(row->type, "THREATEN") == 0)
                    modality = SR_MOD_ASSERTED;
                /* an "express intent" code is the intended act, announced */
                if (modality == SR_MOD_ASSERTED && row->modality && strcmp(row->modality, "announced") == 0)
                    modality = SR_MOD_ANNOUNCED;
            }
            o->modality = modality_names[modality < 4 ? modality : 0];
            o->cameo = sr_article_strndup(a, code, strlen(code));
            /* the date the sentence states ("on Friday"), else the publication date */
            if (dated_sentence != si) {
                sentence_date_source = sr_dates_for_sentence(a->body, t, (uint32_t)si, a->date, sentence_date);
                dated_sentence = si;
            }
            o->date_source = sentence_date_source;
            o->date = sentence_date_source ? sr_article_strndup(a, sentence_date, strlen(sentence_date)) : a->date;
            /* the place named in the event's clause, else its sentence, else the dateline */
            if (impl->places) {
                uint32_t c0 = (uint32_t)(s->start + cp_count(text, e->clause_b0));
                uint32_t c1 = (uint32_t)(s->start + cp_count(text, e->clause_b1));
                o->place = sr_places_event_location(impl->places, t, (uint32_t)si, c0, c1, &o->place_source);
            }
            o->source_text = slice(a, text, e->source.b0, e->source.b1);
            o->source_name = e->source.name;
            o->source_code = sr_article_strndup(a, e->source.code, strlen(e->source.code));
            o->source_country = country_of(a, e->source.code);
            o->target_text = slice(a, text, e->target.b0, e->target.b1);
            o->target_name = e->target.name;
            o->target_code = sr_article_strndup(a, e->target.code, strlen(e->target.code));
            o->target_country = country_of(a, e->target.code);
            /* a place that is the event's own actor ("Ukraine threatened
             * Russia", "Moscow rejected") is who acted, not where: unless a
             * locative marks it ("in Ukraine"), fall back on the dateline */
            if (o->place && !o->place->after_locative &&
                (mention_within(o->place, s->start + cp_count(text, e->source.b0),
                                s->start + cp_count(text, e->source.b1)) ||
                 mention_within(o->place, s->start + cp_count(text, e->target.b0),
                                s->start + cp_count(text, e->target.b1)))) {
                const sr_places *pl = impl->places;
                o->place = pl->dateline >= 0 ? &pl->mentions[pl->dateline] : NULL;
                o->place_source = o->place ? "dateline" : NULL;
            }
            o->sentence = si;
            o->start = s->start + cp_count(text, e->span_b0);
            o->end = s->start + cp_count(text, e->span_b1);
            o->evidence = slice(a, text, e->span_b0, e->span_b1);
            o->rule = rule_text(a, d, e);
            if (!o->cameo || !o->source_code || !o->target_code)
                st = SR_ERR_NOMEM;
        }
    }
    sr_coder_free(coder);
    if (st == SR_OK)
        impl->events = evs;
    return st;
}

const sr_events *sr_article_events(const sr_article *a)
{
    return a && a->impl ? a->impl->events : NULL;
}

static void actor_json(sr_buf *b, const char *text, const char *name, const char *code, const char *country)
{
    sr_buf_puts(b, "{\"text\":");
    sr_json_cstr(b, text);
    sr_buf_puts(b, ",\"name\":");
    sr_json_cstr(b, name);
    sr_buf_puts(b, ",\"code\":");
    sr_json_cstr(b, code);
    sr_buf_puts(b, ",\"country\":");
    sr_json_cstr(b, country);
    sr_buf_putc(b, '}');
}

void sr_events_write_json(sr_buf *b, const sr_article *a, int include_negated)
{
    const sr_events *evs = sr_article_events(a);
    sr_buf_putc(b, '[');
    int written = 0;
    for (size_t i = 0; evs && i < evs->n; i++) {
        const sr_article_event *e = &evs->v[i];
        if (!include_negated && e->modality && strcmp(e->modality, "negated") == 0)
            continue;
        if (written++)
            sr_buf_putc(b, ',');
        sr_buf_puts(b, "{\"type\":");
        sr_json_cstr(b, e->type);
        sr_buf_puts(b, ",\"mode\":");
        sr_json_cstr(b, e->mode);
        sr_buf_puts(b, ",\"context\":[");
        if (e->context && *e->context)
            sr_json_cstr(b, e->context);
        sr_buf_puts(b, "],\"cameo\":");
        sr_json_cstr(b, e->cameo);
        sr_buf_printf(b, ",\"goldstein\":%.1f,\"quad_class\":%d,\"modality\":", e->goldstein, e->quad_class);
        sr_json_cstr(b, e->modality);
        sr_buf_puts(b, ",\"date\":");
        sr_json_cstr(b, e->date);
        sr_buf_puts(b, ",\"date_source\":");
        sr_json_cstr(b, e->date_source);
        sr_buf_puts(b, ",\"source\":");
        actor_json(b, e->source_text, e->source_name, e->source_code, e->source_country);
        sr_buf_puts(b, ",\"target\":");
        actor_json(b, e->target_text, e->target_name, e->target_code, e->target_country);
        sr_buf_puts(b, ",\"place\":");
        if (e->place) {
            sr_place_write_json(b, a->impl->places, e->place, a->body);
            sr_buf_puts(b, ",\"place_source\":");
            sr_json_cstr(b, e->place_source);
        } else
            sr_buf_puts(b, "null");
        sr_buf_printf(b, ",\"sentence\":%zu,\"span\":[%zu,%zu],\"evidence\":", e->sentence, e->start, e->end);
        sr_json_cstr(b, e->evidence);
        sr_buf_puts(b, ",\"rule\":");
        sr_json_cstr(b, e->rule);
        sr_buf_putc(b, '}');
    }
    sr_buf_putc(b, ']');
}
