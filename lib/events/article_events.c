/*
 * article_events.c - the events stage of the pipeline: codes each sentence
 * of an analyzed article with the context's dictionaries and keeps the
 * events, with their evidence, in the article's arena; writes them as the
 * record contract's "events" array.
 *
 * Byte offsets from the coder are turned into code points (what records
 * and users see) by counting UTF-8 lead bytes from the sentence start.
 * Pronouns may refer to the previous sentence of the same article.
 *
 * With our dictionaries (a PLOVER table) it also applies the rules that
 * need the article rather than the sentence (data/README.md, "Rules that
 * need the article"): the dateline is no actor and gives visits their
 * place; what a quotation's speaker says of an actor is his event; "you"
 * is whom the speaker is with; background years are not coded.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "core/core.h"
#include "events/events.h"
#include "places/stage.h"
#include "quotes/quotes.h"
#include "time/dates.h"
#include "text/text.h"
#include "util/buf.h"
#include "util/json.h"
#include "util/utf8.h"

void sr_context_set_dictionaries(sr_context *ctx, const sr_dict *d)
{
    ctx->dict = d;
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

/* The byte offset of code point `cp` of the body, walking from the
 * sentence's start (cp0 at byte b0); stops at `limit` bytes. */
static uint32_t byte_of(const char *body, uint32_t b0, uint32_t cp0, uint32_t cp, uint32_t limit)
{
    uint32_t b = b0;
    for (uint32_t k = cp0; k < cp && b < limit;) {
        b++;
        while (b < limit && ((unsigned char)body[b] & 0xC0) == 0x80)
            b++;
        k++;
    }
    return b;
}

/* A country's code of an actor's: "RUSMIL" -> "RUS"; organizations whole. */
static const char *country_part(sr_article *a, const char *code)
{
    if (strlen(code) > 3 && strncmp(code, "IGO", 3) != 0)
        return sr_article_strndup(a, code, 3);
    return code;
}

/* Who a speaker is with, from the article's events so far: the country
 * of the one his last meeting or visit was with ("during a meeting with
 * Romanian Prime Minister Marcel Ciolacu": Romania, whom "you" addresses
 * in his words).  NULL when he met nobody. */
static const char *addressee_of(sr_article *a, const sr_events *evs, const char *speaker)
{
    for (size_t k = evs->n; k-- > 0;) {
        const sr_article_event *e = &evs->v[k];
        if (e->type && !strcmp(e->type, "CONSULT") && e->source_code && !strcmp(e->source_code, speaker) &&
            e->target_code && strlen(e->target_code) >= 3)
            return country_part(a, e->target_code);
    }
    return NULL;
}

/* What the quotes stage knows of sentence s, for the coder: each quotation
 * content it holds (clipped to the sentence) and each speaker pronoun in
 * it, with the speaker's code.  Returns how many spans were written. */
static size_t quote_spans(const sr_article *a, const sr_sentence *s, sr_coder_span *out, size_t cap)
{
    const sr_quotes *q = a->impl->quotes;
    size_t n = 0;
    for (size_t i = 0; q && i < q->n && n + 2 <= cap; i++) {
        const sr_quote *x = &q->items[i];
        const char *code = x->speaker_code && x->speaker_code[0] ? x->speaker_code : NULL;
        if (x->byte_end > s->byte_start && x->byte_start < s->byte_end) {
            uint32_t b0 = x->byte_start > s->byte_start ? x->byte_start : s->byte_start;
            uint32_t b1 = x->byte_end < s->byte_end ? x->byte_end : s->byte_end;
            sr_coder_span *o = &out[n++];
            o->b0 = b0 - s->byte_start;
            o->b1 = b1 - s->byte_start;
            o->kind = SR_SPAN_SPEECH;
            o->own_words = x->kind != SR_QUOTE_INDIRECT;
            o->reported = x->kind != SR_QUOTE_DIRECT;
            o->speaker = code;
            o->addressee = NULL;
            o->speaker_name = x->speaker_name;
        }
        if (code && x->speaker_kind == SR_SPEAKER_PRONOUN && x->speaker_end > x->speaker_start &&
            x->speaker_start >= s->start && x->speaker_end <= s->end) {
            sr_coder_span *o = &out[n++];
            o->b0 = byte_of(a->body, s->byte_start, s->start, x->speaker_start, s->byte_end) - s->byte_start;
            o->b1 = byte_of(a->body, s->byte_start, s->start, x->speaker_end, s->byte_end) - s->byte_start;
            o->kind = SR_SPAN_SPEAKER;
            o->own_words = 0;
            o->reported = 0;
            o->speaker = code;
            o->addressee = NULL;
            o->speaker_name = x->speaker_name;
        }
    }
    return n;
}

