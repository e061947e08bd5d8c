/*
 * sqlite.c - the embedded default store: one SQLite file, WAL, FTS5.
 *
 * Writes happen in caller-sized transactions (sr_store_begin/commit): a
 * killed process loses only the open batch, and re-running the same input
 * adds nothing, because article ids come from their content and rejects are
 * unique per (place, bytes).  Statements that run per article are prepared
 * once.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/core.h"
#include "events/events.h"
#include "places/places.h"
#include "quotes/quotes.h"
#include "store/store.h"
#include "text/text.h"
#include "util/buf.h"
#include "util/hash.h"

typedef struct sqlite_store {
    sr_store base;
    sqlite3 *db;
    sqlite3_stmt *insert_article;
    sqlite3_stmt *insert_fts;
    sqlite3_stmt *insert_reject;
    sqlite3_stmt *insert_place;
    sqlite3_stmt *insert_event;
    sqlite3_stmt *insert_quote;
} sqlite_store;

static sr_status db_error(sqlite_store *s, const char *what)
{
    snprintf(s->base.errmsg, sizeof s->base.errmsg, "%s: %s", what, sqlite3_errmsg(s->db));
    return SR_ERR_DB;
}

static sr_status exec_sql(sqlite_store *s, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(s->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(s->base.errmsg, sizeof s->base.errmsg, "%s (in: %.80s)", msg ? msg : "?", sql);
        sqlite3_free(msg);
        return SR_ERR_DB;
    }
    return SR_OK;
}

static void now_iso(char out[32])
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* Decimal digits without printf: this runs for every sentence stored. */
static void put_uint(sr_buf *b, uint32_t v)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n > 0)
        sr_buf_putc(b, digits[--n]);
}

static void bind_text_or_null(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

/* ------------------------------------------------------------ writes */

static sr_status sqlite_begin(sr_store *base)
{
    return exec_sql((sqlite_store *)base, "BEGIN IMMEDIATE");
}

static sr_status sqlite_commit(sr_store *base)
{
    return exec_sql((sqlite_store *)base, "COMMIT");
}

static sr_status sqlite_rollback(sr_store *base)
{
    return exec_sql((sqlite_store *)base, "ROLLBACK");
}

/* The article's resolved toponyms (lib/places) into the places table. */
static sr_status put_places(sqlite_store *s, const sr_article *a)
{
    const sr_places *p = a->impl->places;
    if (!p || p->n_mentions == 0)
        return SR_OK;
    sqlite3_stmt *st = s->insert_place;
    for (size_t i = 0; i < p->n_mentions; i++) {
        const sr_place_mention *m = &p->mentions[i];
        const sr_gaz_place *pl = sr_gazetteer_place(p->gazetteer, m->place);
        if (!pl || m->kind == SR_PLACE_DEMONYM)
            continue;
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, m->start);
        sqlite3_bind_int64(st, 3, m->end);
        sqlite3_bind_text(st, 4, a->body + m->byte_start, (int)(m->byte_end - m->byte_start),
                          SQLITE_STATIC);
        sqlite3_bind_text(st, 5, sr_places_name(p, pl), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, sr_gazetteer_country3(p->gazetteer, pl), -1, SQLITE_STATIC);
        sqlite3_bind_double(st, 7, pl->lat);
        sqlite3_bind_double(st, 8, pl->lon);
        sqlite3_bind_int64(st, 9, pl->geonameid);
        if (sqlite3_step(st) != SQLITE_DONE)
            return db_error(s, "storing a place");
    }
    return SR_OK;
}

