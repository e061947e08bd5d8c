/*
 * test_article_rules.c - the rules a careful coder follows that need more
 * than one clause: the article's dateline and places, the speaker of a
 * quotation and whom he addresses, the sentence before, and the shape of
 * a clause (relative, time, question, prevention).  Each sentence was
 * written by the team for its rule and is coded through the public
 * pipeline with our dictionaries (data/actors, data/verbs/plover.verbs) at
 * the date given.  The rules live in lib/events/coder.c, nominal.c and
 * article_events.c; tests/events/demo_events.tsv measures them on the demo
 * corpus.
 */
#include "coded_events.h"

/* A one-sentence article: checks one spec and frees it. */
static void one(const char *text, const char *date, int want, const char *spec)
{
    sr_article *a = code(text, date);
    if (want)
        HAS(a, spec);
    else
        HAS_NO(a, spec);
    sr_article_free(a);
}

static void test_dateline_is_no_actor(void **state)
{
    (void)state;
    sr_article *a = code("BUDAPEST \xE2\x80\x94 Poland sent tanks to Ukraine on Monday.", "2023-02-20");
    HAS(a, "AID POL UKR asserted");
    HAS_NO(a, "* HUN * *");
    HAS_NO(a, "* HUNGOV * *");
    sr_article_free(a);
    /* the dateline's country is where a visit that names no place went */
    one("KYIV, Ukraine \xE2\x80\x94 Emmanuel Macron arrived at the railway station on Thursday.", "2022-06-16", 1,
        "CONSULT FRAGOV UKR asserted");
    /* ... else the first place the article names */
    one("Jens Stoltenberg spoke at an air base near Constanta on Friday. He arrived by helicopter.", "2022-02-11", 1,
        "CONSULT IGOWSTNAT ROU asserted");
}

static void test_offices_and_shared_agents(void **state)
{
    (void)state;
    /* a deputy minister is the government, not a member of parliament */
    sr_article *a = code("Russian Deputy Foreign Minister Ivan Petrov met Turkish diplomats in Ankara.", "2023-05-02");
    HAS(a, "CONSULT RUSGOV TURGOV asserted");
    HAS_NO(a, "* RUSLEG * *");
    sr_article_free(a);
    /* a Secretary General is no general */
    a = code("NATO Secretary General Mark Rutte met Polish President Andrzej Duda.", "2025-03-01");
    HAS(a, "CONSULT IGOWSTNAT POLGOV asserted");
    HAS_NO(a, "* IGOWSTNATMIL * *");
    sr_article_free(a);
    /* an office of several words before OF qualifies every member */
    a = code("The foreign ministers of Poland and Lithuania met in Warsaw.", "2023-05-02");
    HAS(a, "CONSULT POLGOV LTUGOV asserted");
    HAS(a, "CONSULT LTUGOV POLGOV asserted");
    sr_article_free(a);
    /* "the Secretary General" and bare "allies" are the organization the
     * article named */
    a = code("Mark Rutte travelled to Kyiv as NATO Secretary General on Monday. Zelensky thanked the new Secretary "
             "General and asked allies for more air defence systems.",
             "2024-10-10");
    HAS(a, "SUPPORT UKRGOV IGOWSTNAT asserted");
    HAS(a, "REQUEST UKRGOV IGOWSTNAT asserted");
    sr_article_free(a);
    /* ... but someone's own allies are not */
    one("Mark Rutte visited Kyiv on Monday. Russia and its allies held exercises near Belarus.", "2024-10-10", 0,
        "* * IGOWSTNAT *");
}

