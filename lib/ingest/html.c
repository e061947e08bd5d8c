/*
 * html.c - main-text extraction from an HTML page (see html.h).
 *
 * gumbo parses the page the way a browser would (HTML5 tree construction, so
 * unclosed tags and stray markup land where a browser puts them).  We then
 * build a small mirror of the element tree that carries what extraction
 * needs (text lengths, link text, commas, paragraph and list counts, class
 * hints), because gumbo nodes have no room for our bookkeeping.
 *
 * Finding the article follows Readability's idea, reworked for a read-only
 * tree: every block of running text scores its ancestors (commas and length
 * mean prose), class/id hints and link density adjust the scores, the best
 * container wins and its siblings join when they look like more of the same.
 * Inside the winner, boilerplate that pages nest in the article (share bars,
 * bylines, captions, related-link lists, forms) is dropped by rules on the
 * node's own statistics.  When a pass finds too little text, it is retried
 * with the more aggressive rules relaxed, as Readability does.
 *
 * Metadata comes from <meta>/<link>/<time> tags and JSON-LD (jansson).  A
 * JSON-LD articleBody is also the fallback body when the page's markup gives
 * almost nothing (pages that render their text with scripts).
 *
 * Every walk over the tree is iterative: hostile input can nest elements
 * tens of thousands deep, and recursion would overflow the stack.
 */
#include "ingest/html.h"

#include <gumbo.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"

/* Inputs beyond this are refused: gumbo keeps offsets in unsigned ints and a
 * real article page is a few megabytes at most. */
#define HTML_MAX_INPUT ((size_t)64 * 1024 * 1024)

/* A pass that yields less than this many characters is retried with the
 * aggressive rules relaxed (Readability's charThreshold). */
#define BODY_MIN_CHARS 500

/* Score bonus of an element named like an article body (see body_hints). */
#define BODY_HINT_BONUS 25

/* ------------------------------------------------------------------------ */
/* Small string helpers                                                       */
/* ------------------------------------------------------------------------ */

static int is_space_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Length of the whitespace sequence at s (ASCII space or U+00A0), 0 if none. */
static size_t space_at(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 1 && is_space_byte(u[0]))
        return 1;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    return 0;
}

static char lower_ascii(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* Does the lowercase haystack contain any of the NULL-terminated needles? */
static int contains_any(const char *hay, const char *const *needles)
{
    for (; *needles; needles++)
        if (strstr(hay, *needles))
            return 1;
    return 0;
}

/* Copies s with whitespace runs collapsed to one space and the ends trimmed. */
static char *arena_collapse(sr_arena *arena, const char *s, size_t n)
{
    char *out = sr_arena_alloc(arena, n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    int pending = 0;
    for (size_t i = 0; i < n;) {
        size_t w = space_at(s + i, n - i);
        if (w) {
            pending = 1;
            i += w;
            continue;
        }
        if (pending && o > 0)
            out[o++] = ' ';
        pending = 0;
        out[o++] = s[i++];
    }
    out[o] = '\0';
    return out;
}

/* Code points in s, counting each whitespace run inside the text as one;
 * also counts commas (Latin, CJK, ideographic and Arabic), which signal
 * running prose. */
static size_t text_measure(const char *s, size_t n, unsigned *commas)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t chars = 0;
    int pending = 0, seen = 0;
    unsigned c = 0;
    for (size_t i = 0; i < n;) {
        size_t w = space_at(s + i, n - i);
        if (w) {
            pending = 1;
            i += w;
            continue;
        }
        if (pending && seen)
            chars++;
        pending = 0;
        seen = 1;
        if (u[i] == ',')
            c++;
        else if (i + 2 < n && ((u[i] == 0xEF && u[i + 1] == 0xBC && u[i + 2] == 0x8C) ||
                               (u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x81)))
            c++;
        else if (i + 1 < n && u[i] == 0xD8 && u[i + 1] == 0x8C)
            c++;
        if ((u[i] & 0xC0) != 0x80)
            chars++;
        i++;
    }
    *commas = c;
    return chars;
}

/* ------------------------------------------------------------------------ */
/* gumbo helpers                                                              */
/* ------------------------------------------------------------------------ */

static const char *attr(const GumboNode *n, const char *name)
{
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE)
        return NULL;
    const GumboAttribute *a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? a->value : NULL;
}

static const GumboVector *children_of(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_DOCUMENT)
        return &n->v.document.children;
    if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE)
        return &n->v.element.children;
    return NULL;
}

/* A growable stack of gumbo nodes for iterative walks. */
typedef struct node_stack {
    const GumboNode **items;
    size_t len, cap;
    int oom;
} node_stack;

static void stack_push(node_stack *s, const GumboNode *n)
{
    if (s->oom)
        return;
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        const GumboNode **p = realloc(s->items, cap * sizeof *p);
        if (!p) {
            s->oom = 1;
            return;
        }
        s->items = p;
        s->cap = cap;
    }
    s->items[s->len++] = n;
}

/* Pushes the children of n so they pop in document order. */
static void stack_push_children(node_stack *s, const GumboNode *n)
{
    const GumboVector *v = children_of(n);
    if (!v)
        return;
    for (size_t i = v->length; i-- > 0;)
        stack_push(s, v->data[i]);
}

/* Concatenated text of n's subtree (for <title>, <h1>, <script>), in out
 * (cleared first). */
static void gather_text(const GumboNode *n, sr_buf *out, node_stack *st)
{
    sr_buf_clear(out);
    size_t base = st->len;
    stack_push(st, n);
    while (st->len > base && !st->oom) {
        const GumboNode *c = st->items[--st->len];
        if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE ||
            c->type == GUMBO_NODE_CDATA) {
            sr_buf_puts(out, c->v.text.text);
        } else if (c->type == GUMBO_NODE_ELEMENT) {
            if (c->v.element.tag == GUMBO_TAG_SCRIPT && c != n)
                continue;
            if (c->v.element.tag == GUMBO_TAG_STYLE)
                continue;
            stack_push_children(st, c);
        }
    }
    st->len = base;
}

/* The text of n's subtree, whitespace collapsed, in the arena; tmp is scratch. */
static char *collapsed_text(const GumboNode *n, sr_buf *tmp, node_stack *st, sr_arena *arena)
{
    gather_text(n, tmp, st);
    return arena_collapse(arena, sr_buf_cstr(tmp), tmp->len);
}

/* ------------------------------------------------------------------------ */
/* Metadata                                                                   */
/* ------------------------------------------------------------------------ */

/* Normalizes the date at the start of s to "YYYY-MM-DD" in out[11]:
 * ISO 8601 (2019-11-19T..., 2019/11/19, 20191119) and the common English
 * forms "19 Nov 2019", "Tue, 19 Nov 2019 ..." and "November 19, 2019". */
static int month_from_name(const char *s, size_t *used)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int m = 0; m < 12; m++) {
        if (lower_ascii(s[0]) == names[m][0] && lower_ascii(s[1]) == names[m][1] &&
            lower_ascii(s[2]) == names[m][2] && s[0] && s[1] && s[2]) {
            size_t k = 3;
            while ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z'))
                k++;
            if (s[k] == '.')
                k++;
            *used = k;
            return m + 1;
        }
    }
    return 0;
}