/* The article's coded events (lib/events) into the events table. */
static sr_status put_events(sqlite_store *s, const sr_article *a)
{
    const sr_events *ev = sr_article_events(a);
    if (!ev || ev->n == 0)
        return SR_OK;
    sqlite3_stmt *st = s->insert_event;
    for (size_t i = 0; i < ev->n; i++) {
        const sr_article_event *e = &ev->v[i];
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)e->sentence);
        sqlite3_bind_int64(st, 3, (sqlite3_int64)e->start);
        sqlite3_bind_int64(st, 4, (sqlite3_int64)e->end);
        bind_text_or_null(st, 5, e->type);
        bind_text_or_null(st, 6, e->mode);
        bind_text_or_null(st, 7, e->cameo);
        sqlite3_bind_double(st, 8, e->goldstein);
        sqlite3_bind_int(st, 9, e->quad_class);
        bind_text_or_null(st, 10, e->modality);
        bind_text_or_null(st, 11, e->date);
        bind_text_or_null(st, 12, e->source_text);
        bind_text_or_null(st, 13, e->source_name);
        bind_text_or_null(st, 14, e->source_code);
        bind_text_or_null(st, 15, e->source_country);
        bind_text_or_null(st, 16, e->target_text);
        bind_text_or_null(st, 17, e->target_name);
        bind_text_or_null(st, 18, e->target_code);
        bind_text_or_null(st, 19, e->target_country);
        bind_text_or_null(st, 20, e->evidence);
        bind_text_or_null(st, 21, e->rule);
        bind_text_or_null(st, 22, e->date_source);
        const sr_places *pp = a->impl->places;
        const sr_gaz_place *pl =
            e->place && pp ? sr_gazetteer_place(pp->gazetteer, e->place->place) : NULL;
        bind_text_or_null(st, 23, pl ? e->place_source : NULL);
        if (pl) {
            sqlite3_bind_text(st, 24, sr_places_name(pp, pl), -1, SQLITE_STATIC);
            bind_text_or_null(st, 25, sr_gazetteer_country3(pp->gazetteer, pl));
            sqlite3_bind_double(st, 26, pl->lat);
            sqlite3_bind_double(st, 27, pl->lon);
            sqlite3_bind_int64(st, 28, pl->geonameid);
        } else {
            for (int k = 24; k <= 28; k++)
                sqlite3_bind_null(st, k);
        }
        if (sqlite3_step(st) != SQLITE_DONE)
            return db_error(s, "storing an event");
    }
    return SR_OK;
}

/* The article's quotations (lib/quotes) into the quotes table. */
static sr_status put_quotes(sqlite_store *s, const sr_article *a)
{
    const sr_quotes *q = a->impl->quotes;
    if (!q || q->n == 0)
        return SR_OK;
    sqlite3_stmt *st = s->insert_quote;
    for (size_t i = 0; i < q->n; i++) {
        const sr_quote *x = &q->items[i];
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
        sqlite3_bind_int64(st, 2, x->sentence);
        sqlite3_bind_int64(st, 3, x->start);
        sqlite3_bind_int64(st, 4, x->end);
        sqlite3_bind_text(st, 5, sr_quote_kind_name(x->kind), -1, SQLITE_STATIC);
        sqlite3_bind_text(st, 6, x->text, -1, SQLITE_STATIC);
        bind_text_or_null(st, 7, x->cue);
        bind_text_or_null(st, 8, x->speaker_text);
        bind_text_or_null(st, 9, x->speaker_name);
        bind_text_or_null(st, 10, x->speaker_code);
        if (sqlite3_step(st) != SQLITE_DONE)
            return db_error(s, "storing a quotation");
    }
    return SR_OK;
}