/* Is the word before byte b of text (skipping "the") `w`? */
static int word_before_is(const char *text, uint32_t b, const char *w)
{
    size_t n = strlen(w);
    for (int skipped_the = 0; skipped_the < 2; skipped_the++) {
        while (b > 0 && text[b - 1] == ' ')
            b--;
        uint32_t e = b;
        while (b > 0 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || (text[b - 1] >= 'A' && text[b - 1] <= 'Z')))
            b--;
        if (e - b == n && strncasecmp(text + b, w, n) == 0)
            return 1;
        if (!(e - b == 3 && strncasecmp(text + b, "the", 3) == 0))
            return 0;
    }
    return 0;
}

/* Where the first of words (non-empty) that text[b..] starts with ends
 * (case-insensitive, then a non-letter), or 0 when it starts with none. */
static size_t word_end(const char *text, size_t len, size_t b, const char *const *words)
{
    for (int k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (b + n <= len && strncasecmp(text + b, words[k], n) == 0 &&
            (b + n == len || !((text[b + n] | 32) >= 'a' && (text[b + n] | 32) <= 'z')))
            return b + n;
    }
    return 0;
}

/* Does text[b..] start with one of words? */
static int starts_with_word(const char *text, size_t len, size_t b, const char *const *words)
{
    return word_end(text, len, b, words) != 0;
}

/* Is the actor at bytes [b0, b1) a first-person word ("we", "I")? */
static int first_person(const char *text, uint32_t b0, uint32_t b1)
{
    static const char *const we[] = {"we", "i", "us", NULL};
    return b1 > b0 && b1 - b0 <= 2 && starts_with_word(text, b1, b0, we);
}

static void no_target(sr_coded_event *e)
{
    e->target.code = "";
    e->target.name = NULL;
    e->target.b0 = e->target.b1 = 0;
}

/* A careful coder's reading of what the patterns found, with our
 * dictionaries: 0 when the sentence reports no event.
 *  - A warning is a threat against the one warned or warned about, named
 *    after the verb; a warning that names nobody ("he also warned of the
 *    danger of a conflict") is a statement.
 *  - What is discussed is a topic, not a party: "we discussed the buildup
 *    of Russia's forces" is no consultation with Russia.  The party is the
 *    one discussed with ("with X"), a member of the compound that
 *    discussed, or the one whose own concerns or demands are discussed
 *    ("Russia's concerns", "the concerns raised by Putin").
 *  - A consultation of "we" alone is a meeting with someone the sentence
 *    does not name ("today we discussed the need to ...").
 *  - Defending or supporting someone *from* or *against* X gives X
 *    nothing.
 *  - What the article recalls from years ago is background ("where the
 *    bloc first promised membership to Kyiv some 14 years ago"). */