static int read_int(const char *s, int ndigits, int *value)
{
    int v = 0;
    for (int i = 0; i < ndigits; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 1;
}

static int format_date(int y, int m, int d, char out[11])
{
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 1;
}

static int normalize_date(const char *s, char out[11])
{
    if (!s)
        return 0;
    while (*s && is_space_byte((unsigned char)*s))
        s++;
    int y, m, d;
    if (read_int(s, 4, &y)) {
        if ((s[4] == '-' || s[4] == '/' || s[4] == '.') && read_int(s + 5, 2, &m) &&
            s[7] == s[4] && read_int(s + 8, 2, &d))
            return format_date(y, m, d, out);
        if (read_int(s + 4, 2, &m) && read_int(s + 6, 2, &d) &&
            (s[8] == '\0' || s[8] == 'T' || s[8] == ' '))
            return format_date(y, m, d, out);
        return 0;
    }
    /* Skip a weekday name ("Tue, "). */
    const char *p = s;
    size_t used = 0;
    while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
        p++;
    if (*p == ',' && p - s <= 9 && !month_from_name(s, &used))
        s = p + 1;
    while (*s == ' ')
        s++;
    if (*s >= '0' && *s <= '9') { /* 19 Nov 2019 */
        d = 0;
        while (*s >= '0' && *s <= '9' && d < 100)
            d = d * 10 + (*s++ - '0');
        while (*s == ' ' || *s == '-')
            s++;
        if (!(m = month_from_name(s, &used)))
            return 0;
        s += used;
        while (*s == ' ' || *s == '-' || *s == ',')
            s++;
        return read_int(s, 4, &y) && format_date(y, m, d, out);
    }
    if ((m = month_from_name(s, &used))) { /* November 19, 2019 */
        s += used;
        while (*s == ' ')
            s++;
        d = 0;
        while (*s >= '0' && *s <= '9' && d < 100)
            d = d * 10 + (*s++ - '0');
        while (*s && !(*s >= '0' && *s <= '9') && (*s == ',' || *s == ' ' ||
                                                     (*s >= 'a' && *s <= 'z')))
            s++;
        return read_int(s, 4, &y) && format_date(y, m, d, out);
    }
    return 0;
}

/* Meta names that carry the publication date, best first. */
static const char *const date_meta_names[] = {
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "publishdate",
    "publish-date", "publish_date", "publication_date", "pubdate", "date",
    "article:published", "og:published_time", "originalpublicationdate",
    "cxenseparse:recs:publishtime", NULL};

typedef struct meta_info {
    const char *og_title, *tw_title, *title_tag, *h1;
    const char *canonical, *og_url;
    const char *site_name, *app_name;
    const char *lang, *og_locale, *content_lang;
    char date[11];
    int date_rank; /* index in date_meta_names of the date found, lower wins */
    char time_date[11];
    /* JSON-LD */
    const char *ld_headline, *ld_publisher, *ld_body, *ld_lang, *ld_url;
    char ld_date[11];
} meta_info;

static const char *json_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v))
        return json_string_value(v);
    if (json_is_array(v) && json_array_size(v) > 0 && json_is_string(json_array_get(v, 0)))
        return json_string_value(json_array_get(v, 0));
    return NULL;
}

static int ld_type_is_article(json_t *o)
{
    json_t *t = json_object_get(o, "@type");
    size_t n = json_is_array(t) ? json_array_size(t) : 1;
    for (size_t i = 0; i < n; i++) {
        json_t *e = json_is_array(t) ? json_array_get(t, i) : t;
        const char *s = json_string_value(e);
        if (s && (strstr(s, "Article") || strstr(s, "Posting") || strstr(s, "Report") ||
                  strcmp(s, "WebPage") == 0))
            return 1;
    }
    return 0;
}

/* Visits JSON-LD values breadth-limited; the first value found for each
 * field wins (pages put the article first, then breadcrumbs and the like). */
static void ld_visit(json_t *v, meta_info *mi, sr_arena *arena, int depth)
{
    if (depth > 12)
        return;
    if (json_is_array(v)) {
        for (size_t i = 0; i < json_array_size(v); i++)
            ld_visit(json_array_get(v, i), mi, arena, depth + 1);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *graph = json_object_get(v, "@graph");
    if (graph)
        ld_visit(graph, mi, arena, depth + 1);
    const char *s;
    if (!mi->ld_date[0] && (s = json_str(v, "datePublished")))
        normalize_date(s, mi->ld_date);
    if (!ld_type_is_article(v))
        return;
    if (!mi->ld_headline && (s = json_str(v, "headline")))
        mi->ld_headline = arena_collapse(arena, s, strlen(s));
    if (!mi->ld_body && (s = json_str(v, "articleBody")))
        mi->ld_body = sr_arena_strdup(arena, s);
    if (!mi->ld_lang && (s = json_str(v, "inLanguage")))
        mi->ld_lang = sr_arena_strdup(arena, s);
    if (!mi->ld_url && (s = json_str(v, "url")))
        mi->ld_url = sr_arena_strdup(arena, s);
    json_t *pub = json_object_get(v, "publisher");
    if (json_is_array(pub))
        pub = json_array_get(pub, 0);
    if (!mi->ld_publisher && json_is_object(pub) && (s = json_str(pub, "name")))
        mi->ld_publisher = arena_collapse(arena, s, strlen(s));
}

static void meta_from_ld(const char *text, size_t len, meta_info *mi, sr_arena *arena)
{
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_DECODE_ANY, &jerr);
    if (!root)
        return;
    ld_visit(root, mi, arena, 0);
    json_decref(root);
}

static void meta_from_meta_tag(const GumboNode *n, meta_info *mi, sr_arena *arena)
{
    const char *content = attr(n, "content");
    if (!content)
        return;
    const char *keys[3] = {attr(n, "property"), attr(n, "name"), attr(n, "itemprop")};
    const char *http_equiv = attr(n, "http-equiv");
    if (http_equiv && strcasecmp(http_equiv, "content-language") == 0 && !mi->content_lang)
        mi->content_lang = sr_arena_strdup(arena, content);
    for (int k = 0; k < 3; k++) {
        const char *key = keys[k];
        if (!key)
            continue;
        if (strcasecmp(key, "og:title") == 0 && !mi->og_title)
            mi->og_title = arena_collapse(arena, content, strlen(content));
        else if (strcasecmp(key, "twitter:title") == 0 && !mi->tw_title)
            mi->tw_title = arena_collapse(arena, content, strlen(content));
        else if (strcasecmp(key, "og:url") == 0 && !mi->og_url)
            mi->og_url = arena_collapse(arena, content, strlen(content));
        else if (strcasecmp(key, "og:site_name") == 0 && !mi->site_name)
            mi->site_name = arena_collapse(arena, content, strlen(content));
        else if (strcasecmp(key, "application-name") == 0 && !mi->app_name)
            mi->app_name = arena_collapse(arena, content, strlen(content));
        else if (strcasecmp(key, "og:locale") == 0 && !mi->og_locale)
            mi->og_locale = sr_arena_strdup(arena, content);
        for (int r = 0; date_meta_names[r] && r < mi->date_rank; r++) {
            char d[11];
            if (strcasecmp(key, date_meta_names[r]) == 0 && normalize_date(content, d)) {
                memcpy(mi->date, d, sizeof d);
                mi->date_rank = r;
                break;
            }
        }
    }
}

