/*
 * places.c - toponym recognition and disambiguation (see places.h).
 *
 * Recognition: in each sentence, runs of capitalized words (with inner
 * connectors: "Sea of Azov", "Rostov on Don") are looked up in the
 * gazetteer, longest match first.  A match is dropped when it is a common
 * word written with a capital ("May", "President"), when it is the small
 * place inside a longer name ("Jens" in "Jens Stoltenberg"), when a title
 * precedes it ("President Jackson"), or when a small place's name is used
 * in lower case elsewhere in the article (a sentence-initial "Speaking").
 *
 * Disambiguation works on names, not mentions: an article that says
 * "Paris" five times weighs Paris's candidates once.  Each candidate has a
 * score without context (its prior, stored in the gazetteer, and what the
 * text says right after the name: "Alexandria, La.", "Constanta county"),
 * and then, in two passes, with the article's context: its main country
 * (as the other names vote it: a name's own namesakes do not count) and
 * first-level division (voted before each pass), the divisions its
 * other names name, and the other names' plausible candidates nearby
 * ("Paris" beside "Henry County" is the Tennessee town, whichever Henry
 * County was first in line).  Candidates near each other are found through a grid of 1.5
 * degree cells, so the cost grows with the candidates, not their pairs.
 * Two rules a careful reader applies weigh in: the forms of local news
 * beyond place names ("sheriff's deputies", "(D-Ohio)", a ZIP code; see
 * find_country_cues) vote for the article's country, and a world city's
 * name (a capital, a city of a million) goes to a small namesake only on
 * local evidence (towns, counties, states, those forms), never on a
 * capital or the country alone: "WASHINGTON -" and "Moscow" is Russia's.
 * Where the outlet is (its national web domain, outlet.c) votes for the
 * article's country as one more country named in the text would.  A name
 * a kinship noun or a title gives a person ("his daughter Elizabeth") is
 * the person's wherever it stands alone in the article.
 * The weights were set on LGL and TR-News with bench/bench_geo.c; each is
 * commented where it is not obvious.
 */
#include "places/places.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_RUN 6         /* tokens in one name */
#define MAX_CANDIDATES 96 /* postings are sorted by prior: the tail is noise */
#define KEY_CAP 256

/* ------------------------------------------------------------ words */

enum { W_STOP = 1, W_TITLE = 2, W_LOCATIVE = 4, W_CONNECTOR = 8, W_DIVISION = 16 };

typedef struct word_class {
    const char *word; /* a folded key */
    uint8_t len;
    uint8_t classes;
} word_class;

/* Words by what they say about a capitalized name next to them, sorted
 * (strcmp) and indexed by first letter (letter_start); sr_places_tables_ok
 * checks both.
 *   W_STOP: capitalized, far more often something else than a place
 *     ("May", "President", "Obama");
 *   W_TITLE: before a name, makes it a person ("President Jackson", a
 *     kinship noun: "his daughter Elizabeth");
 *   W_LOCATIVE: before a name, says where ("in", "near", "visited");
 *   W_CONNECTOR: lower-case word inside a name ("Sea of Azov");
 *   W_DIVISION: after a name, makes it a division ("Constanta county"). */
static const word_class word_classes[] = {
    {"a", 1, W_STOP}, {"about", 5, W_STOP}, {"according", 9, W_STOP}, {"across", 6, W_LOCATIVE},
    {"addressing", 10, W_STOP}, {"after", 5, W_STOP}, {"afternoon", 9, W_STOP},
    {"again", 5, W_STOP}, {"against", 7, W_STOP}, {"ago", 3, W_STOP}, {"air", 3, W_STOP},
    {"airport", 7, W_STOP}, {"al", 2, W_CONNECTOR}, {"all", 3, W_STOP}, {"alliance", 8, W_STOP},
    {"allies", 6, W_STOP}, {"also", 4, W_STOP}, {"although", 8, W_STOP}, {"am", 2, W_CONNECTOR},
    {"ambassador", 10, W_TITLE}, {"an", 2, W_STOP | W_CONNECTOR}, {"and", 3, W_STOP},
    {"another", 7, W_STOP}, {"answering", 9, W_STOP}, {"any", 3, W_STOP}, {"april", 5, W_STOP},
    {"army", 4, W_STOP}, {"around", 6, W_LOCATIVE}, {"as", 2, W_STOP},
    {"at", 2, W_STOP | W_LOCATIVE}, {"attorney", 8, W_TITLE}, {"august", 6, W_STOP},
    {"aunt", 4, W_TITLE}, {"autumn", 6, W_STOP}, {"avenue", 6, W_STOP}, {"bank", 4, W_STOP},
    {"base", 4, W_STOP}, {"because", 7, W_STOP}, {"before", 6, W_STOP}, {"being", 5, W_STOP},
    {"best", 4, W_STOP}, {"biden", 5, W_STOP}, {"big", 3, W_STOP}, {"bill", 4, W_STOP},
    {"bishop", 6, W_TITLE}, {"both", 4, W_STOP}, {"boy", 3, W_STOP}, {"bridge", 6, W_STOP},
    {"brother", 7, W_TITLE}, {"bush", 4, W_STOP}, {"business", 8, W_STOP}, {"but", 3, W_STOP},
    {"by", 2, W_STOP}, {"canton", 6, W_DIVISION}, {"capital", 7, W_STOP},
    {"capt", 4, W_STOP | W_TITLE}, {"center", 6, W_STOP}, {"central", 7, W_STOP},
    {"centre", 6, W_STOP}, {"chairman", 8, W_STOP | W_TITLE}, {"chancellor", 10, W_TITLE},
    {"chief", 5, W_STOP}, {"christmas", 9, W_STOP}, {"church", 6, W_STOP}, {"city", 4, W_STOP},
    {"clinton", 7, W_STOP}, {"club", 4, W_STOP}, {"coach", 5, W_TITLE}, {"coal", 4, W_STOP},
    {"col", 3, W_STOP | W_TITLE}, {"college", 7, W_STOP}, {"commander", 9, W_STOP},
    {"commerce", 8, W_STOP}, {"commissioner", 12, W_TITLE}, {"committee", 9, W_STOP},
    {"congress", 8, W_STOP}, {"council", 7, W_STOP}, {"councilman", 10, W_TITLE},
    {"councilwoman", 12, W_TITLE}, {"county", 6, W_STOP | W_DIVISION}, {"court", 5, W_STOP},
    {"cousin", 6, W_TITLE}, {"da", 2, W_CONNECTOR}, {"daily", 5, W_STOP}, {"das", 3, W_CONNECTOR},
    {"daughter", 8, W_TITLE}, {"day", 3, W_STOP}, {"de", 2, W_CONNECTOR}, {"deal", 4, W_STOP},
    {"december", 8, W_STOP}, {"defence", 7, W_STOP}, {"defense", 7, W_STOP},
    {"del", 3, W_CONNECTOR}, {"democrat", 8, W_STOP}, {"department", 10, W_STOP | W_DIVISION},
    {"deputy", 6, W_STOP | W_TITLE}, {"der", 3, W_CONNECTOR}, {"despite", 7, W_STOP},
    {"detective", 9, W_TITLE}, {"di", 2, W_CONNECTOR}, {"director", 8, W_STOP | W_TITLE},
    {"district", 8, W_STOP | W_DIVISION}, {"do", 2, W_CONNECTOR}, {"dos", 3, W_CONNECTOR},
    {"dr", 2, W_STOP | W_TITLE}, {"du", 2, W_CONNECTOR}, {"during", 6, W_STOP}, {"each", 4, W_STOP},
    {"early", 5, W_STOP}, {"east", 4, W_STOP}, {"easter", 6, W_STOP}, {"eastern", 7, W_STOP},
    {"either", 6, W_STOP}, {"el", 2, W_CONNECTOR}, {"en", 2, W_CONNECTOR}, {"energy", 6, W_STOP},
    {"enterprise", 10, W_STOP}, {"even", 4, W_STOP}, {"evening", 7, W_STOP}, {"every", 5, W_STOP},
    {"fall", 4, W_STOP}, {"family", 6, W_STOP}, {"father", 6, W_TITLE}, {"february", 8, W_STOP},
    {"federal", 7, W_STOP}, {"first", 5, W_STOP}, {"for", 3, W_STOP}, {"force", 5, W_STOP},
    {"forces", 6, W_STOP}, {"foreign", 7, W_STOP}, {"former", 6, W_STOP}, {"fort", 4, W_STOP},
    {"friday", 6, W_STOP}, {"friends", 7, W_STOP}, {"friendship", 10, W_STOP},
    {"from", 4, W_STOP | W_LOCATIVE}, {"gas", 3, W_STOP}, {"gen", 3, W_STOP | W_TITLE},
    {"general", 7, W_STOP | W_TITLE}, {"girl", 4, W_STOP}, {"global", 6, W_STOP},
    {"globe", 5, W_STOP}, {"god", 3, W_STOP}, {"gold", 4, W_STOP}, {"good", 4, W_STOP},
    {"gov", 3, W_TITLE}, {"government", 10, W_STOP}, {"governor", 8, W_STOP | W_TITLE},
    {"governorate", 11, W_DIVISION}, {"grand", 5, W_STOP}, {"granddaughter", 13, W_TITLE},
    {"grandson", 8, W_TITLE}, {"great", 5, W_STOP}, {"hall", 4, W_STOP}, {"harmony", 7, W_STOP},
    {"he", 2, W_STOP}, {"health", 6, W_STOP}, {"her", 3, W_STOP}, {"herald", 6, W_STOP},
    {"here", 4, W_STOP}, {"high", 4, W_STOP}, {"his", 3, W_STOP}, {"home", 4, W_STOP},
    {"hope", 4, W_STOP}, {"hospital", 8, W_STOP}, {"house", 5, W_STOP}, {"how", 3, W_STOP},
    {"however", 7, W_STOP}, {"husband", 7, W_TITLE}, {"i", 1, W_STOP}, {"if", 2, W_STOP},
    {"in", 2, W_STOP | W_LOCATIVE}, {"independence", 12, W_STOP}, {"industry", 8, W_STOP},
    {"inside", 6, W_LOCATIVE}, {"international", 13, W_STOP}, {"internet", 8, W_STOP},
    {"into", 4, W_LOCATIVE}, {"iron", 4, W_STOP}, {"it", 2, W_STOP}, {"its", 3, W_STOP},
    {"jackson", 7, W_STOP}, {"january", 7, W_STOP}, {"johnson", 7, W_STOP}, {"journal", 7, W_STOP},
    {"judge", 5, W_TITLE}, {"july", 4, W_STOP}, {"june", 4, W_STOP}, {"just", 4, W_STOP},
    {"justice", 7, W_STOP | W_TITLE}, {"king", 4, W_STOP | W_TITLE}, {"la", 2, W_CONNECTOR},
    {"lady", 4, W_TITLE}, {"lake", 4, W_STOP}, {"last", 4, W_STOP}, {"late", 4, W_STOP},
    {"later", 5, W_STOP}, {"lavrov", 6, W_STOP}, {"le", 2, W_CONNECTOR}, {"liberty", 7, W_STOP},
    {"life", 4, W_STOP}, {"like", 4, W_STOP}, {"lincoln", 7, W_STOP}, {"little", 6, W_STOP},
    {"local", 5, W_STOP}, {"long", 4, W_STOP}, {"lord", 4, W_STOP | W_TITLE}, {"love", 4, W_STOP},
    {"lt", 2, W_STOP | W_TITLE}, {"man", 3, W_STOP}, {"many", 4, W_STOP}, {"march", 5, W_STOP},
    {"market", 6, W_STOP}, {"may", 3, W_STOP}, {"mayor", 5, W_STOP | W_TITLE},
    {"meanwhile", 9, W_STOP}, {"media", 5, W_STOP}, {"member", 6, W_STOP}, {"members", 7, W_STOP},
    {"men", 3, W_STOP}, {"minister", 8, W_STOP | W_TITLE}, {"ministers", 9, W_STOP},
    {"ministry", 8, W_STOP}, {"mission", 7, W_STOP}, {"monday", 6, W_STOP}, {"month", 5, W_STOP},
    {"more", 4, W_STOP}, {"morning", 7, W_STOP}, {"most", 4, W_STOP}, {"mother", 6, W_TITLE},
    {"mount", 5, W_STOP}, {"mr", 2, W_STOP | W_TITLE}, {"mrs", 3, W_STOP | W_TITLE},
    {"ms", 2, W_STOP | W_TITLE}, {"much", 4, W_STOP}, {"national", 8, W_STOP}, {"navy", 4, W_STOP},
    {"near", 4, W_LOCATIVE}, {"nephew", 6, W_TITLE}, {"new", 3, W_STOP}, {"news", 4, W_STOP},
    {"next", 4, W_STOP}, {"niece", 5, W_TITLE}, {"night", 5, W_STOP}, {"no", 2, W_STOP},
    {"noon", 4, W_STOP}, {"north", 5, W_STOP}, {"northern", 8, W_STOP}, {"not", 3, W_STOP},
    {"november", 8, W_STOP}, {"now", 3, W_STOP}, {"obama", 5, W_STOP}, {"oblast", 6, W_DIVISION},
    {"october", 7, W_STOP}, {"of", 2, W_STOP | W_LOCATIVE | W_CONNECTOR}, {"office", 6, W_STOP},
    {"officer", 7, W_TITLE}, {"officials", 9, W_STOP}, {"oil", 3, W_STOP},
    {"on", 2, W_STOP | W_LOCATIVE | W_CONNECTOR}, {"once", 4, W_STOP}, {"one", 3, W_STOP},
    {"online", 6, W_STOP}, {"only", 4, W_STOP}, {"opportunity", 11, W_STOP}, {"or", 2, W_STOP},
    {"other", 5, W_STOP}, {"our", 3, W_STOP}, {"outside", 7, W_LOCATIVE},
    {"over", 4, W_STOP | W_LOCATIVE}, {"paradise", 8, W_STOP}, {"parish", 6, W_DIVISION},
    {"park", 4, W_STOP}, {"parliament", 10, W_STOP}, {"party", 5, W_STOP}, {"peace", 5, W_STOP},
    {"people", 6, W_STOP}, {"photo", 5, W_STOP}, {"plaza", 5, W_STOP}, {"police", 6, W_STOP},
    {"pope", 4, W_TITLE}, {"port", 4, W_STOP}, {"post", 4, W_STOP}, {"power", 5, W_STOP},
    {"prefecture", 10, W_DIVISION}, {"president", 9, W_STOP | W_TITLE}, {"press", 5, W_STOP},
    {"prime", 5, W_STOP}, {"prince", 6, W_STOP | W_TITLE}, {"princess", 8, W_TITLE},
    {"prof", 4, W_TITLE}, {"professor", 9, W_TITLE}, {"progress", 8, W_STOP},
    {"province", 8, W_DIVISION}, {"public", 6, W_STOP}, {"putin", 5, W_STOP},
    {"queen", 5, W_STOP | W_TITLE}, {"reform", 6, W_STOP}, {"region", 6, W_DIVISION},
    {"rep", 3, W_TITLE}, {"representative", 14, W_TITLE}, {"republic", 8, W_STOP},
    {"republican", 10, W_STOP}, {"rev", 3, W_TITLE}, {"river", 5, W_STOP}, {"road", 4, W_STOP},
    {"royal", 5, W_STOP}, {"rutte", 5, W_STOP}, {"saint", 5, W_STOP | W_TITLE},
    {"saturday", 8, W_STOP}, {"school", 6, W_STOP}, {"secretary", 9, W_STOP | W_TITLE},
    {"security", 8, W_STOP}, {"sen", 3, W_TITLE}, {"senate", 6, W_STOP}, {"senator", 7, W_TITLE},
    {"september", 9, W_STOP}, {"sgt", 3, W_STOP | W_TITLE}, {"she", 3, W_STOP},
    {"sheriff", 7, W_TITLE}, {"silver", 6, W_STOP}, {"since", 5, W_STOP},
    {"sir", 3, W_STOP | W_TITLE}, {"sister", 6, W_TITLE}, {"so", 2, W_STOP}, {"some", 4, W_STOP},
    {"son", 3, W_TITLE}, {"south", 5, W_STOP}, {"southern", 8, W_STOP}, {"speaker", 7, W_STOP},
    {"speaking", 8, W_STOP}, {"spokesman", 9, W_TITLE}, {"spokeswoman", 11, W_TITLE},
    {"sports", 6, W_STOP}, {"spring", 6, W_STOP}, {"square", 6, W_STOP},
    {"st", 2, W_STOP | W_TITLE}, {"star", 4, W_STOP}, {"state", 5, W_STOP | W_DIVISION},
    {"states", 6, W_STOP}, {"station", 7, W_STOP}, {"steel", 5, W_STOP}, {"still", 5, W_STOP},
    {"stoltenberg", 11, W_STOP}, {"strategic", 9, W_STOP}, {"street", 6, W_STOP},
    {"summer", 6, W_STOP}, {"summit", 6, W_STOP}, {"sun", 3, W_STOP}, {"sunday", 6, W_STOP},
    {"supreme", 7, W_STOP}, {"sur", 3, W_CONNECTOR}, {"talks", 5, W_STOP}, {"that", 4, W_STOP},
    {"the", 3, W_STOP}, {"their", 5, W_STOP}, {"then", 4, W_STOP}, {"there", 5, W_STOP},
    {"these", 5, W_STOP}, {"they", 4, W_STOP}, {"this", 4, W_STOP}, {"those", 5, W_STOP},
    {"though", 6, W_STOP}, {"through", 7, W_LOCATIVE}, {"thursday", 8, W_STOP}, {"time", 4, W_STOP},
    {"times", 5, W_STOP}, {"to", 2, W_STOP | W_LOCATIVE}, {"today", 5, W_STOP},
    {"tomorrow", 8, W_STOP}, {"toward", 6, W_LOCATIVE}, {"towards", 7, W_LOCATIVE},
    {"tower", 5, W_STOP}, {"tribune", 7, W_STOP}, {"trooper", 7, W_TITLE}, {"trump", 5, W_STOP},
    {"trust", 5, W_STOP}, {"tuesday", 7, W_STOP}, {"two", 3, W_STOP}, {"uncle", 5, W_TITLE},
    {"under", 5, W_STOP}, {"union", 5, W_STOP}, {"unity", 5, W_STOP}, {"university", 10, W_STOP},
    {"until", 5, W_STOP}, {"upon", 4, W_CONNECTOR}, {"victory", 7, W_STOP}, {"video", 5, W_STOP},
    {"visited", 7, W_LOCATIVE}, {"visiting", 8, W_LOCATIVE}, {"voivodeship", 11, W_DIVISION},
    {"war", 3, W_STOP}, {"was", 3, W_STOP}, {"way", 3, W_STOP}, {"we", 2, W_STOP},
    {"wednesday", 9, W_STOP}, {"week", 4, W_STOP}, {"weekly", 6, W_STOP}, {"well", 4, W_STOP},
    {"west", 4, W_STOP}, {"western", 7, W_STOP}, {"what", 4, W_STOP}, {"when", 4, W_STOP},
    {"where", 5, W_STOP}, {"while", 5, W_STOP}, {"white", 5, W_STOP}, {"who", 3, W_STOP},
    {"why", 3, W_STOP}, {"widow", 5, W_TITLE}, {"wife", 4, W_TITLE}, {"will", 4, W_STOP},
    {"winter", 6, W_STOP}, {"with", 4, W_STOP}, {"within", 6, W_LOCATIVE}, {"woman", 5, W_STOP},
    {"women", 5, W_STOP}, {"world", 5, W_STOP}, {"y", 1, W_CONNECTOR}, {"year", 4, W_STOP},
    {"years", 5, W_STOP}, {"yesterday", 9, W_STOP}, {"you", 3, W_STOP}, {"your", 4, W_STOP},
};

