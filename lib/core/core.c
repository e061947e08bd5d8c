/*
 * core.c - context, article lifetime, status names, diagnostics, where
 * sitrep's own data lives.
 */
#include "core/core.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *sr_status_name(sr_status s)
{
    switch (s) {
    case SR_OK: return "ok";
    case SR_ERR_NOMEM: return "out of memory";
    case SR_ERR_IO: return "input/output error";
    case SR_ERR_FORMAT: return "bad input format";
    case SR_ERR_DB: return "database error";
    case SR_ERR_USAGE: return "invalid use";
    case SR_ERR_LIMIT: return "limit exceeded";
    }
    return "unknown status";
}

const char *sr_data_dir(void)
{
    const char *dir = getenv("SITREP_DATA_DIR");
    if (dir && *dir)
        return dir;
#ifdef SITREP_DATA_DIR
    return SITREP_DATA_DIR;
#else
    return "data";
#endif
}

sr_context *sr_context_new(void)
{
    sr_context *ctx = calloc(1, sizeof *ctx);
    if (ctx)
        ctx->langid_enabled = 1;
    return ctx;
}

void sr_context_set_diag(sr_context *ctx, sr_diag_fn fn, void *userdata)
{
    ctx->diag = fn;
    ctx->diag_userdata = userdata;
}

void sr_context_set_langid(sr_context *ctx, int enabled)
{
    ctx->langid_enabled = enabled;
}

void sr_context_set_quotes(sr_context *ctx, int enabled)
{
    ctx->quotes_disabled = !enabled;
}

void sr_report(const sr_context *ctx, sr_severity sev, const char *where, const char *hint,
               const char *fmt, ...)
{
    if (!ctx || !ctx->diag)
        return;
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    sr_diag d = {sev, where, msg, hint};
    ctx->diag(ctx->diag_userdata, &d);
}

sr_article *sr_article_new(void)
{
    sr_article *a = calloc(1, sizeof *a + sizeof(struct sr_article_impl));
    if (!a)
        return NULL;
    a->impl = (struct sr_article_impl *)(a + 1);
    sr_arena_init(&a->impl->arena);
    return a;
}

char *sr_article_strndup(sr_article *a, const char *s, size_t len)
{
    return sr_arena_strndup(&a->impl->arena, s, len);
}

void sr_article_free(sr_article *a)
{
    if (!a)
        return;
    sr_arena_free(&a->impl->arena);
    free(a);
}