static void test_clauses_with_their_own_subject(void **state)
{
    (void)state;
    /* a relative clause whose subject is a thing */
    one("Greece ordered frigates that will attack pirates near Somalia.", "2023-05-02", 0, "ASSAULT * * *");
    /* a clause of time has its own subject; a resignation has no target */
    sr_article *a = code("Ilie Bolojan took over the presidency after Klaus Iohannis resigned.", "2025-03-01");
    HAS(a, "RETREAT ROUELI - asserted");
    HAS_NO(a, "RETREAT ROUGOV * *");
    sr_article_free(a);
    /* where troops came from is not where they went */
    a = code("Macron spoke at the base days after French soldiers began arriving in Romania from Germany.",
             "2022-03-05");
    HAS(a, "MOBILIZE FRAMIL ROU asserted");
    HAS_NO(a, "* * DEU *");
    sr_article_free(a);
    /* the subject of a later clause of time is no party to the verb before */
    a = code("NATO will deploy more ships in the region, a week after Russia seized two Estonian boats.",
             "2023-05-02");
    HAS(a, "MOBILIZE IGOWSTNAT - announced");
    HAS_NO(a, "MOBILIZE IGOWSTNAT RUS *");
    sr_article_free(a);
    /* ... and the main clause is none to the later clause's verb */
    one("Voters in Moldova went to the polls after Maia Sandu accused criminal groups of buying votes.", "2024-10-21",
        0, "ACCUSE MDAGOV MDA *");
    /* a model's name between a country and its weapon */
    one("A Russian Su-35 fighter jet fired on a British surveillance plane over the Black Sea.", "2022-10-20", 1,
        "ASSAULT RUSMIL * asserted");
    /* a name joined to a participle qualifies the noun after it */
    one("Iohannis said the French-led battlegroup would stay and asked Paris for more troops.", "2022-06-15", 0,
        "* FRA * *");
    one("Ships sailing to Russian-occupied ports were stopped.", "2023-07-20", 0, "COERCE RUS * *");
    /* a verb's word after a possessive name is the possessor's act */
    one("Officials said Moldova could count on Romania's support on its path to the EU.", "2024-10-21", 1,
        "SUPPORT ROU MDA asserted");
    /* a hope is an intention */
    one("Recep Tayyip Erdogan hoped to discuss the grain deal with Vladimir Putin.", "2023-07-20", 1,
        "CONSULT TURGOV RUSGOV announced");
    /* a plan reported as an infinitive is the planner's own act */
    one("Emmanuel Macron plans to meet Olaf Scholz in Berlin next week.", "2023-05-02", 1,
        "CONSULT FRAGOV DEUGOV announced");
    /* in reported speech the object right after the verb is no subject */
    one("NATO leaders met in The Hague. Nicusor Dan said Romania would keep its promises and would ask allies "
        "to stay.",
        "2025-06-25", 0,
        "REQUEST IGOWSTNAT * *");
    /* a news conference is the speaker's */
    one("\"We will keep helping,\" Rutte said at a joint news conference with Zelensky.", "2024-10-10", 1,
        "CONSULT IGOWSTNAT UKRGOV asserted");
    /* after a possessive the word is a noun: the talks are not coded from it */
    one("\"The aim is to bring Russia to the table,\" Rutte said at the press conference that followed their talks.",
        "2024-10-10", 0, "CONSULT RUS * *");
}