static void collect_meta(const GumboNode *root, meta_info *mi, sr_arena *arena,
                         node_stack *st, sr_buf *tmp)
{
    mi->date_rank = (int)(sizeof date_meta_names / sizeof *date_meta_names);
    size_t base = st->len;
    stack_push(st, root);
    while (st->len > base && !st->oom) {
        const GumboNode *n = st->items[--st->len];
        if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (n->type == GUMBO_NODE_ELEMENT) {
            GumboTag tag = n->v.element.tag;
            const char *v;
            switch (tag) {
            case GUMBO_TAG_HTML:
                if (!mi->lang && (v = attr(n, "lang")))
                    mi->lang = sr_arena_strdup(arena, v);
                break;
            case GUMBO_TAG_TITLE:
                if (!mi->title_tag)
                    mi->title_tag = collapsed_text(n, tmp, st, arena);
                continue;
            case GUMBO_TAG_META:
                meta_from_meta_tag(n, mi, arena);
                continue;
            case GUMBO_TAG_LINK:
                v = attr(n, "rel");
                if (v && strcasecmp(v, "canonical") == 0 && !mi->canonical && attr(n, "href"))
                    mi->canonical = arena_collapse(arena, attr(n, "href"), strlen(attr(n, "href")));
                continue;
            case GUMBO_TAG_SCRIPT:
                v = attr(n, "type");
                if (v && strcasecmp(v, "application/ld+json") == 0) {
                    gather_text(n, tmp, st);
                    meta_from_ld(sr_buf_cstr(tmp), tmp->len, mi, arena);
                }
                continue;
            case GUMBO_TAG_STYLE:
                continue;
            case GUMBO_TAG_H1:
                if (!mi->h1)
                    mi->h1 = collapsed_text(n, tmp, st, arena);
                break;
            default:
                break;
            }
            v = attr(n, "itemprop");
            if (v && strcasecmp(v, "datePublished") == 0 && mi->date_rank > 3) {
                const char *d = attr(n, "content");
                if (!d)
                    d = attr(n, "datetime");
                char nd[11];
                if (d && normalize_date(d, nd)) {
                    memcpy(mi->date, nd, sizeof nd);
                    mi->date_rank = 3;
                }
            }
            if (tag == GUMBO_TAG_TIME && (v = attr(n, "datetime"))) {
                /* A <time pubdate> beats the first <time> of the page. */
                if (!mi->time_date[0] || attr(n, "pubdate"))
                    normalize_date(v, mi->time_date);
            }
        }
        stack_push_children(st, n);
    }
    st->len = base;
}

/* Primary language subtag, lowercased ("en-US" -> "en", "pt_BR" -> "pt"). */
static const char *primary_language(sr_arena *arena, const char *tag)
{
    if (!tag)
        return NULL;
    while (*tag && is_space_byte((unsigned char)*tag))
        tag++;
    char buf[9];
    size_t n = 0;
    while (n < 8 && ((tag[n] >= 'a' && tag[n] <= 'z') || (tag[n] >= 'A' && tag[n] <= 'Z'))) {
        buf[n] = lower_ascii(tag[n]);
        n++;
    }
    if (n < 2 || n > 3)
        return NULL;
    buf[n] = '\0';
    return sr_arena_strdup(arena, buf);
}

/* ------------------------------------------------------------------------ */
/* The mirror tree                                                            */
/* ------------------------------------------------------------------------ */

typedef struct hnode hnode;
struct hnode {
    const GumboNode *g;
    hnode *parent, *first, *last, *next;
    hnode *block;          /* nearest block ancestor-or-self: owner of inline text */
    GumboTag tag;
    unsigned char is_text;
    unsigned char is_block;
    unsigned char in_link;
    unsigned char junk;     /* never content (scripts, forms controls, hidden, nav) */
    unsigned char unlikely; /* class/id/role says boilerplate */
    unsigned char byline;   /* class/id/rel says author/date line */
    unsigned char share;    /* class/id says share/social widget */
    unsigned char caption;  /* figure caption / credit */
    unsigned char comments; /* reader comments section */
    unsigned char embed;    /* wrapper of an embedded post (tweet, video) */
    unsigned char body_hint; /* class/id/itemprop names the article body */
    int class_weight;

    /* text nodes */
    const char *text;
    size_t text_len;
    size_t own_chars;
    unsigned own_commas;

    /* per pass */
    unsigned char drop;      /* removed in this pass (self or an ancestor) */
    unsigned char cleaned;   /* removed by the in-article cleaning */
    unsigned char scored;
    unsigned char has_block_child;
    size_t chars, link_chars, inline_chars, heading_chars;
    unsigned commas, inline_commas;
    unsigned n_p, n_img, n_li, n_input, n_embed, n_elem_children;
    double score;
};

typedef struct tree {
    hnode *nodes; /* document pre-order */
    size_t n;
    hnode *body;
} tree;

static int tag_is_block(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES:
        return 1;
    default:
        return 0;
    }
}

static int tag_is_heading(GumboTag t)
{
    return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
}

/* Elements whose subtree is never article text.  Form controls and embeds
 * stay in the tree (without children) because the cleaning rules count them. */
static int tag_is_junk(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_DATALIST: case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_FRAMESET:
        return 1;
    default:
        return 0;
    }
}

/* Class/id fragments.  The lists follow Readability's (which many sites have
 * been tuned against), plus the widgets news pages grew since. */
static const char *const unlikely_hints[] = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community",
    "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
    "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
    "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager",
    "popup", "yom-remote", "newsletter", "subscri", "cookie", "outbrain", "taboola",
    "recirc", NULL};
static const char *const maybe_hints[] = {
    "and", "article", "body", "column", "content", "main", "shadow", "embed", NULL};
static const char *const negative_hints[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget",
    "newsletter", "subscri", "taboola", NULL};
static const char *const positive_hints[] = {
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
    "pagination", "post", "text", "blog", "story", NULL};
static const char *const byline_hints[] = {
    "byline", "author", "dateline", "writtenby", "p-author", NULL};
static const char *const share_hints[] = {"share", "sharing", NULL};
/* Reader comments are never the article, whatever the pass. */
static const char *const comment_hints[] = {"comment", "disqus", "respond", NULL};
/* Names publishers and CMSs give the element that holds the article text
 * (the idea of trafilatura's BODY_XPATH); they earn a bonus on top of the
 * generic hints. */
