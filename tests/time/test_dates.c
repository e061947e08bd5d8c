/*
 * test_dates.c - dates in running text resolved against a publication date
 * (lib/time/dates.c).  The table is ours: weekdays on both sides of the
 * reference day (which itself falls on a Friday, a Monday, a Wednesday, a
 * leap-day Thursday and a Sunday), month names across a year boundary,
 * "last/next week|month|year", "N units ago", absolute forms, and sentences
 * with no date.  Each expected value was worked out by hand and its weekday
 * checked against a calendar.
 */
#include "testutil.h"

#include "time/dates.h"

typedef struct date_case {
    const char *published, *sentence, *expected; /* "" = no date */
} date_case;

static const date_case cases[] = {
    {"2022-02-11", "He spoke on Friday.", "2022-02-11"},
    {"2022-02-11", "He spoke on Thursday.", "2022-02-10"},
    {"2022-02-11", "He spoke on Monday.", "2022-02-07"},
    {"2022-02-11", "He spoke on Saturday.", "2022-02-05"},
    {"2022-02-11", "He spoke on Sunday.", "2022-02-06"},
    {"2022-02-11", "He spoke on Wednesday.", "2022-02-09"},
    {"2022-02-11", "He spoke on Tuesday.", "2022-02-08"},
    {"2022-02-11", "He will speak on Monday.", "2022-02-14"},
    {"2022-02-11", "He will speak on Saturday.", "2022-02-12"},
    {"2022-02-11", "He will speak on Friday.", "2022-02-11"},
    {"2022-02-11", "The talks will resume on Thursday.", "2022-02-17"},
    {"2022-02-11", "The talks are due to resume on Wednesday.", "2022-02-16"},
    {"2022-02-11", "He left last Monday.", "2022-02-07"},
    {"2022-02-11", "He left last Friday.", "2022-02-04"},
    {"2022-02-11", "They meet next Monday.", "2022-02-14"},
    {"2022-02-11", "They meet next Friday.", "2022-02-18"},
    {"2022-02-11", "They meet this coming Tuesday.", "2022-02-15"},
    {"2022-02-11", "It happened today.", "2022-02-11"},
    {"2022-02-11", "It happened yesterday.", "2022-02-10"},
    {"2022-02-11", "It happens tomorrow.", "2022-02-12"},
    {"2022-02-11", "He visited last week.", "2022-02-04"},
    {"2022-02-11", "Ministers meet next week.", "2022-02-18"},
    {"2022-02-11", "Ministers meet this week.", "2022-02-11"},
    {"2022-02-11", "The list came out last month.", "2022-01"},
    {"2022-02-11", "The vote is next month.", "2022-03"},
    {"2022-02-11", "Prices rose this month.", "2022-02"},
    {"2022-02-11", "Sales fell last year.", "2021"},
    {"2022-02-11", "Elections come next year.", "2023"},
    {"2022-02-11", "The promise was made 14 years ago.", "2008"},
    {"2022-02-11", "The council was set up two decades ago.", "2002"},
    {"2022-02-11", "It began a decade ago.", "2012"},
    {"2022-02-11", "It began three days ago.", "2022-02-08"},
    {"2022-02-11", "It began two weeks ago.", "2022-01-28"},
    {"2022-02-11", "It began six months ago.", "2021-08"},
    {"2022-02-11", "It began a year ago.", "2021"},
    {"2022-02-11", "Talks began in Geneva on January 20.", "2022-01-20"},
    {"2022-02-11", "The council met on January 12.", "2022-01-12"},
    {"2022-02-11", "The council met on January 13 (December 23).", "2022-01-13"},
    {"2022-02-11", "It was signed on December 23.", "2021-12-23"},
    {"2022-02-11", "The deadline is March 1.", "2022-03-01"},
    {"2022-02-11", "The summit is on May 2.", "2022-05-02"},
    {"2022-02-11", "The parade is on July 4.", "2022-07-04"},
    {"2022-02-11", "It ended on Sept. 30.", "2021-09-30"},
    {"2022-02-11", "He said so on Feb. 10, 2022.", "2022-02-10"},
    {"2022-02-11", "He said so on 10 February 2022.", "2022-02-10"},
    {"2022-02-11", "The record is dated 2022-02-11.", "2022-02-11"},
    {"2022-02-11", "The record is dated 10.02.2022.", "2022-02-10"},
    {"2022-02-11", "Talks were held on January 10, 2022.", "2022-01-10"},
    {"2022-02-11", "He said this on Thursday, February 10, during a briefing.", "2022-02-10"},
    {"2022-02-11", "Inflation peaked in February 2022.", "2022-02"},
    {"2022-02-11", "Crimea was annexed in 2014.", "2014"},
    {"2022-02-11", "The army has grown since 2014.", "2014"},
    {"2022-02-11", "The list came in January.", "2022-01"},
    {"2022-02-11", "The list came in December.", "2021-12"},
    {"2022-02-11", "The talks began on 20 January.", "2022-01-20"},
    {"2022-02-11", "The talks began on January 20th.", "2022-01-20"},
    {"2022-02-11", "The talks began on Jan. 20.", "2022-01-20"},
    {"2022-01-03", "It ended on Friday.", "2021-12-31"},
    {"2022-01-03", "It ended on Sunday.", "2022-01-02"},
    {"2022-01-03", "It ended on Monday.", "2022-01-03"},
    {"2022-01-03", "It ended on Tuesday.", "2021-12-28"},
    {"2022-01-03", "It ended on Wednesday.", "2021-12-29"},
    {"2022-01-03", "It ended on Thursday.", "2021-12-30"},
    {"2022-01-03", "It ended on Saturday.", "2022-01-01"},
    {"2022-01-03", "They will meet on Tuesday.", "2022-01-04"},
    {"2022-01-03", "They will meet on Sunday.", "2022-01-09"},
    {"2022-01-03", "They will meet on Wednesday.", "2022-01-05"},
    {"2022-01-03", "They met last Monday.", "2021-12-27"},
    {"2022-01-03", "They meet next Monday.", "2022-01-10"},
    {"2022-01-03", "They met last Friday.", "2021-12-31"},
    {"2022-01-03", "They meet next Friday.", "2022-01-07"},
    {"2022-01-03", "It was signed on December 28.", "2021-12-28"},
    {"2022-01-03", "It was signed on December 31.", "2021-12-31"},
    {"2022-01-03", "Talks are set for January 20.", "2022-01-20"},
    {"2022-01-03", "It was signed on November 30.", "2021-11-30"},
    {"2022-01-03", "Prices rose last month.", "2021-12"},
    {"2022-01-03", "Prices rose last year.", "2021"},
    {"2022-01-03", "He visited last week.", "2021-12-27"},
    {"2022-01-03", "Prices rose in December.", "2021-12"},
    {"2022-01-03", "He arrived yesterday.", "2022-01-02"},
    {"2022-01-03", "He arrived two days ago.", "2022-01-01"},
    {"2022-01-03", "The vote is next month.", "2022-02"},
    {"2021-12-29", "Talks resume on January 3.", "2022-01-03"},
    {"2021-12-29", "Talks resume on January 20.", "2022-01-20"},
    {"2021-12-29", "It was signed on December 1.", "2021-12-01"},
    {"2021-12-29", "It ended on Friday.", "2021-12-24"},
    {"2021-12-29", "They will meet on Friday.", "2021-12-31"},
    {"2021-12-29", "They meet next Monday.", "2022-01-03"},
    {"2021-12-29", "They met last Monday.", "2021-12-27"},
    {"2021-12-29", "They arrive tomorrow.", "2021-12-30"},
    {"2021-12-29", "Ministers meet next week.", "2022-01-05"},
    {"2021-12-29", "The vote is next month.", "2022-01"},
    {"2021-12-29", "Elections come next year.", "2022"},
    {"2021-12-29", "The vote comes in January.", "2022-01"},
    {"2021-12-29", "The vote comes in February.", "2022-02"},
    {"2021-12-29", "It ended on Sunday.", "2021-12-26"},
    {"2021-12-29", "It ended on Wednesday.", "2021-12-29"},
    {"2021-12-29", "It ended on Thursday.", "2021-12-23"},
    {"2021-12-29", "They will meet on Thursday.", "2021-12-30"},
    {"2021-12-29", "It ended on Saturday.", "2021-12-25"},
    {"2021-12-29", "They will meet on Tuesday.", "2022-01-04"},
    {"2024-02-29", "It began a year ago.", "2023"},
    {"2024-02-29", "He arrived yesterday.", "2024-02-28"},
    {"2024-02-29", "He arrives tomorrow.", "2024-03-01"},
    {"2024-02-29", "It ended on Monday.", "2024-02-26"},
    {"2024-02-29", "They will meet on Monday.", "2024-03-04"},
    {"2024-02-29", "They met last Thursday.", "2024-02-22"},
    {"2024-02-29", "They meet next Thursday.", "2024-03-07"},
    {"2024-02-29", "It was signed on February 29.", "2024-02-29"},
    {"2024-02-29", "The deadline is March 1.", "2024-03-01"},
    {"2024-02-29", "He visited last week.", "2024-02-22"},
    {"2024-02-29", "Ministers meet next week.", "2024-03-07"},
    {"2024-02-29", "It began three days ago.", "2024-02-26"},
    {"2024-02-29", "It ended on Friday.", "2024-02-23"},
    {"2024-02-29", "They will meet on Friday.", "2024-03-01"},
    {"2022-02-13", "It ended on Sunday.", "2022-02-13"},
    {"2022-02-13", "It ended on Saturday.", "2022-02-12"},
    {"2022-02-13", "It ended on Monday.", "2022-02-07"},
    {"2022-02-13", "They will meet on Monday.", "2022-02-14"},
    {"2022-02-13", "They met last Sunday.", "2022-02-06"},
    {"2022-02-13", "They meet next Sunday.", "2022-02-20"},
    {"2022-02-13", "They will meet on Saturday.", "2022-02-19"},
    {"2022-02-11", "He said nothing of note.", ""},
    {"2022-02-11", "Some 2,000 troops arrived.", ""},
    {"2022-02-11", "He may go there.", ""},
    {"2022-02-11", "The march began at noon.", ""},
};

