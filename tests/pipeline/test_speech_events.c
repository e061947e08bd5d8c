/*
 * test_speech_events.c - the events stage with what the quotes stage knows
 * (lib/pipeline, lib/events/article_events.c, nominal.c), on sentences the
 * team wrote for each rule a careful coder follows:
 *   - "we", "I", "us" inside a quotation are the speaker's organization
 *     at the article's date; a pronoun that is a quotation's speaker is
 *     that speaker;
 *   - reported speech has its own subject: in "X said Y will do A" the
 *     event is Y's, and "X said the two sides held talks" is nobody's;
 *   - events reported by nouns: meetings with and between, deployments,
 *     arrivals and withdrawals, offers to send troops;
 *   - "if X does A, we will do B" (B a blow) is a threat against X even
 *     when B names no target, and X's A is not coded;
 *   - the careful reading of the patterns' defaults: passive participles
 *     with TO and BY, warnings that name nobody, topics of a discussion,
 *     an organization's officials, background from years ago, the subject
 *     a clause hands to "and provide ...", opening participles, clauses
 *     of reason and contrast, concessions made to the other party.
 * Each sentence is coded through the public pipeline with our dictionaries
 * (data/actors, data/verbs/plover.verbs) at the date given.
 */
#include "coded_events.h"

static void test_first_person_in_quotation(void **state)
{
    (void)state;
    /* NATO's Secretary General's "we" is NATO */
    sr_article *a = code("\"We will send more troops to Poland,\" the NATO Secretary General said.", "2022-02-11");
    HAS(a, "MOBILIZE IGOWSTNAT POL announced");
    sr_article_free(a);
    /* a head of government's "we" is the government */
    a = code("\xE2\x80\x9CWe will send more tanks to Ukraine,\xE2\x80\x9D the British prime minister said.",
             "2023-02-08");
    HAS(a, "AID GBRGOV UKR announced");
    sr_article_free(a);
    /* "us" is the speaker too */
    a = code("\"Moscow threatened us again,\" Jens Stoltenberg said.", "2022-02-11");
    HAS(a, "THREATEN RUSGOV IGOWSTNAT asserted");
    sr_article_free(a);
    /* outside a quotation nobody's "we" is known */
    a = code("We will send more troops to Poland.", "2022-02-11");
    HAS_NO(a, "* IGOWSTNAT * *");
    sr_article_free(a);
    /* "US" in capitals is the United States, with its agent */
    a = code("US officials met Russian diplomats in Istanbul.", "2025-02-18");
    HAS(a, "CONSULT USAGOV RUSGOV asserted");
    sr_article_free(a);
}

static void test_speaker_pronoun(void **state)
{
    (void)state;
    /* TABARI's "he" would be Moscow, the actor before it; the quotation
     * says who speaks */
    sr_article *a = code("Jens Stoltenberg spoke to reporters in Brussels on Friday. Rejecting Moscow's demands "
                         "for guarantees, he said: \xE2\x80\x9CNATO will not compromise on its principles.\xE2\x80\x9D",
                         "2022-02-11");
    HAS(a, "REJECT IGOWSTNAT RUSGOV asserted");
    HAS_NO(a, "REJECT RUSGOV * *");
    sr_article_free(a);
}

static void test_reported_speech_has_its_own_subject(void **state)
{
    (void)state;
    sr_article *a = code("Keir Starmer said Poland was ready to send troops to Ukraine.", "2025-02-17");
    HAS(a, "MOBILIZE POL UKR announced");
    HAS_NO(a, "MOBILIZE GBRGOV * *");
    sr_article_free(a);
    /* "the two sides" are not the one who reports their talks */
    a = code("Mark Rutte said that the two sides held talks in Ankara.", "2024-06-10");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    /* "the alliance" is the organization the sentence names */
    a = code("Jens Stoltenberg said the alliance will deploy more troops to Romania.", "2022-11-28");
    HAS(a, "MOBILIZE IGOWSTNAT ROU announced");
    sr_article_free(a);
}