static sr_status sqlite_put_article(sr_store *base, const sr_article *a, int *added)
{
    sqlite_store *s = (sqlite_store *)base;
    char now[32];
    now_iso(now);
    *added = 0;
    sqlite3_stmt *st = s->insert_article;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, a->path, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, a->format ? a->format : "text", -1, SQLITE_STATIC);
    bind_text_or_null(st, 4, a->url);
    bind_text_or_null(st, 5, a->title);
    bind_text_or_null(st, 6, a->outlet);
    bind_text_or_null(st, 7, a->date);
    bind_text_or_null(st, 8, a->language);
    sqlite3_bind_text(st, 9, a->body, (int)a->body_len, SQLITE_STATIC);
    sqlite3_bind_int64(st, 10, (sqlite3_int64)a->n_chars);
    sqlite3_bind_int64(st, 11, (sqlite3_int64)a->n_sentences);
    sqlite3_bind_text(st, 12, now, -1, SQLITE_TRANSIENT);
    sr_buf spans = SR_BUF_INIT;
    const sr_text *t = a->impl->text;
    sr_buf_putc(&spans, '[');
    for (size_t i = 0; t && i < t->n_sentences; i++) {
        sr_buf_puts(&spans, i ? ",[" : "[");
        put_uint(&spans, t->sentences[i].start);
        sr_buf_putc(&spans, ',');
        put_uint(&spans, t->sentences[i].end);
        sr_buf_putc(&spans, ',');
        put_uint(&spans, t->sentences[i].paragraph);
        sr_buf_putc(&spans, ']');
    }
    sr_buf_putc(&spans, ']');
    if (spans.oom) {
        /* a cut-off list would be stored as if whole */
        sr_buf_free(&spans);
        snprintf(s->base.errmsg, sizeof s->base.errmsg, "out of memory listing sentence spans");
        return SR_ERR_NOMEM;
    }
    sqlite3_bind_text(st, 13, sr_buf_cstr(&spans), (int)spans.len, SQLITE_TRANSIENT);
    int stepped = sqlite3_step(st);
    sr_buf_free(&spans);
    if (stepped != SQLITE_DONE)
        return db_error(s, "storing an article");
    if (sqlite3_changes(s->db) == 0)
        return SR_OK; /* already there: same url and text */
    *added = 1;
    sqlite3_int64 rowid = sqlite3_last_insert_rowid(s->db);

    st = s->insert_fts;
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, rowid);
    bind_text_or_null(st, 2, a->title);
    sqlite3_bind_text(st, 3, a->body, (int)a->body_len, SQLITE_STATIC);
    if (sqlite3_step(st) != SQLITE_DONE)
        return db_error(s, "indexing an article for search");
    sr_status placed = put_places(s, a);
    sr_status quoted = placed == SR_OK ? put_quotes(s, a) : placed;
    return quoted == SR_OK ? put_events(s, a) : quoted;
}

static sr_status sqlite_put_reject(sr_store *base, const sr_reject *r, int *added)
{
    sqlite_store *s = (sqlite_store *)base;
    char now[32], hex[17];
    now_iso(now);
    uint64_t h = sr_hash64(SR_HASH_SEED, r->reason, strlen(r->reason));
    if (r->raw_len)
        h = sr_hash64(h, r->raw, r->raw_len);
    sr_hash_hex(h, hex);
    sqlite3_stmt *st = s->insert_reject;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, r->where ? r->where : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, r->path ? r->path : "", -1, SQLITE_STATIC);
    if (r->offset >= 0)
        sqlite3_bind_int64(st, 3, r->offset);
    else
        sqlite3_bind_null(st, 3);
    if (r->line > 0)
        sqlite3_bind_int64(st, 4, r->line);
    else
        sqlite3_bind_null(st, 4);
    sqlite3_bind_text(st, 5, r->reason, -1, SQLITE_STATIC);
    if (r->raw_len)
        sqlite3_bind_blob64(st, 6, r->raw, r->raw_len, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, 6);
    sqlite3_bind_int64(st, 7, (sqlite3_int64)r->raw_len);
    sqlite3_bind_text(st, 8, hex, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 9, now, -1, SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE)
        return db_error(s, "storing a reject");
    *added = sqlite3_changes(s->db) > 0;
    return SR_OK;
}

/* ------------------------------------------------------------ reads */

static sr_status run_query(sqlite_store *s, sqlite3_stmt *st, sr_row_fn fn, void *ud)
{
    int n = sqlite3_column_count(st);
    const char *names[32];
    const char *values[32];
    int numeric[32];
    if (n > 32)
        n = 32;
    int rc, first = 1;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        /* names are read after the first step: a step that re-prepares the
         * statement (bound LIKE patterns do) frees names read before it */
        for (int i = 0; first && i < n; i++)
            names[i] = sqlite3_column_name(st, i);
        first = 0;
        for (int i = 0; i < n; i++) {
            int type = sqlite3_column_type(st, i); /* before the text conversion */
            numeric[i] = type == SQLITE_INTEGER || type == SQLITE_FLOAT;
            values[i] = (const char *)sqlite3_column_text(st, i);
        }
        if (fn(ud, n, names, values, numeric))
            break;
    }
    sr_status status = (rc == SQLITE_ROW || rc == SQLITE_DONE) ? SR_OK : db_error(s, "query");
    sqlite3_finalize(st);
    return status;
}

