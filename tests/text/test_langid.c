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

int sr_langid_function_words_sorted(void);
int sr_langid_by_function_words(const char *text, size_t len, char out[8]);

/* The fast tier decides common news languages from their function words,
 * and abstains when the evidence is thin or mixed, leaving it to textcat. */
static void test_function_word_tier(void **state)
{
    (void)state;
    assert_true(sr_langid_function_words_sorted());
    static const struct { const char *text, *want; } cases[] = {
        {"The ministry said on Monday that the talks with Ankara would resume next week and that "
         "officials from Kyiv were expected to attend.", "en"},
        {"Le ministre a d\u00e9clar\u00e9 lundi que les discussions avec Ankara reprendraient la "
         "semaine prochaine et que des responsables de Kiev sont attendus.", "fr"},
        {"Der Minister sagte am Montag, dass die Gespr\u00e4che mit Ankara in der n\u00e4chsten "
         "Woche wieder aufgenommen werden und dass Vertreter aus Kiew erwartet werden.", "de"},
        {"El ministro dijo el lunes que las conversaciones con Ankara se reanudar\u00e1n la "
         "pr\u00f3xima semana y que se espera a los funcionarios de Kiev en la reuni\u00f3n.", "es"},
        {"Ministrul a declarat luni c\u0103 discu\u021biile cu Ankara vor fi reluate \u00een "
         "s\u0103pt\u0103m\u00e2na urm\u0103toare \u0219i c\u0103 oficialii din Kiev sunt "
         "a\u0219tepta\u021bi la Bucure\u0219ti, a spus un purt\u0103tor de cuv\u00e2nt al "
         "guvernului pe care nu l-a numit.", "ro"},
        {"Министр заявил в понедельник, что переговоры с Анкарой возобновятся на следующей неделе "
         "и что в Киеве ждут представителей, которые не смогли приехать по погодным условиям.", "ru"},
        {"Міністр заявив у понеділок, що переговори з Анкарою відновляться наступного тижня, "
         "та що до Києва приїдуть представники, які не змогли приїхати з причин погоди.", "uk"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char out[8] = "";
        int decided = sr_langid_by_function_words(cases[i].text, strlen(cases[i].text), out);
        if (decided != 1 || strcmp(out, cases[i].want) != 0)
            fail_msg("case %zu: decided=%d out=%s want %s", i, decided, out, cases[i].want);
    }
    char out[8] = "";
    /* too few words to judge */
    assert_int_equal(sr_langid_by_function_words("NATO and the EU", 15, out), -1);
    const char *table = "Shr 17 cts vs seven cts Net 1,660,000 vs 653,000 Revs 21.0 mln vs 20.6 mln";
    assert_int_equal(sr_langid_by_function_words(table, strlen(table), out), -1);
    /* half English, half French: no clear lead */
    const char *mixed = "the talks of the day and the end of the war; les discussions de la paix et "
                        "les accords de la guerre dans le pays";
    assert_int_equal(sr_langid_by_function_words(mixed, strlen(mixed), out), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_news_languages),
        cmocka_unit_test(test_short_or_empty_is_und),
        cmocka_unit_test(test_long_text_is_cut_on_a_boundary),
        cmocka_unit_test(test_function_word_tier),
    };
    return cmocka_run_group_tests(tests, open_or_skip, close_lid);
}
