/*
 * draft.c - from a parsed draft to a normalized article with its stable id.
 */
#include <string.h>

#include "ingest/ingest.h"
#include "ingest/normalize.h"
#include "util/date.h"
#include "util/hash.h"
#include "util/utf8.h"

/* Metadata value: NFC, whitespace collapsed, NULL when empty. */
static const char *meta_value(sr_article *a, const char *v)
{
    if (!v)
        return NULL;
    sr_buf b = SR_BUF_INIT;
    size_t len = strlen(v);
    if (sr_utf8_invalid_at(v, len) < len) {
        sr_buf_free(&b);
        return NULL; /* metadata is optional: drop a broken value rather than the article */
    }
    sr_normalize_line(v, len, &b);
    const char *r = b.len ? sr_article_strndup(a, b.data, b.len) : NULL;
    sr_buf_free(&b);
    return r;
}

/* "en", "en-US", "en_GB", "eng" -> "en"; anything else -> NULL. */
static const char *language_code(sr_article *a, const char *v)
{
    if (!v)
        return NULL;
    size_t n = 0;
    while (v[n] && ((v[n] >= 'a' && v[n] <= 'z') || (v[n] >= 'A' && v[n] <= 'Z')))
        n++;
    if (n != 2 || (v[n] && v[n] != '-' && v[n] != '_'))
        return NULL;
    char code[3] = {(char)(v[0] | 0x20), (char)(v[1] | 0x20), 0};
    return sr_article_strndup(a, code, 2);
}

sr_status sr_draft_finish(const sr_draft *d, sr_article **out, char *err, size_t errlen)
{
    *out = NULL;
    if (d->body_len > SR_ARTICLE_MAX) {
        snprintf(err, errlen, "article text is %zu bytes, over the %zu MiB limit; split the input",
                 d->body_len, SR_ARTICLE_MAX >> 20);
        return SR_ERR_LIMIT;
    }
    sr_article *a = sr_article_new();
    if (!a)
        return SR_ERR_NOMEM;
    sr_buf body = SR_BUF_INIT;
    if (sr_normalize_body(d->body ? d->body : "", d->body_len, &body) != 0) {
        sr_buf_free(&body);
        sr_article_free(a);
        return SR_ERR_NOMEM;
    }
    if (body.len == 0) {
        sr_buf_free(&body);
        sr_article_free(a);
        snprintf(err, errlen, "no article text found");
        return SR_ERR_FORMAT;
    }
    char *b = sr_article_strndup(a, body.data, body.len);
    a->body = b;
    a->body_len = body.len;
    a->n_chars = sr_utf8_count(body.data, body.len);
    sr_buf_free(&body);

    a->path = sr_article_strndup(a, d->where, strlen(d->where));
    a->format = d->format;
    a->url = meta_value(a, d->url);
    a->title = meta_value(a, d->title);
    a->outlet = meta_value(a, d->outlet);
    a->language = language_code(a, d->language);
    if (d->date) {
        char iso[11];
        if (sr_date_parse(d->date, strlen(d->date), iso))
            a->date = sr_article_strndup(a, iso, 10);
    }

    /* The id covers what makes an article this article: where it was
     * published and what it says.  Not the path, so a copy of a file in
     * another folder is the same article. */
    uint64_t h = SR_HASH_SEED;
    if (a->url)
        h = sr_hash64(h, a->url, strlen(a->url));
    h = sr_hash64(h, "\n", 1);
    h = sr_hash64(h, a->body, a->body_len);
    char hex[17];
    sr_hash_hex(h, hex);
    a->id = sr_article_strndup(a, hex, 16);
    if (!a->id || !a->path || !a->body) {
        sr_article_free(a);
        return SR_ERR_NOMEM;
    }
    *out = a;
    return SR_OK;
}