static sr_status prepare(sqlite_store *s, const char *sql, sqlite3_stmt **st)
{
    if (sqlite3_prepare_v2(s->db, sql, -1, st, NULL) != SQLITE_OK)
        return db_error(s, "preparing a query");
    return SR_OK;
}

static sr_status sqlite_list_articles(sr_store *base, const sr_article_filter *f, sr_row_fn fn,
                                      void *ud)
{
    sqlite_store *s = (sqlite_store *)base;
    sqlite3_stmt *st;
    sr_status rc = prepare(s,
                           "SELECT id, date, outlet, language, n_sentences AS sentences, title, url, path"
                           " FROM articles"
                           " WHERE (?1 IS NULL OR date >= ?1) AND (?2 IS NULL OR date <= ?2)"
                           "   AND (?3 IS NULL OR outlet = ?3)"
                           " ORDER BY date DESC NULLS LAST, rowid LIMIT ?4",
                           &st);
    if (rc)
        return rc;
    bind_text_or_null(st, 1, f ? f->since : NULL);
    bind_text_or_null(st, 2, f ? f->until : NULL);
    bind_text_or_null(st, 3, f ? f->outlet : NULL);
    sqlite3_bind_int64(st, 4, f && f->limit > 0 ? f->limit : -1);
    return run_query(s, st, fn, ud);
}