static void test_nominal_meetings(void **state)
{
    (void)state;
    sr_article *a = code("The statement was issued by Mark Rutte during a meeting with Romanian Prime Minister "
                         "Marcel Ciolacu.",
                         "2024-11-26");
    HAS(a, "CONSULT IGOWSTNAT ROUGOV asserted");
    sr_article_free(a);
    /* the subject of an opening phrase follows its comma */
    a = code("Addressing reporters at a press conference alongside Polish President Andrzej Duda, Jens "
             "Stoltenberg praised Warsaw.",
             "2022-03-01");
    HAS(a, "CONSULT IGOWSTNAT POLGOV asserted");
    sr_article_free(a);
    /* a meeting of one body's members, still to come */
    a = code("Jens Stoltenberg spoke one day before a meeting between NATO defence ministers in Brussels.",
             "2022-02-14");
    HAS(a, "CONSULT IGOWSTNAT - announced");
    sr_article_free(a);
    /* talks between two sides go both ways */
    a = code("Talks between Russian and US officials began in Riyadh on Tuesday.", "2025-02-18");
    HAS(a, "CONSULT RUSGOV USAGOV asserted");
    HAS(a, "CONSULT USAGOV RUSGOV asserted");
    sr_article_free(a);
    /* one meeting, one event: "we discussed" is the meeting after which he spoke */
    a = code("\"Today we discussed the need to help Ukraine,\" Mark Rutte said after meeting the Romanian "
             "prime minister.",
             "2024-11-26");
    HAS(a, "CONSULT IGOWSTNAT ROUGOV asserted");
    HAS_NO(a, "CONSULT IGOWSTNAT - *");
    HAS_NO(a, "CONSULT * UKR *");
    sr_article_free(a);
}

static void test_meetings_spoken_of(void **state)
{
    (void)state;
    /* a meeting spoken of, cancelled, asked for or assessed is not reported as held */
    sr_article *a = code("\"We will not give in to pressure,\" Olaf Scholz said of the talks with Russia.", "2022-02-10");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    a = code("Egypt cancelled the summit with Joe Biden after the strike.", "2023-10-17");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    a = code("Maia Sandu asked the European Union to open accession talks with Moldova.", "2023-05-09");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    a = code("The talks between Russia and the United States have not yielded results so far.", "2024-02-02");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    /* the verb reports it: one event, the verb's (announced) */
    a = code("Ilie Bolojan will travel to Chisinau on Tuesday for talks with Moldova's government.", "2025-10-06");
    HAS(a, "CONSULT ROUGOV MDAGOV announced");
    HAS_NO(a, "CONSULT * * asserted");
    sr_article_free(a);
    /* troops deployed nowhere named: the deployment is spoken of */
    a = code("Russia did not threaten Romania over the deployment of American troops.", "2022-11-09");
    HAS_NO(a, "MOBILIZE * * *");
    sr_article_free(a);
}

static void test_nominal_movements_and_offers(void **state)
{
    (void)state;
    sr_article *a = code("NATO is watching the deployment of Russian units in Belarus.", "2022-02-10");
    HAS(a, "MOBILIZE RUSMIL BLR asserted");
    sr_article_free(a);
    a = code("The arrival of 300 Dutch soldiers in Lithuania was welcomed in Vilnius.", "2022-02-20");
    HAS(a, "MOBILIZE NLDMIL LTU asserted");
    sr_article_free(a);
    a = code("Jens Stoltenberg said there was no withdrawal of Russian forces from the border.", "2022-02-16");
    HAS(a, "RETREAT RUSMIL - negated");
    sr_article_free(a);
    /* a possibility is no event */
    a = code("Analysts warned of a possible deployment of Russian troops in Belarus.", "2022-02-10");
    HAS_NO(a, "MOBILIZE * * *");
    sr_article_free(a);
    /* an offer is the offered act, announced */
    a = code("Ministers discussed Canada's offer to send a battalion to Latvia.", "2022-02-20");
    HAS(a, "MOBILIZE CAN LVA announced");
    sr_article_free(a);
}

