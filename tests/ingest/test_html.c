/*
 * test_html.c - main-text extraction and metadata from HTML pages.
 *
 * The fixtures are small pages written for these tests in the shapes news
 * sites use: a site header and navigation, an article with a share bar,
 * byline, figure and in-article promos, then related links, comments and a
 * footer.  What must come out is the article's paragraphs, in order, and
 * nothing of the rest.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ingest/html.h"

/* Four paragraphs of made-up wire copy, long enough to read as prose. */
#define PARA1 "The foreign ministers met in Constanta on Tuesday, their third meeting this year, " \
              "and agreed to expand naval patrols in the Black Sea, officials said."
#define PARA2 "The secretary general told reporters that the alliance would keep supporting " \
              "partners in the region, and that talks with Moscow remained possible."
#define PARA3 "Romania, which hosts a multinational battlegroup, asked for more air defence " \
              "systems, a request several delegations said they would consider."
#define PARA4 "The next meeting is planned for the spring, when ministers will review the patrols, " \
              "the exercises and the budget, according to a joint statement."

static const char *const news_page =
    "<!DOCTYPE html>\n"
    "<html lang=\"en-GB\"><head>\n"
    "<meta charset=\"utf-8\">\n"
    "<title>Ministers agree Black Sea patrols | The Daily Example</title>\n"
    "<meta property=\"og:title\" content=\"Ministers agree  Black Sea patrols\">\n"
    "<meta property=\"og:site_name\" content=\"The Daily Example\">\n"
    "<meta property=\"article:published_time\" content=\"2022-02-11T10:30:00+00:00\">\n"
    "<link rel=\"canonical\" href=\"https://news.example.org/world/black-sea-patrols\">\n"
    "<script>var tracking = 'Tracking script text must never appear';</script>\n"
    "<style>.x { color: red }</style>\n"
    "</head><body>\n"
    "<header class=\"site-header\"><a href=\"/\">The Daily Example</a>\n"
    "  <nav><ul><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li>"
    "<li><a href=\"/business\">Business news and markets</a></li></ul></nav></header>\n"
    "<div class=\"cookie-banner\">We use cookies to improve your experience on our site. "
    "Accept all cookies or manage your settings.</div>\n"
    "<main><article class=\"story\">\n"
    "<h1>Ministers agree Black Sea patrols</h1>\n"
    "<div class=\"byline\">By Ana Popescu</div>\n"
    "<div class=\"share-bar\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a></div>\n"
    "<div class=\"story-body\">\n"
    "<p>" PARA1 "</p>\n"
    "<figure><img src=\"ships.jpg\"><figcaption>Ships in the port of Constanta. Photo: "
    "Example Agency</figcaption></figure>\n"
    "<p>The secretary general told reporters that the alliance would keep supporting "
    "partners in the region, and that <a href=\"/talks\">talks with Moscow</a> remained possible.</p>\n"
    "<div class=\"newsletter-signup\">Sign up for our morning newsletter and get the news "
    "in your inbox. <form><input type=\"email\"><button>Subscribe</button></form></div>\n"
    "<p>" PARA3 "</p>\n"
    "<h2>What comes next</h2>\n"
    "<p>" PARA4 "</p>\n"
    "</div>\n"
    "<div class=\"related-links\"><h3>Related</h3><ul>"
    "<li><a href=\"/a\">Navy exercises begin off the coast of Romania this week</a></li>"
    "<li><a href=\"/b\">Ukraine and Russia trade accusations over grain deal</a></li>"
    "<li><a href=\"/c\">Five things to know about the alliance summit in Madrid</a></li>"
    "</ul></div>\n"
    "</article></main>\n"
    "<section id=\"comments\" class=\"comments\"><h3>Comments</h3>"
    "<div class=\"comment\"><p>Reader comment: this is a very long opinion about the "
    "patrols, which goes on and on, with commas, clauses, and more clauses, for a while.</p></div>"
    "</section>\n"
    "<footer><p>Copyright 2022 The Daily Example, all rights reserved, terms, privacy.</p></footer>\n"
    "<script>document.write('more script text that must not appear');</script>\n"
    "</body></html>\n";

