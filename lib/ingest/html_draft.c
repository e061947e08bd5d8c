/*
 * html_draft.c - an HTML page in any charset to a draft: charset first
 * (byte-order mark, then HTTP, then <meta>), then main-text extraction.
 */
#include <stdio.h>
#include <string.h>

#include "ingest/html.h"
#include "ingest/ingest.h"
#include "ingest/normalize.h"

int sr_html_to_draft(const unsigned char *data, size_t len, const char *declared_charset,
                     sr_arena *arena, sr_draft *d, char *err, size_t errlen)
{
    char sniffed[64];
    const char *charset = declared_charset;
    if (!charset && sr_sniff_html_charset(data, len, sniffed, sizeof sniffed))
        charset = sniffed;
    sr_buf utf8 = SR_BUF_INIT;
    if (sr_to_utf8(data, len, charset, &utf8, err, errlen) != 0) {
        sr_buf_free(&utf8);
        return -1;
    }
    sr_html_doc doc;
    memset(&doc, 0, sizeof doc);
    int rc = sr_html_extract(sr_buf_cstr(&utf8), utf8.len, arena, &doc, err, errlen);
    sr_buf_free(&utf8);
    if (rc != 0)
        return -1;
    d->format = "html";
    d->url = doc.url;
    d->title = doc.title;
    d->date = doc.date;
    d->outlet = doc.outlet;
    d->language = doc.language;
    d->body = doc.body;
    d->body_len = doc.body_len;
    return 0;
}