static void test_table(void **state)
{
    (void)state;
    size_t failed = 0, n = sizeof cases / sizeof cases[0];
    assert_true(n >= 100);
    for (size_t i = 0; i < n; i++) {
        char got[11];
        int ok = sr_dates_resolve_string(cases[i].sentence, strlen(cases[i].sentence),
                                         cases[i].published, got);
        if (!ok)
            got[0] = '\0';
        if (strcmp(got, cases[i].expected) != 0) {
            printf("FAIL: published %s: \"%s\": want [%s], got [%s]\n", cases[i].published,
                   cases[i].sentence, cases[i].expected, got);
            failed++;
        }
    }
    printf("%zu date expressions, %zu failed\n", n, failed);
    assert_int_equal(failed, 0);
}

static void test_calendar(void **state)
{
    (void)state;
    assert_int_equal(sr_weekday(2022, 2, 11), 4); /* a Friday */
    assert_int_equal(sr_weekday(2024, 2, 29), 3); /* a Thursday */
    assert_int_equal(sr_weekday(1970, 1, 1), 3);
    int y, m, d;
    sr_civil_from_days(sr_days_from_civil(2022, 1, 3) - 3, &y, &m, &d);
    assert_int_equal(y, 2021);
    assert_int_equal(m, 12);
    assert_int_equal(d, 31);
    sr_civil_from_days(sr_days_from_civil(2024, 2, 28) + 1, &y, &m, &d);
    assert_int_equal(m, 2);
    assert_int_equal(d, 29);
}