typedef struct fixture {
    sr_arena arena;
    sr_html_doc doc;
    char err[256];
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f)
        return -1;
    sr_arena_init(&f->arena);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    sr_arena_free(&f->arena);
    free(f);
    return 0;
}

static const sr_html_doc *extract(void **state, const char *html)
{
    fixture *f = *state;
    int rc = sr_html_extract(html, strlen(html), &f->arena, &f->doc, f->err, sizeof f->err);
    if (rc != 0)
        fail_msg("sr_html_extract failed: %s", f->err);
    assert_non_null(f->doc.body);
    assert_int_equal(strlen(f->doc.body), f->doc.body_len);
    return &f->doc;
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("expected [%s] in body:\n%s", needle, hay);
}

static void assert_lacks(const char *hay, const char *needle)
{
    if (strstr(hay, needle))
        fail_msg("did not expect [%s] in body:\n%s", needle, hay);
}

static void test_keeps_article_paragraphs_in_order(void **state)
{
    const sr_html_doc *d = extract(state, news_page);
    const char *p1 = strstr(d->body, PARA1), *p2 = strstr(d->body, PARA2);
    const char *p3 = strstr(d->body, PARA3), *p4 = strstr(d->body, PARA4);
    if (!p1 || !p2 || !p3 || !p4)
        fail_msg("a paragraph is missing from:\n%s", d->body);
    assert_true(p1 < p2 && p2 < p3 && p3 < p4);
    /* the article starts the body and paragraphs are separated by one blank line */
    assert_ptr_equal(p1, d->body);
    assert_memory_equal(p1 + strlen(PARA1), "\n\n", 2);
    /* a subheading inside the article stays, as its own paragraph */
    assert_contains(d->body, "\n\nWhat comes next\n\n");
    /* no leading or trailing blank lines */
    assert_true(d->body_len > 0 && d->body[d->body_len - 1] != '\n');
}

static void test_drops_boilerplate(void **state)
{
    const sr_html_doc *d = extract(state, news_page);
    assert_lacks(d->body, "Tracking script");
    assert_lacks(d->body, "more script text");
    assert_lacks(d->body, "color: red");
    assert_lacks(d->body, "Business news");     /* navigation */
    assert_lacks(d->body, "cookies");           /* cookie banner */
    assert_lacks(d->body, "Share on");          /* share widget */
    assert_lacks(d->body, "By Ana Popescu");    /* byline */
    assert_lacks(d->body, "Ships in the port"); /* caption */
    assert_lacks(d->body, "newsletter");        /* in-article promo */
    assert_lacks(d->body, "Navy exercises");    /* related links */
    assert_lacks(d->body, "Reader comment");    /* comments */
    assert_lacks(d->body, "Copyright");         /* footer */
    assert_lacks(d->body, "Ministers agree");   /* the headline is metadata, not body */
}

static void test_metadata_from_meta_tags(void **state)
{
    const sr_html_doc *d = extract(state, news_page);
    assert_string_equal(d->title, "Ministers agree Black Sea patrols");
    assert_string_equal(d->url, "https://news.example.org/world/black-sea-patrols");
    assert_string_equal(d->date, "2022-02-11");
    assert_string_equal(d->outlet, "The Daily Example");
    assert_string_equal(d->language, "en");
}

static void test_json_ld(void **state)
{
    const char *html =
        "<html><head><title>Page title - Site</title>"
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
        "{\"@type\":\"WebSite\",\"name\":\"Example Wire\"},"
        "{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume in Geneva\","
        "\"datePublished\":\"2021-12-07T08:00:00Z\",\"inLanguage\":\"ro-RO\","
        "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Example Wire\"}}]}</script>"
        "<script type=\"application/ld+json\">{ not json at all </script>"
        "</head><body><div class=\"content\"><p>" PARA1 "</p><p>" PARA2 "</p></div></body></html>";
    const sr_html_doc *d = extract(state, html);
    assert_string_equal(d->title, "Talks resume in Geneva");
    assert_string_equal(d->date, "2021-12-07");
    assert_string_equal(d->outlet, "Example Wire");
    assert_string_equal(d->language, "ro");
    assert_null(d->url);
    assert_contains(d->body, PARA1 "\n\n" PARA2);
}

