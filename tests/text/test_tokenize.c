/*
 * test_tokenize.c - the tokenizer: kinds, flags and exact offsets.
 *
 * Example sentences are written by the team in a news style.  Offsets are
 * worked out by hand: Cyrillic letters are 2 bytes, the emoji 4, so code
 * point and byte offsets part ways and both are checked.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "text/text.h"

typedef struct expect_tok {
    const char *text;  /* the token's bytes */
    int kind;
    unsigned start, end; /* code points; end 0 = do not check offsets */
    unsigned flags_set;  /* flags that must be set (besides whatever else) */
} expect_tok;

static sr_text analyze(sr_arena *a, const char *body)
{
    sr_text t;
    assert_int_equal(sr_text_analyze(body, strlen(body), a, &t), 0);
    return t;
}

static void check_tokens(const char *body, const expect_tok *want, size_t n)
{
    sr_arena a;
    sr_arena_init(&a);
    sr_text t = analyze(&a, body);
    for (size_t i = 0; i < n && i < t.n_tokens; i++) {
        const sr_token *tk = &t.tokens[i];
        size_t len = tk->byte_end - tk->byte_start;
        if (len != strlen(want[i].text) || memcmp(body + tk->byte_start, want[i].text, len) != 0)
            fail_msg("token %zu: got \"%.*s\", want \"%s\"", i, (int)len, body + tk->byte_start,
                     want[i].text);
        if (tk->kind != want[i].kind)
            fail_msg("token %zu \"%s\": kind %d, want %d", i, want[i].text, tk->kind, want[i].kind);
        if (want[i].end) {
            assert_int_equal(tk->start, want[i].start);
            assert_int_equal(tk->end, want[i].end);
        }
        if ((tk->flags & want[i].flags_set) != want[i].flags_set)
            fail_msg("token %zu \"%s\": flags %#x lack %#x", i, want[i].text, tk->flags,
                     want[i].flags_set);
    }
    assert_int_equal(t.n_tokens, n);
    sr_arena_free(&a);
}

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void test_cyrillic_latin_emoji_offsets(void **state)
{
    (void)state;
    /* "Путин" 5 cp / 10 bytes, "👋" U+1F44B 1 cp / 4 bytes. */
    const char *body = "Путин 👋 met NATO's chief.";
    static const expect_tok want[] = {
        {"Путин", SR_TOK_WORD, 0, 5, SR_TOKF_CAPITALIZED | SR_TOKF_PARA_START},
        {"👋", SR_TOK_SYMBOL, 6, 7, SR_TOKF_SPACE_BEFORE},
        {"met", SR_TOK_WORD, 8, 11, 0},
        {"NATO", SR_TOK_WORD, 12, 16, SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS},
        {"'s", SR_TOK_WORD, 16, 18, 0},
        {"chief", SR_TOK_WORD, 19, 24, 0},
        {".", SR_TOK_PUNCT, 24, 25, 0},
    };
    check_tokens(body, want, N(want));

    sr_arena a;
    sr_arena_init(&a);
    sr_text t = analyze(&a, body);
    assert_int_equal(t.n_chars, 25);
    /* Byte offsets of the same tokens. */
    static const unsigned bytes[][2] = {{0, 10}, {11, 15}, {16, 19}, {20, 24}, {24, 26}, {27, 32}, {32, 33}};
    for (size_t i = 0; i < N(bytes); i++) {
        assert_int_equal(t.tokens[i].byte_start, bytes[i][0]);
        assert_int_equal(t.tokens[i].byte_end, bytes[i][1]);
    }
    sr_arena_free(&a);
}