static void test_what_did_not_happen(void **state)
{
    (void)state;
    one("Sanctions on Belarus would remain until Belarusian forces withdrew from the border.", "2023-05-02", 0,
        "RETREAT * * *");
    one("The treaty would bar Russia from deploying missiles in Kaliningrad.", "2021-12-20", 0, "MOBILIZE * * *");
    one("Germany said it had no plans to send troops to Ukraine.", "2022-03-01", 1, "MOBILIZE DEU UKR negated");
    one("Experts said the incident could drag Turkey and Greece into a naval clash.", "2023-05-02", 0,
        "ASSAULT * * *");
    one("Poland said it had no information suggesting a deliberate attack.", "2023-05-02", 0, "ASSAULT * * *");
    one("Reporters asked whether Germany would allow Poland to send tanks to Ukraine.", "2023-01-20", 0,
        "AID * * *");
    one("Asked about the Belarusian exercises, the Polish prime minister said Poland was calm.", "2023-05-02", 0,
        "REQUEST * * *");
    one("\"Our partners know what we need; the question is when it will arrive,\" Zelensky said.", "2024-10-10", 0,
        "CONSULT * * *");
    /* what someone demands is not done */
    one("Moscow has demanded that the alliance pull back its forces from Poland.", "2021-12-20", 0,
        "RETREAT * * *");
    /* a year before the article's is background */
    one("Turkey closed the straits to warships in February 2022.", "2024-01-11", 0, "COERCE * * *");
    one("Turkey closed the straits to warships on Friday.", "2022-03-01", 1, "COERCE TUR - asserted");
    /* receiving assurances or hosting troops is no visit */
    one("Viktor Orban received assurances that Hungary would not take part.", "2024-06-20", 0, "CONSULT * * *");
    one("Romania was ready to host a NATO battlegroup on its territory.", "2022-02-11", 0, "CONSULT * * *");
    /* an offer to discuss is no offer of the goods the talks are about */
    one("He said NATO had offered to discuss arms control with Russia.", "2022-01-12", 0, "AID * * *");
    /* what someone is accused of is no party to the accusation */
    one("Lavrov accused Western countries of sending weapons to Kyiv.", "2022-03-10", 0, "ACCUSE * UKRGOV *");
    /* meeting a demand is satisfying it */
    one("NATO leaders agreed to spend more, meeting a demand from Donald Trump.", "2025-06-25", 0,
        "CONSULT * USAGOV *");
    /* talks an act was "ahead of" are reported where they are held */
    one("Moscow published its demands ahead of talks between Russian and American officials.", "2021-12-17", 0,
        "CONSULT * * *");
}

static void test_what_a_speaker_does_by_speaking(void **state)
{
    (void)state;
    one("Lithuania is not alone, said Jens Stoltenberg on a visit to Vilnius.", "2022-02-08", 1,
        "SUPPORT IGOWSTNAT LTU asserted");
    one("\"Belarus's flights over our border are reckless and unacceptable,\" the Polish prime minister said.",
        "2023-08-02", 1, "ACCUSE POLGOV BLR asserted");
    one("\"We have heard the aggressive rhetoric from the Belarusian side,\" the Polish prime minister said.",
        "2023-08-02", 1, "ACCUSE POLGOV BLR asserted");
    /* "you" in his words is the one the speaker is with */
    one("Mark Rutte met Polish President Andrzej Duda in Warsaw. \"You have also signed a defence agreement with "
        "Lithuania,\" Rutte said.",
        "2025-03-01", 1, "AGREE POL LTU asserted");
    /* support that came as arms is military aid; thanks stay support */
    one("Germany stepped up its support to Ukraine with tanks and air defence systems.", "2023-05-02", 1,
        "AID DEU UKR asserted");
    one("Germany thanked Poland for its support.", "2023-05-02", 1, "SUPPORT DEU POL asserted");
}

static void test_verbs_and_clauses_of_the_seeds_kind(void **state)
{
    (void)state;
    /* fighting is an assault against someone, in an absolute clause too */
    one("\"We are watching a wider war, with Belarusian troops fighting alongside Russian troops against Ukraine,\" "
        "Jens Stoltenberg said.",
        "2023-05-02", 1, "ASSAULT BLRMIL UKR asserted");
    one("Moldova will fight corruption in its courts.", "2023-05-02", 0, "ASSAULT * * *");
    /* listening to a party, when ready to, is an offer of talks */
    one("NATO is ready to listen to Belarus's concerns, Jens Stoltenberg said.", "2022-02-10", 1,
        "CONSULT IGOWSTNAT BLR announced");
    /* "committed to" is an intention */
    one("Turkey remained committed to meeting Vladimir Putin in Sochi.", "2023-07-20", 1,
        "CONSULT TUR RUSGOV announced");
    /* a place that names a summit or a treaty is no actor */
    one("Rutte said he would push allies to keep their promises from the Vilnius summit.", "2024-10-03", 0,
        "* LTUGOV * *");
    /* what someone wants is not done */
    one("Moscow wanted talks to begin in Geneva without delay.", "2021-12-17", 0, "CONSULT * * *");
    /* meeting a demand is satisfying it, as a verb too */
    one("NATO leaders met the demand from Donald Trump at the summit.", "2025-06-25", 0, "CONSULT * USAGOV *");
    /* a year in another phrase of the sentence dates that phrase only */
    one("Turkey, which brokered the deal last year, said it would keep talking to both sides.", "2023-07-20", 1,
        "CONSULT TUR - announced");
}