static void test_conditional_threat_without_target(void **state)
{
    (void)state;
    sr_article *a = code("\"If Russia attacks Ukraine, we will increase our presence in the east,\" Jens Stoltenberg "
                         "said.",
                         "2022-01-12");
    HAS(a, "THREATEN IGOWSTNAT RUS asserted");
    HAS_NO(a, "ASSAULT * * *");
    HAS_NO(a, "MOBILIZE * * *");
    sr_article_free(a);
    /* an ultimatum that names nobody threatens the blow's target */
    a = code("\"We will impose tariffs on Russia if there is no deal by September,\" Donald Trump said.", "2025-07-14");
    HAS(a, "THREATEN USAGOV RUS asserted");
    sr_article_free(a);
    /* a condition that is no ultimatum leaves the act conditional */
    a = code("Poland would shoot down Russian drones over its territory if parliament changed the law.", "2024-09-10");
    HAS(a, "ASSAULT POL RUSMIL conditional");
    HAS_NO(a, "THREATEN * * *");
    sr_article_free(a);
    /* a response promised on a condition threatens the condition's actor */
    a = code("The alliance will respond if Belarus attacks Lithuania, Jens Stoltenberg said.", "2023-07-11");
    HAS(a, "THREATEN IGOWSTNAT BLR asserted");
    HAS_NO(a, "ASSAULT * * *");
    sr_article_free(a);
    /* the threatened is named as precisely as the blow names it */
    a = code("Washington will impose sanctions on Moscow if Russian troops cross the border.", "2022-02-21");
    HAS(a, "THREATEN USAGOV RUSGOV asserted");
    sr_article_free(a);
    /* troops sent to X on a condition are not sent against X */
    a = code("The European Union would send peacekeepers to Ukraine if a ceasefire were agreed.", "2025-03-20");
    HAS(a, "MOBILIZE IGOEUREEC UKR conditional");
    HAS_NO(a, "THREATEN * * *");
    sr_article_free(a);
}

static void test_careful_reading(void **state)
{
    (void)state;
    /* a participle with TO and BY is passive, with or without its auxiliary */
    sr_article *a = code("The shells provided to Russia by North Korea were fired at Kharkiv.", "2024-01-05");
    HAS(a, "AID PRK RUS asserted");
    HAS_NO(a, "AID RUS * *");
    sr_article_free(a);
    /* a warning that names nobody is a statement */
    a = code("Jens Stoltenberg spoke in Brussels. He also warned of a long war.", "2022-01-12");
    HAS_NO(a, "THREATEN * * *");
    sr_article_free(a);
    /* what is discussed is a topic; who it is discussed with is a party */
    a = code("\"We discussed the buildup of Russian forces,\" Jens Stoltenberg said.", "2022-02-10");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    a = code("Jens Stoltenberg discussed the war with Olaf Scholz.", "2022-03-01");
    HAS(a, "CONSULT IGOWSTNAT DEUGOV asserted");
    sr_article_free(a);
    /* leaders of two sides that discussed: both ways, each its leaders */
    a = code("The leaders of NATO and Romania discussed air defence.", "2024-11-26");
    HAS(a, "CONSULT IGOWSTNAT ROUGOV asserted");
    HAS(a, "CONSULT ROUGOV IGOWSTNAT asserted");
    sr_article_free(a);
    /* an organization's officials are the organization */
    a = code("Officials from NATO states will meet in Vilnius next week.", "2023-07-05");
    HAS(a, "CONSULT IGOWSTNAT - announced");
    HAS_NO(a, "* IGOWSTNATGOV * *");
    sr_article_free(a);
    /* background from years ago is not coded */
    a = code("NATO promised to grant membership to Georgia some 14 years ago.", "2022-11-28");
    HAS_NO(a, "* * * *");
    sr_article_free(a);
    /* "and provide" is done by the clause's subject, not by the invader of its condition */
    a = code("Boris Johnson did not rule out that in the event of a Russian invasion, Britain is ready to go "
             "further and provide more weapons to Ukraine.",
             "2022-02-10");
    HAS(a, "AID GBR UKR conditional");
    HAS_NO(a, "* RUS * *");
    sr_article_free(a);
    /* a clause of reason is a clause of its own */
    a = code("He warned of an invasion of Ukraine, because Russia continues to increase the number of troops near "
             "Ukraine.",
             "2022-02-11");
    HAS(a, "MOBILIZE RUS UKR asserted");
    sr_article_free(a);
    /* defending someone from X gives X nothing */
    a = code("Jens Stoltenberg defended the allies from Russia.", "2022-02-10");
    HAS_NO(a, "SUPPORT * RUS *");
    sr_article_free(a);
}