static void test_dates_from_other_tags(void **state)
{
    const char *parsely =
        "<html><head><meta name=\"parsely-pub-date\" content=\"2020-03-04T05:06:07Z\">"
        "</head><body><p>" PARA1 "</p></body></html>";
    assert_string_equal(extract(state, parsely)->date, "2020-03-04");

    const char *dc = "<html><head><meta name=\"DC.date.issued\" content=\"2019/11/19\">"
                     "</head><body><p>" PARA1 "</p></body></html>";
    assert_string_equal(extract(state, dc)->date, "2019-11-19");

    const char *time_tag = "<html><body><article><time datetime=\"2018-09-10T11:25:36-05:00\">"
                           "September 10</time><p>" PARA1 "</p></article></body></html>";
    assert_string_equal(extract(state, time_tag)->date, "2018-09-10");

    const char *english = "<html><head><meta name=\"date\" content=\"Tue, 19 Nov 2019 10:00:00 GMT\">"
                          "</head><body><p>" PARA1 "</p></body></html>";
    assert_string_equal(extract(state, english)->date, "2019-11-19");

    /* an impossible date is no date */
    const char *bad = "<html><head><meta property=\"article:published_time\" content=\"2019-13-45\">"
                      "</head><body><p>" PARA1 "</p></body></html>";
    assert_null(extract(state, bad)->date);
}

static void test_title_and_url_fallbacks(void **state)
{
    const char *html = "<html><head><title>\n  Only a  title tag\n</title>"
                       "<meta property=\"og:url\" content=\"https://example.org/a\"></head>"
                       "<body><p>" PARA1 "</p></body></html>";
    const sr_html_doc *d = extract(state, html);
    assert_string_equal(d->title, "Only a title tag");
    assert_string_equal(d->url, "https://example.org/a");
    assert_null(d->outlet);
    assert_null(d->language);
}

static void test_whitespace_and_line_breaks(void **state)
{
    const char *html =
        "<html><body><div class=\"article-body\">"
        "<p>  The   ministers\n\t met <b>in</b>&nbsp;Brussels, "
        "and agreed on a plan, a budget, and a timetable.  </p>"
        "<div>First line of a text laid out with breaks, as some sites do, for a while.<br>"
        "still the same paragraph, on a new line.<br><br>"
        "A new paragraph after two breaks, with enough text to count.</div>"
        "<p></p><p>   </p>"
        "<ul><li>Point one of the plan, with detail, and more detail.</li>"
        "<li>Point two of the plan, with detail, and more detail.</li></ul>"
        "</div></body></html>";
    const sr_html_doc *d = extract(state, html);
    assert_string_equal(d->body,
                        "The ministers met in Brussels, and agreed on a plan, a budget, and a timetable."
                        "\n\nFirst line of a text laid out with breaks, as some sites do, for a while."
                        "\nstill the same paragraph, on a new line."
                        "\n\nA new paragraph after two breaks, with enough text to count."
                        "\n\nPoint one of the plan, with detail, and more detail."
                        "\n\nPoint two of the plan, with detail, and more detail.");
}

static void test_malformed_html(void **state)
{
    /* unclosed paragraphs and divs, a stray end tag, an unquoted attribute,
     * an unterminated comment-like run and a bare ampersand */
    const char *html =
        "<html><body><div class=article><p>" PARA1
        "<p>The secretary general told reporters that the alliance would keep supporting "
        "partners in the region, and that talks with Moscow remained possible.</div></span>"
        "<p>" PARA3 " R&D &amp more"
        "<div><p>" PARA4;
    const sr_html_doc *d = extract(state, html);
    assert_contains(d->body, PARA1 "\n\n" PARA2);
    assert_contains(d->body, PARA3 " R&D & more");
    assert_contains(d->body, PARA4);
}