#define N_WORD_CLASSES (sizeof word_classes / sizeof word_classes[0])

/* Where each first letter's words start in word_classes ([26]: the end). */
static const uint16_t letter_start[27] = {0, 35, 53, 82, 107, 120, 136, 153, 169, 181, 190, 191, 209, 235, 251, 270, 296, 297, 308, 352, 379, 386, 391, 417, 417, 423, 423};

static unsigned word_class_of(const char *key, size_t n)
{
    unsigned char c = (unsigned char)key[0];
    if (c < 'a' || c > 'z')
        return 0;
    /* a letter's words are few: a scan by length, then bytes */
    for (size_t i = letter_start[c - 'a']; i < letter_start[c - 'a' + 1]; i++)
        if (word_classes[i].len == n && !memcmp(word_classes[i].word, key, n))
            return word_classes[i].classes;
    return 0;
}

static int cue_tables_ok(void);

int sr_places_tables_ok(void)
{
    if (!cue_tables_ok())
        return 0;
    for (size_t i = 1; i < N_WORD_CLASSES; i++)
        if (strcmp(word_classes[i - 1].word, word_classes[i].word) >= 0)
            return 0;
    for (size_t i = 0; i < N_WORD_CLASSES; i++) {
        unsigned c = (unsigned char)word_classes[i].word[0] - 'a';
        if (strlen(word_classes[i].word) != word_classes[i].len || c >= 26 || i < letter_start[c] ||
            i >= letter_start[c + 1])
            return 0;
    }
    for (size_t i = 0; i < N_WORD_CLASSES; i++)
        if (word_class_of(word_classes[i].word, strlen(word_classes[i].word)) != word_classes[i].classes)
            return 0;
    return 1;
}

/* AP style and postal abbreviations of US states, for "Alexandria, La.". */
static const char *const us_states[][3] = {
    {"Ala", "AL", "Alabama"},        {"Alaska", "AK", "Alaska"},      {"Ariz", "AZ", "Arizona"},
    {"Ark", "AR", "Arkansas"},       {"Calif", "CA", "California"},   {"Colo", "CO", "Colorado"},
    {"Conn", "CT", "Connecticut"},   {"Del", "DE", "Delaware"},       {"Fla", "FL", "Florida"},
    {"Ga", "GA", "Georgia"},         {"Hawaii", "HI", "Hawaii"},      {"Idaho", "ID", "Idaho"},
    {"Ill", "IL", "Illinois"},       {"Ind", "IN", "Indiana"},        {"Iowa", "IA", "Iowa"},
    {"Kan", "KS", "Kansas"},         {"Ky", "KY", "Kentucky"},        {"La", "LA", "Louisiana"},
    {"Maine", "ME", "Maine"},        {"Md", "MD", "Maryland"},        {"Mass", "MA", "Massachusetts"},
    {"Mich", "MI", "Michigan"},      {"Minn", "MN", "Minnesota"},     {"Miss", "MS", "Mississippi"},
    {"Mo", "MO", "Missouri"},        {"Mont", "MT", "Montana"},       {"Neb", "NE", "Nebraska"},
    {"Nev", "NV", "Nevada"},         {"NH", "NH", "New Hampshire"},   {"NJ", "NJ", "New Jersey"},
    {"NM", "NM", "New Mexico"},      {"NY", "NY", "New York"},        {"NC", "NC", "North Carolina"},
    {"ND", "ND", "North Dakota"},    {"Ohio", "OH", "Ohio"},          {"Okla", "OK", "Oklahoma"},
    {"Ore", "OR", "Oregon"},         {"Pa", "PA", "Pennsylvania"},    {"RI", "RI", "Rhode Island"},
    {"SC", "SC", "South Carolina"},  {"SD", "SD", "South Dakota"},    {"Tenn", "TN", "Tennessee"},
    {"Tex", "TX", "Texas"},          {"Utah", "UT", "Utah"},          {"Vt", "VT", "Vermont"},
    {"Va", "VA", "Virginia"},        {"Wash", "WA", "Washington"},    {"WVa", "WV", "West Virginia"},
    {"Wis", "WI", "Wisconsin"},      {"Wyo", "WY", "Wyoming"},        {"DC", "DC", "District of Columbia"},
};

/* AP abbreviations as written, with their periods: "W.Va.", "Calif.".  As
 * toponyms of their own they are the state ("in Charleston, W.Va."). */
static const char *const ap_forms[][2] = {
    {"Ala.", "Alabama"},     {"Ariz.", "Arizona"},        {"Ark.", "Arkansas"},
    {"Calif.", "California"}, {"Colo.", "Colorado"},      {"Conn.", "Connecticut"},
    {"Del.", "Delaware"},    {"Fla.", "Florida"},         {"Ga.", "Georgia"},
    {"Ill.", "Illinois"},    {"Ind.", "Indiana"},         {"Kan.", "Kansas"},
    {"Kans.", "Kansas"},     {"Ky.", "Kentucky"},         {"La.", "Louisiana"},
    {"Md.", "Maryland"},     {"Mass.", "Massachusetts"},  {"Mich.", "Michigan"},
    {"Minn.", "Minnesota"},  {"Miss.", "Mississippi"},    {"Mo.", "Missouri"},
    {"Mont.", "Montana"},    {"Neb.", "Nebraska"},        {"Nebr.", "Nebraska"},
    {"Nev.", "Nevada"},      {"N.H.", "New Hampshire"},   {"N.J.", "New Jersey"},
    {"N.M.", "New Mexico"},  {"N.Y.", "New York"},        {"N.C.", "North Carolina"},
    {"N.D.", "North Dakota"}, {"Okla.", "Oklahoma"},      {"Ore.", "Oregon"},
    {"Pa.", "Pennsylvania"}, {"R.I.", "Rhode Island"},    {"S.C.", "South Carolina"},
    {"S.D.", "South Dakota"}, {"Tenn.", "Tennessee"},     {"Tex.", "Texas"},
    {"Vt.", "Vermont"},      {"Va.", "Virginia"},         {"Wash.", "Washington"},
    {"W.Va.", "West Virginia"}, {"W. Va.", "West Virginia"}, {"Wis.", "Wisconsin"},
    {"Wyo.", "Wyoming"},     {"D.C.", "District of Columbia"},
    /* Canadian Press forms of the provinces */
    {"B.C.", "British Columbia"}, {"Alta.", "Alberta"},   {"Sask.", "Saskatchewan"},
    {"Man.", "Manitoba"},    {"Ont.", "Ontario"},         {"Que.", "Quebec"},
    {"N.S.", "Nova Scotia"}, {"N.B.", "New Brunswick"},   {"P.E.I.", "Prince Edward Island"},
    {"N.L.", "Newfoundland and Labrador"}, {"Nfld.", "Newfoundland and Labrador"},
};

/* Dotted abbreviations of cities: "L.A.", written as no gazetteer name is. */
static const char *const dotted_cities[][2] = {
    {"L.A.", "Los Angeles"}, {"N.O.", "New Orleans"},
};

