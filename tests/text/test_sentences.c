/*
 * test_sentences.c - the sentence splitter on team-written news sentences:
 * abbreviations, initials, numbers, ellipses, quotations of every style,
 * paragraphs, Latin and Cyrillic together, exact offsets.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "text/text.h"
#include "text/text_internal.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Splits body and checks the sentences' text (their byte spans) one by one. */
static void check_split(const char *body, const char *const *want, size_t n)
{
    sr_arena a;
    sr_arena_init(&a);
    sr_text t;
    assert_int_equal(sr_text_analyze(body, strlen(body), &a, &t), 0);
    for (size_t i = 0; i < t.n_sentences && i < n; i++) {
        const sr_sentence *s = &t.sentences[i];
        size_t len = s->byte_end - s->byte_start;
        if (len != strlen(want[i]) || memcmp(body + s->byte_start, want[i], len) != 0)
            fail_msg("sentence %zu: got [%.*s], want [%s]", i, (int)len, body + s->byte_start,
                     want[i]);
    }
    if (t.n_sentences != n) {
        for (size_t i = 0; i < t.n_sentences; i++)
            print_message("  got [%.*s]\n",
                          (int)(t.sentences[i].byte_end - t.sentences[i].byte_start),
                          body + t.sentences[i].byte_start);
    }
    assert_int_equal(t.n_sentences, n);
    sr_arena_free(&a);
}

#define CHECK(body, ...)                                     \
    do {                                                     \
        static const char *const want_[] = {__VA_ARGS__};   \
        check_split(body, want_, N(want_));                 \
    } while (0)

static void test_word_lists_are_sorted(void **state)
{
    (void)state;
    assert_true(sr_abbrev_selfcheck());
    assert_int_equal(sr_abbrev_lookup("Gen", 3), SR_ABBR_NEVER_ENDS);
    assert_int_equal(sr_abbrev_lookup("Inc", 3), SR_ABBR_MAY_END);
    assert_int_equal(sr_abbrev_lookup("gen", 3), SR_ABBR_NONE);
    assert_true(sr_abbrev_is_sentence_opener("The", 3));
    assert_false(sr_abbrev_is_sentence_opener("Army", 4));
    assert_true(sr_abbrev_is_reporting_verb("said", 4));
}

static void test_titles_and_months(void **state)
{
    (void)state;
    CHECK("Gen. Ion Popescu met Sen. Ann Reed and Mr. Tom Hale at St. Peter's Square on "
          "Feb. 10. They discussed Black Sea security with Dr. Elena Stan and Prof. Ivan Petrov.",
          "Gen. Ion Popescu met Sen. Ann Reed and Mr. Tom Hale at St. Peter's Square on Feb. 10.",
          "They discussed Black Sea security with Dr. Elena Stan and Prof. Ivan Petrov.");
    CHECK("Lt. Col. Radu Ene, Gov. Mark Lane and Rep. Joan Tate arrived on Jan. 3 and left on "
          "Dec. 29.",
          "Lt. Col. Radu Ene, Gov. Mark Lane and Rep. Joan Tate arrived on Jan. 3 and left on "
          "Dec. 29.");
}

static void test_us_uk_and_companies(void **state)
{
    (void)state;
    CHECK("The U.S. Army and U.K. forces joined the drill. U.S. officials praised it.",
          "The U.S. Army and U.K. forces joined the drill.", "U.S. officials praised it.");
    /* An abbreviation ends a sentence before a typical opener. */
    CHECK("The battalion returned to the U.S. The Pentagon confirmed the move.",
          "The battalion returned to the U.S.", "The Pentagon confirmed the move.");
    CHECK("Raytheon Technologies Corp. said it would deliver more missiles. Lockheed Martin "
          "Corp. Chief Executive Jim Taiclet agreed, as did Acme Co. Ltd. and Foo Inc.",
          "Raytheon Technologies Corp. said it would deliver more missiles.",
          "Lockheed Martin Corp. Chief Executive Jim Taiclet agreed, as did Acme Co. Ltd. and "
          "Foo Inc.");
    CHECK("Allies, e.g. Romania and Poland, agreed. Talks on Russia vs. Ukraine, i.e. the war, "
          "stalled etc. The rest waited.",
          "Allies, e.g. Romania and Poland, agreed.",
          "Talks on Russia vs. Ukraine, i.e. the war, stalled etc.", "The rest waited.");
    CHECK("Resolution No. 2202 was adopted. It passed unanimously.",
          "Resolution No. 2202 was adopted.", "It passed unanimously.");
    /* Months and "No." are followed by a number when abbreviations; before
     * a capitalized word they end the sentence. */
    CHECK("The summit moved from Nov. 28 to Dec. Officials gave no reason.",
          "The summit moved from Nov. 28 to Dec.", "Officials gave no reason.");
    CHECK("Asked about a deal, he replied: \"No. Definitely not.\"",
          "Asked about a deal, he replied: \"No.", "Definitely not.\"");
}