static const char *const body_hints[] = {
    "articlebody", "article-body", "article_body", "article__body", "articletext",
    "article-text", "article__text", "article-content", "article_content",
    "articlecontent", "article__content", "story-body", "storybody", "story-text",
    "story-content", "entry-content", "post-content", "postcontent", "post-body",
    "postbody", "post-text", "field-name-body", "body-text", "bodytext", "main-text",
    "content:encoded", NULL};
static const char *const caption_hints[] = {"caption", "credit", NULL};
static const char *const unlikely_roles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
    NULL};

/* Lowercase copy of an attribute into buf (truncated), "" when absent. */
static const char *lower_attr(const GumboNode *g, const char *name, char *buf, size_t cap)
{
    const char *v = attr(g, name);
    size_t n = 0;
    if (v)
        for (; v[n] && n + 1 < cap; n++)
            buf[n] = lower_ascii(v[n]);
    buf[n] = '\0';
    return buf;
}

static int hint_weight(const char *s)
{
    if (!*s)
        return 0;
    int w = 0;
    if (contains_any(s, negative_hints))
        w -= 25;
    if (contains_any(s, positive_hints))
        w += 25;
    return w;
}

static int is_hidden(const GumboNode *g)
{
    char style[256];
    lower_attr(g, "style", style, sizeof style);
    if (style[0]) {
        /* Compare without spaces: "display : none" is as hidden as "display:none". */
        char packed[256];
        size_t k = 0;
        for (size_t i = 0; style[i]; i++)
            if (!is_space_byte((unsigned char)style[i]))
                packed[k++] = style[i];
        packed[k] = '\0';
        if (strstr(packed, "display:none") || strstr(packed, "visibility:hidden"))
            return 1;
    }
    if (attr(g, "hidden"))
        return 1;
    const char *aria = attr(g, "aria-hidden");
    return aria && strcasecmp(aria, "true") == 0;
}

static void classify_element(hnode *h, int in_table)
{
    const GumboNode *g = h->g;
    char cls[384], id[192], both[600], tmp[128], itemprop[128];
    lower_attr(g, "class", cls, sizeof cls);
    lower_attr(g, "id", id, sizeof id);
    snprintf(both, sizeof both, "%s %s", cls, id);

    if (tag_is_junk(h->tag) || is_hidden(g))
        h->junk = 1;
    lower_attr(g, "role", tmp, sizeof tmp);
    for (const char *const *r = unlikely_roles; *r && tmp[0]; r++)
        if (strcmp(tmp, *r) == 0)
            h->junk = 1;
    if (h->tag == GUMBO_TAG_UNKNOWN) {
        /* Custom elements (<dialog> is one to gumbo 0.10) named for widgets. */
        static const char *const widget_tags[] = {"dialog", "share", "social", "sidebar",
                                                  "-ad", "consent", NULL};
        GumboStringPiece piece = g->v.element.original_tag;
        char name[64];
        size_t k = 0;
        gumbo_tag_from_original_text(&piece);
        for (; k < piece.length && k + 1 < sizeof name; k++)
            name[k] = lower_ascii(piece.data[k]);
        name[k] = '\0';
        if (contains_any(name, widget_tags))
            h->junk = 1;
    }

    if (both[1] && h->tag != GUMBO_TAG_BODY && h->tag != GUMBO_TAG_A && !in_table &&
        contains_any(both, unlikely_hints) && !contains_any(both, maybe_hints))
        h->unlikely = 1;

    h->class_weight = hint_weight(cls) + hint_weight(id);
    /* Embedded posts (tweets and the like) quoted by the article are part of
     * it, though their wrappers say "social" or "media". */
    if (strstr(both, "embed")) {
        h->embed = 1;
        if (h->class_weight < 0)
            h->class_weight = 0;
    }
    if (both[1] && contains_any(both, comment_hints) && !contains_any(both, maybe_hints))
        h->comments = 1;
    lower_attr(g, "itemprop", itemprop, sizeof itemprop);
    if (contains_any(both, body_hints) || contains_any(itemprop, body_hints))
        h->body_hint = 1;
    lower_attr(g, "property", tmp, sizeof tmp);
    if (contains_any(tmp, body_hints))
        h->body_hint = 1;

    lower_attr(g, "rel", tmp, sizeof tmp);
    if (strcmp(tmp, "author") == 0 || strstr(itemprop, "author") ||
        contains_any(both, byline_hints))
        h->byline = 1;
    if (contains_any(both, share_hints))
        h->share = 1;
    if (h->tag == GUMBO_TAG_FIGCAPTION || contains_any(both, caption_hints))
        h->caption = 1;
}

/* Work item of the tree builder: a gumbo node and the mirror node it joins. */
typedef struct build_item {
    const GumboNode *g;
    hnode *parent;
    int in_table; /* inside <table> or <code>: class hints do not strip there */
} build_item;

static int is_mirrored(const GumboNode *g)
{
    return g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEXT ||
           g->type == GUMBO_NODE_WHITESPACE || g->type == GUMBO_NODE_CDATA ||
           g->type == GUMBO_NODE_TEMPLATE;
}

static int is_junk_gumbo(const GumboNode *g)
{
    return (g->type == GUMBO_NODE_ELEMENT && tag_is_junk(g->v.element.tag)) ||
           g->type == GUMBO_NODE_TEMPLATE;
}

/* Counts the nodes the mirror will have (junk elements without children). */
static size_t count_nodes(const GumboNode *root, node_stack *st)
{
    size_t count = 0;
    stack_push(st, root);
    while (st->len > 0 && !st->oom) {
        const GumboNode *g = st->items[--st->len];
        count++;
        if (!is_junk_gumbo(g))
            for (size_t i = 0, n = children_of(g) ? children_of(g)->length : 0; i < n; i++) {
                const GumboNode *c = children_of(g)->data[i];
                if (is_mirrored(c))
                    stack_push(st, c);
            }
    }
    return count;
}

