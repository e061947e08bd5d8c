/*
 * test_langid.c - language identification on team-written news sentences
 * in the languages of the Black Sea story (English, Romanian, Russian,
 * Ukrainian) and two more.  Skips when the libexttextcat data is missing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "text/text.h"

static int open_or_skip(void **state)
{
    char err[512];
    sr_langid *lid = sr_langid_open(err, sizeof err);
    if (!lid) {
        print_message("[  SKIPPED ] language id: %s\n", err);
        *state = NULL;
        return 0;
    }
    *state = lid;
    return 0;
}

static int close_lid(void **state)
{
    sr_langid_close(*state);
    return 0;
}

static void expect_lang(sr_langid *lid, const char *text, const char *want)
{
    char out[8];
    sr_langid_guess(lid, text, strlen(text), out);
    if (strcmp(out, want) != 0)
        fail_msg("guessed \"%s\", want \"%s\" for: %.60s", out, want, text);
}

static void test_news_languages(void **state)
{
    sr_langid *lid = *state;
    if (!lid)
        skip();
    expect_lang(lid,
                "The North Atlantic Treaty Organization said on Monday that it would send more "
                "troops to Romania and Bulgaria, as allies prepare for a long period of tension "
                "with Russia along the eastern flank.",
                "en");
    expect_lang(lid,
                "Secretarul general al NATO a declarat luni c\u0103 alian\u021ba va trimite mai "
                "multe trupe \u00een Rom\u00e2nia \u0219i Bulgaria, deoarece alia\u021bii se "
                "preg\u0103tesc pentru o perioad\u0103 lung\u0103 de tensiuni cu Rusia pe "
                "flancul estic.",
                "ro");
    expect_lang(lid,
                "Генеральный секретарь НАТО заявил в понедельник, что альянс направит "
                "дополнительные войска в Румынию и Болгарию, поскольку союзники готовятся к "
                "долгому периоду напряжённости с Россией на восточном фланге.",
                "ru");
    expect_lang(lid,
                "Генеральний секретар НАТО заявив у понеділок, що альянс направить додаткові "
                "війська до Румунії та Болгарії, оскільки союзники готуються до тривалого "
                "періоду напруженості з Росією на східному фланзі.",
                "uk");
    expect_lang(lid,
                "Le secr\u00e9taire g\u00e9n\u00e9ral de l'OTAN a d\u00e9clar\u00e9 lundi que "
                "l'alliance enverrait davantage de troupes en Roumanie et en Bulgarie, alors que "
                "les alli\u00e9s se pr\u00e9parent \u00e0 une longue p\u00e9riode de tensions.",
                "fr");
    expect_lang(lid,
                "Der NATO-Generalsekret\u00e4r sagte am Montag, dass das B\u00fcndnis weitere "
                "Truppen nach Rum\u00e4nien und Bulgarien schicken werde, da sich die "
                "Verb\u00fcndeten auf eine lange Phase der Spannungen einstellen.",
                "de");
}

static void test_short_or_empty_is_und(void **state)
{
    sr_langid *lid = *state;
    char out[8];
    /* A NULL handle is allowed and always says "und". */
    sr_langid_guess(NULL, "NATO", 4, out);
    assert_string_equal(out, "und");
    if (!lid)
        skip();
    sr_langid_guess(lid, "", 0, out);
    assert_string_equal(out, "und");
    sr_langid_guess(lid, "NATO met.", 9, out);
    assert_string_equal(out, "und");
    sr_langid_guess(lid, "2022-02-11 10:30 1,000 2.5% 57", 30, out);
    assert_string_equal(out, "und");
}

static void test_long_text_is_cut_on_a_boundary(void **state)
{
    sr_langid *lid = *state;
    if (!lid)
        skip();
    /* Much longer than the part that is classified; shifting the start by
     * a byte at a time moves the internal cut across the 2-byte letters. */
    char body[8192];
    size_t n = 0;
    const char *sentence = "Войска НАТО остаются в Румынии и Болгарии. ";
    while (n + strlen(sentence) < sizeof body) {
        memcpy(body + n, sentence, strlen(sentence));
        n += strlen(sentence);
    }
    char out[8];
    for (size_t shift = 0; shift < 4; shift++) {
        sr_langid_guess(lid, body + shift, n - shift, out);
        assert_string_equal(out, "ru");
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_news_languages),
        cmocka_unit_test(test_short_or_empty_is_und),
        cmocka_unit_test(test_long_text_is_cut_on_a_boundary),
    };
    return cmocka_run_group_tests(tests, open_or_skip, close_lid);
}
