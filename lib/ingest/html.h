/*
 * html.h - main-text extraction from an HTML page (gumbo HTML5 parser).
 *
 * Keeps the article: headline, body paragraphs, and the page's metadata.
 * Drops what a reader skips: navigation, headers/footers, ads, share and
 * social widgets, comments, scripts/styles, forms, related-link lists,
 * captions of decoration.  Input must already be UTF-8 (charset.c converts).
 */
#ifndef SR_INGEST_HTML_H
#define SR_INGEST_HTML_H

#include <stddef.h>

#include "util/arena.h"

typedef struct sr_html_doc {
    const char *title;     /* og:title / headline / <title>, NULL when none */
    const char *url;       /* <link rel=canonical> or og:url, NULL when none */
    const char *date;      /* publication date "YYYY-MM-DD" from meta tags / JSON-LD datePublished / <time>, NULL when none */
    const char *outlet;    /* og:site_name or JSON-LD publisher name, NULL when none */
    const char *language;  /* <html lang> primary subtag ("en"), NULL when none */
    const char *body;      /* main text: paragraphs separated by "\n\n", no leading/trailing blank lines; "" when nothing found */
    size_t body_len;
} sr_html_doc;

/* Extracts from html[0..len).  Strings live in `arena`.  Returns 0, or -1 with
 * a message in err (e.g. the parser gave up) - an empty body is not an error. */
int sr_html_extract(const char *html, size_t len, sr_arena *arena,
                    sr_html_doc *out, char *err, size_t errlen);

#endif