static void test_initials(void **state)
{
    (void)state;
    CHECK("J. R. R. Tolkien never visited Constanta. Jens S. Stoltenberg did, with A. B. Cole.",
          "J. R. R. Tolkien never visited Constanta.",
          "Jens S. Stoltenberg did, with A. B. Cole.");
    CHECK("The plan was called Option B. The allies rejected it.",
          "The plan was called Option B.", "The allies rejected it.");
}

static void test_numbers_do_not_split(void **state)
{
    (void)state;
    CHECK("Spending rose 2.5% to 1,000.5 million in 2014. The 57th Air Base hosts 5th-generation "
          "jets, at 10.30 a.m. on most days.",
          "Spending rose 2.5% to 1,000.5 million in 2014.",
          "The 57th Air Base hosts 5th-generation jets, at 10.30 a.m. on most days.");
}

static void test_ellipsis(void **state)
{
    (void)state;
    CHECK("The talks stalled... Russia then walked out. We waited... and waited.",
          "The talks stalled...", "Russia then walked out.", "We waited... and waited.");
    CHECK("Kyiv held on\u2026 Moscow did not. Allies were ready\u2026 or said so.",
          "Kyiv held on\u2026", "Moscow did not.", "Allies were ready\u2026 or said so.");
    /* No space after the ellipsis, as typed in haste. */
    CHECK("They are better trained...We will not stop.", "They are better trained...",
          "We will not stop.");
    /* "(...)" marks words left out of a quotation. */
    CHECK("\"We are united, (...) Allies stand together,\" he said.",
          "\"We are united, (...) Allies stand together,\" he said.");
    CHECK("\u201cThere are no second-class Allies [\u2026] in NATO.\u201d He smiled.",
          "\u201cThere are no second-class Allies [\u2026] in NATO.\u201d", "He smiled.");
}

static void test_quotes(void **state)
{
    (void)state;
    /* A sentence ending inside a quotation ends after the closing quote. */
    CHECK("He said: \"We are ready.\" Then he left.", "He said: \"We are ready.\"",
          "Then he left.");
    CHECK("He said: \u201cWe are ready.\u201d Then he left.",
          "He said: \u201cWe are ready.\u201d", "Then he left.");
    /* A comma before the closing quote continues the sentence. */
    CHECK("\"We will defend every ally,\" said Rutte. \u201cRomania is safe,\u201d he added.",
          "\"We will defend every ally,\" said Rutte.",
          "\u201cRomania is safe,\u201d he added.");
    CHECK("\u201cUkraine will prevail\u2026,\u201d said the minister. \"Russia will fail...,\" "
          "she added.",
          "\u201cUkraine will prevail\u2026,\u201d said the minister.",
          "\"Russia will fail...,\" she added.");
    /* ? and ! inside a quote, then lowercase: one sentence. */
    CHECK("\"Why now?\" he asked. \"Because!\" she replied.", "\"Why now?\" he asked.",
          "\"Because!\" she replied.");
    /* ... and a name plus a reporting verb. */
    CHECK("\u201cIs Russia ready to talk?\u201d Jens Stoltenberg asked. Nobody knew.",
          "\u201cIs Russia ready to talk?\u201d Jens Stoltenberg asked.", "Nobody knew.");
    /* A quotation of several sentences counts each. */
    CHECK("\"We are ready. We are united,\" Rutte said.", "\"We are ready.",
          "We are united,\" Rutte said.");
    /* Terminal period after the closing quote. */
    CHECK("He noted the need for \u201ca diplomatic way forward\u201d. \u201cBut we must prepare,\u201d "
          "he said.",
          "He noted the need for \u201ca diplomatic way forward\u201d.",
          "\u201cBut we must prepare,\u201d he said.");
    /* Guillemets and Cyrillic. */
    CHECK("\u00abМы готовы к переговорам\u00bb, \u2014 сказал Лавров. Киев ответил отказом.",
          "\u00abМы готовы к переговорам\u00bb, \u2014 сказал Лавров.", "Киев ответил отказом.");
    /* German and Romanian low-high quotes. */
    CHECK("\u201eWir sind bereit.\u201c Die NATO antwortete. \u201eSuntem preg\u0103ti\u201d, a spus "
          "Iohannis.",
          "\u201eWir sind bereit.\u201c", "Die NATO antwortete.",
          "\u201eSuntem preg\u0103ti\u201d, a spus Iohannis.");
    /* Straight single quotes and brackets. */
    CHECK("The minister called it 'a provocation.' (The embassy disagreed.) Talks resumed.",
          "The minister called it 'a provocation.'", "(The embassy disagreed.)",
          "Talks resumed.");
}

