/*
 * test_date.c - metadata dates in the forms news uses.
 */
#include "testutil.h"
#include "util/date.h"

static void expect_date(const char *in, const char *want)
{
    char out[11];
    int ok = sr_date_parse(in, strlen(in), out);
    if (want) {
        if (!ok || strcmp(out, want) != 0)
            fail_msg("'%s': want %s, got %s", in, want, ok ? out : "(no date)");
    } else if (ok) {
        fail_msg("'%s': want no date, got %s", in, out);
    }
}

static void test_iso_forms(void **state)
{
    (void)state;
    expect_date("2022-02-11", "2022-02-11");
    expect_date("  2022-02-11T10:15:00Z", "2022-02-11");
    expect_date("2024-05-02 08:15:00", "2024-05-02");
    expect_date("2022-02-11T10:15:00+02:00", "2022-02-11");
    expect_date("20220211", "2022-02-11");
    expect_date("2022/02/11", "2022-02-11");
}

static void test_written_forms(void **state)
{
    (void)state;
    expect_date("Feb. 10, 2022", "2022-02-10");
    expect_date("February 10, 2022", "2022-02-10");
    expect_date("Thursday, February 10, 2022", "2022-02-10");
    expect_date("10 February 2022", "2022-02-10");
    expect_date("10 Feb. 2022", "2022-02-10");
    expect_date("Sept. 3, 2024", "2024-09-03");
    expect_date("Fri, 11 Feb 2022 10:00:00 GMT", "2022-02-11");
    expect_date("10.02.2022", "2022-02-10");  /* European: day first */
    expect_date("02/10/2022", "2022-02-10");  /* US: month first */
}

static void test_invalid(void **state)
{
    (void)state;
    expect_date("2022-02-30", NULL);   /* no such day */
    expect_date("2023-02-29", NULL);   /* not a leap year */
    expect_date("2024-02-29", "2024-02-29");
    expect_date("yesterday", NULL);
    expect_date("", NULL);
    expect_date("2022-13-01", NULL);
    expect_date("Feb 2022", NULL);
    expect_date("10 Febtember 2022", NULL);
    expect_date("2022-02-11 and then some words", NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_iso_forms),
        cmocka_unit_test(test_written_forms),
        cmocka_unit_test(test_invalid),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
