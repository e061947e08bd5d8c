/*
 * test_normalize.c - charset conversion, NFC and the body layout every
 * later stage counts on.
 */
#include "ingest/normalize.h"
#include "testutil.h"

static char *normalized(const char *in)
{
    sr_buf out = SR_BUF_INIT;
    assert_int_equal(sr_normalize_body(in, strlen(in), &out), 0);
    return sr_buf_detach(&out, NULL);
}

static void expect_body(const char *in, const char *want)
{
    char *got = normalized(in);
    if (strcmp(got, want) != 0)
        fail_msg("normalize(%s)\n want: [%s]\n  got: [%s]", in, want, got);
    free(got);
}

static void test_nfc(void **state)
{
    (void)state;
    /* "Constanța" written with t + combining comma below becomes U+021B */
    expect_body("Constant\xcc\xa6" "a port", "Constan\xc8\x9b" "a port");
    /* already composed text is untouched */
    expect_body("Bucure\xc8\x99ti", "Bucure\xc8\x99ti");
}

static void test_paragraph_layouts(void **state)
{
    (void)state;
    /* blank-line separated, short lines joined (hard wrap inside a paragraph) */
    expect_body("NATO met\nin Brussels.\n\nRomania spoke.\n", "NATO met in Brussels.\n\nRomania spoke.");
    /* CRLF and runs of blank lines */
    expect_body("First.\r\n\r\n\r\n\r\nSecond.\r\n", "First.\n\nSecond.");
    /* hard-wrapped wire copy: indented lines start paragraphs */
    expect_body("    The ministry said on Friday\nthat talks would go on.\n    Officials\nagreed.",
                "The ministry said on Friday that talks would go on.\n\nOfficials agreed.");
    /* tabs, no-break spaces and runs of spaces collapse; zero-width and
     * control characters go */
    expect_body("A\tB\xc2\xa0\xc2\xa0" "C  D\xe2\x80\x8b" "E\x01", "A B C DE");
}

static void test_long_lines_are_paragraphs(void **state)
{
    (void)state;
    char in[800], want[800];
    const char *l1 = "The defence ministers of the alliance gathered in Brussels on Thursday to discuss the eastern flank.";
    const char *l2 = "Romania's minister said the Black Sea region needed more air defence systems and more ships now.";
    snprintf(in, sizeof in, "%s\n%s\n", l1, l2);
    snprintf(want, sizeof want, "%s\n\n%s", l1, l2);
    expect_body(in, want);
}

static void test_junk_dropped(void **state)
{
    (void)state;
    /* an inline data: URI and the image markup around it go; the text stays */
    expect_body("Title line here\n\n<image>data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"</image>\n\nThe text.",
                "Title line here\n\nThe text.");
    /* a markdown image whose target is a data URI goes whole */
    expect_body("Before.\n\n\x21[A caption](data:image/png;base64,iVBORw0KGgo=)\n\nAfter.", "Before.\n\nAfter.");
    /* the same element shape the seeds carry: a tag, a data URI, attributes */
    expect_body("Head\n\n<img src=\"data:image/gif;base64,R0lGOD\" alt=\"Head\">\n\nBody text.", "Head\n\nBody text.");
    expect_body("See data:image/gif;base64,R0lGODlh here.", "See here.");
    /* a trailing source link and a lone full stop go; a link inside text stays */
    expect_body("Talks went on.\n\nhttps://example.org/story/1\n\n.\n",
                "Talks went on.");
    expect_body("Read https://example.org/x for more.", "Read https://example.org/x for more.");
    /* text that is only junk normalizes to nothing */
    expect_body("\n\n  https://example.org  \n\n", "");
}

static void test_charsets(void **state)
{
    (void)state;
    char err[256];
    sr_buf out = SR_BUF_INIT;
    /* windows-1252 curly quotes and e acute */
    const unsigned char w1252[] = {0x93, 'H', 'i', 0x94, ' ', 'c', 'a', 'f', 0xE9};
    assert_int_equal(sr_to_utf8(w1252, sizeof w1252, "windows-1252", &out, err, sizeof err), 0);
    assert_string_equal(out.data, "\xe2\x80\x9cHi\xe2\x80\x9d caf\xc3\xa9");
    sr_buf_clear(&out);
    /* latin-1 labels are read as windows-1252, as browsers do */
    assert_int_equal(sr_to_utf8(w1252, sizeof w1252, "ISO-8859-1", &out, err, sizeof err), 0);
    assert_string_equal(out.data, "\xe2\x80\x9cHi\xe2\x80\x9d caf\xc3\xa9");
    sr_buf_clear(&out);
    /* a UTF-8 BOM is dropped */
    assert_int_equal(sr_to_utf8((const unsigned char *)"\xef\xbb\xbfNATO", 7, NULL, &out, err, sizeof err), 0);
    assert_string_equal(out.data, "NATO");
    sr_buf_clear(&out);
    /* UTF-16LE with BOM */
    const unsigned char u16[] = {0xFF, 0xFE, 'K', 0, 'y', 0, 'i', 0, 'v', 0};
    assert_int_equal(sr_to_utf8(u16, sizeof u16, NULL, &out, err, sizeof err), 0);
    assert_string_equal(out.data, "Kyiv");
    sr_buf_clear(&out);
    /* undeclared invalid UTF-8 is refused with the byte offset */
    assert_int_equal(sr_to_utf8((const unsigned char *)"abc\xff" "def", 7, NULL, &out, err, sizeof err), -1);
    assert_non_null(strstr(err, "byte 3"));
    /* an unknown charset is refused by name */
    assert_int_equal(sr_to_utf8((const unsigned char *)"abc", 3, "klingon-8", &out, err, sizeof err), -1);
    assert_non_null(strstr(err, "klingon-8"));
    sr_buf_free(&out);
}

static void test_sniff_charset(void **state)
{
    (void)state;
    char cs[64];
    const char *a = "<html><head><meta charset=\"windows-1251\"></head>";
    assert_int_equal(sr_sniff_html_charset((const unsigned char *)a, strlen(a), cs, sizeof cs), 1);
    assert_string_equal(cs, "windows-1251");
    const char *b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\">";
    assert_int_equal(sr_sniff_html_charset((const unsigned char *)b, strlen(b), cs, sizeof cs), 1);
    assert_string_equal(cs, "ISO-8859-2");
    const char *c = "<html><body>no declaration</body></html>";
    assert_int_equal(sr_sniff_html_charset((const unsigned char *)c, strlen(c), cs, sizeof cs), 0);
    assert_int_equal(sr_content_type_charset("text/html; charset=utf-8", cs, sizeof cs), 1);
    assert_string_equal(cs, "utf-8");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_paragraph_layouts),
        cmocka_unit_test(test_long_lines_are_paragraphs),
        cmocka_unit_test(test_junk_dropped),
        cmocka_unit_test(test_charsets),
        cmocka_unit_test(test_sniff_charset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