static int careful_reading(const sr_dict *d, const char *text, size_t len, int year, sr_coded_event *e)
{
    static const char *const ago[] = {"years ago", "decades ago", "year ago", NULL};
    static const char *const last_year[] = {"last year", NULL};
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                                         "September", "October", "November", "December", NULL};
    /* the year may close the sentence past the clause the coder split off
     * at AND ("closed the Bosphorus and Dardanelles straits to warships
     * ... in February 2022"): up to the next comma */
    for (uint32_t b = e->clause_b0; b < len; b++) {
        if (b >= e->clause_b1 && (text[b] == ',' || text[b] == ';'))
            break;
        if (!(b == 0 || text[b - 1] == ' '))
            continue;
        if (b < e->clause_b1 && starts_with_word(text, len, b, ago))
            return 0;
        /* "in 2014", "in February 2022", "last year" after the verb, in its
         * own phrase: a year before the article's is background the
         * article recalls ("which brokered the deal last year, said it
         * would keep talking" keeps the talking) */
        if (b < e->verb_b0 || memchr(text + e->verb_b0, ',', b - e->verb_b0))
            continue;
        if (starts_with_word(text, len, b, last_year))
            return 0;
        if (year > 0 && b + 3 < len && !strncmp(text + b, "in ", 3)) {
            size_t y = b + 3;
            for (int k = 0; months[k]; k++)
                if (starts_with_word(text, len, y, (const char *const[]){months[k], NULL})) {
                    y += strlen(months[k]) + 1;
                    break;
                }
            int said = 0, digits = 0;
            while (y + digits < len && digits < 5 && text[y + digits] >= '0' && text[y + digits] <= '9')
                said = said * 10 + (text[y + digits++] - '0');
            if (digits == 4 && said >= 1900 && said < year)
                return 0;
        }
    }
    if (!e->verb)
        return 1;
    const char *v = e->verb->name;
    const sr_plover_row *row = sr_plover_lookup(d, e->code);
    const char *type = row && row->type ? row->type : "";
    /* hosting or receiving a visit is of a visitor named right after the
     * verb: "Orban received assurances that Hungary ...", "ready to host a
     * NATO battlegroup" (troops stationed are no visit) */
    if (!strncmp(e->code, "043", 3) && (!strncmp(v, "RECEIV", 6) || !strncmp(v, "HOST", 4))) {
        const sr_coded_actor *visitor = e->source.b0 >= e->verb_b1 ? &e->source : &e->target;
        if (visitor->b0 >= e->verb_b1) {
            int words = 0;
            for (uint32_t b = e->verb_b1; b < visitor->b0 && b < len; b++)
                words += text[b] == ' ';
            static const char *const units[] = {"battlegroup", "battlegroups", "battle group", "troops", "forces",
                                                "soldiers", "base", "bases", "contingent", NULL};
            uint32_t after = visitor->b1;
            while (after < len && text[after] == ' ')
                after++;
            if (words > 2 || starts_with_word(text, len, after, units)) /* "the", a title */
                return 0;
        }
    }
    /* receiving a thing ("Tbilisi would receive candidate status") is no
     * visit: a host receives a visitor named right after the verb, or is
     * named after BY when the verb is passive */
    if (!strncmp(e->code, "043", 3) && !strncmp(v, "RECEIV", 6) && e->source.b0 < e->verb_b0 &&
        (!e->target.code[0] || e->target.b0 < e->verb_b0)) {
        static const char *const passive[] = {"was", "were", "been", "be", "is", "are", NULL};
        uint32_t b = e->verb_b0;
        while (b > 0 && text[b - 1] == ' ')
            b--;
        uint32_t w = b;
        while (w > 0 && text[w - 1] != ' ')
            w--;
        if (!starts_with_word(text, len, w, passive))
            return 0;
    }
    /* "calling it a historic moment", "called them a threat": naming,
     * no request */
    if (!strncmp(v, "CALL", 4) && !strcmp(type, "REQUEST")) {
        static const char *const named[] = {"it a", "it an", "it the", "them a", "them the", "this a", "him a",
                                            "her a", NULL};
        uint32_t b = e->verb_b1;
        while (b < len && text[b] == ' ')
            b++;
        if (starts_with_word(text, len, b, named))
            return 0;
    }
    /* a protest's "source" after the verb behind a place word ("rallied
     * outside the Russian embassy") is where, and against whom, it was
     * held; who protested is unnamed */
    if (!strcmp(type, "PROTEST") && e->source.b0 >= e->verb_b1 &&
        (word_before_is(text, e->source.b0, "outside") || word_before_is(text, e->source.b0, "at") ||
         word_before_is(text, e->source.b0, "near")))
        return 0;
    /* "meeting a demand from Trump", "met the target": satisfying it */
    if (!strncmp(v, "MEET", 4)) {
        static const char *const aims[] = {"a demand", "the demand", "demands", "the demands", "a target",
                                           "the target", "targets", "the goal", "a goal", "the deadline",
                                           "the requirements", "the criteria", "the conditions", "its commitments",
                                           "their commitments", "the expectations", NULL};
        uint32_t b = e->verb_b1;
        while (b < len && text[b] == ' ')
            b++;
        if (starts_with_word(text, len, b, aims))
            return 0;
    }
    /* "offered to discuss arms control": what is offered is the act after
     * TO, not the goods its words name */
    if (!strncmp(v, "OFFER", 5) && !strcmp(type, "AID")) {
        uint32_t b = e->verb_b1;
        while (b < len && text[b] == ' ')
            b++;
        if (b + 3 <= len && !strncmp(text + b, "to ", 3))
            return 0;
    }
    /* the one accused is the object; what he is accused of is no party:
     * "accused Western countries of ... sending weapons to Kyiv" */
    if (!strcmp(type, "ACCUSE") && (!strncmp(v, "ACCUS", 5) || !strncmp(v, "BLAM", 4)) && e->target.code[0] &&
        e->target.b0 > e->verb_b1)
        for (uint32_t b = e->verb_b1; b + 4 <= e->target.b0; b++)
            if (!strncmp(text + b, " of ", 4)) {
                no_target(e);
                break;
            }
    if (strncmp(v, "WARN", 4) == 0 && (!e->target.code[0] || e->target.b0 < e->verb_b0))
        return 0;
    if (strncmp(v, "DISCUSS", 7) == 0 && !e->pattern && e->target.code[0] &&
        !(e->target.b0 >= e->source.b0 && e->target.b1 <= e->source.b1) &&
        !word_before_is(text, e->target.b0, "with") && !word_before_is(text, e->target.b0, "by")) {
        static const char *const own[] = {"concerns", "demands", "proposal", "proposals", "position", NULL};
        uint32_t b = e->target.b1;
        if (b + 2 < len && text[b] == '\'' && text[b + 1] == 's')
            b += 2;
        else if (b + 4 < len && (unsigned char)text[b] == 0xE2 && (unsigned char)text[b + 1] == 0x80 &&
                 (unsigned char)text[b + 2] == 0x99 && text[b + 3] == 's')
            b += 4;
        else
            b = (uint32_t)len;
        while (b < len && text[b] == ' ')
            b++;
        if (!(b < len && starts_with_word(text, len, b, own)))
            no_target(e);
    }
    if (!strcmp(type, "CONSULT") && !e->target.code[0] && first_person(text, e->source.b0, e->source.b1))
        return 0;
    /* "it" that arrives is a thing ("the question is only when it will
     * arrive": the air defence): a visit is made by someone named */
    if (!strncmp(e->code, "042", 3) && e->source.b1 - e->source.b0 == 2 &&
        strncasecmp(text + e->source.b0, "it", 2) == 0)
        return 0;
    /* a resignation is the one who resigns: nobody is its target */
    if (!strcmp(type, "RETREAT") && row->mode && !strcmp(row->mode, "resign"))
        no_target(e);
    if ((!strcmp(type, "SUPPORT") || !strcmp(type, "AID")) && e->target.code[0] &&
        (word_before_is(text, e->target.b0, "from") || word_before_is(text, e->target.b0, "against")))
        return 0;
    return 1;
}