static void test_the_sentence_before(void **state)
{
    (void)state;
    one("Russia demanded that NATO withdraw its troops from the Baltic states. Finland has not agreed to any of "
        "these demands.",
        "2022-01-20", 1, "AGREE FIN RUS negated");
    one("Ukraine offered Russia a series of talks on prisoners, but Moscow said it was not ready to do so.",
        "2023-05-02", 1, "REJECT RUSGOV UKR asserted");
    one("Polish Foreign Minister Radoslaw Sikorski will also be present at NATO headquarters on Friday.",
        "2024-04-02", 1, "CONSULT POLGOV IGOWSTNAT announced");
}

static void test_what_a_sentence_leaves_to_the_article(void **state)
{
    (void)state;
    /* an arrival of troops whose word closes the mover's phrase, with no
     * place named: where the article is */
    one("Mark Rutte spoke at the Lask air base in Poland. He praised the arrival of another 800 Dutch soldiers.",
        "2024-11-10", 1, "MOBILIZE NLDMIL POL asserted");
    /* a readiness in the speaker's words with no subject is the speaker's,
     * and a promised reaction to another's force a threat against him */
    one("Belarus moved troops to the border. \"This is a reason for being vigilant and ready to react if Minsk uses "
        "force against Lithuania,\" Mark Rutte said.",
        "2024-11-10", 1, "THREATEN IGOWSTNAT BLRGOV asserted");
    /* each later member of a list of supplies goes to the head's recipient */
    sr_article *a = code("Ukraine relies on shells delivered to Kyiv by Poland, drones from Turkey and vehicles "
                         "supplied by Germany.",
                         "2024-05-02");
    HAS(a, "AID POL UKRGOV asserted");
    HAS(a, "AID TUR UKRGOV asserted");
    HAS(a, "AID DEU UKRGOV asserted");
    assert_int_equal(count(a, "AID TUR UKRGOV asserted"), 1);
    sr_article_free(a);
    /* ... a member that names no goods is none */
    one("Ukraine used tanks sent to Kyiv by Poland, and refugees from Syria arrived.", "2024-05-02", 0,
        "AID SYR * *");
    /* more presence as the consequence of another's aggression is a threat */
    one("\xE2\x80\x9C" "Belarusian aggression will lead to a stronger, not weaker, NATO presence,\xE2\x80\x9D Mark "
        "Rutte said.",
        "2024-11-10", 1, "THREATEN IGOWSTNAT BLR asserted");
    one("Russian aggression will lead to higher energy prices in Europe.", "2024-05-02", 0, "THREATEN * * *");
    /* a settlement sought, or a compromise refused, with nobody named in the
     * sentence or the one before: with the party the article is about */
    one("Russia and Georgia clashed over Abkhazia again. Russian officials accused Tbilisi of provocations. Georgian "
        "ministers met in Tbilisi on Monday. \"We remain committed to finding a peaceful solution,\" the Georgian "
        "prime minister said.",
        "2024-05-02", 1, "AGREE GEOGOV RUS announced");
    one("Russia demanded new talks on Transnistria. Russian officials accused Chisinau of provocations. Moldovan "
        "ministers met in Chisinau on Monday. \"We will not compromise on our sovereignty,\" Maia Sandu said.",
        "2024-05-02", 1, "CONCEDE MDAGOV RUS negated");
    /* ... and with no other party in the article, no concession at all */
    one("\"We will not compromise on our sovereignty,\" Maia Sandu said.", "2024-05-02", 0, "CONCEDE * * *");
    /* ... a compromise accepted is no settlement sought: no AGREE beside it */
    one("Hungary gave in to pressure from Brussels and accepted the oil compromise.", "2022-03-15", 0,
        "AGREE * * *");
    /* WHILE and a participle is the subject's own clause, no aside */
    one("Poland must prepare for the worst, while remaining committed to finding a political solution with Belarus.",
        "2024-05-02", 1, "AGREE POL BLR announced");
}