static void test_paragraphs(void **state)
{
    (void)state;
    /* A paragraph break always ends a sentence; a soft break never does. */
    CHECK("NATO Head Calls for Unity\n\nThe Alliance met\non Monday. It agreed.",
          "NATO Head Calls for Unity", "The Alliance met\non Monday.", "It agreed.");
    /* A line with only a URL, or only ".", is a sentence of its own. */
    CHECK("Read the full statement.\n\nhttps://example.org/nato/story.html\n\n.",
          "Read the full statement.", "https://example.org/nato/story.html", ".");
    /* A quote left open runs to the paragraph end; the next paragraph
     * starts afresh. */
    CHECK("\u201cWe will stand by Ukraine,\n\n\u201cAnd by Moldova,\u201d she said.",
          "\u201cWe will stand by Ukraine,", "\u201cAnd by Moldova,\u201d she said.");

    sr_arena a;
    sr_arena_init(&a);
    sr_text t;
    const char *body = "One. Two.\n\nThree.\n\n\n\nFour. Five.";
    assert_int_equal(sr_text_analyze(body, strlen(body), &a, &t), 0);
    assert_int_equal(t.n_sentences, 5);
    assert_int_equal(t.n_paragraphs, 3);
    static const unsigned para[] = {0, 0, 1, 2, 2};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(t.sentences[i].paragraph, para[i]);
        for (uint32_t k = 0; k < t.sentences[i].n_tokens; k++)
            assert_int_equal(t.tokens[t.sentences[i].first_token + k].sentence, i);
    }
    sr_arena_free(&a);
}

static void test_missing_space_and_domains(void **state)
{
    (void)state;
    CHECK("The summit ended.The leaders left.", "The summit ended.", "The leaders left.");
    CHECK("Kyiv Independent and Censor.NET reported it . Others did not.",
          "Kyiv Independent and Censor.NET reported it .", "Others did not.");
    CHECK("Write to press@nato.int. Visit www.nato.int. Done.", "Write to press@nato.int.",
          "Visit www.nato.int.", "Done.");
}

static void test_latin_and_cyrillic(void **state)
{
    (void)state;
    CHECK("Путин выступил в Москве. NATO responded on Friday. Київ мовчить? Ні! В. Зеленский "
          "ответил.",
          "Путин выступил в Москве.", "NATO responded on Friday.", "Київ мовчить?", "Ні!",
          "В. Зеленский ответил.");
}

static void test_exact_offsets(void **state)
{
    (void)state;
    /* "Київ" 4 cp / 8 bytes, 🇺🇦 2 cp / 8 bytes, "стоїть" 6 cp / 12 bytes. */
    const char *body = "Київ 🇺🇦 стоїть. NATO agrees.";
    sr_arena a;
    sr_arena_init(&a);
    sr_text t;
    assert_int_equal(sr_text_analyze(body, strlen(body), &a, &t), 0);
    assert_int_equal(t.n_sentences, 2);
    assert_int_equal(t.n_chars, 28);
    assert_int_equal(t.sentences[0].start, 0);
    assert_int_equal(t.sentences[0].end, 15);
    assert_int_equal(t.sentences[0].byte_start, 0);
    assert_int_equal(t.sentences[0].byte_end, 31);
    assert_int_equal(t.sentences[0].first_token, 0);
    assert_int_equal(t.sentences[0].n_tokens, 4);
    assert_int_equal(t.sentences[1].start, 16);
    assert_int_equal(t.sentences[1].end, 28);
    assert_int_equal(t.sentences[1].byte_start, 32);
    assert_int_equal(t.sentences[1].byte_end, 44);
    assert_int_equal(t.sentences[1].first_token, 4);
    assert_int_equal(t.sentences[1].n_tokens, 3);
    sr_arena_free(&a);
}

static void test_leading_and_trailing_space_trimmed(void **state)
{
    (void)state;
    const char *body = "  \n NATO met.   \n";
    sr_arena a;
    sr_arena_init(&a);
    sr_text t;
    assert_int_equal(sr_text_analyze(body, strlen(body), &a, &t), 0);
    assert_int_equal(t.n_sentences, 1);
    assert_int_equal(t.sentences[0].start, 4);
    assert_int_equal(t.sentences[0].end, 13);
    assert_int_equal(t.n_paragraphs, 1);
    sr_arena_free(&a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_word_lists_are_sorted),
        cmocka_unit_test(test_titles_and_months),
        cmocka_unit_test(test_us_uk_and_companies),
        cmocka_unit_test(test_initials),
        cmocka_unit_test(test_numbers_do_not_split),
        cmocka_unit_test(test_ellipsis),
        cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_missing_space_and_domains),
        cmocka_unit_test(test_latin_and_cyrillic),
        cmocka_unit_test(test_exact_offsets),
        cmocka_unit_test(test_leading_and_trailing_space_trimmed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