static sr_status sqlite_search(sr_store *base, const char *query, long limit, sr_row_fn fn,
                               void *ud)
{
    sqlite_store *s = (sqlite_store *)base;
    sqlite3_stmt *st;
    sr_status rc = prepare(s,
                           "SELECT a.id, a.date, a.outlet, a.title,"
                           " snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet"
                           " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                           " WHERE articles_fts MATCH ?1 ORDER BY rank LIMIT ?2",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, limit > 0 ? limit : -1);
    rc = run_query(s, st, fn, ud);
    if (rc == SR_ERR_DB) {
        char cause[512];
        snprintf(cause, sizeof cause, "%s", sqlite3_errmsg(s->db));
        snprintf(s->base.errmsg, sizeof s->base.errmsg,
                 "cannot read the search query '%s' (%s): use words, \"exact phrases\", OR, "
                 "NOT, prefix*",
                 query, cause);
    }
    return rc;
}

static sr_status sqlite_stats(sr_store *base, sr_row_fn fn, void *ud)
{
    sqlite_store *s = (sqlite_store *)base;
    sqlite3_stmt *st;
    sr_status rc = prepare(
        s,
        "SELECT 'articles' AS what, COUNT(*) AS count FROM articles"
        " UNION ALL SELECT 'sentences', COUNT(*) FROM sentences"
        " UNION ALL SELECT 'rejects', COUNT(*) FROM rejects"
        " UNION ALL SELECT 'events', COUNT(*) FROM events"
        " UNION ALL SELECT 'quotes', COUNT(*) FROM quotes"
        " UNION ALL SELECT 'places', COUNT(*) FROM places"
        " UNION ALL SELECT 'outlets', COUNT(DISTINCT outlet) FROM articles"
        " UNION ALL SELECT 'first date', MIN(date) FROM articles"
        " UNION ALL SELECT 'last date', MAX(date) FROM articles"
        " UNION ALL SELECT * FROM (SELECT 'format ' || format, COUNT(*) FROM articles"
        "   GROUP BY format ORDER BY format)"
        " UNION ALL SELECT * FROM (SELECT 'language ' || COALESCE(language, 'und'), COUNT(*)"
        "   FROM articles GROUP BY language ORDER BY COUNT(*) DESC)",
        &st);
    if (rc)
        return rc;
    return run_query(s, st, fn, ud);
}

static sr_status sqlite_list_rejects(sr_store *base, long limit, sr_row_fn fn, void *ud)
{
    sqlite_store *s = (sqlite_store *)base;
    sqlite3_stmt *st;
    sr_status rc = prepare(s,
                           "SELECT location, reason, raw_len AS bytes_kept, rejected_at"
                           " FROM rejects ORDER BY id LIMIT ?1",
                           &st);
    if (rc)
        return rc;
    sqlite3_bind_int64(st, 1, limit > 0 ? limit : -1);
    return run_query(s, st, fn, ud);
}

/* Quotations; --search words become one LIKE each, bound as parameters. */
static sr_status sqlite_list_quotes(sr_store *base, const sr_quote_filter *f, sr_row_fn fn,
                                    void *ud)
{
    sqlite_store *s = (sqlite_store *)base;
    enum { MAX_WORDS = 16 };
    char words[MAX_WORDS][128];
    size_t n_words = 0;
    for (const char *p = f && f->search ? f->search : ""; *p;) {
        while (*p == ' ' || *p == '\t')
            p++;
        size_t len = strcspn(p, " \t");
        if (!len)
            break;
        if (n_words == MAX_WORDS || len + 3 > sizeof words[0]) {
            snprintf(s->base.errmsg, sizeof s->base.errmsg,
                     "the search holds more than %d words or a word of more than 120 bytes",
                     MAX_WORDS);
            return SR_ERR_LIMIT;
        }
        snprintf(words[n_words++], sizeof words[0], "%%%.*s%%", (int)len, p);
        p += len;
    }
    sr_buf sql = SR_BUF_INIT;
    sr_buf_puts(&sql, "SELECT a.date, a.outlet, COALESCE(q.speaker_name, q.speaker_text) AS speaker,"
                      " q.kind, q.cue, q.text AS quote, q.article_id AS article,"
                      " q.start_char AS start, q.end_char AS end"
                      " FROM quotes q JOIN articles a ON a.id = q.article_id"
                      " WHERE (?1 IS NULL OR a.date >= ?1) AND (?2 IS NULL OR a.date <= ?2)"
                      "   AND (?3 IS NULL OR q.speaker_name LIKE '%' || ?3 || '%'"
                      "        OR q.speaker_text LIKE '%' || ?3 || '%')"
                      "   AND (?4 IS NULL OR q.kind = ?4)");
    for (size_t i = 0; i < n_words; i++)
        sr_buf_printf(&sql, " AND q.text LIKE ?%zu", i + 6);
    sr_buf_puts(&sql, " ORDER BY a.date DESC NULLS LAST, a.rowid, q.start_char LIMIT ?5");
    if (sql.oom) {
        sr_buf_free(&sql);
        return SR_ERR_NOMEM;
    }
    sqlite3_stmt *st;
    sr_status rc = prepare(s, sr_buf_cstr(&sql), &st);
    sr_buf_free(&sql);
    if (rc)
        return rc;
    bind_text_or_null(st, 1, f ? f->since : NULL);
    bind_text_or_null(st, 2, f ? f->until : NULL);
    bind_text_or_null(st, 3, f ? f->speaker : NULL);
    bind_text_or_null(st, 4, f ? f->kind : NULL);
    sqlite3_bind_int64(st, 5, f && f->limit > 0 ? f->limit : -1);
    for (size_t i = 0; i < n_words; i++)
        sqlite3_bind_text(st, (int)i + 6, words[i], -1, SQLITE_TRANSIENT);
    return run_query(s, st, fn, ud);
}

/* Events; a type in capitals is a PLOVER type, digits the start of a CAMEO
 * code. */
static sr_status sqlite_list_events(sr_store *base, const sr_event_filter *f, sr_row_fn fn,
                                    void *ud)
{
    sqlite_store *s = (sqlite_store *)base;
    static const char sql[] =
        "SELECT COALESCE(e.date, a.date) AS date, e.type, e.mode, e.modality,"
        " COALESCE(e.source_name, e.source_text) AS source, e.source_code,"
        " COALESCE(e.target_name, e.target_text) AS target, e.target_code,"
        " e.place_name AS place, e.place_country, e.cameo, e.goldstein, e.evidence,"
        " e.article_id AS article, e.start_char AS start, e.end_char AS end,"
        " e.date_source, e.place_source"
        " FROM events e JOIN articles a ON a.id = e.article_id"
        " WHERE (?1 IS NULL OR COALESCE(e.date, a.date) >= ?1)"
        "   AND (?2 IS NULL OR COALESCE(e.date, a.date) <= ?2)"
        "   AND (?3 IS NULL OR e.source_code LIKE '%' || ?3 || '%' OR e.source_name LIKE '%' || ?3 || '%'"
        "        OR e.source_text LIKE '%' || ?3 || '%' OR e.target_code LIKE '%' || ?3 || '%'"
        "        OR e.target_name LIKE '%' || ?3 || '%' OR e.target_text LIKE '%' || ?3 || '%')"
        "   AND (?4 IS NULL OR e.type = UPPER(?4) OR e.cameo LIKE ?4 || '%')"
        "   AND (?5 IS NULL OR e.modality = ?5)"
        "   AND (?6 IS NULL OR e.place_name LIKE '%' || ?6 || '%' OR e.place_country = UPPER(?6))"
        "   AND (?7 OR e.modality IS NOT 'negated' OR ?5 = 'negated')"
        " ORDER BY COALESCE(e.date, a.date) DESC NULLS LAST, a.rowid, e.start_char LIMIT ?8";
    sqlite3_stmt *st;
    sr_status rc = prepare(s, sql, &st);
    if (rc)
        return rc;
    bind_text_or_null(st, 1, f ? f->since : NULL);
    bind_text_or_null(st, 2, f ? f->until : NULL);
    bind_text_or_null(st, 3, f ? f->actor : NULL);
    bind_text_or_null(st, 4, f ? f->type : NULL);
    bind_text_or_null(st, 5, f ? f->modality : NULL);
    bind_text_or_null(st, 6, f ? f->place : NULL);
    sqlite3_bind_int(st, 7, f && f->with_negated);
    sqlite3_bind_int64(st, 8, f && f->limit > 0 ? f->limit : -1);
    return run_query(s, st, fn, ud);
}

/* ------------------------------------------------------------ open/close */

static void sqlite_close(sr_store *base)
{
    sqlite_store *s = (sqlite_store *)base;
    sqlite3_finalize(s->insert_article);
    sqlite3_finalize(s->insert_fts);
    sqlite3_finalize(s->insert_reject);
    sqlite3_finalize(s->insert_place);
    sqlite3_finalize(s->insert_event);
    sqlite3_finalize(s->insert_quote);
    sqlite3_close(s->db);
    free(s);
}

static const sr_store_ops sqlite_ops = {
    .name = "sqlite",
    .close = sqlite_close,
    .begin = sqlite_begin,
    .commit = sqlite_commit,
    .rollback = sqlite_rollback,
    .put_article = sqlite_put_article,
    .put_reject = sqlite_put_reject,
    .list_articles = sqlite_list_articles,
    .search = sqlite_search,
    .stats = sqlite_stats,
    .list_rejects = sqlite_list_rejects,
    .list_quotes = sqlite_list_quotes,
    .list_events = sqlite_list_events,
};

/* SQLite-only parts: the sentences view over articles.sentence_spans, and
 * the full-text index over title and body, kept as an external-content table
 * so the text is stored once. */
static const char *const sqlite_extra_schema[] = {
    "CREATE VIEW IF NOT EXISTS sentences AS"
    " SELECT a.id AS article_id, CAST(j.key AS INTEGER) AS idx,"
    " json_extract(j.value, '$[0]') AS start_char, json_extract(j.value, '$[1]') AS end_char,"
    " json_extract(j.value, '$[2]') AS paragraph"
    " FROM articles a, json_each(a.sentence_spans) j",
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    " title, body, content='articles', content_rowid='rowid',"
    " tokenize='unicode61 remove_diacritics 2')",
    NULL,
};

#define SR_STRINGIFY_(x) #x
#define SR_STRINGIFY(x) SR_STRINGIFY_(x)

static int has_table(sqlite_store *s, const char *name)
{
    sqlite3_stmt *st;
    int found = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", -1,
                           &st, NULL) == SQLITE_OK) {
        sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
        found = sqlite3_step(st) == SQLITE_ROW;
        sqlite3_finalize(st);
    }
    return found;
}