static const char *dotted_city(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof dotted_cities / sizeof dotted_cities[0]; i++)
        if (strlen(dotted_cities[i][0]) == len && !memcmp(dotted_cities[i][0], s, len))
            return dotted_cities[i][1];
    return NULL;
}

/* Endings of names for people of a place, and what replaces them to
 * give the place's name: "Ontarians" Ontario, "Dagestani" Dagestan,
 * "Texan" Texas, "Abkhaz" Abkhazia, "Londoners" London.  Tried in order
 * on a name the gazetteer does not know; the first that gives a region or
 * a big place wins. */
static const char *const demonym_endings[][2] = {
    {"ians", "ia"}, {"ians", "io"}, {"ians", "a"}, {"ian", "ia"}, {"ian", "io"}, {"ian", "a"},
    {"ans", "a"},   {"ans", ""},    {"ans", "s"},  {"an", "a"},   {"an", ""},    {"an", "s"},
    {"an", "e"},    {"n", "s"},     {"ers", ""},   {"er", ""},    {"ites", ""},  {"ite", ""},
    {"is", ""},     {"i", ""},      {"s", ""},
    {"", "ia"},     {"", "a"},
};

/* The postings of the place a demonym's key names, or NULL. */
static const uint32_t *demonym_place(const sr_gazetteer *g, const char *key, size_t kn, uint32_t *np)
{
    char k2[KEY_CAP];
    for (size_t e = 0; e < sizeof demonym_endings / sizeof demonym_endings[0]; e++) {
        const char *strip = demonym_endings[e][0], *add = demonym_endings[e][1];
        size_t sl = strlen(strip), al = strlen(add);
        if (kn <= sl + 2 || memcmp(key + kn - sl, strip, sl) != 0 || kn - sl + al > sizeof k2)
            continue;
        memcpy(k2, key, kn - sl);
        memcpy(k2 + kn - sl, add, al);
        const sr_gaz_slot *slot = sr_gazetteer_find(g, k2, kn - sl + al);
        if (!slot || !slot->n_postings)
            continue;
        unsigned kind = slot->top_kind;
        if (kind == SR_PLACE_COUNTRY || kind == SR_PLACE_ADM1 || kind == SR_PLACE_FEATURE ||
            kind == SR_PLACE_CAPITAL || (slot->top_size & SR_GAZ_TOP_SIZE) == SR_GAZ_TOP_BIG)
            return sr_gazetteer_postings(g, slot, np);
    }
    return NULL;
}

/* Generic words around a name the gazetteer knows: "Port of Los Angeles",
 * "Hamilton Township", "Lake Lanier", "Kanawha River", "South Los
 * Angeles", "Platte Co.".  A port, township, lake, river or quarter named
 * for a place lies at or by it, in its country: for a name the gazetteer
 * does not know, that place is the answer we can trace. */
static const char *const generic_before[] = {
    "port of ", "town of ", "city of ", "township of ", "village of ", "county of ", "lake ",
    "river ", "south ", "north ", "east ", "west ", "southeast ", "southwest ", "northeast ",
    "northwest ", "se ", "sw ", "ne ", "nw ", "s ", "n ", "e ", "w ", "downtown ", "greater ",
    "upper ", "lower ", "central ", "suburban ", "rural ",
};
static const char *const generic_after[] = {
    " river", " creek", " lake", " township", " twp", " valley", " harbor", " harbour", " bay",
    " station", " national park", " national lakeshore", " national forest", " state park",
    " park", " falls", " heights", " city", " colony", " island", " islands", " mountains",
    " mountain", " hill", " hills", " area", " metro", " region", " borough", " village",
    " county", " parish", " district", " square", " downtown",
};

static const uint32_t *named_after_place(const sr_gazetteer *g, const char *key, size_t kn,
                                         uint32_t *np, int depth)
{
    char k2[KEY_CAP];
    /* "Platte Co." is Platte County */
    if (kn > 5 && kn + 4 < sizeof k2 && !memcmp(key + kn - 3, " co", 3)) {
        memcpy(k2, key, kn);
        memcpy(k2 + kn, "unty", 4);
        const uint32_t *post = sr_gazetteer_lookup(g, k2, kn + 4, np);
        if (post)
            return post;
    }
    for (int side = 0; side < 2; side++) {
        const char *const *list = side ? generic_before : generic_after;
        size_t n_list = side ? sizeof generic_before / sizeof generic_before[0]
                             : sizeof generic_after / sizeof generic_after[0];
        for (size_t i = 0; i < n_list; i++) {
            size_t gl = strlen(list[i]);
            if (kn < gl + 3)
                continue;
            const char *rest = side ? key + gl : key;
            if (side ? memcmp(key, list[i], gl) != 0 : memcmp(key + kn - gl, list[i], gl) != 0)
                continue;
            size_t rl = kn - gl;
            const uint32_t *post = sr_gazetteer_lookup(g, rest, rl, np);
            if (post && sr_gazetteer_place(g, post[0] & ~SR_GAZ_ALTERNATE)->kind != SR_PLACE_DEMONYM)
                return post;
            if (depth == 0 && (post = named_after_place(g, rest, rl, np, 1)) != NULL)
                return post;
        }
    }
    *np = 0;
    return NULL;
}

/* An AP form, with its last period or without it ("Calif", "N.Y" when a
 * sentence's period took it). */
static const char *ap_state(const char *s, size_t len)
{
    if (len < 2 || len > 7)
        return NULL; /* "La" to "P.E.I." */
    for (size_t i = 0; i < sizeof ap_forms / sizeof ap_forms[0]; i++) {
        if (ap_forms[i][0][0] != s[0])
            continue;
        size_t fl = strlen(ap_forms[i][0]);
        if ((fl == len || fl == len + 1) && !memcmp(ap_forms[i][0], s, len))
            return ap_forms[i][1];
    }
    return NULL;
}

/* The postings of a name given in plain text. */
static const uint32_t *lookup_name(const sr_gazetteer *g, const char *name, uint32_t *np)
{
    char key[64];
    size_t n = sr_place_key(name, strlen(name), key, sizeof key);
    return n ? sr_gazetteer_lookup(g, key, n, np) : NULL;
}

static const sr_token *tok(const sr_text *t, uint32_t i)
{
    return &t->tokens[i];
}

/* The folded key of one token, or 0 when it has none. */
static size_t token_key(const char *body, const sr_token *k, char *out, size_t cap)
{
    return sr_place_key(body + k->byte_start, k->byte_end - k->byte_start, out, cap);
}

static unsigned token_class(const char *body, const sr_token *k)
{
    char key[32];
    size_t n = token_key(body, k, key, sizeof key);
    return n ? word_class_of(key, n) : 0;
}

static int is_word(const sr_token *k)
{
    return k->kind == SR_TOK_WORD;
}

static int is_cap(const sr_token *k)
{
    return k->kind == SR_TOK_WORD && (k->flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS));
}

/* Tokens a and a+1 are one name's neighbours: one space apart, nothing else. */
static int adjacent(const char *body, const sr_token *a, const sr_token *b)
{
    if (b->byte_start == a->byte_end)
        return 1;
    return b->byte_start == a->byte_end + 1 && body[a->byte_end] == ' ';
}

static int is_connector(const char *body, const sr_token *k)
{
    /* connectors are short lower-case ASCII words: their bytes are their key */
    size_t n = k->byte_end - k->byte_start;
    return n <= 4 && k->kind == SR_TOK_WORD && !is_cap(k) &&
           (word_class_of(body + k->byte_start, n) & W_CONNECTOR);
}

/* A place that keeps its name inside a longer capitalized one ("Paris
 * Hilton" no, "Washington Post" no, "Moscow Times" yes): a country,
 * region or big city. */
static int is_major(unsigned kind, unsigned size)
{
    return kind == SR_PLACE_COUNTRY || kind == SR_PLACE_ADM1 || kind == SR_PLACE_FEATURE ||
           kind == SR_PLACE_CAPITAL || kind == SR_PLACE_DEMONYM || size == SR_GAZ_TOP_BIG;
}

/* The article's lower-case words by first letter (27: a-z, then the
 * rest), built when a small place's name first needs checking against
 * them: cheaper than hashing every word of every article in advance. */
typedef struct lower_words {
    int32_t head[27];
    int32_t *next;
    int built;
} lower_words;

static int lower_bucket(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' : 26;
}

static int lower_words_build(const char *body, const sr_text *t, sr_arena *arena, lower_words *lw)
{
    lw->next = sr_arena_alloc(arena, (t->n_tokens + 1) * sizeof *lw->next);
    if (!lw->next)
        return -1;
    for (int b = 0; b < 27; b++)
        lw->head[b] = -1;
    for (size_t i = t->n_tokens; i-- > 0;) {
        const sr_token *k = &t->tokens[i];
        if (k->kind != SR_TOK_WORD || (k->flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)))
            continue;
        int b = lower_bucket((unsigned char)body[k->byte_start]);
        lw->next[i] = lw->head[b];
        lw->head[b] = (int32_t)i;
    }
    lw->built = 1;
    return 0;
}

/* The article writes key in lower case somewhere ("a speaking role"). */
static int written_lower(const char *body, const sr_text *t, const lower_words *lw, const char *key,
                         size_t kn)
{
    char tk[KEY_CAP];
    int buckets[2] = {lower_bucket((unsigned char)key[0]), 26};
    for (int b = 0; b < (buckets[0] == 26 ? 1 : 2); b++)
        for (int32_t i = lw->head[buckets[b]]; i >= 0; i = lw->next[i]) {
            const sr_token *k = &t->tokens[i];
            /* a folded key is never longer than its text */
            if (k->byte_end - k->byte_start < kn)
                continue;
            size_t n = token_key(body, k, tk, sizeof tk);
            if (n == kn && !memcmp(tk, key, kn))
                return 1;
        }
    return 0;
}

/* ------------------------------------------------------------ qualifiers */

/* ", La." / ", Louisiana" / ", Romania" after a name: the place that names. */
static uint32_t qualifier_after(const sr_gazetteer *g, const char *body, const sr_text *t,
                                uint32_t end_tok, uint32_t sent_end)
{
    if (end_tok + 1 >= sent_end)
        return SR_GAZ_NONE;
    const sr_token *comma = tok(t, end_tok);
    if (comma->kind != SR_TOK_PUNCT || body[comma->byte_start] != ',')
        return SR_GAZ_NONE;
    const sr_token *q = tok(t, end_tok + 1);
    if (!is_cap(q))
        return SR_GAZ_NONE;
    char key[KEY_CAP];
    size_t n = 0;
    /* the state's name or abbreviation; two words for "New York", "N.C." is one token */
    uint32_t last = end_tok + 1;
    if (last + 1 < sent_end && is_cap(tok(t, last + 1)) && adjacent(body, q, tok(t, last + 1)))
        last++;
    for (uint32_t span = last; span >= end_tok + 1; span--) {
        const sr_token *a = q, *b = tok(t, span);
        n = sr_place_key(body + a->byte_start, b->byte_end - a->byte_start, key, sizeof key);
        if (!n)
            continue;
        /* the AP and Canadian Press forms as written: "Ont.", "W.Va." */
        const char *written = span == end_tok + 1 ? ap_state(body + q->byte_start, q->byte_end - q->byte_start) : NULL;
        if (written)
            n = sr_place_key(written, strlen(written), key, sizeof key);
        /* AP abbreviations come folded: "la", "calif", "nc" */
        for (size_t s = 0; !written && s < sizeof us_states / sizeof us_states[0]; s++) {
            /* the table's forms are plain ASCII letters: their keys are their lower case */
            const char *ap = us_states[s][0], *postal = us_states[s][1];
            if ((n == strlen(ap) && !strncasecmp(key, ap, n)) ||
                (n == 2 && !strncasecmp(key, postal, 2) && (q->flags & SR_TOKF_ALL_CAPS))) {
                const char *full = us_states[s][2];
                n = sr_place_key(full, strlen(full), key, sizeof key);
                break;
            }
        }
        uint32_t np;
        const uint32_t *post = sr_gazetteer_lookup(g, key, n, &np);
        for (uint32_t i = 0; post && i < np && i < MAX_CANDIDATES; i++) {
            uint32_t idx = post[i] & ~SR_GAZ_ALTERNATE;
            const sr_gaz_place *p = sr_gazetteer_place(g, idx);
            if (p && (p->kind == SR_PLACE_ADM1 || p->kind == SR_PLACE_COUNTRY))
                return idx;
        }
        if (span == end_tok + 1)
            break;
    }
    return SR_GAZ_NONE;
}


static int division_suffix_at(const char *body, const sr_text *t, uint32_t i, uint32_t sent_end)
{
    if (i >= sent_end || !is_word(tok(t, i)) || !adjacent(body, tok(t, i - 1), tok(t, i)))
        return 0;
    return (token_class(body, tok(t, i)) & W_DIVISION) != 0;
}

/* ------------------------------------------------------------ country cues */

/* What a reader takes from an article beyond its place names: the
 * institutions and conventions of one country's local news.  "Sheriff's
 * deputies", "state troopers", "county commissioners", a ZIP code after a
 * state's postal code are American; "Ont.", "MPP", "RCMP" Canadian; a
 * phone number of the North American plan ("952-873-6325"), a township, a
 * school district or a street address in AP form ("3125 Clarksville St.")
 * either.  A party and state after a politician's name ("(D-Ohio)") is
 * American too, but national, not local.  Each kind of cue counts once;
 * they vote for the article's country as a place name would, and only an
 * article that has them is moved (see build_context). */