static int build_tree(const GumboNode *root, tree *t, node_stack *st)
{
    size_t total = count_nodes(root, st);
    if (st->oom)
        return -1;
    t->nodes = calloc(total, sizeof *t->nodes);
    if (!t->nodes)
        return -1;
    t->n = 0;
    t->body = NULL;

    build_item *stack = malloc(sizeof *stack * (total + 1));
    if (!stack)
        return -1;
    size_t sp = 0;
    stack[sp++] = (build_item){root, NULL, 0};
    while (sp > 0) {
        build_item it = stack[--sp];
        hnode *h = &t->nodes[t->n++];
        h->g = it.g;
        h->parent = it.parent;
        if (it.parent) {
            if (it.parent->last)
                it.parent->last->next = h;
            else
                it.parent->first = h;
            it.parent->last = h;
            h->in_link = it.parent->in_link;
        }
        int in_table = it.in_table;
        if (it.g->type == GUMBO_NODE_DOCUMENT) {
            h->tag = GUMBO_TAG_UNKNOWN;
            h->is_block = 1;
            h->block = h;
        } else if (it.g->type == GUMBO_NODE_ELEMENT || it.g->type == GUMBO_NODE_TEMPLATE) {
            h->tag = it.g->v.element.tag;
            h->is_block = (unsigned char)tag_is_block(h->tag);
            h->block = h->is_block ? h : it.parent->block;
            if (h->tag == GUMBO_TAG_A)
                h->in_link = 1;
            classify_element(h, in_table);
            if (it.g->type == GUMBO_NODE_TEMPLATE)
                h->junk = 1;
            if (h->tag == GUMBO_TAG_BODY && !t->body)
                t->body = h;
            if (h->tag == GUMBO_TAG_TABLE || h->tag == GUMBO_TAG_CODE)
                in_table = 1;
        } else {
            h->is_text = 1;
            h->tag = GUMBO_TAG_UNKNOWN;
            h->block = it.parent->block;
            h->text = it.g->v.text.text;
            h->text_len = strlen(h->text);
            h->own_chars = text_measure(h->text, h->text_len, &h->own_commas);
        }
        if (is_junk_gumbo(it.g))
            continue;
        const GumboVector *v = children_of(it.g);
        for (size_t i = v ? v->length : 0; i-- > 0;)
            if (is_mirrored(v->data[i]))
                stack[sp++] = (build_item){v->data[i], h, in_table};
    }
    free(stack);
    return 0;
}

/* ------------------------------------------------------------------------ */
/* One extraction pass                                                        */
/* ------------------------------------------------------------------------ */

enum {
    PASS_STRIP_UNLIKELY = 1, /* drop elements whose class/id says boilerplate */
    PASS_WEIGHT_CLASSES = 2, /* let class/id hints move scores */
    PASS_CLEAN = 4,          /* drop boilerplate-looking blocks inside the article */
};

static int is_input_tag(GumboTag t)
{
    return t == GUMBO_TAG_INPUT || t == GUMBO_TAG_SELECT || t == GUMBO_TAG_TEXTAREA ||
           t == GUMBO_TAG_BUTTON;
}

static int is_embed_tag(GumboTag t)
{
    return t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_EMBED || t == GUMBO_TAG_OBJECT;
}

/* Raw text size of a subtree ignoring pass decisions, for the size limits of
 * byline and share rules; computed once. */
static void compute_raw_chars(tree *t, size_t *raw)
{
    for (size_t i = t->n; i-- > 1;) {
        hnode *h = &t->nodes[i];
        if (h->is_text)
            raw[i] += h->own_chars;
        if (!h->junk)
            raw[h->parent - t->nodes] += raw[i];
    }
}

static void compute_stats(tree *t, int flags, const size_t *raw)
{
    for (size_t i = 0; i < t->n; i++) {
        hnode *h = &t->nodes[i];
        hnode *p = h->parent;
        h->drop = p && (p->drop || p->junk);
        if (!h->is_text && (((flags & PASS_STRIP_UNLIKELY) && h->unlikely) || h->comments))
            h->drop = 1;
        /* Author and date lines are short; a long "author" box is an author bio
         * or, on some templates, the article wrapper itself. */
        if (!h->is_text && h->byline && raw[i] < 100)
            h->drop = 1;
        h->cleaned = 0;
        h->scored = 0;
        h->has_block_child = 0;
        h->score = 0;
        h->chars = h->link_chars = h->inline_chars = h->heading_chars = 0;
        h->commas = h->inline_commas = 0;
        h->n_p = h->n_img = h->n_li = h->n_input = h->n_embed = h->n_elem_children = 0;
    }
    for (size_t i = t->n; i-- > 1;) {
        hnode *h = &t->nodes[i];
        hnode *p = h->parent;
        if (h->drop)
            continue;
        if (h->is_text) {
            if (h->junk)
                continue;
            h->chars = h->own_chars;
            h->commas = h->own_commas;
            h->link_chars = h->in_link ? h->chars : 0;
            h->block->inline_chars += h->chars;
            h->block->inline_commas += h->commas;
        } else {
            p->n_elem_children++;
            if (h->junk) {
                p->n_input += is_input_tag(h->tag);
                p->n_embed += is_embed_tag(h->tag);
                continue;
            }
            if (h->is_block)
                p->has_block_child = 1;
            p->n_p += h->n_p + (h->tag == GUMBO_TAG_P);
            p->n_img += h->n_img + (h->tag == GUMBO_TAG_IMG);
            p->n_li += h->n_li + (h->tag == GUMBO_TAG_LI);
            p->n_input += h->n_input;
            p->n_embed += h->n_embed;
            p->heading_chars += tag_is_heading(h->tag) ? h->chars : h->heading_chars;
        }
        p->chars += h->chars;
        p->link_chars += h->link_chars;
        p->commas += h->commas;
    }
}

static double link_density(const hnode *h)
{
    return h->chars ? (double)h->link_chars / (double)h->chars : 0.0;
}

static int tag_is_scored_paragraph(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER:
        return 1;
    default:
        return 0;
    }
}

static double tag_base_score(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH:
        return -5;
    default: return 0;
    }
}

static int usable_element(const hnode *h)
{
    return h && !h->is_text && !h->drop && !h->junk;
}

/* Scores every element that holds running text, Readability-style: each
 * paragraph of 25+ characters gives 1 + commas + length/100 (max 3) to its
 * container, half to the next level up, a third per level beyond. */
static void score_paragraphs(tree *t, int flags)
{
    hnode *root = &t->nodes[0];
    for (size_t i = 1; i < t->n; i++) {
        hnode *h = &t->nodes[i];
        if (!usable_element(h) || !tag_is_scored_paragraph(h->tag) || h->inline_chars < 25)
            continue;
        double s = 1.0 + h->inline_commas + (double)(h->inline_chars / 100 > 3 ? 3 : h->inline_chars / 100);
        hnode *a = h->has_block_child ? h : h->parent;
        for (int level = 0; level < 5 && a && a != root && a->parent != root; level++, a = a->parent) {
            if (!a->scored) {
                a->scored = 1;
                a->score = tag_base_score(a->tag);
                if (flags & PASS_WEIGHT_CLASSES)
                    a->score += a->class_weight + (a->body_hint ? BODY_HINT_BONUS : 0);
            }
            a->score += s / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
        }
    }
    for (size_t i = 1; i < t->n; i++) {
        hnode *h = &t->nodes[i];
        if (h->scored)
            h->score *= 1.0 - link_density(h);
    }
}

static int is_ancestor(const hnode *a, const hnode *n)
{
    for (; n; n = n->parent)
        if (n == a)
            return 1;
    return 0;
}

static int same_class(const hnode *a, const hnode *b)
{
    const char *ca = attr(a->g, "class"), *cb = attr(b->g, "class");
    return ca && cb && *ca && strcmp(ca, cb) == 0;
}

#define TOP_CANDIDATES 5

/* Picks the article container; returns it (its parent's children decide the
 * siblings that join it). */