sr_status sr_sqlite_open(const char *path, sr_store **out, char *err, size_t errlen)
{
    *out = NULL;
    sqlite_store *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "out of memory");
        return SR_ERR_NOMEM;
    }
    s->base.ops = &sqlite_ops;
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        snprintf(err, errlen, "cannot open database %s: %s", path,
                 s->db ? sqlite3_errmsg(s->db) : "out of memory");
        sqlite3_close(s->db);
        free(s);
        return SR_ERR_DB;
    }
    sqlite3_busy_timeout(s->db, 10000);
    sr_status rc = exec_sql(s, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                               " PRAGMA foreign_keys=ON");
    int version = 0;
    if (rc == SR_OK) {
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW)
                version = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        }
        if (version > SR_SCHEMA_VERSION) {
            snprintf(s->base.errmsg, sizeof s->base.errmsg,
                     "the database has schema version %d, newer than this sitrep (%d): "
                     "upgrade sitrep",
                     version, SR_SCHEMA_VERSION);
            rc = SR_ERR_DB;
        } else if (version < SR_SCHEMA_VERSION && has_table(s, "articles")) {
            /* no migrations yet: an older layout would fail later, statement
             * by statement, with messages that name no cause */
            snprintf(s->base.errmsg, sizeof s->base.errmsg,
                     "the database was written by an older sitrep (schema version %d, this one "
                     "reads %d): ingest into a new database file",
                     version, SR_SCHEMA_VERSION);
            rc = SR_ERR_DB;
        }
    }
    if (rc == SR_OK && version < SR_SCHEMA_VERSION) {
        rc = exec_sql(s, "BEGIN");
        for (size_t i = 0; rc == SR_OK && sr_schema_statements[i]; i++)
            rc = exec_sql(s, sr_schema_statements[i]);
        for (size_t i = 0; rc == SR_OK && sqlite_extra_schema[i]; i++)
            rc = exec_sql(s, sqlite_extra_schema[i]);
        if (rc == SR_OK)
            rc = exec_sql(s, "PRAGMA user_version = " SR_STRINGIFY(SR_SCHEMA_VERSION) "; COMMIT");
        else
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    }
    if (rc == SR_OK &&
        (sqlite3_prepare_v2(s->db,
                            "INSERT OR IGNORE INTO articles (id, path, format, url, title, outlet,"
                            " date, language, body, chars, n_sentences, ingested_at,"
                            " sentence_spans)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                            -1, &s->insert_article, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db,
                            "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)",
                            -1, &s->insert_fts, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db,
                            "INSERT OR IGNORE INTO rejects (location, path, byte_offset, line,"
                            " reason, raw, raw_len, raw_hash, rejected_at)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                            -1, &s->insert_reject, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db,
                            "INSERT INTO places(article_id, start_char, end_char, text, name, country,"
                            " lat, lon, geonameid) VALUES (?,?,?,?,?,?,?,?,?)",
                            -1, &s->insert_place, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db,
                            "INSERT INTO events(article_id, sentence, start_char, end_char, type, mode,"
                            " cameo, goldstein, quad_class, modality, date, source_text, source_name,"
                            " source_code, source_country, target_text, target_name, target_code,"
                            " target_country, evidence, rule, date_source, place_source, place_name,"
                            " place_country, lat, lon, geonameid)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                            -1, &s->insert_event, NULL) != SQLITE_OK ||
         sqlite3_prepare_v2(s->db,
                            "INSERT INTO quotes(article_id, sentence, start_char, end_char, kind, text,"
                            " cue, speaker_text, speaker_name, speaker_code)"
                            " VALUES (?,?,?,?,?,?,?,?,?,?)",
                            -1, &s->insert_quote, NULL) != SQLITE_OK))
        rc = db_error(s, "preparing statements");
    if (rc != SR_OK) {
        snprintf(err, errlen, "%s: %s", path, s->base.errmsg);
        sqlite_close(&s->base);
        return rc;
    }
    *out = &s->base;
    return SR_OK;
}