enum { CUE_US = 1, CUE_CA = 2, CUE_NA = CUE_US | CUE_CA, CUE_LOCAL = 4 };

typedef struct country_cues {
    uint16_t country[2]; /* gazetteer country indices: the US, Canada */
    double votes[2], local[2];
} country_cues;

#define CUE_VOTE 1.0   /* one kind of cue of one country */
#define CUE_SHARED 0.5 /* one kind shared by the US and Canada */
#define CUE_CAP 2.0    /* all cues together weigh at most this (= MAIN_EVIDENCE) */

typedef struct cue_word {
    const char *word;  /* lower case ASCII */
    uint8_t len;
    const char *next;  /* the word that must follow, or NULL; "s": the possessive 's */
    uint8_t flags;     /* CUE_* */
    uint8_t kind;      /* words of one kind count once together */
} cue_word;

enum { K_SHERIFF, K_TROOPER, K_COUNTY, K_COUNCILMAN, K_TOWNSHIP, K_SCHOOL, K_CA_POLICE, K_MPP,
       K_ONT, K_PHONE, K_ZIP, K_PARTY, K_STREET };

static const cue_word cue_words[] = {
    {"sheriff", 7, "s", CUE_US | CUE_LOCAL, K_SHERIFF}, /* "Sheriff" + "'s" */
    {"sheriff", 7, "office", CUE_US | CUE_LOCAL, K_SHERIFF},
    {"sheriff", 7, "department", CUE_US | CUE_LOCAL, K_SHERIFF},
    {"sheriff", 7, "deputies", CUE_US | CUE_LOCAL, K_SHERIFF},
    {"county", 6, "sheriff", CUE_US | CUE_LOCAL, K_SHERIFF},
    {"trooper", 7, NULL, CUE_US | CUE_LOCAL, K_TROOPER},
    {"troopers", 8, NULL, CUE_US | CUE_LOCAL, K_TROOPER},
    {"state", 5, "police", CUE_US | CUE_LOCAL, K_TROOPER},
    {"highway", 7, "patrol", CUE_US | CUE_LOCAL, K_TROOPER},
    {"county", 6, "commissioners", CUE_US | CUE_LOCAL, K_COUNTY},
    {"county", 6, "commission", CUE_US | CUE_LOCAL, K_COUNTY},
    {"county", 6, "commissioner", CUE_US | CUE_LOCAL, K_COUNTY},
    {"county", 6, "prosecutor", CUE_US | CUE_LOCAL, K_COUNTY},
    {"county", 6, "coroner", CUE_US | CUE_LOCAL, K_COUNTY},
    {"county", 6, "supervisors", CUE_US | CUE_LOCAL, K_COUNTY},
    {"county", 6, "attorney", CUE_US | CUE_LOCAL, K_COUNTY},
    {"councilman", 10, NULL, CUE_US | CUE_LOCAL, K_COUNCILMAN},
    {"councilwoman", 12, NULL, CUE_US | CUE_LOCAL, K_COUNCILMAN},
    {"alderman", 8, NULL, CUE_US | CUE_LOCAL, K_COUNCILMAN},
    {"aldermen", 8, NULL, CUE_US | CUE_LOCAL, K_COUNCILMAN},
    {"selectmen", 9, NULL, CUE_US | CUE_LOCAL, K_COUNCILMAN},
    {"freeholders", 11, NULL, CUE_US | CUE_LOCAL, K_COUNCILMAN},
    {"township", 8, NULL, CUE_NA | CUE_LOCAL, K_TOWNSHIP},
    {"school", 6, "district", CUE_NA | CUE_LOCAL, K_SCHOOL},
    {"middle", 6, "school", CUE_NA | CUE_LOCAL, K_SCHOOL},
    {"rcmp", 4, NULL, CUE_CA, K_CA_POLICE},
    {"mountie", 7, NULL, CUE_CA, K_CA_POLICE},
    {"mounties", 8, NULL, CUE_CA, K_CA_POLICE},
    {"mpp", 3, NULL, CUE_CA, K_MPP},
};

static int cue_tables_ok(void)
{
    for (size_t w = 0; w < sizeof cue_words / sizeof cue_words[0]; w++) {
        const char *word = cue_words[w].word;
        if (strlen(word) != cue_words[w].len || word[0] < 'a' || word[0] > 'z' || cue_words[w].len >= 16 ||
            cue_words[w].kind >= 32 || w > 127)
            return 0;
    }
    return 1;
}

/* The country of a name ("united states"), as a gazetteer country index. */
static uint16_t country_named(const sr_gazetteer *g, const char *name)
{
    uint32_t np;
    const uint32_t *post = lookup_name(g, name, &np);
    for (uint32_t i = 0; post && i < np && i < 8; i++) {
        const sr_gaz_place *p = sr_gazetteer_place(g, post[i] & ~SR_GAZ_ALTERNATE);
        if (p && p->kind == SR_PLACE_COUNTRY)
            return p->country;
    }
    return 0xffff;
}

static int is_postal_state(const char *s, size_t n)
{
    if (n != 2)
        return 0;
    for (size_t i = 0; i < sizeof us_states / sizeof us_states[0]; i++)
        if (!memcmp(us_states[i][1], s, 2))
            return 1;
    return 0;
}

/* digits and dashes in the groups given ("3-3-4"): a phone number */
static int digit_groups(const char *s, size_t n, const int *groups, int n_groups)
{
    size_t at = 0;
    for (int g = 0; g < n_groups; g++) {
        if (g > 0) {
            if (at >= n || s[at] != '-')
                return 0;
            at++;
        }
        for (int d = 0; d < groups[g]; d++, at++)
            if (at >= n || s[at] < '0' || s[at] > '9')
                return 0;
    }
    return at == n;
}

/* Street suffixes of an AP-style address ("1200 E. Broad St."). */
static int street_suffix(const char *s, size_t n)
{
    static const char *const sfx[] = {"St.", "Ave.", "Blvd.", "Rd.", "Dr.", "Ln.", "Pkwy.", "Hwy."};
    for (size_t i = 0; i < sizeof sfx / sizeof sfx[0]; i++)
        if (strlen(sfx[i]) == n && !memcmp(sfx[i], s, n))
            return 1;
    return 0;
}

/* lower-case ASCII word == the n bytes at s, in any case */
static int ascii_case_equal(const char *word, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)word[i] != ((unsigned char)s[i] | 0x20))
            return 0;
    return 1;
}

/* Cues of the US and Canada alike go to one of them at the end (see
 * find_country_cues): votes[2], local[2] hold them meanwhile. */
static void add_cue(double votes[3], double local[3], unsigned flags, unsigned *seen, unsigned kind)
{
    if (*seen & (1u << kind))
        return;
    *seen |= 1u << kind;
    int k = (flags & CUE_NA) == CUE_NA ? 2 : (flags & CUE_US) ? 0 : 1;
    double w = k == 2 ? CUE_SHARED : CUE_VOTE;
    votes[k] += w;
    if (flags & CUE_LOCAL)
        local[k] += w;
}

/* Finds the text's cues (c->country already set); returns 1 when there is any. */
static int find_country_cues(const char *body, const sr_text *t, country_cues *c)
{
    double votes[3] = {0, 0, 0}, local[3] = {0, 0, 0}; /* the US, Canada, either */
    unsigned seen = 0; /* one bit per kind */
    /* the cue words by first letter: most words' letter has none */
    enum { N_CUES = sizeof cue_words / sizeof cue_words[0], MAX_CUE = 16 };
    int next_same[N_CUES];
    int8_t first[MAX_CUE][26]; /* by length and first letter: the first such word, or -1 */
    uint32_t letters_of_len[MAX_CUE] = {0}; /* a bit per first letter, by length */
    memset(first, -1, sizeof first);
    for (int w = N_CUES - 1; w >= 0; w--) {
        int l = cue_words[w].word[0] - 'a', n = cue_words[w].len;
        next_same[w] = first[n][l];
        first[n][l] = (int8_t)w;
        letters_of_len[n] |= 1u << l;
    }
    for (uint32_t i = 0; i < t->n_tokens; i++) {
        const sr_token *k = tok(t, i);
        const char *s = body + k->byte_start;
        size_t n = k->byte_end - k->byte_start;
        if (k->kind == SR_TOK_NUMBER) {
            static const int phone[] = {3, 3, 4}, local_phone[] = {3, 4}, zip[] = {5};
            if (digit_groups(s, n, phone, 3) ||
                (digit_groups(s, n, local_phone, 2) && i >= 3 && body[tok(t, i - 1)->byte_start] == ')' &&
                 digit_groups(body + tok(t, i - 2)->byte_start,
                              tok(t, i - 2)->byte_end - tok(t, i - 2)->byte_start, phone, 1)))
                add_cue(votes, local, CUE_NA | CUE_LOCAL, &seen, K_PHONE);
            else if (digit_groups(s, n, zip, 1) && i > 0 && (tok(t, i - 1)->flags & SR_TOKF_ALL_CAPS) &&
                     is_postal_state(body + tok(t, i - 1)->byte_start,
                                     tok(t, i - 1)->byte_end - tok(t, i - 1)->byte_start))
                add_cue(votes, local, CUE_US | CUE_LOCAL, &seen, K_ZIP);
            else if (i + 2 < t->n_tokens && is_cap(tok(t, i + 1))) {
                /* a number, one to three capitalized words, a street suffix */
                for (uint32_t j = i + 2; j < t->n_tokens && j <= i + 4; j++) {
                    const sr_token *e = tok(t, j);
                    if (street_suffix(body + e->byte_start, e->byte_end - e->byte_start)) {
                        add_cue(votes, local, CUE_NA | CUE_LOCAL, &seen, K_STREET);
                        break;
                    }
                    if (!is_cap(e))
                        break;
                }
            }
            continue;
        }
        if (k->kind != SR_TOK_WORD)
            continue;
        /* "(D-Ohio)", "R-Texas": a party and a state */
        if (n >= 4 && (s[0] == 'D' || s[0] == 'R') && s[1] == '-' && s[2] >= 'A' && s[2] <= 'Z') {
            const char *st = s + 2;
            size_t sn = n - 2;
            if (sn > 1 && st[sn - 1] == '.')
                sn--; /* "D-Calif." */
            for (size_t u = 0; u < sizeof us_states / sizeof us_states[0]; u++)
                for (int form = 0; form < 3; form++)
                    if (strlen(us_states[u][form]) == sn && !strncmp(st, us_states[u][form], sn))
                        add_cue(votes, local, CUE_US, &seen, K_PARTY);
            continue;
        }
        /* "Ont." : the Canadian Press form of Ontario */
        if (n == 3 && !memcmp(s, "Ont", 3) &&
            i + 1 < t->n_tokens && body[tok(t, i + 1)->byte_start] == '.' &&
            tok(t, i + 1)->byte_start == k->byte_end)
            add_cue(votes, local, CUE_CA, &seen, K_ONT);
        /* the cue words are plain ASCII: compared on the token's bytes,
         * after a check of length and first letter that most words fail */
        unsigned c0 = ((unsigned char)s[0] | 0x20) - 'a';
        if (n >= MAX_CUE || c0 >= 26 || !(letters_of_len[n] & (1u << c0)))
            continue;
        for (int w = first[n][c0]; w >= 0; w = next_same[w]) {
            const cue_word *cw = &cue_words[w];
            if ((seen & (1u << cw->kind)) || !ascii_case_equal(cw->word, s, n))
                continue;
            if (cw->next) {
                if (i + 1 >= t->n_tokens)
                    continue;
                const sr_token *nx = tok(t, i + 1);
                const char *ns = body + nx->byte_start;
                size_t nl = nx->byte_end - nx->byte_start;
                /* "'s" / "’s": the possessive clitic */
                int clitic = (nl == 2 && ns[0] == '\'' && ns[1] == 's') ||
                             (nl == 4 && !memcmp(ns, "\xe2\x80\x99s", 4));
                if (!strcmp(cw->next, "s") ? !clitic
                                           : strlen(cw->next) != nl || strncasecmp(cw->next, ns, nl) != 0)
                    continue;
            }
            add_cue(votes, local, cw->flags, &seen, cw->kind);
        }
    }
    /* the forms both countries share go to the one the text's own cues
     * name, the US when they name neither (the larger by far): split,
     * they would make the two compete */
    int na = votes[1] > votes[0] ? 1 : 0;
    votes[na] += votes[2];
    local[na] += local[2];
    for (int k = 0; k < 2; k++) {
        c->votes[k] = votes[k] < CUE_CAP ? votes[k] : CUE_CAP;
        c->local[k] = local[k] < CUE_CAP ? local[k] : CUE_CAP;
    }
    return c->votes[0] > 0 || c->votes[1] > 0;
}

/* ------------------------------------------------------------ resolution */

/* One mention as recognition (or the caller's span) found it. */
typedef struct work {
    uint32_t first_tok, end_tok; /* tokens [first, end) */
    const uint32_t *post;
    uint32_t n_post;
    uint32_t qualifier;  /* place index named by ", X" after it, or SR_GAZ_NONE */
    int division_suffix; /* followed by county/province/... */
    uint32_t name;       /* its entry in the resolver's names */
    float weight;        /* its vote for the article's regions; 0 = 1 */
    uint8_t named_after; /* the place a generic word goes with ("Hamilton Township") */
} work;