/* Is the event a visit or an arrival (of a visitor, or of troops)? */
static int arrival(const sr_dict *d, const char *text, const sr_coded_event *e)
{
    const sr_plover_row *row = sr_plover_lookup(d, e->code);
    if (!strncmp(e->code, "042", 3))
        return 1;
    if (!row || !row->type || strcmp(row->type, "MOBILIZE") != 0)
        return 0;
    if (e->verb)
        return strncmp(e->verb->name, "ARRIV", 5) == 0;
    /* the noun: "the arrival of 1,000 US servicemen" */
    return e->verb_b1 - e->verb_b0 == 7 && strncasecmp(text + e->verb_b0, "arrival", 7) == 0;
}

/* Support to a party that the sentence says came as arms is military aid:
 * "allies have stepped up their support to Ukraine, including with
 * additional air defence systems, training and ammunition".  Returns the
 * code to use (072 then, else the event's own). */
static const char *support_in_arms(const sr_dict *d, const char *text, size_t len, const sr_coded_event *e)
{
    static const char *const arms[] = {"weapons", "arms", "ammunition", "air defence", "air defense", "tanks",
                                       "missiles", "artillery", "military aid", "military assistance", NULL};
    const sr_plover_row *row = sr_plover_lookup(d, e->code);
    if (!row || !row->type || strcmp(row->type, "SUPPORT") != 0 || !e->target.code[0])
        return e->code;
    int named = 0; /* the word itself: "thanked Romania" stays SUPPORT */
    for (uint32_t b = e->span_b0; b + 7 <= e->span_b1 && b + 7 <= len && !named; b++)
        named = strncasecmp(text + b, "support", 7) == 0;
    if (!named)
        return e->code;
    for (size_t b = 0; b < len; b++)
        if ((b == 0 || text[b - 1] == ' ' || text[b - 1] == '"' || (unsigned char)text[b - 1] == 0x9C) &&
            starts_with_word(text, len, b, arms))
            return "072";
    return e->code;
}

/* An international organization's officials, ministers and envoys are the
 * organization: "officials from NATO states", "NATO foreign ministers". */
static const char *organization_itself(sr_article *a, const char *code)
{
    size_t n = strlen(code);
    if (n > 6 && strncmp(code, "IGO", 3) == 0 && strcmp(code + n - 3, "GOV") == 0) {
        char *c = sr_article_strndup(a, code, n - 3);
        return c ? c : code;
    }
    return code;
}

static int same(const char *x, const char *y)
{
    return strcmp(x ? x : "", y ? y : "") == 0;
}

/* One report, one event: within a sentence, an event coded twice (by a
 * verb and by a noun) is kept once, and one without a target is dropped
 * when the same source's event of that type has one ("we discussed ...,
 * said after meeting X" is the meeting with X).  Returns the count kept. */
static size_t one_report_each(sr_article_event *v, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const sr_article_event *e = &v[i];
        int drop = 0;
        for (size_t j = 0; j < n && !drop; j++) {
            const sr_article_event *f = &v[j];
            if (j == i || !same(e->type, f->type) || !same(e->source_code, f->source_code))
                continue;
            if (!e->target_code[0] && f->target_code[0])
                drop = 1;
            else if (j < i && same(e->target_code, f->target_code) && same(e->modality, f->modality))
                drop = 1;
        }
        if (!drop)
            v[w++] = *e;
    }
    return w;
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

