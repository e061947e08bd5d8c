/*
 * store.h - the store interface that every database backend implements.
 *
 * sitrep.h's sr_store_* functions dispatch through these operations, so the
 * SQLite backend (sqlite.c) and a PostgreSQL backend share one contract and
 * one schema (schema.c).
 */
#ifndef SR_STORE_STORE_H
#define SR_STORE_STORE_H

#include <sitrep/sitrep.h>

typedef struct sr_store_ops {
    const char *name;
    void (*close)(sr_store *s);
    sr_status (*begin)(sr_store *s);
    sr_status (*commit)(sr_store *s);
    sr_status (*rollback)(sr_store *s);
    sr_status (*put_article)(sr_store *s, const sr_article *a, int *added);
    sr_status (*put_reject)(sr_store *s, const sr_reject *r, int *added);
    sr_status (*list_articles)(sr_store *s, const sr_article_filter *f, sr_row_fn fn, void *ud);
    sr_status (*search)(sr_store *s, const char *query, long limit, sr_row_fn fn, void *ud);
    sr_status (*stats)(sr_store *s, sr_row_fn fn, void *ud);
    sr_status (*list_rejects)(sr_store *s, long limit, sr_row_fn fn, void *ud);
    sr_status (*list_quotes)(sr_store *s, const sr_quote_filter *f, sr_row_fn fn, void *ud);
    sr_status (*list_events)(sr_store *s, const sr_event_filter *f, sr_row_fn fn, void *ud);
} sr_store_ops;

struct sr_store {
    const sr_store_ops *ops;
    char errmsg[1024];
};

/* The schema, statement by statement; portable SQL except where marked. */
extern const char *const sr_schema_statements[];
/* Raised with every change of the schema: a database of another version is
 * refused with a message, never half-used (2: sentence spans on articles,
 * event dates and places with their sources). */
#define SR_SCHEMA_VERSION 2

sr_status sr_sqlite_open(const char *path, sr_store **out, char *err, size_t errlen);

#endif