typedef struct cand {
    const sr_gaz_place *p;
    uint32_t idx;     /* gazetteer place */
    float coslat;     /* for distances between near points */
    int16_t cell_lat, cell_lon; /* its grid cell */
    double base;      /* score without context */
    double partial;   /* with the article's regions, before neighbours */
    double score;     /* with all context, last pass */
    double v;         /* plausibility beside its name's best: exp((score - best) / T) */
} cand;

/* Mentions with the same postings, qualifier and suffix are one name; names
 * with the same postings are one group and never support each other (the
 * same word again says nothing new). */
typedef struct name {
    const uint32_t *post;
    uint32_t n_post;
    uint32_t qualifier;
    int division_suffix;
    int named_after; /* its places are only those in the article's main country */
    uint32_t group;
    double weight; /* votes for the article's regions: a dateline counts twice */
    cand *c;
    uint32_t n;
    uint32_t best, plain; /* index into c with context and without; SR_GAZ_NONE when n == 0 */
    uint32_t own_big;     /* a city of 100,000 whose own name it is, or SR_GAZ_NONE */
    uint16_t world;       /* the country of its world city (a capital, a city of a million)
                           * when that is its likeliest place without context, else 0xffff */
} name;

/* A plausible candidate that supports others: a point (city, county) on
 * the grid, or a first-level division. */
typedef struct support {
    uint32_t group;
    uint32_t admin1; /* for a point: its division; for a division: itself */
    float lat, lon, coslat, v;
    int32_t next;    /* the next point in the same grid cell, or -1 */
    int16_t cell_lat, cell_lon;
} support;

typedef struct resolver {
    const sr_gazetteer *g;
    name *names;
    size_t n_names;
    uint16_t main_country;
    double main_share; /* the main country's part of all country support */
    double main_votes, all_votes; /* the main country's support, and all countries' */
    double *own_main, *own_all;   /* per group: its own part of each (indexed by group) */
    uint32_t main_admin1;
    double main_admin1_votes; /* its support, and per group its own part of it */
    double *own_admin1;
    /* the main country's support from local places (towns, counties: not
     * its capital or a city of a million) and local-news forms, and per
     * group its own part: what may place a world city's name at a small
     * namesake (see partial_score) */
    double main_local_votes;
    double *own_local;
    const struct country_cues *cues; /* the text's forms, or NULL */
    uint16_t outlet_country; /* where the outlet is, from its web domain, or 0xffff */
    support *pts;      /* points */
    size_t n_pts;
    support *divs;     /* first-level divisions */
    size_t n_divs;
    uint32_t *cell_key; /* grid: open addressing on a cell's key, 0 = empty */
    int32_t *cell_head;
    uint32_t cell_mask;
    uint64_t *occupied; /* GRID_ROWS x GRID_COLS bits */
    double *group_best; /* per group, while one candidate is scored */
    uint32_t *group_stamp;
    uint32_t stamp;
} resolver;

#define PLAUSIBLE_T 3.0     /* score difference that makes a candidate e times less plausible */
#define SUPPORT_MIN 0.05    /* plausibility below which a candidate supports nothing */
#define CELL_DEG 1.5        /* grid cell: neighbours within ~150 km lie in the 3x3 cells around */
#define NEAR_FULL_KM 30.0   /* this near, full support */
#define NEAR_NONE_KM 150.0  /* this far, none */
#define NEAR_WEIGHT 6.0     /* score per supporting name nearby ... */
#define NEAR_CAP 2.0        /* ... counting at most this many */
#define ADM_IN_WEIGHT 4.0   /* a candidate inside a division another name names */
#define HOLDS_WEIGHT 1.5    /* a division that holds another name's candidate, per name ... */
#define HOLDS_CAP 2.0       /* ... counting at most this many */
#define MAIN_WEIGHT 9.0     /* a candidate in the article's main country ... */
#define MAIN_EVIDENCE 2.0   /* ... with this much support from other names */
#define MAIN_ADMIN1_WEIGHT 4.0 /* a candidate in the article's main first-level division ... */
#define ADMIN1_EVIDENCE 0.5 /* ... with this much support from other names */
#define BIG_SUPPORT 0.4f    /* how much a capital or a city of 500,000 supports its neighbours */
#define ALTERNATE_OWNED 6.0 /* the alternate-name penalty (sr_place_posting_prior) */
#define WORLD_CITY 1000000 /* a city this big is known abroad by its name alone */
#define CONTEXT_WEIGHT 1.0f /* the vote of a toponym that only recognition found, beside given spans */
#define NAMED_AFTER_OUT -1e6 /* the score of a candidate ruled out (partial_score) */
#define OUTLET_VOTE 1.0     /* the outlet's national domain: as one more name in its country */

static int is_point(const sr_gaz_place *p)
{
    return p->kind == SR_PLACE_CITY || p->kind == SR_PLACE_CAPITAL || p->kind == SR_PLACE_ADM2;
}

/* A town only the US post offices' list has (tools/gazetteer_build.c,
 * load_zipcodes): no GeoNames id, no population. */
static int is_post_town(const sr_gaz_place *p)
{
    return p->kind == SR_PLACE_CITY && p->geonameid == 0 && p->population == 0;
}

/* A capital or a city of a million: known abroad by its name alone. */
static int is_world_city(const sr_gaz_place *p)
{
    return p->kind == SR_PLACE_CAPITAL || (p->kind == SR_PLACE_CITY && p->population >= WORLD_CITY);
}

/* cos of a latitude in degrees, to 1e-3: distances here need no more. */
static float cos_deg(double deg)
{
    double x = deg * (M_PI / 180.0), x2 = x * x;
    double c = 1 - x2 / 2 + x2 * x2 / 24 - x2 * x2 * x2 / 720;
    return c > 0 ? (float)c : 0.0f;
}

/* Equirectangular distance in km: good to a percent below a few hundred km. */
static double near_km(float lat1, float lon1, float c1, float lat2, float lon2, float c2)
{
    double dlon = fabs((double)lon1 - lon2);
    if (dlon > 180)
        dlon = 360 - dlon;
    double dx = dlon * (c1 + c2) * 0.5, dy = (double)lat1 - lat2;
    return 111.195 * sqrt(dx * dx + dy * dy);
}

static double nearness(double km)
{
    if (km <= NEAR_FULL_KM)
        return 1;
    if (km >= NEAR_NONE_KM)
        return 0;
    return (NEAR_NONE_KM - km) / (NEAR_NONE_KM - NEAR_FULL_KM);
}

static uint32_t cell_key(int la, int lo)
{
    return (uint32_t)(la + 128) << 16 | (uint32_t)(lo + 256); /* never 0 */
}

/* A coordinate's cell index: floor(deg / CELL_DEG), shifted so that the
 * cast truncates a positive number. */
static int16_t cell_of(float deg)
{
    return (int16_t)((int)(deg / CELL_DEG + 1000.0) - 1000);
}

/* Which cells hold a point: a bit per cell, so that a candidate with no
 * point around it probes nothing. */
#define GRID_ROWS ((int)(180 / CELL_DEG) + 2)
#define GRID_COLS ((int)(360 / CELL_DEG) + 2)

static size_t grid_bit(int la, int lo)
{
    return (size_t)(la + GRID_ROWS / 2) * GRID_COLS + (size_t)(lo + GRID_COLS / 2);
}

static int grid_has(const uint64_t *bits, int la, int lo)
{
    if (la < -GRID_ROWS / 2 || la >= GRID_ROWS / 2 || lo < -GRID_COLS / 2 || lo >= GRID_COLS / 2)
        return 0;
    size_t b = grid_bit(la, lo);
    return (bits[b / 64] >> (b % 64)) & 1;
}

static int32_t *cell_slot(resolver *r, uint32_t key, int create)
{
    for (uint32_t i = (key * 2654435761u) & r->cell_mask;; i = (i + 1) & r->cell_mask) {
        if (r->cell_key[i] == key)
            return &r->cell_head[i];
        if (r->cell_key[i] == 0) {
            if (!create)
                return NULL;
            r->cell_key[i] = key;
            r->cell_head[i] = -1;
            return &r->cell_head[i];
        }
    }
}

/* The own name of place `owner` (the key a name was looked up by) starts
 * p's own name as a whole word: "Newcastle" of "Newcastle upon Tyne". */
static int short_form_of(const sr_gazetteer *g, uint32_t owner, const sr_gaz_place *p)
{
    char a[KEY_CAP], b[KEY_CAP];
    const char *an = sr_gazetteer_name(g, sr_gazetteer_place(g, owner)), *bn = sr_gazetteer_name(g, p);
    size_t na = sr_place_key(an, strlen(an), a, sizeof a), nb = sr_place_key(bn, strlen(bn), b, sizeof b);
    return na && nb > na && !memcmp(a, b, na) && b[na] == ' ';
}

/* Score without context. */
static double base_score(const sr_gazetteer *g, const name *nm, const sr_gaz_place *p, uint32_t idx,
                         uint32_t posting)
{
    double s = sr_place_posting_prior(p, posting);
    /* another place's old or foreign name is weak beside a city of
     * 100,000 that has it as its own: "Philadelphia" is Pennsylvania's,
     * not Amman's; "Victoria" British Columbia's, not Hong Kong's.  A
     * short form of the place's own name ("Newcastle" of Newcastle upon
     * Tyne) is no other place's name. */
    if ((posting & SR_GAZ_ALTERNATE) && nm->own_big != SR_GAZ_NONE && is_point(p) &&
        p->population >= 100000 && !short_form_of(g, nm->own_big, p))
        s -= ALTERNATE_OWNED;
    if (nm->division_suffix) {
        if (p->kind == SR_PLACE_ADM1 || p->kind == SR_PLACE_ADM2)
            s += 9;
        else
            s -= 2;
    }
    if (nm->qualifier != SR_GAZ_NONE) {
        const sr_gaz_place *q = sr_gazetteer_place(g, nm->qualifier);
        if (q->kind == SR_PLACE_ADM1 && p->admin1 == nm->qualifier)
            s += 14;
        else if (q->kind == SR_PLACE_COUNTRY && p->country == q->country && idx != nm->qualifier)
            s += 10;
    }
    return s;
}

/* Plausibility of each candidate beside its name's best, from .score. */
static void set_plausibility(name *nm)
{
    double top = -1e300;
    nm->best = SR_GAZ_NONE;
    for (uint32_t c = 0; c < nm->n; c++)
        if (nm->c[c].score > top) {
            top = nm->c[c].score;
            nm->best = c;
        }
    for (uint32_t c = 0; c < nm->n; c++) {
        double d = nm->c[c].score - top;
        nm->c[c].v = d < -PLAUSIBLE_T * 3.5 || top <= NAMED_AFTER_OUT / 2 ? 0 : exp(d / PLAUSIBLE_T);
    }
}

/* How much a candidate votes for its country and division: its
 * plausibility squared (see build_context). */
static double vote(const cand *k)
{
    return k->v * k->v;
}

/* The article's main country and first-level division: each group
 * supports the regions its plausible candidates lie in, once per region
 * with its most plausible candidate there.  A region that several names
 * point to is where the article is: "Alexandria", "Pineville" and
 * "Rapides Parish" all have a candidate in Louisiana; only one of them has
 * one in Egypt. */