static const char *type_of(const sr_dict *d, const char *code)
{
    const sr_plover_row *row = sr_plover_lookup(d, code);
    return row && row->type ? row->type : "";
}

static int reported_by_verb(const sr_dict *d, const sr_code_result *r, const sr_coded_event *e)
{
    for (size_t k = 0; k < r->n_events; k++) {
        const sr_coded_event *v = &r->events[k];
        if (!strcmp(v->source.code, e->source.code) && !strcmp(v->target.code, e->target.code) &&
            !strcmp(type_of(d, v->code), type_of(d, e->code)))
            return 1;
    }
    return 0;
}

/* Is the code a deployment (MOBILIZE)?  Troops sent to X on a condition
 * that names nobody ("would send peacekeepers to Ukraine if a ceasefire
 * were agreed") threaten nobody: X is where they go, not whom they face. */
static int sent_to(const sr_dict *d, const char *code)
{
    const sr_plover_row *row = sr_plover_lookup(d, code);
    return row && row->type && strcmp(row->type, "MOBILIZE") == 0;
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

/* The dateline that opens a news report ("THE HAGUE — ", "MIHAIL
 * KOGĂLNICEANU, Romania, Feb 11 — ", "KYIV/ODESA — "): where the report
 * was filed, never who acted.  Returns the bytes it takes (through the
 * dash), or 0.  A dateline is a few words before a dash, the first of them
 * in capitals. */
static size_t dateline_length(const char *text, size_t len)
{
    size_t first_word = 0;
    int lower = 0;
    while (first_word < len && text[first_word] != ' ' && text[first_word] != ',') {
        if (text[first_word] >= 'a' && text[first_word] <= 'z')
            lower = 1;
        first_word++;
    }
    if (first_word < 2 || lower)
        return 0;
    int words = 1;
    for (size_t b = first_word; b + 4 < len && b < 100; b++) {
        if (text[b] != ' ')
            continue;
        const unsigned char *u = (const unsigned char *)text + b + 1;
        int dash = (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x94 || u[2] == 0x93) && u[3] == ' ')
                       ? 4
                       : (u[0] == '-' && u[1] == '-' && u[2] == ' ') ? 3 : 0;
        if (dash)
            return b + 1 + (size_t)dash;
        if (++words > 8)
            return 0;
    }
    return 0;
}

/* The speaker of the quotation or reported speech that holds bytes
 * [b0, b1) of the sentence, or NULL. */
static const sr_coder_span *speaker_of(const sr_coder_span *spans, size_t n_spans, uint32_t b0, uint32_t b1)
{
    for (size_t k = 0; k < n_spans; k++)
        if (spans[k].kind == SR_SPAN_SPEECH && spans[k].speaker && spans[k].speaker[0] && b0 >= spans[k].b0 &&
            b1 <= spans[k].b1)
            return &spans[k];
    return NULL;
}

/* Does text[b..] start with one of the phrases, after spaces?  Sets *end. */
static int phrase_at(const char *text, size_t len, size_t b, const char *const *phrases, size_t *end)
{
    while (b < len && text[b] == ' ')
        b++;
    size_t e = word_end(text, len, b, phrases);
    if (e)
        *end = e;
    return e != 0;
}

static void speaker_event(sr_nominal_event *ne, const char *speaker, const char *target, const char *target_name,
                          uint32_t t0, uint32_t t1, const char *code, uint32_t h0, uint32_t h1, const char *rule)
{
    memset(ne, 0, sizeof *ne);
    sr_coded_event *e = &ne->ev;
    e->source.code = speaker;
    e->target.code = target;
    e->target.name = target_name;
    e->target.b0 = t0;
    e->target.b1 = t1;
    e->code = code;
    e->verb_b0 = h0;
    e->verb_b1 = h1;
    e->span_b0 = e->clause_b0 = t0 < h0 ? t0 : h0;
    e->span_b1 = e->clause_b1 = t1 > h1 ? t1 : h1;
    e->modality = SR_MOD_ASSERTED;
    e->condition_actor.code = "";
    ne->rule = rule;
}

/* Events a speaker makes by what he says of an actor, in his own words or
 * reported (the speaker from lib/quotes):
 *  - solidarity, "Romania is not alone": SUPPORT of the actor;
 *  - condemnation of the actor's acts, "the intrusions of Russian drones
 *    ... are reckless, dangerous and unacceptable", "Russia's strikes were
 *    reckless", and "the threatening rhetoric from the Russian side":
 *    ACCUSE (disapprove) of the actor.
 * Returns how many were written to out. */