static hnode *pick_top_candidate(tree *t)
{
    hnode *top[TOP_CANDIDATES] = {0};
    for (size_t i = 1; i < t->n; i++) {
        hnode *h = &t->nodes[i];
        if (!h->scored || h->drop || h->junk)
            continue;
        for (int k = 0; k < TOP_CANDIDATES; k++) {
            if (!top[k] || h->score > top[k]->score) {
                memmove(&top[k + 1], &top[k], (TOP_CANDIDATES - k - 1) * sizeof top[0]);
                top[k] = h;
                break;
            }
        }
    }
    hnode *body = t->body ? t->body : &t->nodes[0];
    hnode *best = top[0];
    if (!best || best == body)
        return NULL;

    /* When several strong candidates share an ancestor, the article is
     * probably split across them (paragraph groups between ads). */
    int alternatives = 0;
    for (int k = 1; k < TOP_CANDIDATES; k++)
        if (top[k] && top[k]->score / best->score >= 0.75)
            alternatives++;
    if (alternatives >= 3) {
        for (hnode *a = best->parent; a && a != body && a->parent; a = a->parent) {
            int containing = 0;
            for (int k = 1; k < TOP_CANDIDATES; k++)
                if (top[k] && top[k]->score / best->score >= 0.75 && is_ancestor(a, top[k]))
                    containing++;
            if (containing >= 3) {
                best = a;
                break;
            }
        }
    }

    /* A parent whose score rises over the candidate's collects more content. */
    double last = best->score, threshold = best->score / 3.0;
    for (hnode *a = best->parent; a && a != body && a->parent; a = a->parent) {
        if (!a->scored)
            continue;
        if (a->score < threshold)
            break;
        if (a->score > last) {
            best = a;
            break;
        }
        last = a->score;
    }

    /* An only child says nothing its parent does not; climbing helps the
     * sibling join when the rest of the article sits beside the parent. */
    while (best->parent && best->parent != body && best->parent->parent &&
           best->parent->n_elem_children == 1)
        best = best->parent;
    return best;
}

/* The node after h in document order without leaving root's subtree,
 * skipping h's children unless descend; NULL when the subtree is done.
 * Returns non-const for the passes that mark nodes, as strchr does. */
static hnode *next_in_subtree(const hnode *h, const hnode *root, int descend)
{
    if (descend && h->first)
        return h->first;
    while (h != root && !h->next)
        h = h->parent;
    return h == root ? NULL : h->next;
}

/* Text of a subtree as it stands in this pass, whitespace collapsed. */
static void subtree_text(const hnode *root, sr_buf *out)
{
    int pending = 0;
    for (const hnode *h = root; h;) {
        int descend = !h->drop && !h->junk && !h->cleaned;
        if (descend && h->is_text) {
            for (size_t i = 0; i < h->text_len;) {
                size_t w = space_at(h->text + i, h->text_len - i);
                if (w) {
                    pending = 1;
                    i += w;
                    continue;
                }
                if (pending && out->len)
                    sr_buf_putc(out, ' ');
                pending = 0;
                sr_buf_putc(out, h->text[i++]);
            }
        } else if (descend && h->is_block) {
            pending = 1;
        }
        h = next_in_subtree(h, root, descend);
    }
}

/* Adds to sel[] the top candidate and the siblings that look like more of
 * the article; returns how many. */
static size_t join_siblings(hnode *best, hnode **sel, size_t cap, sr_buf *tmp)
{
    size_t n = 0;
    hnode *parent = best->parent;
    if (!parent) {
        sel[n++] = best;
        return n;
    }
    double best_score = best->scored ? best->score : 0.0;
    double threshold = best_score * 0.2 > 10.0 ? best_score * 0.2 : 10.0;
    for (hnode *s = parent->first; s && n < cap; s = s->next) {
        if (s->is_text || s->drop || s->junk)
            continue;
        int append = 0;
        if (s == best) {
            append = 1;
        } else {
            int kin = same_class(s, best);
            double bonus = kin ? best_score * 0.2 : 0.0;
            if (s->scored && s->score + bonus >= threshold) {
                append = 1;
            } else if (kin && !s->scored && s->chars >= 200 && link_density(s) < 0.3) {
                /* Another copy of the winner's container, its paragraphs
                 * nested deeper than scores reach. */
                append = 1;
            } else if (s->tag == GUMBO_TAG_P || (s->is_block && !s->has_block_child)) {
                /* A paragraph, or a block holding only inline text (a lead
                 * or summary in a <div>). */
                double ld = link_density(s);
                if (s->chars > 80 && ld < 0.25)
                    append = 1;
                else if (s->chars > 0 && s->chars < 80 && ld == 0.0) {
                    /* A short paragraph that ends a sentence is prose. */
                    sr_buf_clear(tmp);
                    subtree_text(s, tmp);
                    const char *txt = sr_buf_cstr(tmp);
                    const char *dot = strchr(txt, '.');
                    while (dot && dot[1] != ' ' && dot[1] != '\0')
                        dot = strchr(dot + 1, '.');
                    append = dot != NULL;
                }
            }
        }
        if (append)
            sel[n++] = s;
    }
    return n;
}

static int node_order(const void *a, const void *b)
{
    const hnode *x = *(const hnode *const *)a, *y = *(const hnode *const *)b;
    return x < y ? -1 : x > y;
}

/* Long articles are often cut into sections with asides between them, each
 * section in its own copy of the same container.  Containers with the tag
 * and class of the winner elsewhere on the page join it when they hold
 * prose of their own. */
static size_t join_cousins(tree *t, const hnode *best, hnode **sel, size_t nsel)
{
    const char *cls = attr(best->g, "class");
    if (!cls || !*cls)
        return nsel;
    size_t before = nsel;
    for (size_t i = 1; i < t->n && nsel < t->n; i++) {
        hnode *h = &t->nodes[i];
        /* Unscored copies hold their paragraphs deeper than scores reach. */
        if (h == best || h->drop || h->junk || h->tag != best->tag || h->chars < 200 ||
            link_density(h) > 0.3 || (h->scored && h->score < best->score * 0.3) ||
            !same_class(h, best))
            continue;
        int related = 0;
        for (size_t k = 0; k < nsel && !related; k++)
            related = is_ancestor(sel[k], h) || is_ancestor(h, sel[k]);
        if (!related)
            sel[nsel++] = h;
    }
    if (nsel > before)
        qsort(sel, nsel, sizeof *sel, node_order);
    return nsel;
}

/* ------------------------------------------------------------------------ */
/* Cleaning inside the article                                                */
/* ------------------------------------------------------------------------ */

static int is_word_byte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_' || c >= 0x80;
}

static int word_in(const char *a, const char *w, size_t wn)
{
    for (size_t i = 0; a[i];) {
        while (a[i] && !is_word_byte((unsigned char)a[i]))
            i++;
        size_t j = i;
        while (a[j] && is_word_byte((unsigned char)a[j]))
            j++;
        if (j - i == wn) {
            size_t k = 0;
            while (k < wn && lower_ascii(a[i + k]) == lower_ascii(w[k]))
                k++;
            if (k == wn)
                return 1;
        }
        i = j;
    }
    return 0;
}