static int build_context(resolver *r, sr_arena *arena)
{
    r->main_country = 0xffff;
    r->main_admin1 = SR_GAZ_NONE;
    r->main_share = 0;
    size_t n_cand = 0;
    for (size_t i = 0; i < r->n_names; i++)
        n_cand += r->names[i].n;
    if (!n_cand)
        return 0;
    double *country_votes = sr_arena_alloc(arena, 512 * sizeof *country_votes);
    double *name_country = sr_arena_alloc(arena, 512 * sizeof *name_country);
    uint32_t *country_stamp = sr_arena_calloc(arena, 512, sizeof *country_stamp);
    uint16_t *countries = sr_arena_alloc(arena, 512 * sizeof *countries); /* those with votes */
    size_t n_countries = 0;
    uint32_t cap = 16;
    while (cap < n_cand * 2)
        cap *= 2;
    uint32_t *adm_key = sr_arena_alloc(arena, cap * sizeof *adm_key);
    double *adm_votes = sr_arena_calloc(arena, cap, sizeof *adm_votes);
    double *adm_name = sr_arena_alloc(arena, cap * sizeof *adm_name);
    uint32_t *adm_stamp = sr_arena_calloc(arena, cap, sizeof *adm_stamp);
    if (!country_votes || !name_country || !country_stamp || !countries || !adm_key || !adm_votes ||
        !adm_name || !adm_stamp)
        return -1;
    memset(adm_key, 0xff, cap * sizeof *adm_key);
    for (size_t i = 0; i < r->n_names; i++) {
        const name *nm = &r->names[i];
        if (nm->group != i)
            continue; /* one vote per group */
        uint32_t stamp = (uint32_t)i + 1;
        for (uint32_t c = 0; c < nm->n; c++) {
            const cand *k = &nm->c[c];
            double v = k->v;
            if (v < 0.02)
                continue;
            /* squared: "Geneva" has small namesakes in many US states,
             * and a whole article of world capitals would otherwise add
             * up to a US article */
            v = vote(k);
            uint16_t co = k->p->country;
            if (co < 512) {
                if (country_stamp[co] == 0) {
                    countries[n_countries++] = co;
                    country_votes[co] = 0;
                }
                if (country_stamp[co] != stamp) {
                    country_stamp[co] = stamp;
                    name_country[co] = 0;
                }
                if (v > name_country[co]) {
                    country_votes[co] += nm->weight * (v - name_country[co]);
                    name_country[co] = v;
                }
            }
            uint32_t a = k->p->kind == SR_PLACE_ADM1 ? k->idx : k->p->admin1;
            if (a == SR_GAZ_NONE)
                continue;
            uint32_t j = (a * 2654435761u) & (cap - 1);
            while (adm_key[j] != a && adm_key[j] != SR_GAZ_NONE)
                j = (j + 1) & (cap - 1);
            adm_key[j] = a;
            if (adm_stamp[j] != stamp) {
                adm_stamp[j] = stamp;
                adm_name[j] = 0;
            }
            if (v > adm_name[j]) {
                adm_votes[j] += nm->weight * (v - adm_name[j]);
                adm_name[j] = v;
            }
        }
    }
    /* the text's local-news forms vote as names do */
    for (int k = 0; r->cues && k < 2; k++) {
        uint16_t co = r->cues->country[k];
        if (co >= 512 || r->cues->votes[k] <= 0)
            continue;
        if (country_stamp[co] == 0) {
            countries[n_countries++] = co;
            country_votes[co] = 0;
            country_stamp[co] = UINT32_MAX;
        }
        country_votes[co] += r->cues->votes[k];
    }
    /* so does the outlet's country: "the Irish Independent writes Dublin" */
    if (r->outlet_country < 512) {
        uint16_t co = r->outlet_country;
        if (country_stamp[co] == 0) {
            countries[n_countries++] = co;
            country_votes[co] = 0;
            country_stamp[co] = UINT32_MAX;
        }
        country_votes[co] += OUTLET_VOTE;
    }
    double best = 0, total = 0;
    for (size_t i = 0; i < n_countries; i++) {
        uint16_t c = countries[i];
        total += country_votes[c];
        if (country_votes[c] > best || (country_votes[c] == best && best > 0 && c < r->main_country)) {
            best = country_votes[c];
            r->main_country = c;
        }
    }
    r->main_share = total > 0 ? best / total : 0;
    r->main_votes = best;
    r->all_votes = total;
    /* each group's own part of the votes, so that a name is not placed in
     * a country by its own namesakes: "Geneva" has a dozen in the US, and
     * they alone must not make an article American */
    r->own_main = sr_arena_calloc(arena, r->n_names + 1, sizeof *r->own_main);
    r->own_all = sr_arena_calloc(arena, r->n_names + 1, sizeof *r->own_all);
    r->own_local = sr_arena_calloc(arena, r->n_names + 1, sizeof *r->own_local);
    if (!r->own_main || !r->own_all || !r->own_local)
        return -1;
    r->main_local_votes = 0;
    for (int k = 0; r->cues && k < 2; k++)
        if (r->cues->country[k] == r->main_country)
            r->main_local_votes += r->cues->local[k];
    for (size_t i = 0; i < r->n_names; i++) {
        const name *nm = &r->names[i];
        if (nm->group != i)
            continue;
        uint32_t stamp = (uint32_t)(r->n_names + i) + 1; /* apart from the first loop's */
        for (uint32_t c = 0; c < nm->n; c++) {
            const cand *k = &nm->c[c];
            uint16_t co = k->p->country;
            if (k->v < 0.02 || co >= 512)
                continue;
            double v = vote(k);
            if (country_stamp[co] != stamp) {
                country_stamp[co] = stamp;
                name_country[co] = 0;
            }
            if (v > name_country[co]) {
                r->own_all[i] += nm->weight * (v - name_country[co]);
                if (co == r->main_country)
                    r->own_main[i] += nm->weight * (v - name_country[co]);
                name_country[co] = v;
            }
            /* a town, county or state is local evidence; a capital, a
             * world city or the country itself is as likely in national
             * and world news */
            if (co == r->main_country && nm->weight * v > r->own_local[i] &&
                k->p->kind != SR_PLACE_CAPITAL && k->p->kind != SR_PLACE_COUNTRY &&
                k->p->kind != SR_PLACE_FEATURE && !is_world_city(k->p))
                r->own_local[i] = nm->weight * v;
        }
        r->main_local_votes += r->own_local[i];
    }
    best = 1.5; /* one name is not yet a region */
    for (uint32_t j = 0; j < cap; j++)
        if (adm_key[j] != SR_GAZ_NONE &&
            (adm_votes[j] > best || (adm_votes[j] == best && best > 1.5 && adm_key[j] < r->main_admin1))) {
            best = adm_votes[j];
            r->main_admin1 = adm_key[j];
        }
    r->main_admin1_votes = best;
    /* each group's own part of the division's votes, as for the country:
     * "Washington" must not be in Washington state by its own vote */
    r->own_admin1 = sr_arena_calloc(arena, r->n_names + 1, sizeof *r->own_admin1);
    if (!r->own_admin1)
        return -1;
    for (size_t i = 0; r->main_admin1 != SR_GAZ_NONE && i < r->n_names; i++) {
        const name *nm = &r->names[i];
        if (nm->group != i)
            continue;
        for (uint32_t c = 0; c < nm->n; c++) {
            const cand *k = &nm->c[c];
            uint32_t a = k->p->kind == SR_PLACE_ADM1 ? k->idx : k->p->admin1;
            if (a == r->main_admin1 && k->v >= 0.02 && nm->weight * vote(k) > r->own_admin1[i])
                r->own_admin1[i] = nm->weight * vote(k);
        }
    }
    return 0;
}

/* The plausible candidates of every name, as supports for the next pass. */
static int build_supports(resolver *r, sr_arena *arena)
{
    size_t n_pts = 0, n_divs = 0;
    for (size_t i = 0; i < r->n_names; i++)
        for (uint32_t c = 0; c < r->names[i].n; c++) {
            const cand *k = &r->names[i].c[c];
            if (k->v < SUPPORT_MIN)
                continue;
            if (is_point(k->p))
                n_pts++;
            else if (k->p->kind == SR_PLACE_ADM1)
                n_divs++;
        }
    r->pts = sr_arena_alloc(arena, (n_pts + 1) * sizeof *r->pts);
    r->divs = sr_arena_alloc(arena, (n_divs + 1) * sizeof *r->divs);
    uint32_t cap = 16;
    while (cap < n_pts * 2)
        cap *= 2;
    r->cell_key = sr_arena_calloc(arena, cap, sizeof *r->cell_key);
    r->cell_head = sr_arena_alloc(arena, cap * sizeof *r->cell_head);
    if (!r->occupied)
        r->occupied = sr_arena_alloc(arena, (GRID_ROWS * GRID_COLS + 63) / 64 * sizeof *r->occupied);
    if (!r->pts || !r->divs || !r->cell_key || !r->cell_head || !r->occupied)
        return -1;
    memset(r->occupied, 0, (GRID_ROWS * GRID_COLS + 63) / 64 * sizeof *r->occupied);
    r->cell_mask = cap - 1;
    r->n_pts = r->n_divs = 0;
    for (size_t i = 0; i < r->n_names; i++) {
        const name *nm = &r->names[i];
        for (uint32_t c = 0; c < nm->n; c++) {
            const cand *k = &nm->c[c];
            if (k->v < SUPPORT_MIN)
                continue;
            support s = {nm->group, k->p->admin1, k->p->lat, k->p->lon, k->coslat, (float)k->v, -1,
                         k->cell_lat, k->cell_lon};
            /* a big city has many small places around it: being near
             * Washington says less about "Vienna" than being near Paris,
             * Tennessee says about "Henry County" */
            if (k->p->kind == SR_PLACE_CAPITAL || k->p->population >= 500000)
                s.v *= BIG_SUPPORT;
            if (is_point(k->p)) {
                int32_t *head = cell_slot(r, cell_key(s.cell_lat, s.cell_lon), 1);
                size_t b = grid_bit(s.cell_lat, s.cell_lon);
                r->occupied[b / 64] |= 1ull << (b % 64);
                s.next = *head;
                *head = (int32_t)r->n_pts;
                r->pts[r->n_pts++] = s;
            } else if (k->p->kind == SR_PLACE_ADM1) {
                s.admin1 = k->idx;
                r->divs[r->n_divs++] = s;
            }
        }
    }
    return 0;
}

/* Adds w to group's support for the candidate being scored; returns what
 * the total gained (each group counts once, with its best). */
static double group_add(resolver *r, uint32_t group, double w)
{
    if (r->group_stamp[group] != r->stamp) {
        r->group_stamp[group] = r->stamp;
        r->group_best[group] = w;
        return w;
    }
    if (w <= r->group_best[group])
        return 0;
    double gain = w - r->group_best[group];
    r->group_best[group] = w;
    return gain;
}

/* Support for a point from other names' plausible points near it. */
static double near_support(resolver *r, const name *nm, const cand *k)
{
    r->stamp++;
    double sum = 0;
    int la = k->cell_lat, lo = k->cell_lon;
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) {
            if (!grid_has(r->occupied, la + dy, lo + dx))
                continue;
            int32_t *head = cell_slot(r, cell_key(la + dy, lo + dx), 0);
            for (int32_t j = head ? *head : -1; j >= 0; j = r->pts[j].next) {
                const support *s = &r->pts[j];
                if (s->group == nm->group)
                    continue;
                double w = s->v * nearness(near_km(k->p->lat, k->p->lon, k->coslat, s->lat, s->lon, s->coslat));
                if (w > 0)
                    sum += group_add(r, s->group, w);
            }
        }
    return sum;
}

/* Score with the article's regions and the divisions its names name. */
static double partial_score(resolver *r, const name *nm, const cand *k)
{
    const sr_gaz_place *p = k->p;
    double s = k->base;
    /* "West Side" is no Side in Turkey: a place a generic word goes with
     * is taken only in the country the article's other names are in */
    if (nm->named_after && (r->main_country == 0xffff || p->country != r->main_country))
        return NAMED_AFTER_OUT;
    /* local news names local places, international news many countries:
     * the bonus grows with how much the article is about one country */
    if (r->main_country != 0xffff && p->country == r->main_country) {
        /* the other names' support only, and full only when it adds up
         * to MAIN_EVIDENCE names: one small town ("Sylvania") is not yet
         * an American article */
        double other = r->main_votes - r->own_main[nm->group];
        double all = r->all_votes - r->own_all[nm->group];
        /* a world city's name is a small namesake's only when the local
         * context says so: "WASHINGTON -" and "Moscow" is Russia's
         * capital, "Pullman", "Latah County" and "Moscow" the Idaho town */
        if (nm->world != 0xffff && p->country != nm->world && !is_world_city(p)) {
            double local = r->main_local_votes - r->own_local[nm->group];
            if (local < other)
                other = local > 0 ? local : 0;
        }
        double share = all > 1e-9 ? other / all : 0;
        double evidence = other < MAIN_EVIDENCE ? other / MAIN_EVIDENCE : 1;
        s += p->kind == SR_PLACE_COUNTRY ? 1 : MAIN_WEIGHT * share * share * evidence;
    }
    if (r->main_admin1 != SR_GAZ_NONE && p->kind != SR_PLACE_COUNTRY &&
        (p->admin1 == r->main_admin1 || k->idx == r->main_admin1)) {
        /* from the other names' votes only, full from ADMIN1_EVIDENCE on */
        double other = r->main_admin1_votes - r->own_admin1[nm->group];
        s += MAIN_ADMIN1_WEIGHT * (other >= ADMIN1_EVIDENCE ? 1 : other > 0 ? other / ADMIN1_EVIDENCE : 0);
    }
    if (p->admin1 != SR_GAZ_NONE) {
        double in = 0;
        for (size_t j = 0; j < r->n_divs; j++)
            if (r->divs[j].admin1 == p->admin1 && r->divs[j].group != nm->group && r->divs[j].v > in)
                in = r->divs[j].v;
        s += ADM_IN_WEIGHT * in;
    }
    if (p->kind == SR_PLACE_ADM1) {
        r->stamp++;
        double holds = 0;
        for (size_t j = 0; j < r->n_pts; j++)
            if (r->pts[j].admin1 == k->idx && r->pts[j].group != nm->group)
                holds += group_add(r, r->pts[j].group, r->pts[j].v);
        s += HOLDS_WEIGHT * (holds < HOLDS_CAP ? holds : HOLDS_CAP);
    }
    return s;
}

/* One pass with context: every candidate rescored from the last pass's
 * plausibilities. */
static int context_pass(resolver *r, sr_arena *arena)
{
    if (build_supports(r, arena) != 0)
        return -1;
    for (size_t i = 0; i < r->n_names; i++) {
        name *nm = &r->names[i];
        if (nm->n == 0)
            continue;
        double top = -1e300;
        for (uint32_t c = 0; c < nm->n; c++) {
            cand *k = &nm->c[c];
            k->partial = partial_score(r, nm, k);
            if (k->partial > top)
                top = k->partial;
        }
        /* neighbours add at most NEAR_WEIGHT * NEAR_CAP: a candidate that
         * cannot reach the leader with it keeps its partial score */
        for (uint32_t c = 0; c < nm->n; c++) {
            cand *k = &nm->c[c];
            k->score = k->partial;
            if (nm->n > 1 && is_point(k->p) && k->partial + NEAR_WEIGHT * NEAR_CAP >= top) {
                double near = near_support(r, nm, k);
                k->score += NEAR_WEIGHT * (near < NEAR_CAP ? near : NEAR_CAP);
            }
        }
    }
    for (size_t i = 0; i < r->n_names; i++)
        set_plausibility(&r->names[i]);
    return 0;
}