static size_t speaker_events(sr_article *a, const char *text, size_t len, const sr_coder_mention *m, size_t nm,
                             const sr_coder_span *spans, size_t n_spans, sr_nominal_event *out, size_t cap)
{
    static const char *const alone[] = {"is not alone", "are not alone", "will not be alone", "will never be alone",
                                        "is never alone", "will not be left alone", "will not stand alone", NULL};
    static const char *const copula[] = {"is", "are", "was", "were", "have been", "has been", NULL};
    static const char *const degree[] = {"very", "deeply", "utterly", "totally", "completely", "extremely",
                                         "highly", "absolutely", "simply", NULL};
    static const char *const blame[] = {"reckless", "dangerous", "unacceptable", "irresponsible", "destabilising",
                                        "destabilizing", "provocative", "illegal", "unjustified", "outrageous",
                                        NULL};
    static const char *const hostile[] = {"threatening rhetoric", "aggressive rhetoric", "hostile rhetoric",
                                          "nuclear rhetoric", "aggressive behaviour", "aggressive behavior",
                                          "reckless behaviour", "reckless behavior", "provocations", NULL};
    static const char *const from[] = {"from the", "from", "of the", "of", "by the", "by", NULL};
    size_t n = 0;
    for (size_t k = 0; k < nm && n < cap; k++) {
        if (!m[k].n_codes || !m[k].codes[0][0] || m[k].place)
            continue;
        size_t end;
        const sr_coder_span *said = speaker_of(spans, n_spans, m[k].b0, m[k].b1);
        if (!said)
            continue;
        const char *speaker = said->speaker;
        size_t first = n;
        const char *target = country_part(a, m[k].codes[0]);
        if (!target || !strncmp(speaker, target, strlen(target) < 3 ? strlen(target) : 3))
            continue;
        if (phrase_at(text, len, m[k].b1, alone, &end)) {
            speaker_event(&out[n++], speaker, target, m[k].name, m[k].b0, m[k].b1, "051", m[k].b1, (uint32_t)end,
                          "SPEAKER: $ is not alone");
            out[n - 1].ev.source.name = said->speaker_name;
            continue;
        }
        /* the actor in the subject, the verdict after its verb: no other
         * verb, quotation mark or sentence break between them */
        for (size_t b = m[k].b1; b < len && b < m[k].b1 + 120; b++) {
            if (text[b] == '"' || text[b] == ';' || text[b] == ':' || (text[b] == ',' && b > m[k].b1 + 80))
                break;
            if (b > 0 && text[b - 1] != ' ')
                continue;
            if (!phrase_at(text, len, b, copula, &end))
                continue;
            size_t v = end, e2;
            while (phrase_at(text, len, v, degree, &e2))
                v = e2;
            if (phrase_at(text, len, v, blame, &e2))
                speaker_event(&out[n++], speaker, target, m[k].name, m[k].b0, m[k].b1, "111", (uint32_t)b,
                              (uint32_t)e2, "SPEAKER: $ ... is reckless");
            break;
        }
        if (n == cap)
            break;
        /* "the threatening rhetoric from the Russian side" */
        for (size_t b = m[k].b0 > 40 ? m[k].b0 - 40 : 0; b < m[k].b0; b++) {
            size_t e1, e3;
            if ((b == 0 || text[b - 1] == ' ') && phrase_at(text, len, b, hostile, &e1) &&
                phrase_at(text, len, e1, from, &e3) && e3 + 1 >= m[k].b0 && e3 <= m[k].b0) {
                speaker_event(&out[n++], speaker, target, m[k].name, m[k].b0, m[k].b1, "111", (uint32_t)b,
                              (uint32_t)e1, "SPEAKER: threatening rhetoric from $");
                break;
            }
        }
        for (size_t q = first; q < n; q++)
            out[q].ev.source.name = said->speaker_name;
    }
    return n;
}

/* The parties an article names, by party: a state's codes count for its
 * three letters (RUS, RUSGOV, RUSMIL are Russia), an organization's for
 * up to nine (IGOWSTNAT and its council IGOWSTNATNRC are NATO). */
enum { MAX_PARTIES = 32 };
typedef struct party_counts {
    char key[MAX_PARTIES][10];
    int n[MAX_PARTIES];
    int len; /* in the order first named */
} party_counts;

static void party_key(const char *code, char key[10])
{
    size_t n = strncmp(code, "IGO", 3) == 0 ? 9 : 3;
    size_t k = 0;
    for (; k < n && code[k]; k++)
        key[k] = code[k];
    key[k] = '\0';
}

static void count_party(party_counts *p, const char *code)
{
    if (!code || strlen(code) < 3)
        return;
    char key[10];
    party_key(code, key);
    for (int k = 0; k < p->len; k++)
        if (!strcmp(p->key[k], key)) {
            p->n[k]++;
            return;
        }
    if (p->len == MAX_PARTIES)
        return;
    memcpy(p->key[p->len], key, sizeof key);
    p->n[p->len] = 1;
    p->len++;
}