static void test_emoji_sequences_are_one_symbol(void **state)
{
    (void)state;
    /* 👍🏽 = U+1F44D U+1F3FD (2 cp, 8 bytes); 🇷🇴 = two regional
     * indicators (2 cp, 8 bytes); 👨‍👩 = U+1F468 ZWJ U+1F469 (3 cp, 11 bytes). */
    const char *body = "Bucharest 👍🏽🇷🇴 👨\u200d👩!";
    static const expect_tok want[] = {
        {"Bucharest", SR_TOK_WORD, 0, 9, SR_TOKF_CAPITALIZED},
        {"👍🏽", SR_TOK_SYMBOL, 10, 12, 0},
        {"🇷🇴", SR_TOK_SYMBOL, 12, 14, 0},
        {"👨\u200d👩", SR_TOK_SYMBOL, 15, 18, 0},
        {"!", SR_TOK_PUNCT, 18, 19, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_combining_mark_stays_in_word(void **state)
{
    (void)state;
    /* "Bucuresti" with s + U+0326 COMBINING COMMA BELOW, as a decomposed
     * input would spell it: the mark stays inside the word (10 code points,
     * 11 bytes). */
    const char *body = "Bucures\xcc\xa6ti, Chi\xc8\x99in\xc4\x83u";
    static const expect_tok want[] = {
        {"Bucures\xcc\xa6ti", SR_TOK_WORD, 0, 10, SR_TOKF_CAPITALIZED},
        {",", SR_TOK_PUNCT, 10, 11, 0},
        {"Chi\xc8\x99in\xc4\x83u", SR_TOK_WORD, 12, 20, SR_TOKF_CAPITALIZED},
    };
    check_tokens(body, want, N(want));
}

static void test_invalid_utf8_bytes(void **state)
{
    (void)state;
    /* \xff never starts a sequence; \xc0\xaf is an overlong '/', two bad
     * bytes; \xed\xa0\x80 a surrogate, three; a lone \xe2\x80 at the end
     * is cut short, two.  Each bad byte is one code point and one token. */
    const char *body = "NATO\xff ok \xc0\xaf \xed\xa0\x80 x\xe2\x80";
    static const expect_tok want[] = {
        {"NATO", SR_TOK_WORD, 0, 4, 0},
        {"\xff", SR_TOK_SYMBOL, 4, 5, 0},
        {"ok", SR_TOK_WORD, 6, 8, 0},
        {"\xc0", SR_TOK_SYMBOL, 9, 10, 0},
        {"\xaf", SR_TOK_SYMBOL, 10, 11, 0},
        {"\xed", SR_TOK_SYMBOL, 12, 13, 0},
        {"\xa0", SR_TOK_SYMBOL, 13, 14, 0},
        {"\x80", SR_TOK_SYMBOL, 14, 15, 0},
        {"x", SR_TOK_WORD, 16, 17, 0},
        {"\xe2", SR_TOK_SYMBOL, 17, 18, 0},
        {"\x80", SR_TOK_SYMBOL, 18, 19, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_numbers(void **state)
{
    (void)state;
    const char *body = "About 1,000 troops, 2.5% of GDP, the 57th base, a 10-year deal at 10:30 "
                       "on 10/02/2022, in 2014-2015 and 5G.";
    static const expect_tok want[] = {
        {"About", SR_TOK_WORD, 0, 0, SR_TOKF_CAPITALIZED},
        {"1,000", SR_TOK_NUMBER, 6, 11, 0},
        {"troops", SR_TOK_WORD, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"2.5%", SR_TOK_NUMBER, 20, 24, 0},
        {"of", SR_TOK_WORD, 0, 0, 0},
        {"GDP", SR_TOK_WORD, 0, 0, SR_TOKF_ALL_CAPS},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"the", SR_TOK_WORD, 0, 0, 0},
        {"57th", SR_TOK_NUMBER, 0, 0, 0},
        {"base", SR_TOK_WORD, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"a", SR_TOK_WORD, 0, 0, 0},
        {"10-year", SR_TOK_WORD, 0, 0, 0},
        {"deal", SR_TOK_WORD, 0, 0, 0},
        {"at", SR_TOK_WORD, 0, 0, 0},
        {"10:30", SR_TOK_NUMBER, 0, 0, 0},
        {"on", SR_TOK_WORD, 0, 0, 0},
        {"10/02/2022", SR_TOK_NUMBER, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"in", SR_TOK_WORD, 0, 0, 0},
        {"2014-2015", SR_TOK_NUMBER, 0, 0, 0},
        {"and", SR_TOK_WORD, 0, 0, 0},
        {"5G", SR_TOK_WORD, 0, 0, 0},
        {".", SR_TOK_PUNCT, 0, 0, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_hyphens_and_apostrophes(void **state)
{
    (void)state;
    const char *body = "The US-led drill near Russia-NATO lines didn't stop Russia’s "
                       "fleet - nor the allies’ jets.";
    static const expect_tok want[] = {
        {"The", SR_TOK_WORD, 0, 0, SR_TOKF_CAPITALIZED},
        {"US-led", SR_TOK_WORD, 4, 10, SR_TOKF_CAPITALIZED},
        {"drill", SR_TOK_WORD, 0, 0, 0},
        {"near", SR_TOK_WORD, 0, 0, 0},
        {"Russia-NATO", SR_TOK_WORD, 0, 0, SR_TOKF_CAPITALIZED},
        {"lines", SR_TOK_WORD, 0, 0, 0},
        {"didn't", SR_TOK_WORD, 0, 0, 0},
        {"stop", SR_TOK_WORD, 0, 0, 0},
        {"Russia", SR_TOK_WORD, 52, 58, 0},
        {"’s", SR_TOK_WORD, 58, 60, 0},
        {"fleet", SR_TOK_WORD, 0, 0, 0},
        {"-", SR_TOK_PUNCT, 0, 0, 0},
        {"nor", SR_TOK_WORD, 0, 0, 0},
        {"the", SR_TOK_WORD, 0, 0, 0},
        {"allies", SR_TOK_WORD, 0, 0, 0},
        {"’", SR_TOK_WORD, 0, 0, 0}, /* possessive, not a closing quote */
        {"jets", SR_TOK_WORD, 0, 0, 0},
        {".", SR_TOK_PUNCT, 0, 0, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_abbreviations_and_initials(void **state)
{
    (void)state;
    const char *body = "Gen. Ion Popescu met Jens S. Stoltenberg in the U.S. on Feb. 10, e.g. at "
                       "No. 10 with Lt. Col. Smith...";
    static const expect_tok want[] = {
        {"Gen.", SR_TOK_WORD, 0, 4, SR_TOKF_ABBREV | SR_TOKF_CAPITALIZED},
        {"Ion", SR_TOK_WORD, 0, 0, 0},
        {"Popescu", SR_TOK_WORD, 0, 0, 0},
        {"met", SR_TOK_WORD, 0, 0, 0},
        {"Jens", SR_TOK_WORD, 0, 0, 0},
        {"S.", SR_TOK_WORD, 26, 28, SR_TOKF_INITIAL},
        {"Stoltenberg", SR_TOK_WORD, 0, 0, 0},
        {"in", SR_TOK_WORD, 0, 0, 0},
        {"the", SR_TOK_WORD, 0, 0, 0},
        {"U.S.", SR_TOK_WORD, 48, 52, SR_TOKF_ABBREV | SR_TOKF_ALL_CAPS},
        {"on", SR_TOK_WORD, 0, 0, 0},
        {"Feb.", SR_TOK_WORD, 0, 0, SR_TOKF_ABBREV},
        {"10", SR_TOK_NUMBER, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"e.g.", SR_TOK_WORD, 0, 0, SR_TOKF_ABBREV},
        {"at", SR_TOK_WORD, 0, 0, 0},
        {"No.", SR_TOK_WORD, 0, 0, SR_TOKF_ABBREV},
        {"10", SR_TOK_NUMBER, 0, 0, 0},
        {"with", SR_TOK_WORD, 0, 0, 0},
        {"Lt.", SR_TOK_WORD, 0, 0, SR_TOKF_ABBREV},
        {"Col.", SR_TOK_WORD, 0, 0, SR_TOKF_ABBREV},
        {"Smith", SR_TOK_WORD, 0, 0, 0},
        {"...", SR_TOK_PUNCT, 0, 0, 0}, /* an ellipsis, not "Smith." */
    };
    check_tokens(body, want, N(want));
}

static void test_plain_period_is_not_an_abbreviation(void **state)
{
    (void)state;
    /* "ready." is no abbreviation; lowercase "no." is the word no. */
    const char *body = "NATO is ready. He said no.";
    sr_arena a;
    sr_arena_init(&a);
    sr_text t = analyze(&a, body);
    assert_int_equal(t.n_tokens, 8);
    assert_int_equal(t.tokens[2].flags & SR_TOKF_ABBREV, 0);
    assert_int_equal(t.tokens[3].kind, SR_TOK_PUNCT);
    assert_int_equal(t.tokens[6].byte_end - t.tokens[6].byte_start, 2); /* "no" */
    sr_arena_free(&a);
}

static void test_urls_and_emails(void **state)
{
    (void)state;
    const char *body = "See https://www.nato.int/cps/en/natohq/news_1.htm. Write to "
                       "press.office@nato.int, or www.mae.ro (in Romanian).";
    static const expect_tok want[] = {
        {"See", SR_TOK_WORD, 0, 0, 0},
        {"https://www.nato.int/cps/en/natohq/news_1.htm", SR_TOK_URL, 4, 49, 0},
        {".", SR_TOK_PUNCT, 49, 50, 0},
        {"Write", SR_TOK_WORD, 0, 0, 0},
        {"to", SR_TOK_WORD, 0, 0, 0},
        {"press.office@nato.int", SR_TOK_URL, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"or", SR_TOK_WORD, 0, 0, 0},
        {"www.mae.ro", SR_TOK_URL, 0, 0, 0},
        {"(", SR_TOK_PUNCT, 0, 0, 0},
        {"in", SR_TOK_WORD, 0, 0, 0},
        {"Romanian", SR_TOK_WORD, 0, 0, 0},
        {")", SR_TOK_PUNCT, 0, 0, 0},
        {".", SR_TOK_PUNCT, 0, 0, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_url_with_non_ascii_path(void **state)
{
    (void)state;
    /* Arabic-Indic digits in a path: 4 code points, 8 bytes. */
    const char *body = "https://example.org/a-\xdb\xb1\xdb\xb0\xdb\xb3\xdb\xb9/x.html";
    sr_arena a;
    sr_arena_init(&a);
    sr_text t = analyze(&a, body);
    assert_int_equal(t.n_tokens, 1);
    assert_int_equal(t.tokens[0].kind, SR_TOK_URL);
    assert_int_equal(t.tokens[0].byte_end, strlen(body));
    assert_int_equal(t.tokens[0].end, strlen(body) - 4);
    sr_arena_free(&a);
}

static void test_quote_directions(void **state)
{
    (void)state;
    const char *body = "He called it \"a threat\" and 'a bluff'; “Ready,” she said, «да», "
                       "„Ja“ - \"Now\".";
    static const expect_tok want[] = {
        {"He", SR_TOK_WORD, 0, 0, 0},
        {"called", SR_TOK_WORD, 0, 0, 0},
        {"it", SR_TOK_WORD, 0, 0, 0},
        {"\"", SR_TOK_QUOTE_OPEN, 13, 14, 0},
        {"a", SR_TOK_WORD, 0, 0, 0},
        {"threat", SR_TOK_WORD, 0, 0, 0},
        {"\"", SR_TOK_QUOTE_CLOSE, 22, 23, 0},
        {"and", SR_TOK_WORD, 0, 0, 0},
        {"'", SR_TOK_QUOTE_OPEN, 0, 0, 0},
        {"a", SR_TOK_WORD, 0, 0, 0},
        {"bluff", SR_TOK_WORD, 0, 0, 0},
        {"'", SR_TOK_QUOTE_CLOSE, 0, 0, 0},
        {";", SR_TOK_PUNCT, 0, 0, 0},
        {"“", SR_TOK_QUOTE_OPEN, 0, 0, 0},
        {"Ready", SR_TOK_WORD, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"”", SR_TOK_QUOTE_CLOSE, 0, 0, 0},
        {"she", SR_TOK_WORD, 0, 0, 0},
        {"said", SR_TOK_WORD, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"«", SR_TOK_QUOTE_OPEN, 0, 0, 0},
        {"да", SR_TOK_WORD, 0, 0, 0},
        {"»", SR_TOK_QUOTE_CLOSE, 0, 0, 0},
        {",", SR_TOK_PUNCT, 0, 0, 0},
        {"„", SR_TOK_QUOTE_OPEN, 0, 0, 0},
        {"Ja", SR_TOK_WORD, 0, 0, 0},
        {"“", SR_TOK_QUOTE_CLOSE, 0, 0, 0}, /* German „…“ */
        {"-", SR_TOK_PUNCT, 0, 0, 0},
        {"\"", SR_TOK_QUOTE_OPEN, 0, 0, 0},
        {"Now", SR_TOK_WORD, 0, 0, 0},
        {"\"", SR_TOK_QUOTE_CLOSE, 0, 0, 0},
        {".", SR_TOK_PUNCT, 0, 0, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_punctuation_runs(void **state)
{
    (void)state;
    const char *body = "Wait... what?! No… (really) — yes";
    static const expect_tok want[] = {
        {"Wait", SR_TOK_WORD, 0, 0, 0},     {"...", SR_TOK_PUNCT, 4, 7, 0},
        {"what", SR_TOK_WORD, 0, 0, 0},     {"?!", SR_TOK_PUNCT, 12, 14, 0},
        {"No", SR_TOK_WORD, 0, 0, 0},       {"…", SR_TOK_PUNCT, 17, 18, 0},
        {"(", SR_TOK_PUNCT, 0, 0, 0},       {"really", SR_TOK_WORD, 0, 0, 0},
        {")", SR_TOK_PUNCT, 0, 0, 0},       {"—", SR_TOK_PUNCT, 28, 29, 0},
        {"yes", SR_TOK_WORD, 30, 33, 0},
    };
    check_tokens(body, want, N(want));
}

static void test_paragraphs_and_space_flags(void **state)
{
    (void)state;
    /* A single newline is a soft break; a blank line, even one holding
     * spaces, starts a paragraph. */
    const char *body = "NATO met\non Monday.\n\nRomania hosted.\n  \n\tKyiv waited.";
    sr_arena a;
    sr_arena_init(&a);
    sr_text t = analyze(&a, body);
    assert_int_equal(t.n_paragraphs, 3);
    unsigned starts = 0;
    for (size_t i = 0; i < t.n_tokens; i++)
        if (t.tokens[i].flags & SR_TOKF_PARA_START)
            starts++;
    assert_int_equal(starts, 3);
    assert_true(t.tokens[0].flags & SR_TOKF_PARA_START);
    assert_false(t.tokens[0].flags & SR_TOKF_SPACE_BEFORE);
    assert_true(t.tokens[2].flags & SR_TOKF_SPACE_BEFORE);   /* "on" after \n */
    assert_false(t.tokens[2].flags & SR_TOKF_PARA_START);
    assert_false(t.tokens[4].flags & SR_TOKF_SPACE_BEFORE);  /* "." */
    assert_true(t.tokens[5].flags & SR_TOKF_PARA_START);     /* "Romania" */
    assert_true(t.tokens[8].flags & SR_TOKF_PARA_START);     /* "Kyiv" */
    assert_int_equal(t.n_sentences, 3);
    sr_arena_free(&a);
}

static void test_empty_and_blank_bodies(void **state)
{
    (void)state;
    sr_arena a;
    sr_arena_init(&a);
    sr_text t;
    assert_int_equal(sr_text_analyze("", 0, &a, &t), 0);
    assert_int_equal(t.n_tokens, 0);
    assert_int_equal(t.n_sentences, 0);
    assert_int_equal(t.n_paragraphs, 0);
    assert_int_equal(sr_text_analyze(" \n\n \t\n", 6, &a, &t), 0);
    assert_int_equal(t.n_tokens, 0);
    assert_int_equal(t.n_sentences, 0);
    assert_int_equal(t.n_chars, 6);
    sr_arena_free(&a);
}

static void test_many_tokens_grow_the_array(void **state)
{
    (void)state;
    /* Far more tokens than the initial guess of one per five bytes. */
    char body[6001];
    for (size_t i = 0; i < 3000; i++) {
        body[2 * i] = 'a';
        body[2 * i + 1] = ',';
    }
    body[6000] = '\0';
    sr_arena a;
    sr_arena_init(&a);
    sr_text t = analyze(&a, body);
    assert_int_equal(t.n_tokens, 6000);
    assert_int_equal(t.tokens[5999].end, 6000);
    assert_int_equal(t.n_sentences, 1);
    sr_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cyrillic_latin_emoji_offsets),
        cmocka_unit_test(test_emoji_sequences_are_one_symbol),
        cmocka_unit_test(test_combining_mark_stays_in_word),
        cmocka_unit_test(test_invalid_utf8_bytes),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_hyphens_and_apostrophes),
        cmocka_unit_test(test_abbreviations_and_initials),
        cmocka_unit_test(test_plain_period_is_not_an_abbreviation),
        cmocka_unit_test(test_urls_and_emails),
        cmocka_unit_test(test_url_with_non_ascii_path),
        cmocka_unit_test(test_quote_directions),
        cmocka_unit_test(test_punctuation_runs),
        cmocka_unit_test(test_paragraphs_and_space_flags),
        cmocka_unit_test(test_empty_and_blank_bodies),
        cmocka_unit_test(test_many_tokens_grow_the_array),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