/* Groups the mentions into names and gathers their candidates. */
static int build_names(resolver *r, work *w, size_t n, int32_t dateline, sr_arena *arena)
{
    r->names = sr_arena_alloc(arena, (n ? n : 1) * sizeof *r->names);
    if (!r->names)
        return -1;
    r->n_names = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        uint32_t group = SR_GAZ_NONE;
        for (; j < r->n_names; j++) {
            const name *o = &r->names[j];
            if (o->post == w[i].post && o->n_post == w[i].n_post) {
                if (group == SR_GAZ_NONE)
                    group = o->group;
                if (o->qualifier == w[i].qualifier && o->division_suffix == w[i].division_suffix &&
                    o->named_after == w[i].named_after)
                    break;
            }
        }
        if (j < r->n_names) {
            w[i].name = (uint32_t)j;
            if ((int32_t)i == dateline)
                r->names[j].weight = 2;
            continue;
        }
        name *nm = &r->names[r->n_names];
        memset(nm, 0, sizeof *nm);
        nm->post = w[i].post;
        nm->n_post = w[i].n_post;
        nm->qualifier = w[i].qualifier;
        nm->division_suffix = w[i].division_suffix;
        nm->named_after = w[i].named_after;
        nm->group = group != SR_GAZ_NONE ? group : (uint32_t)r->n_names;
        /* a named-after name votes too: its own votes are kept out of its
         * own score (own_main), and weighing it 0 lost an answer on LGL */
        nm->weight = (int32_t)i == dateline ? 2 : w[i].weight > 0 ? w[i].weight : 1;
        nm->best = nm->plain = SR_GAZ_NONE;
        uint32_t nc = w[i].post ? (w[i].n_post < MAX_CANDIDATES ? w[i].n_post : MAX_CANDIDATES) : 0;
        nm->c = sr_arena_alloc(arena, (nc ? nc : 1) * sizeof *nm->c);
        if (!nm->c)
            return -1;
        /* the candidates' records lie all over the file: ask for them all
         * before reading any */
        for (uint32_t c = 0; c < nc; c++) {
            const sr_gaz_place *p = sr_gazetteer_place(r->g, w[i].post[c] & ~SR_GAZ_ALTERNATE);
            if (p)
                __builtin_prefetch(p);
        }
        /* postings come by rank: past a rank below a town of 100,000's
         * prior, none can be one */
        nm->own_big = SR_GAZ_NONE;
        for (uint32_t c = 0; c < nc; c++) {
            const sr_gaz_place *p = sr_gazetteer_place(r->g, w[i].post[c] & ~SR_GAZ_ALTERNATE);
            if (!p)
                continue;
            if (sr_place_posting_prior(p, w[i].post[c]) < 6.0)
                break;
            if (!(w[i].post[c] & SR_GAZ_ALTERNATE) && is_point(p) && p->population >= 100000) {
                nm->own_big = w[i].post[c];
                break;
            }
        }
        for (uint32_t c = 0; c < nc; c++) {
            uint32_t idx = w[i].post[c] & ~SR_GAZ_ALTERNATE;
            const sr_gaz_place *p = sr_gazetteer_place(r->g, idx);
            if (!p)
                continue;
            cand *k = &nm->c[nm->n++];
            k->p = p;
            k->idx = idx;
            k->coslat = cos_deg(p->lat);
            k->cell_lat = cell_of(p->lat);
            k->cell_lon = cell_of(p->lon);
            k->base = k->score = base_score(r->g, nm, p, idx, w[i].post[c]);
        }
        set_plausibility(nm);
        nm->plain = nm->best;
        nm->world = 0xffff;
        if (nm->best != SR_GAZ_NONE) {
            const sr_gaz_place *top = nm->c[nm->best].p;
            if (is_world_city(top))
                nm->world = top->country;
        }
        w[i].name = (uint32_t)r->n_names++;
    }
    return 0;
}

/* Whether the text's country cues could change anything: some name has
 * plausible places both in the US or Canada and elsewhere.  Most world
 * news has none, and is spared the scan. */
static int cues_may_matter(const resolver *r, const uint16_t na[2])
{
    for (size_t i = 0; i < r->n_names; i++) {
        const name *nm = &r->names[i];
        int in = 0, out = 0;
        for (uint32_t c = 0; c < nm->n; c++) {
            if (nm->c[c].v < 0.02)
                continue;
            if (nm->c[c].p->country == na[0] || nm->c[c].p->country == na[1])
                in = 1;
            else
                out = 1;
            if (in && out)
                return 1;
        }
    }
    return 0;
}

static int resolve(const sr_gazetteer *g, const char *body, const sr_text *t, work *w, size_t n,
                   int32_t dateline, uint16_t outlet_country, sr_arena *arena, sr_places *out)
{
    resolver r;
    memset(&r, 0, sizeof r);
    r.g = g;
    r.outlet_country = outlet_country;
    if (build_names(&r, w, n, dateline, arena) != 0)
        return -1;
    country_cues cues;
    cues.country[0] = country_named(g, "united states");
    cues.country[1] = country_named(g, "canada");
    if (t && t->n_tokens && cues_may_matter(&r, cues.country) && find_country_cues(body, t, &cues))
        r.cues = &cues;
    if (build_context(&r, arena) != 0)
        return -1;
    r.group_best = sr_arena_alloc(arena, (r.n_names + 1) * sizeof *r.group_best);
    r.group_stamp = sr_arena_calloc(arena, r.n_names + 1, sizeof *r.group_stamp);
    if (!r.group_best || !r.group_stamp)
        return -1;
    /* twice: the second pass sees the first's plausibilities */
    if (context_pass(&r, arena) != 0)
        return -1;
    /* the article's regions again, from the first pass's choices: "Paris"
     * beside "Henry County" voted for France before the pass, for
     * Tennessee after it */
    if (build_context(&r, arena) != 0)
        return -1;
    if (context_pass(&r, arena) != 0)
        return -1;
    out->main_country = r.main_country;
#ifdef SR_PLACES_TRACE
    SR_PLACES_TRACE(&r); /* a debugging build's hook: bench/ and tests never define it */
#endif
    for (size_t i = 0; i < n; i++) {
        sr_place_mention *m = &out->mentions[i];
        const name *nm = &r.names[w[i].name];
        if (nm->best == SR_GAZ_NONE || nm->c[nm->best].score <= NAMED_AFTER_OUT / 2) {
            m->place = SR_GAZ_NONE;
            continue;
        }
        m->place = nm->c[nm->best].idx;
        m->kind = nm->c[nm->best].p->kind;
        if (w[i].named_after)
            m->how = SR_PLACE_NAMED_AFTER;
        else if (nm->n == 1)
            m->how = SR_PLACE_ONLY;
        else if (nm->qualifier != SR_GAZ_NONE || nm->division_suffix)
            m->how = SR_PLACE_QUALIFIED;
        else
            m->how = nm->best == nm->plain ? SR_PLACE_RANKED : SR_PLACE_CONTEXT;
    }
    return 0;
}

/* ------------------------------------------------------------ recognition */

static void fill_mention(const sr_text *t, const work *w, uint32_t sentence, sr_place_mention *m)
{
    memset(m, 0, sizeof *m);
    const sr_token *a = tok(t, w->first_tok), *b = tok(t, w->end_tok - 1);
    m->start = a->start;
    m->end = b->end;
    m->byte_start = a->byte_start;
    m->byte_end = b->byte_end;
    m->sentence = sentence;
    m->place = SR_GAZ_NONE;
}

static int preceded_by(const char *body, const sr_text *t, uint32_t i, uint32_t sent_start,
                       unsigned classes)
{
    return i > sent_start && (token_class(body, tok(t, i - 1)) & classes);
}

/* The toponyms of a text: their work items and sentences (arena). */
static int recognize(const sr_gazetteer *g, const char *body, const sr_text *t, sr_arena *arena,
                     work **w_out, uint32_t **sent_out, size_t *n_out)
{
    *n_out = 0;
    lower_words lower = {{0}, NULL, 0};
    size_t cap = 16, n = 0;
    work *w = sr_arena_alloc(arena, cap * sizeof *w);
    uint32_t *sent_of = sr_arena_alloc(arena, cap * sizeof *sent_of);
    if (!w || !sent_of)
        return -1;
    char key[KEY_CAP];
    size_t klen[MAX_RUN + 1];
    enum { MAX_PEOPLE = 8 };
    char people[MAX_PEOPLE][32]; /* keys of small places' names given to people */
    uint8_t people_len[MAX_PEOPLE];
    size_t n_people = 0;
    for (uint32_t s = 0; s < t->n_sentences; s++) {
        const sr_sentence *sen = &t->sentences[s];
        uint32_t first = sen->first_token, end = sen->first_token + sen->n_tokens;
        for (uint32_t i = first; i < end;) {
            const sr_token *k = tok(t, i);
            if (!is_cap(k)) {
                i++;
                continue;
            }
            /* the run of name-like tokens from i */
            uint32_t run_end = i + 1;
            while (run_end < end && run_end - i < MAX_RUN &&
                   adjacent(body, tok(t, run_end - 1), tok(t, run_end)) &&
                   (is_cap(tok(t, run_end)) || is_connector(body, tok(t, run_end))))
                run_end++;
            /* the names that start at i, read forward while a longer name
             * can go on (SR_GAZ_LONGER), then tried longest first */
            uint32_t found_end[MAX_RUN];
            const sr_gaz_slot *found_slot[MAX_RUN];
            int n_found = 0;
            klen[0] = 0;
            for (uint32_t j = i + 1; j <= run_end; j++) {
                /* the run's key grows a token at a time: klen[j - i] is the
                 * length of the key of tokens [i, j) */
                size_t at = klen[j - i - 1];
                if (j > i + 1 && tok(t, j - 1)->byte_start > tok(t, j - 2)->byte_end) {
                    if (at + 1 >= sizeof key)
                        break;
                    key[at++] = ' ';
                }
                size_t kt = token_key(body, tok(t, j - 1), key + at, sizeof key - at);
                if (!kt)
                    break;
                size_t kn = klen[j - i] = at + kt;
                const sr_gaz_slot *slot = sr_gazetteer_find(g, key, kn);
                if (slot && slot->n_postings && kn >= 2 && is_cap(tok(t, j - 1))) {
                    found_end[n_found] = j;
                    found_slot[n_found++] = slot;
                }
                /* tokens that touch ("U.S.-Mexico") fold without the space
                 * a prefix key has: read on */
                int touching = j < run_end && tok(t, j)->byte_start == tok(t, j - 1)->byte_end;
                if (!touching && !(slot && (slot->top_size & SR_GAZ_LONGER)))
                    break;
            }
            int matched = 0;
            while (n_found-- > 0) {
                uint32_t j = found_end[n_found];
                size_t kn = klen[j - i];
                const sr_gaz_slot *slot = found_slot[n_found];
                /* the filters read the likeliest place from the slot */
                unsigned top_kind = slot->top_kind, top_size = slot->top_size & SR_GAZ_TOP_SIZE;
                int single = j == i + 1;
                if (single && (word_class_of(key, kn) & W_STOP))
                    continue;
                /* part of a longer capitalized name: "Jens Stoltenberg", "Washington Post" */
                int inside = (j < end && is_cap(tok(t, j)) && adjacent(body, tok(t, j - 1), tok(t, j))) ||
                             (i > first && is_cap(tok(t, i - 1)) &&
                              adjacent(body, tok(t, i - 1), tok(t, i)));
                if (inside && !is_major(top_kind, top_size))
                    continue;
                /* an acronym ("NATO", "OSCE") is a place only when it is a
                 * country's or region's short name ("US", "UK", "EU") */
                if (single && (k->flags & SR_TOKF_ALL_CAPS) && k->byte_end - k->byte_start <= 5 &&
                    top_kind != SR_PLACE_COUNTRY && top_kind != SR_PLACE_FEATURE &&
                    top_kind != SR_PLACE_ADM1 && top_kind != SR_PLACE_DEMONYM)
                    continue;
                if (top_kind != SR_PLACE_COUNTRY && top_kind != SR_PLACE_DEMONYM &&
                    preceded_by(body, t, i, first, W_TITLE)) {
                    /* and the person's name is theirs throughout the article:
                     * "a daughter Elizabeth ... Elizabeth would always be" */
                    if (single && (top_kind == SR_PLACE_CITY || top_kind == SR_PLACE_ADM2) &&
                        n_people < MAX_PEOPLE &&
                        kn < sizeof people[0]) {
                        memcpy(people[n_people], key, kn);
                        people_len[n_people++] = (uint8_t)kn;
                    }
                    continue;
                }
                /* a small place whose name the article also writes in lower case */
                if (single && top_size != SR_GAZ_TOP_BIG &&
                    (top_kind == SR_PLACE_CITY || top_kind == SR_PLACE_ADM2)) {
                    if (!lower.built && lower_words_build(body, t, arena, &lower) != 0)
                        return -1;
                    if (written_lower(body, t, &lower, key, kn))
                        continue;
                }
                /* sentence-initial: only places of some size */
                if (single && i == first && top_kind == SR_PLACE_CITY && top_size == SR_GAZ_TOP_SMALL)
                    continue;
                uint32_t np;
                const uint32_t *post = sr_gazetteer_postings(g, slot, &np);
                if (!post)
                    continue;
                uint32_t qualifier = qualifier_after(g, body, t, j, end);
                /* a place only the US post offices' list has ("Harwinton")
                 * shares its name with people ("Amber", "Jansen"): it is
                 * one when the text says so, "in Harwinton", "Harwinton,
                 * Conn." */
                if (top_size == SR_GAZ_TOP_SMALL && top_kind == SR_PLACE_CITY && qualifier == SR_GAZ_NONE &&
                    is_post_town(sr_gazetteer_place(g, post[0] & ~SR_GAZ_ALTERNATE)) &&
                    !preceded_by(body, t, i, first, W_LOCATIVE))
                    continue;
                if (n == cap) {
                    work *nw = sr_arena_alloc(arena, cap * 2 * sizeof *w);
                    uint32_t *ns = sr_arena_alloc(arena, cap * 2 * sizeof *sent_of);
                    if (!nw || !ns)
                        return -1;
                    memcpy(nw, w, n * sizeof *w);
                    memcpy(ns, sent_of, n * sizeof *sent_of);
                    w = nw;
                    sent_of = ns;
                    cap *= 2;
                }
                work *m = &w[n];
                memset(m, 0, sizeof *m);
                m->first_tok = i;
                m->end_tok = j;
                m->post = post;
                m->n_post = np;
                m->division_suffix = division_suffix_at(body, t, j, end);
                m->qualifier = qualifier;
                sent_of[n] = s;
                n++;
                i = j;
                matched = 1;
                break;
            }
            if (!matched)
                i = run_end > i + 1 ? run_end : i + 1;
        }
    }
    /* a small place's name the article gives a person (after a title or a
     * kinship noun) is that person's wherever it stands alone, unless the
     * text marks it as a place: "in Elizabeth", "Elizabeth, N.J." */
    if (n_people) {
        size_t kept = 0;
        for (size_t m = 0; m < n; m++) {
            int person = 0;
            if (w[m].end_tok == w[m].first_tok + 1 && w[m].qualifier == SR_GAZ_NONE &&
                !w[m].division_suffix &&
                !preceded_by(body, t, w[m].first_tok, t->sentences[sent_of[m]].first_token, W_LOCATIVE)) {
                size_t kn = token_key(body, tok(t, w[m].first_tok), key, sizeof key);
                for (size_t q = 0; q < n_people && !person; q++)
                    person = people_len[q] == kn && !memcmp(people[q], key, kn);
            }
            if (!person) {
                w[kept] = w[m];
                sent_of[kept++] = sent_of[m];
            }
        }
        n = kept;
    }
    *w_out = w;
    *sent_out = sent_of;
    *n_out = n;
    return 0;
}

