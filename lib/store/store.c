/*
 * store.c - sr_store_* entry points: choose a backend, then dispatch.
 */
#include <stdio.h>
#include <string.h>

#include "store/store.h"

sr_status sr_store_open(const char *target, sr_store **out, char *err, size_t errlen)
{
    *out = NULL;
    if (!target || !*target) {
        snprintf(err, errlen, "no database given");
        return SR_ERR_USAGE;
    }
    if (strncmp(target, "postgres://", 11) == 0 || strncmp(target, "postgresql://", 13) == 0) {
        snprintf(err, errlen, "%s: the PostgreSQL backend is not built yet; use a SQLite file",
                 target);
        return SR_ERR_USAGE;
    }
    return sr_sqlite_open(target, out, err, errlen);
}

void sr_store_close(sr_store *s)
{
    if (s)
        s->ops->close(s);
}

const char *sr_store_errmsg(const sr_store *s)
{
    return s->errmsg;
}

sr_status sr_store_begin(sr_store *s) { return s->ops->begin(s); }
sr_status sr_store_commit(sr_store *s) { return s->ops->commit(s); }
sr_status sr_store_rollback(sr_store *s) { return s->ops->rollback(s); }

sr_status sr_store_put_article(sr_store *s, const sr_article *a, int *added)
{
    return s->ops->put_article(s, a, added);
}

sr_status sr_store_put_reject(sr_store *s, const sr_reject *r, int *added)
{
    return s->ops->put_reject(s, r, added);
}

sr_status sr_store_list_articles(sr_store *s, const sr_article_filter *f, sr_row_fn fn, void *ud)
{
    return s->ops->list_articles(s, f, fn, ud);
}

sr_status sr_store_search(sr_store *s, const char *query, long limit, sr_row_fn fn, void *ud)
{
    return s->ops->search(s, query, limit, fn, ud);
}

sr_status sr_store_stats(sr_store *s, sr_row_fn fn, void *ud)
{
    return s->ops->stats(s, fn, ud);
}

sr_status sr_store_list_rejects(sr_store *s, long limit, sr_row_fn fn, void *ud)
{
    return s->ops->list_rejects(s, limit, fn, ud);
}

sr_status sr_store_list_quotes(sr_store *s, const sr_quote_filter *f, sr_row_fn fn, void *ud)
{
    if (!s->ops->list_quotes) {
        snprintf(s->errmsg, sizeof s->errmsg, "the %s store cannot list quotations", s->ops->name);
        return SR_ERR_DB;
    }
    return s->ops->list_quotes(s, f, fn, ud);
}

sr_status sr_store_list_events(sr_store *s, const sr_event_filter *f, sr_row_fn fn, void *ud)
{
    if (!s->ops->list_events) {
        snprintf(s->errmsg, sizeof s->errmsg, "the %s store cannot list events", s->ops->name);
        return SR_ERR_DB;
    }
    return s->ops->list_events(s, f, fn, ud);
}