/* Share of b's word characters (ASCII case-folded; bytes >= 0x80 count as
 * word bytes) in words that also occur in a: Readability's test for a
 * heading that repeats the headline. */
static double text_similarity(const char *a, const char *b)
{
    size_t total = 0, unique = 0;
    for (size_t i = 0; b[i];) {
        while (b[i] && !is_word_byte((unsigned char)b[i]))
            i++;
        size_t j = i;
        while (b[j] && is_word_byte((unsigned char)b[j]))
            j++;
        if (j > i) {
            total += j - i + 1;
            if (!word_in(a, b + i, j - i))
                unique += j - i + 1;
        }
        i = j;
    }
    return total ? 1.0 - (double)unique / (double)total : 0.0;
}

typedef struct clean_ctx {
    int flags;
    const char *titles[3];
    const size_t *raw;
    tree *t;
    sr_buf *tmp;
} clean_ctx;

static int has_ancestor_tag(const hnode *h, GumboTag tag, int max_depth)
{
    for (h = h->parent; h && max_depth-- > 0; h = h->parent)
        if (h->tag == tag && !h->is_text)
            return 1;
    return 0;
}

/* Readability's conditional cleaning: containers that look like widgets,
 * galleries, forms or link lists rather than prose. */
static int looks_like_boilerplate(const hnode *h, int flags)
{
    int weight = (flags & PASS_WEIGHT_CLASSES) ? h->class_weight : 0;
    if (weight < 0)
        return 1;
    if (h->commas >= 10)
        return 0;
    int is_list = h->tag == GUMBO_TAG_UL || h->tag == GUMBO_TAG_OL;
    double p = h->n_p, img = h->n_img, li = (double)h->n_li - 100.0, input = h->n_input;
    double heading_density = h->chars ? (double)h->heading_chars / (double)h->chars : 0.0;
    double ld = link_density(h);
    size_t len = h->chars;
    int in_figure = has_ancestor_tag(h, GUMBO_TAG_FIGURE, 3);
    if (img > 1 && p / img < 0.5 && !in_figure)
        return 1;
    if (!is_list && li > p)
        return 1;
    if (input > (double)(h->n_p / 3))
        return 1;
    if (!is_list && heading_density < 0.9 && len < 25 && (img == 0 || img > 2) && !in_figure)
        return 1;
    if (!is_list && weight < 25 && ld > 0.2)
        return 1;
    if (weight >= 25 && ld > 0.5)
        return 1;
    if (is_list && ld > 0.5)
        return 1;
    if ((h->n_embed == 1 && len < 75) || h->n_embed > 1)
        return 1;
    return 0;
}

static int should_clean(const hnode *h, int is_top, const clean_ctx *cx)
{
    size_t raw = cx->raw[h - cx->t->nodes];
    if (h->tag == GUMBO_TAG_H1)
        return 1;
    if (h->tag == GUMBO_TAG_H2 || h->tag == GUMBO_TAG_H3) {
        if ((cx->flags & PASS_WEIGHT_CLASSES) && h->class_weight < 0)
            return 1;
        sr_buf_clear(cx->tmp);
        subtree_text(h, cx->tmp);
        for (int k = 0; k < 3; k++)
            if (cx->titles[k] && text_similarity(cx->titles[k], sr_buf_cstr(cx->tmp)) > 0.75)
                return 1;
    }
    if (is_top)
        return 0;
    if (h->share && raw < 500)
        return 1;
    if (h->caption && raw < 400)
        return 1;
    if (!(cx->flags & PASS_CLEAN))
        return 0;
    /* An embedded post is mostly links (its author, its date) yet quoted
     * text of the article. */
    if (h->embed && h->chars >= 25 && link_density(h) < 0.6)
        return 0;
    switch (h->tag) {
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
        return looks_like_boilerplate(h, cx->flags);
    default:
        return 0;
    }
}

/* Between the paragraphs of a container, a run of inline content that is
 * nothing but links is a "read more" or "see also" teaser, not prose. */
static void clean_link_runs(hnode *container)
{
    hnode *run = NULL;
    size_t chars = 0, link_chars = 0;
    for (hnode *c = container->first;; c = c->next) {
        int inline_node = c && !c->drop && !c->junk && (c->is_text || !c->is_block);
        if (inline_node) {
            if (!run)
                run = c, chars = link_chars = 0;
            chars += c->chars;
            link_chars += c->link_chars;
            continue;
        }
        if (run && chars > 0 && link_chars == chars)
            for (hnode *r = run; r != c; r = r->next)
                if (!r->is_text)
                    r->cleaned = 1;
        run = NULL;
        if (!c)
            break;
    }
}

static void clean_article(hnode *const *sel, size_t nsel, const clean_ctx *cx)
{
    for (size_t k = 0; k < nsel; k++) {
        hnode *root = sel[k];
        for (hnode *h = root; h;) {
            int descend = 0;
            if (!h->is_text && !h->drop && !h->junk) {
                if (should_clean(h, h == root, cx)) {
                    h->cleaned = 1;
                } else {
                    descend = 1;
                    if (h->has_block_child && (cx->flags & PASS_CLEAN))
                        clean_link_runs(h);
                }
            }
            h = next_in_subtree(h, root, descend);
        }
    }
}

/* ------------------------------------------------------------------------ */
/* Output                                                                     */
/* ------------------------------------------------------------------------ */

/* Writes text with paragraph breaks deferred until the next visible
 * character, so empty blocks leave no blank lines behind. */
typedef struct emitter {
    sr_buf *out;
    int space, line, para; /* separator owed before the next character */
    int brs;               /* <br>s since the last character */
} emitter;

static void emit_text(emitter *e, const char *s, size_t n, int keep_lines)
{
    for (size_t i = 0; i < n;) {
        size_t w = space_at(s + i, n - i);
        if (w) {
            if (keep_lines && s[i] == '\n')
                e->line = 1;
            e->space = 1;
            i += w;
            continue;
        }
        if (e->out->len) {
            if (e->para)
                sr_buf_append(e->out, "\n\n", 2);
            else if (e->line)
                sr_buf_putc(e->out, '\n');
            else if (e->space)
                sr_buf_putc(e->out, ' ');
        }
        e->space = e->line = e->para = 0;
        e->brs = 0;
        /* Copy the run of visible bytes at once. */
        size_t j = i + 1;
        while (j < n && !space_at(s + j, n - j))
            j++;
        sr_buf_append(e->out, s + i, j - i);
        i = j;
    }
}

static void emit_subtree(emitter *e, const hnode *root)
{
    for (const hnode *h = root; h;) {
        int descend = !h->drop && !h->junk && !h->cleaned;
        if (descend) {
            if (h->is_text) {
                emit_text(e, h->text, h->text_len, h->block && h->block->tag == GUMBO_TAG_PRE);
            } else if (h->tag == GUMBO_TAG_BR) {
                if (e->brs++ > 0)
                    e->para = 1;
                else
                    e->line = 1;
            } else if (h->is_block) {
                e->para = 1;
            }
        }
        if (descend && h->first) {
            h = h->first;
            continue;
        }
        for (;;) {
            if (h == root)
                return;
            if (h->next) {
                h = h->next;
                break;
            }
            h = h->parent;
            if (h->is_block)
                e->para = 1;
        }
    }
}