int sr_places_analyze(const sr_gazetteer *g, const char *body, const sr_text *t, sr_arena *arena,
                      sr_places *out)
{
    return sr_places_analyze_from(g, body, t, NULL, arena, out);
}

int sr_places_analyze_from(const sr_gazetteer *g, const char *body, const sr_text *t,
                           const char *source, sr_arena *arena, sr_places *out)
{
    memset(out, 0, sizeof *out);
    out->gazetteer = g;
    out->dateline = -1;
    out->main_country = 0xffff;
    out->outlet_country = 0xffff;
    if (!g || !t || t->n_tokens == 0)
        return 0;
    out->outlet_country = sr_places_outlet_country(g, source);
    work *w;
    uint32_t *sent_of;
    size_t n;
    if (recognize(g, body, t, arena, &w, &sent_of, &n) != 0)
        return -1;
    out->mentions = sr_arena_calloc(arena, n ? n : 1, sizeof *out->mentions);
    if (!out->mentions)
        return -1;
    out->n_mentions = n;
    for (size_t i = 0; i < n; i++) {
        fill_mention(t, &w[i], sent_of[i], &out->mentions[i]);
        uint32_t sfirst = t->sentences[sent_of[i]].first_token;
        out->mentions[i].after_locative = (uint8_t)preceded_by(body, t, w[i].first_tok, sfirst, W_LOCATIVE);
    }
    /* dateline: the article opens with a place and a dash, comma or "(Agency)" */
    if (n && w[0].first_tok == 0 && w[0].end_tok < t->n_tokens) {
        const sr_token *after = tok(t, w[0].end_tok);
        const char *c = body + after->byte_start;
        if (after->kind == SR_TOK_PUNCT && (*c == ',' || *c == '-' || *c == '(' ||
                                            !strncmp(c, "\xe2\x80\x94", 3) || !strncmp(c, "\xe2\x80\x93", 3)) &&
            (tok(t, 0)->flags & SR_TOKF_ALL_CAPS)) {
            out->dateline = 0;
            out->mentions[0].dateline = 1;
        }
    }
    if (resolve(g, body, t, w, n, out->dateline, out->outlet_country, arena, out) != 0)
        return -1;
    /* "Constanta county": the division word belongs to the name */
    for (size_t i = 0; i < n; i++) {
        sr_place_mention *m = &out->mentions[i];
        if (w[i].division_suffix && (m->kind == SR_PLACE_ADM1 || m->kind == SR_PLACE_ADM2)) {
            const sr_token *sfx = tok(t, w[i].end_tok);
            m->end = sfx->end;
            m->byte_end = sfx->byte_end;
        }
        if (m->dateline && (m->kind == SR_PLACE_DEMONYM || m->place == SR_GAZ_NONE)) {
            m->dateline = 0;
            out->dateline = -1;
        }
    }
    return 0;
}

int sr_places_resolve_spans(const sr_gazetteer *g, const char *body, const sr_text *t,
                            const uint32_t (*byte_spans)[2], size_t n, sr_arena *arena,
                            sr_places *out)
{
    return sr_places_resolve_spans_from(g, body, t, byte_spans, n, NULL, arena, out);
}

int sr_places_resolve_spans_from(const sr_gazetteer *g, const char *body, const sr_text *t,
                                 const uint32_t (*byte_spans)[2], size_t n, const char *source,
                                 sr_arena *arena, sr_places *out)
{
    memset(out, 0, sizeof *out);
    out->gazetteer = g;
    out->dateline = -1;
    out->main_country = 0xffff;
    out->outlet_country = g ? sr_places_outlet_country(g, source) : 0xffff;
    /* the article's other toponyms, as recognition finds them, are context
     * for the spans: "Dublin" beside "Boulder" (which no span names) is
     * still in an American article */
    work *found = NULL;
    uint32_t *found_sent = NULL;
    size_t n_found = 0, n_extra = 0;
    if (g && t && t->n_tokens && recognize(g, body, t, arena, &found, &found_sent, &n_found) != 0)
        return -1;
    for (size_t f = 0; f < n_found; f++) {
        uint32_t b0 = tok(t, found[f].first_tok)->byte_start, b1 = tok(t, found[f].end_tok - 1)->byte_end;
        int covered = 0;
        for (size_t i = 0; i < n && !covered; i++)
            covered = byte_spans[i][0] < b1 && b0 < byte_spans[i][1];
        if (!covered) {
            found[n_extra] = found[f];
            found[n_extra++].weight = CONTEXT_WEIGHT;
        }
    }
    out->mentions = sr_arena_calloc(arena, n + n_extra ? n + n_extra : 1, sizeof *out->mentions);
    work *w = sr_arena_calloc(arena, n + n_extra ? n + n_extra : 1, sizeof *w);
    if (!out->mentions || !w)
        return -1;
    if (n_extra)
        memcpy(w + n, found, n_extra * sizeof *w);
    out->n_mentions = n;
    char key[KEY_CAP];
    uint32_t ti = 0;
    for (size_t i = 0; i < n; i++) {
        sr_place_mention *m = &out->mentions[i];
        m->byte_start = byte_spans[i][0];
        m->byte_end = byte_spans[i][1];
        m->place = SR_GAZ_NONE;
        w[i].qualifier = SR_GAZ_NONE;
        /* the tokens the span covers, for the qualifier and suffix checks
         * (a span past the last token leaves ti at n_tokens) */
        while (ti > 0 && (ti >= t->n_tokens || tok(t, ti)->byte_start > m->byte_start))
            ti--;
        while (ti < t->n_tokens && tok(t, ti)->byte_end <= m->byte_start)
            ti++;
        uint32_t te = ti;
        while (te < t->n_tokens && tok(t, te)->byte_start < m->byte_end)
            te++;
        if (ti < t->n_tokens) {
            m->start = tok(t, ti)->start;
            m->end = te > ti ? tok(t, te - 1)->end : m->start;
            m->sentence = 0;
            for (uint32_t s = 0; s < t->n_sentences; s++)
                if (t->sentences[s].first_token + t->sentences[s].n_tokens > ti) {
                    m->sentence = s;
                    break;
                }
            w[i].first_tok = ti;
            w[i].end_tok = te;
            if (te > ti) {
                uint32_t send = t->sentences[m->sentence].first_token + t->sentences[m->sentence].n_tokens;
                w[i].division_suffix = division_suffix_at(body, t, te, send);
                w[i].qualifier = qualifier_after(g, body, t, te, send);
            }
        }
        const char *text = body + m->byte_start;
        size_t len = m->byte_end - m->byte_start;
        if (len > 4 && !strncasecmp(text, "the ", 4)) {
            text += 4;
            len -= 4;
        }
        size_t kn = sr_place_key(text, len, key, sizeof key);
        uint32_t np = 0;
        const char *state = ap_state(text, len), *city = dotted_city(text, len);
        const uint32_t *post = city    ? lookup_name(g, city, &np)
                               : state ? lookup_name(g, state, &np)
                               : kn    ? sr_gazetteer_lookup(g, key, kn, &np)
                                       : NULL;
        if (state && !city)
            w[i].qualifier = SR_GAZ_NONE, w[i].division_suffix = 1; /* the state, not a town */
        /* a toponym written as its people ("Ontarians"): the place */
        if (!post && kn)
            post = demonym_place(g, key, kn, &np);
        if (!post && kn && (post = named_after_place(g, key, kn, &np, 0)) != NULL)
            w[i].named_after = 1;
        w[i].post = post;
        w[i].n_post = post ? np : 0;
    }
    if (resolve(g, body, t, w, n + n_extra, -1, out->outlet_country, arena, out) != 0)
        return -1;
    out->n_mentions = n; /* the context's mentions are not answers */
    return 0;
}

size_t sr_places_for_span(const sr_places *p, uint32_t start, uint32_t end, uint32_t *idx, size_t cap)
{
    size_t found = 0;
    for (size_t i = 0; i < p->n_mentions; i++) {
        const sr_place_mention *m = &p->mentions[i];
        if (m->place == SR_GAZ_NONE || m->kind == SR_PLACE_DEMONYM)
            continue;
        if (m->start >= start && m->end <= end) {
            if (found < cap)
                idx[found] = (uint32_t)i;
            found++;
        }
    }
    return found;
}

static int specificity(uint8_t kind)
{
    switch (kind) {
    case SR_PLACE_CITY:
    case SR_PLACE_CAPITAL: return 4;
    case SR_PLACE_ADM2: return 3;
    case SR_PLACE_ADM1: return 2;
    case SR_PLACE_FEATURE: return 2;
    case SR_PLACE_COUNTRY: return 1;
    default: return 0;
    }
}

static const sr_place_mention *pick(const sr_places *p, uint32_t start, uint32_t end,
                                    uint32_t anchor, int locative_only)
{
    const sr_place_mention *best = NULL;
    long best_score = -1;
    for (size_t i = 0; i < p->n_mentions; i++) {
        const sr_place_mention *m = &p->mentions[i];
        if (m->place == SR_GAZ_NONE || m->kind == SR_PLACE_DEMONYM || m->start < start || m->end > end)
            continue;
        if (locative_only && !m->after_locative)
            continue;
        long dist = m->start > anchor ? (long)(m->start - anchor) : (long)(anchor - m->start);
        if (dist > 100000)
            dist = 100000;
        long s = (long)specificity(m->kind) * 1000000 - dist;
        if (s > best_score) {
            best_score = s;
            best = m;
        }
    }
    return best;
}

const sr_place_mention *sr_places_event_location(const sr_places *p, const sr_text *t,
                                                 uint32_t sentence, uint32_t clause_start,
                                                 uint32_t clause_end, const char **from)
{
    /* a place after "in", "at", "near" says where; a bare mention ("Romania
     * is not alone") may be who */
    uint32_t s_start = clause_start, s_end = clause_end;
    if (t && sentence < t->n_sentences) {
        s_start = t->sentences[sentence].start;
        s_end = t->sentences[sentence].end;
    }
    static const char *const tiers[] = {"clause", "sentence", "clause", "sentence"};
    for (int tier = 0; tier < 4; tier++) {
        int in_clause = tier % 2 == 0;
        const sr_place_mention *m = pick(p, in_clause ? clause_start : s_start,
                                         in_clause ? clause_end : s_end, clause_start, tier < 2);
        if (m) {
            *from = tiers[tier];
            return m;
        }
    }
    if (p->dateline >= 0) {
        *from = "dateline";
        return &p->mentions[p->dateline];
    }
    *from = NULL;
    return NULL;
}

const char *sr_places_name(const sr_places *p, const sr_gaz_place *pl)
{
    return p->english ? sr_gazetteer_english_name(p->gazetteer, pl) : sr_gazetteer_name(p->gazetteer, pl);
}