static void test_spans_and_how(void **state)
{
    (void)state;
    const char *text = "Talks began in Geneva on January 20 and resumed last Friday.";
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    assert_int_equal(sr_text_analyze(text, strlen(text), &arena, &t), 0);
    sr_date_mention m[4];
    size_t n = sr_dates_find(text, &t, 0, (uint32_t)t.n_tokens, "2022-02-11", m, 4);
    assert_int_equal(n, 2);
    assert_string_equal(m[0].text, "2022-01-20");
    assert_int_equal(m[0].how, SR_DATE_RELATIVE);
    assert_int_equal(m[0].start, 25); /* "January 20" */
    assert_int_equal(m[0].end, 35);
    assert_string_equal(m[1].text, "2022-02-04");
    assert_int_equal(m[1].start, 48); /* "last Friday" */
    assert_int_equal(m[1].end, 59);
    /* without a publication date only absolute dates resolve */
    n = sr_dates_find(text, &t, 0, (uint32_t)t.n_tokens, NULL, m, 4);
    assert_int_equal(n, 0);
    char out[11];
    assert_string_equal(sr_dates_for_sentence(text, &t, 0, "2022-02-11", out), "stated");
    assert_string_equal(out, "2022-01-20");
    sr_arena_free(&arena);

    const char *plain = "NATO defence ministers met.";
    sr_arena_init(&arena);
    assert_int_equal(sr_text_analyze(plain, strlen(plain), &arena, &t), 0);
    assert_string_equal(sr_dates_for_sentence(plain, &t, 0, "2022-02-11", out), "publication");
    assert_string_equal(out, "2022-02-11");
    assert_null(sr_dates_for_sentence(plain, &t, 0, NULL, out));
    sr_arena_free(&arena);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table),
        cmocka_unit_test(test_calendar),
        cmocka_unit_test(test_spans_and_how),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