/* A concession or a settlement that names no other side ("We will not
 * compromise on the sovereignty of any European country", "while
 * remaining committed to finding a political solution") is made to the
 * other side of the dispute the article reports: the party it names most
 * often, other than the one who concedes (the first named on a tie).  With
 * no such party the event is dropped: nobody is there to concede to.
 * data/README.md states the rule. */
static sr_status address_to_counterpart(sr_article *a, sr_events *evs, const party_counts *p)
{
    size_t kept = 0;
    for (size_t k = 0; k < evs->n; k++) {
        sr_article_event *e = &evs->v[k];
        int open = !e->target_code[0] && e->type && (!strcmp(e->type, "CONCEDE") || !strcmp(e->type, "AGREE"));
        if (open) {
            char own[10];
            party_key(e->source_code, own);
            int best = -1;
            for (int j = 0; j < p->len; j++)
                if (strcmp(p->key[j], own) != 0 && (best < 0 || p->n[j] > p->n[best]))
                    best = j;
            if (best < 0)
                continue;
            e->target_code = sr_article_strndup(a, p->key[best], strlen(p->key[best]));
            if (!e->target_code)
                return SR_ERR_NOMEM;
            e->target_country = country_of(a, e->target_code);
            e->target_text = "";
            e->target_name = NULL;
        }
        evs->v[kept++] = *e;
    }
    evs->n = kept;
    return SR_OK;
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
    char context_country[4] = "";
    const char *sentence_date_source = NULL;
    size_t dated_sentence = (size_t)-1;
    party_counts parties = {0};
    sr_status st = SR_OK;
    for (size_t si = 0; si < t->n_sentences && st == SR_OK; si++) {
        const sr_sentence *s = &t->sentences[si];
        const char *text = a->body + s->byte_start;
        size_t len = s->byte_end - s->byte_start;
        /* the dateline is blanked, keeping every byte where it was */
        size_t dateline = si == 0 ? dateline_length(text, len) : 0;
        if (dateline && d->plover.n) {
            /* the dateline's country is where the report's visits and
             * arrivals that name no place happened ("Macron arrived at the
             * air base", filed from "MIHAIL KOGALNICEANU, Romania") */
            sr_code_result dr;
            if (sr_coder_code(coder, text, dateline, date, &dr) != SR_OK) {
                st = SR_ERR_NOMEM;
                break;
            }
            sr_coder_mention dm[8];
            size_t ndm = sr_coder_mentions(coder, dm, 8);
            for (size_t k = 0; k < ndm && !context_country[0]; k++)
                if (dm[k].n_codes && strlen(dm[k].codes[0]) >= 3 && strncmp(dm[k].codes[0], "IGO", 3) != 0)
                    memcpy(context_country, dm[k].codes[0], 3);
            sr_coder_reset(coder);
        }
        if (dateline) {
            char *copy = sr_article_strndup(a, text, len);
            if (!copy) {
                st = SR_ERR_NOMEM;
                break;
            }
            memset(copy, ' ', dateline);
            text = copy;
        }
        /* pronouns carry across paragraphs too: leads are often one-sentence paragraphs */
        sr_code_result r;
        sr_coder_span spans[16];
        size_t n_spans = quote_spans(a, s, spans, 16);
        if (d->plover.n)
            for (size_t k = 0; k < n_spans; k++)
                if (spans[k].kind == SR_SPAN_SPEECH && spans[k].own_words && spans[k].speaker)
                    spans[k].addressee = addressee_of(a, evs, spans[k].speaker);
        sr_coder_set_spans(coder, spans, n_spans);
        if (sr_coder_code(coder, text, len, date, &r) != SR_OK) {
            st = SR_ERR_NOMEM;
            break;
        }
        /* events reported by nouns, with our dictionaries (nominal.c) */
        sr_nominal_event nominal[16];
        size_t n_nominal = 0;
        if (d->plover.n) {
            sr_coder_mention mentions[64];
            size_t nm = sr_coder_mentions(coder, mentions, 64);
            /* without a dateline, the first place the article names */
            for (size_t k = 0; k < nm && !context_country[0]; k++)
                if (mentions[k].place && mentions[k].n_codes && strlen(mentions[k].codes[0]) >= 3 &&
                    strncmp(mentions[k].codes[0], "IGO", 3) != 0)
                    memcpy(context_country, mentions[k].codes[0], 3);
            for (size_t k = 0; k < nm; k++)
                if (!mentions[k].place)
                    for (uint8_t j = 0; j < mentions[k].n_codes; j++)
                        count_party(&parties, mentions[k].codes[j]);
            n_nominal = sr_nominal_events(text, len, mentions, nm, nominal, 16);
            n_nominal += speaker_events(a, text, len, mentions, nm, spans, n_spans, nominal + n_nominal,
                                        16 - n_nominal);
        }
        size_t sentence_first = evs->n;
        for (size_t k = 0; k < r.n_events + n_nominal; k++) {
            sr_coded_event ec = k < r.n_events ? r.events[k] : nominal[k - r.n_events].ev;
            const sr_coded_event *e = &ec;
            /* a noun's event that a verb of the sentence already reports
             * ("will travel to Chisinau for talks with Moldova's
             * government") is that event, with the verb's modality */
            if (k >= r.n_events && reported_by_verb(d, &r, e))
                continue;
            /* acts inside a condition ("if Russia uses force") and mere
             * possibilities ("could invade") did not happen: no event */
            if (e->in_condition || e->hedged)
                continue;
            if (d->plover.n && !careful_reading(d, text, len, date / 10000, &ec))
                continue;
            if (d->plover.n)
                ec.code = support_in_arms(d, text, len, &ec);
            if (d->plover.n) {
                ec.source.code = organization_itself(a, ec.source.code);
                ec.target.code = organization_itself(a, ec.target.code);
                /* a visit or an arrival that names no place went where the
                 * article is: its dateline, else the first place it names */
                if (!ec.target.code[0] && context_country[0] && arrival(d, text, &ec) &&
                    strncmp(ec.source.code, context_country, 3) != 0) {
                    ec.target.code = sr_article_strndup(a, context_country, 3);
                    ec.target.name = NULL;
                    if (!ec.target.code) {
                        st = SR_ERR_NOMEM;
                        break;
                    }
                }
            }
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
            /* ... also when the blow has no target of its own ("we will
             * increase our presence": the threat is against X), and when
             * the condition is an ultimatum that names nobody ("tariffs on
             * Russia if there is no deal").  The one threatened is the one
             * the condition asks to act ("If Moscow does not agree, ...
             * tariffs on buyers of Russian oil": Moscow). */
            if (modality == SR_MOD_CONDITIONAL &&
                (e->condition_actor.code[0]
                     ? strcmp(e->condition_actor.code, e->source.code) != 0 &&
                           (!e->target.code[0] || strncmp(e->condition_actor.code, e->target.code, 3) == 0)
                     : e->target.code[0] != 0 && e->condition_negative && !sent_to(d, e->code))) {
                const char *threat = threat_code(d, e->code);
                if (threat) {
                    code = threat;
                    modality = SR_MOD_ASSERTED;
                    /* ... unless the blow names the one it falls on more
                     * precisely than the condition ("sanctions on Moscow
                     * if Russian troops cross the border") */
                    if (e->condition_actor.code[0] && d->plover.n && strlen(e->target.code) <= 3)
                        ec.target = ec.condition_actor;
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
                if (modality == SR_MOD_CONDITIONAL && row->type && strcmp(row->type, "THREATEN") == 0) {
                    modality = SR_MOD_ASSERTED;
                    /* "ready to react if Russia uses force": against Russia */
                    if (!ec.target.code[0] && e->condition_actor.code[0] &&
                        strcmp(e->condition_actor.code, e->source.code) != 0)
                        ec.target = ec.condition_actor;
                }
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
                uint32_t c0 = (uint32_t)(s->start + sr_utf8_count(text, e->clause_b0));
                uint32_t c1 = (uint32_t)(s->start + sr_utf8_count(text, e->clause_b1));
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
                (mention_within(o->place, s->start + sr_utf8_count(text, e->source.b0),
                                s->start + sr_utf8_count(text, e->source.b1)) ||
                 mention_within(o->place, s->start + sr_utf8_count(text, e->target.b0),
                                s->start + sr_utf8_count(text, e->target.b1)))) {
                const sr_places *pl = impl->places;
                o->place = pl->dateline >= 0 ? &pl->mentions[pl->dateline] : NULL;
                o->place_source = o->place ? "dateline" : NULL;
            }
            o->sentence = si;
            o->start = s->start + sr_utf8_count(text, e->span_b0);
            o->end = s->start + sr_utf8_count(text, e->span_b1);
            o->evidence = slice(a, text, e->span_b0, e->span_b1);
            o->rule = k < r.n_events ? rule_text(a, d, e) : nominal[k - r.n_events].rule;
            if (!o->cameo || !o->source_code || !o->target_code)
                st = SR_ERR_NOMEM;
        }
        if (st == SR_OK && d->plover.n && evs->n > sentence_first)
            evs->n = sentence_first + one_report_each(evs->v + sentence_first, evs->n - sentence_first);
    }
    sr_coder_free(coder);
    if (st == SR_OK && d->plover.n)
        st = address_to_counterpart(a, evs, &parties);
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