static void test_empty_and_tiny_input(void **state)
{
    fixture *f = *state;
    assert_int_equal(sr_html_extract("", 0, &f->arena, &f->doc, f->err, sizeof f->err), 0);
    assert_string_equal(f->doc.body, "");
    assert_int_equal(f->doc.body_len, 0);
    assert_null(f->doc.title);
    assert_null(f->doc.date);
    assert_int_equal(sr_html_extract(NULL, 0, &f->arena, &f->doc, f->err, sizeof f->err), 0);
    assert_string_equal(f->doc.body, "");

    const sr_html_doc *d = extract(state, "plain words, no markup");
    assert_string_equal(d->body, "plain words, no markup");

    d = extract(state, "<html><body><nav><a href=/>Home</a></nav></body></html>");
    assert_string_equal(d->body, "");

    /* a NUL byte inside the input is not the end of it */
    static const char with_nul[] = "<p>before</p>\0<p>after</p>";
    assert_int_equal(sr_html_extract(with_nul, sizeof with_nul - 1, &f->arena, &f->doc, f->err,
                                     sizeof f->err), 0);
    assert_non_null(strstr(f->doc.body, "after"));
}

static void test_null_input_with_length_is_an_error(void **state)
{
    fixture *f = *state;
    f->err[0] = '\0';
    assert_int_equal(sr_html_extract(NULL, 10, &f->arena, &f->doc, f->err, sizeof f->err), -1);
    assert_true(f->err[0] != '\0');
    assert_string_equal(f->doc.body, "");
}

static void test_json_ld_body_when_markup_is_empty(void **state)
{
    /* pages that render their text with scripts still carry it in JSON-LD */
    const char *html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"articleBody\":\"" PARA1 "\\n" PARA2 "\\n" PARA3 "\"}</script></head>"
        "<body><div id=\"app\"></div></body></html>";
    const sr_html_doc *d = extract(state, html);
    assert_string_equal(d->body, PARA1 "\n\n" PARA2 "\n\n" PARA3);
}

static void test_split_article_and_embeds(void **state)
{
    /* an article cut in two by an aside, and a quoted tweet inside it */
    const char *html =
        "<html><body><div class=\"page\">"
        "<div class=\"story-text\"><p>" PARA1 "</p><p>" PARA2 "</p></div>"
        "<aside class=\"sidebar\"><p>Most read: a story about something else entirely, "
        "with commas, and words, and more words.</p></aside>"
        "<div class=\"story-text\"><p>" PARA3 "</p>"
        "<div class=\"social-embed\"><blockquote class=\"twitter-tweet\"><p>We are on it, "
        "the minister wrote, in a post that drew thousands of replies.</p>&mdash; Minister "
        "(@minister) <a href=\"https://twitter.example/1\">February 11, 2022</a></blockquote></div>"
        "<p>" PARA4 "</p></div>"
        "</div></body></html>";
    const sr_html_doc *d = extract(state, html);
    assert_contains(d->body, PARA1);
    assert_contains(d->body, PARA4);
    assert_contains(d->body, "We are on it");
    assert_lacks(d->body, "Most read");
}

static void test_deep_nesting_does_not_overflow(void **state)
{
    fixture *f = *state;
    size_t depth = 20000;
    size_t cap = depth * 11 + 256;
    char *html = malloc(cap);
    assert_non_null(html);
    size_t n = 0;
    for (size_t i = 0; i < depth; i++) {
        memcpy(html + n, "<div><span>", 11);
        n += 11;
    }
    n += (size_t)snprintf(html + n, cap - n, "%s", "<p>deep text, with a comma, and more words to count.</p>");
    assert_int_equal(sr_html_extract(html, n, &f->arena, &f->doc, f->err, sizeof f->err), 0);
    free(html);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_keeps_article_paragraphs_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_drops_boilerplate, setup, teardown),
        cmocka_unit_test_setup_teardown(test_metadata_from_meta_tags, setup, teardown),
        cmocka_unit_test_setup_teardown(test_json_ld, setup, teardown),
        cmocka_unit_test_setup_teardown(test_dates_from_other_tags, setup, teardown),
        cmocka_unit_test_setup_teardown(test_title_and_url_fallbacks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_whitespace_and_line_breaks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_malformed_html, setup, teardown),
        cmocka_unit_test_setup_teardown(test_empty_and_tiny_input, setup, teardown),
        cmocka_unit_test_setup_teardown(test_null_input_with_length_is_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(test_json_ld_body_when_markup_is_empty, setup, teardown),
        cmocka_unit_test_setup_teardown(test_split_article_and_embeds, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deep_nesting_does_not_overflow, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