static size_t count_code_points(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

typedef struct body_work {
    tree t;
    size_t *raw;
    hnode **sel;
    sr_buf tmp;
} body_work;

static size_t run_pass(body_work *w, int flags, const char *const titles[3], sr_buf *out)
{
    tree *t = &w->t;
    compute_stats(t, flags, w->raw);
    score_paragraphs(t, flags);
    hnode *best = pick_top_candidate(t);
    size_t nsel;
    if (best) {
        nsel = join_siblings(best, w->sel, t->n, &w->tmp);
        nsel = join_cousins(t, best, w->sel, nsel);
    } else {
        w->sel[0] = t->body ? t->body : &t->nodes[0];
        nsel = 1;
    }
    clean_ctx cx = {flags, {titles[0], titles[1], titles[2]}, w->raw, t, &w->tmp};
    clean_article(w->sel, nsel, &cx);
    sr_buf_clear(out);
    emitter e = {out, 0, 0, 0, 0};
    for (size_t k = 0; k < nsel; k++) {
        e.para = 1;
        emit_subtree(&e, w->sel[k]);
    }
    return count_code_points(out->data ? out->data : "", out->len);
}

/* Runs the passes from strictest to most lenient and keeps the first that
 * finds enough text, else the longest. */
static int extract_body(const GumboNode *root, const char *const titles[3], sr_buf *best_out)
{
    static const int passes[] = {
        PASS_STRIP_UNLIKELY | PASS_WEIGHT_CLASSES | PASS_CLEAN,
        PASS_WEIGHT_CLASSES | PASS_CLEAN,
        PASS_CLEAN,
        0,
    };
    body_work w;
    memset(&w, 0, sizeof w);
    node_stack st = {0};
    int rc = build_tree(root, &w.t, &st);
    free(st.items);
    if (rc == 0) {
        w.raw = calloc(w.t.n, sizeof *w.raw);
        w.sel = malloc(w.t.n * sizeof *w.sel);
        if (!w.raw || !w.sel)
            rc = -1;
    }
    if (rc == 0) {
        compute_raw_chars(&w.t, w.raw);
        sr_buf cur = SR_BUF_INIT;
        size_t best_len = 0;
        for (size_t k = 0; k < sizeof passes / sizeof *passes; k++) {
            size_t n = run_pass(&w, passes[k], titles, &cur);
            if (k == 0 || n > best_len) {
                sr_buf tmp = *best_out;
                *best_out = cur;
                cur = tmp;
                best_len = n;
            }
            if (best_len >= BODY_MIN_CHARS)
                break;
        }
        sr_buf_free(&cur);
        if (best_out->oom || w.tmp.oom)
            rc = -1;
    }
    sr_buf_free(&w.tmp);
    free(w.sel);
    free(w.raw);
    free(w.t.nodes);
    return rc;
}

/* ------------------------------------------------------------------------ */
/* Entry point                                                                */
/* ------------------------------------------------------------------------ */

static void set_err(char *err, size_t errlen, const char *msg)
{
    if (err && errlen)
        snprintf(err, errlen, "%s", msg);
}

static const char *first_of(const char *a, const char *b, const char *c, const char *d)
{
    if (a && *a)
        return a;
    if (b && *b)
        return b;
    if (c && *c)
        return c;
    if (d && *d)
        return d;
    return NULL;
}

/* A JSON-LD articleBody as paragraphs: its line breaks become "\n\n". */
static void body_from_ld(const char *ld, sr_buf *out)
{
    sr_buf_clear(out);
    size_t n = strlen(ld);
    emitter e = {out, 0, 0, 0, 0};
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ld[j] != '\n')
            j++;
        e.para = 1;
        emit_text(&e, ld + i, j - i, 0);
        i = j + 1;
    }
}

int sr_html_extract(const char *html, size_t len, sr_arena *arena, sr_html_doc *out,
                    char *err, size_t errlen)
{
    memset(out, 0, sizeof *out);
    out->body = "";
    if (!html && len > 0) {
        set_err(err, errlen, "html: NULL input with a non-zero length");
        return -1;
    }
    if (len > HTML_MAX_INPUT) {
        if (err && errlen)
            snprintf(err, errlen, "html: input is %zu bytes, over the %zu-byte limit; "
                     "split or truncate the page", len, HTML_MAX_INPUT);
        return -1;
    }
    GumboOptions opts = kGumboDefaultOptions;
    opts.max_errors = 0; /* we never read parse errors; recording them costs time */
    GumboOutput *g = gumbo_parse_with_options(&opts, html ? html : "", len);
    if (!g) {
        set_err(err, errlen, "html: the parser ran out of memory");
        return -1;
    }

    meta_info mi;
    memset(&mi, 0, sizeof mi);
    node_stack st = {0};
    sr_buf tmp = SR_BUF_INIT;
    collect_meta(g->document, &mi, arena, &st, &tmp);
    int oom = st.oom || tmp.oom;
    free(st.items);
    sr_buf_free(&tmp);

    const char *titles[3] = {mi.og_title, mi.title_tag, mi.ld_headline};
    sr_buf body = SR_BUF_INIT;
    if (!oom && extract_body(g->document, titles, &body) != 0)
        oom = 1;
    gumbo_destroy_output(&opts, g);

    if (!oom && mi.ld_body) {
        /* Script-rendered pages leave little in the markup; trust the
         * publisher's own copy of the text then. */
        size_t ld_chars = count_code_points(mi.ld_body, strlen(mi.ld_body));
        size_t dom_chars = count_code_points(sr_buf_cstr(&body), body.len);
        if (ld_chars >= 200 && dom_chars * 4 < ld_chars)
            body_from_ld(mi.ld_body, &body);
    }
    if (oom || body.oom) {
        sr_buf_free(&body);
        set_err(err, errlen, "html: out of memory");
        return -1;
    }

    out->title = first_of(mi.og_title, mi.ld_headline, mi.tw_title,
                          mi.title_tag && *mi.title_tag ? mi.title_tag : mi.h1);
    out->url = first_of(mi.canonical, mi.og_url, mi.ld_url, NULL);
    out->outlet = first_of(mi.site_name, mi.ld_publisher, mi.app_name, NULL);
    const char *date = mi.ld_date[0] ? mi.ld_date
                       : mi.date[0]  ? mi.date
                       : mi.time_date[0] ? mi.time_date : NULL;
    out->date = date ? sr_arena_strdup(arena, date) : NULL;
    out->language = primary_language(arena, first_of(mi.lang, mi.content_lang, mi.ld_lang,
                                                     mi.og_locale));
    char *text = sr_arena_strndup(arena, sr_buf_cstr(&body), body.len);
    out->body_len = text ? body.len : 0;
    out->body = text ? text : "";
    sr_buf_free(&body);
    return 0;
}