static void test_concessions_and_settlements(void **state)
{
    (void)state;
    /* ", but ..." is a clause, not an aside; a concession is made to the
     * party the sentence negotiates with, not to the crisis's country */
    sr_article *a = code("Jens Stoltenberg said the allies are open to a settlement with Russia over the Ukrainian "
                         "crisis, but NATO will not make any compromises on its principles.",
                         "2022-02-11");
    HAS(a, "CONCEDE IGOWSTNAT RUS negated");
    HAS_NO(a, "CONCEDE * UKR *");
    sr_article_free(a);
    /* ... or to the one the sentence before named */
    a = code("\"We are ready to hear Russia's concerns.\" \"But NATO will not compromise on its core values,\" Jens "
             "Stoltenberg said.",
             "2022-02-10");
    HAS(a, "CONCEDE IGOWSTNAT RUS negated");
    sr_article_free(a);
    /* being open to a solution with X is a settlement announced */
    a = code("Emmanuel Macron said France is open to finding a diplomatic solution with Russia.", "2022-03-01");
    HAS(a, "AGREE FRA RUS announced");
    sr_article_free(a);
    /* a proposal to meet, addressed to X, is a request to meet */
    a = code("Jens Stoltenberg addressed the Russian Foreign Ministry with a proposal to hold new talks.", "2022-02-10");
    HAS(a, "REQUEST IGOWSTNAT RUSGOV asserted");
    HAS_NO(a, "CONSULT * * *");
    sr_article_free(a);
    /* after FOR the verb's form is a noun: nobody attacked */
    a = code("\"We need to be prepared for more attacks,\" Jens Stoltenberg said.", "2022-11-28");
    HAS_NO(a, "ASSAULT * * *");
    sr_article_free(a);
    /* what another reports with its own subject ("that Western support
     * should include ...") is neither the first speaker's nor aid to the
     * second */
    a = code("Jens Stoltenberg said NATO would keep up its aid, while Estonian Foreign Minister Urmas Reinsalu said "
             "that Western support should include long-range missiles.",
             "2022-11-28");
    HAS_NO(a, "AID * ESTGOV *");
    HAS_NO(a, "AID ESTGOV * *");
    sr_article_free(a);
    /* "support for Ukraine" is a noun: nobody is said to give it */
    a = code("The summit showed broad support for Ukraine.", "2024-06-01");
    HAS_NO(a, "SUPPORT * * *");
    sr_article_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_person_in_quotation),
        cmocka_unit_test(test_speaker_pronoun),
        cmocka_unit_test(test_reported_speech_has_its_own_subject),
        cmocka_unit_test(test_nominal_meetings),
        cmocka_unit_test(test_meetings_spoken_of),
        cmocka_unit_test(test_nominal_movements_and_offers),
        cmocka_unit_test(test_conditional_threat_without_target),
        cmocka_unit_test(test_careful_reading),
        cmocka_unit_test(test_concessions_and_settlements),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