static void test_naming_receiving_and_where(void **state)
{
    (void)state;
    /* "calling it a ..." names, asks nothing */
    one("European Council President Charles Michel announced the result after a summit in Brussels, calling it a "
        "turning point for the bloc and for Moldova.",
        "2023-05-02", 0, "REQUEST * * *");
    /* receiving a thing is no visit */
    one("Armenia must wait longer. They said Yerevan would receive candidate status only after it met a list of "
        "conditions.",
        "2023-05-02", 0, "CONSULT * * *");
    one("Maia Sandu received Emmanuel Macron in Chisinau.", "2023-05-02", 1, "CONSULT FRAGOV MDAGOV asserted");
    /* where a protest was held is not who protested */
    one("Hundreds of people rallied outside the Belarusian embassy in Vilnius on Monday.", "2023-05-02", 0,
        "PROTEST BLR * *");
    /* a background year may close the sentence past an AND */
    one("Greece closed the Aegean ports and harbours to Russian ships of war in March 2021.", "2024-01-11", 0,
        "COERCE * * *");
    one("Greece closed the Aegean ports and harbours to Russian ships of war on Friday.", "2024-01-11", 1,
        "COERCE GRC - asserted");
    /* a possessive name before a person is that person's: the list joins */
    sr_article *a = code("Poland's Andrzej Duda, Lithuania's Gitanas Nauseda and Latvia's Edgars Rinkevics signed the "
                         "memorandum.",
                         "2024-01-11");
    HAS(a, "AGREE POLGOV LTUGOV asserted");
    HAS(a, "AGREE LVAGOV POLGOV asserted");
    HAS_NO(a, "* POL * *");
    HAS_NO(a, "* * LVA *");
    sr_article_free(a);
    /* the second clause of an act is its doer's, not an example's after
     * "including" */
    a = code("Belarus has accused Poland of provoking it by moving troops to the border and has demanded that Warsaw "
             "pull back from the frontier, including Lithuania.",
             "2022-02-11");
    HAS(a, "REQUEST BLR POLGOV asserted");
    HAS_NO(a, "* LTU * *");
    sr_article_free(a);
    /* "an overnight attack" is a noun: the place it happened near did not attack */
    one("Maia Sandu spoke after a statement by Ukrainian Foreign Minister Dmytro Kuleba, who said Russian drones had "
        "fallen and exploded on Moldovan soil during an overnight attack on Ukrainian ports.",
        "2023-09-07", 0, "ASSAULT MDA * *");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dateline_is_no_actor),
        cmocka_unit_test(test_offices_and_shared_agents),
        cmocka_unit_test(test_clauses_with_their_own_subject),
        cmocka_unit_test(test_what_did_not_happen),
        cmocka_unit_test(test_what_a_speaker_does_by_speaking),
        cmocka_unit_test(test_verbs_and_clauses_of_the_seeds_kind),
        cmocka_unit_test(test_the_sentence_before),
        cmocka_unit_test(test_what_a_sentence_leaves_to_the_article),
        cmocka_unit_test(test_naming_receiving_and_where),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
