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
 * and first-level division, the divisions its other names fall in, and
 * the other names' plausible candidates nearby ("Paris" beside "Henry
 * County" is the Tennessee town, whichever Henry County was first in
 * line).  Candidates near each other are found through a grid of 1.5
 * degree cells, so the cost grows with the candidates, not their pairs.
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
    unsigned classes;
} word_class;

/* Words by what they say about a capitalized name next to them, sorted
 * (strcmp) for bsearch; sr_places_tables_ok checks the order.
 *   W_STOP: capitalized, far more often something else than a place
 *     ("May", "President", "Obama");
 *   W_TITLE: before a name, makes it a person ("President Jackson");
 *   W_LOCATIVE: before a name, says where ("in", "near", "visited");
 *   W_CONNECTOR: lower-case word inside a name ("Sea of Azov");
 *   W_DIVISION: after a name, makes it a division ("Constanta county"). */
static const word_class word_classes[] = {
    {"a", W_STOP}, {"about", W_STOP}, {"according", W_STOP}, {"across", W_LOCATIVE},
    {"addressing", W_STOP}, {"after", W_STOP}, {"afternoon", W_STOP}, {"again", W_STOP},
    {"against", W_STOP}, {"ago", W_STOP}, {"air", W_STOP}, {"airport", W_STOP},
    {"al", W_CONNECTOR}, {"all", W_STOP}, {"alliance", W_STOP}, {"allies", W_STOP},
    {"also", W_STOP}, {"although", W_STOP}, {"am", W_CONNECTOR}, {"ambassador", W_TITLE},
    {"an", W_STOP | W_CONNECTOR}, {"and", W_STOP}, {"another", W_STOP}, {"answering", W_STOP},
    {"any", W_STOP}, {"april", W_STOP}, {"army", W_STOP}, {"around", W_LOCATIVE}, {"as", W_STOP},
    {"at", W_STOP | W_LOCATIVE}, {"attorney", W_TITLE}, {"august", W_STOP}, {"autumn", W_STOP},
    {"avenue", W_STOP}, {"bank", W_STOP}, {"base", W_STOP}, {"because", W_STOP},
    {"before", W_STOP}, {"being", W_STOP}, {"best", W_STOP}, {"biden", W_STOP}, {"big", W_STOP},
    {"bill", W_STOP}, {"bishop", W_TITLE}, {"both", W_STOP}, {"boy", W_STOP}, {"bridge", W_STOP},
    {"bush", W_STOP}, {"business", W_STOP}, {"but", W_STOP}, {"by", W_STOP},
    {"canton", W_DIVISION}, {"capital", W_STOP}, {"capt", W_STOP | W_TITLE},
    {"center", W_STOP | W_STOP}, {"central", W_STOP}, {"centre", W_STOP},
    {"chairman", W_STOP | W_TITLE}, {"chancellor", W_TITLE}, {"chief", W_STOP},
    {"christmas", W_STOP}, {"church", W_STOP}, {"city", W_STOP}, {"clinton", W_STOP},
    {"club", W_STOP}, {"coach", W_TITLE}, {"coal", W_STOP}, {"col", W_STOP | W_TITLE},
    {"college", W_STOP}, {"commander", W_STOP}, {"commerce", W_STOP}, {"commissioner", W_TITLE},
    {"committee", W_STOP}, {"congress", W_STOP}, {"council", W_STOP}, {"councilman", W_TITLE},
    {"councilwoman", W_TITLE}, {"county", W_STOP | W_DIVISION}, {"court", W_STOP},
    {"da", W_CONNECTOR}, {"daily", W_STOP}, {"das", W_CONNECTOR}, {"day", W_STOP},
    {"de", W_CONNECTOR}, {"deal", W_STOP}, {"december", W_STOP}, {"defence", W_STOP},
    {"defense", W_STOP}, {"del", W_CONNECTOR}, {"democrat", W_STOP},
    {"department", W_STOP | W_DIVISION}, {"deputy", W_STOP | W_TITLE}, {"der", W_CONNECTOR},
    {"despite", W_STOP}, {"detective", W_TITLE}, {"di", W_CONNECTOR},
    {"director", W_STOP | W_TITLE}, {"district", W_STOP | W_DIVISION}, {"do", W_CONNECTOR},
    {"dos", W_CONNECTOR}, {"dr", W_STOP | W_TITLE}, {"du", W_CONNECTOR}, {"during", W_STOP},
    {"each", W_STOP}, {"early", W_STOP}, {"east", W_STOP}, {"easter", W_STOP}, {"eastern", W_STOP},
    {"either", W_STOP}, {"el", W_CONNECTOR}, {"en", W_CONNECTOR}, {"energy", W_STOP},
    {"enterprise", W_STOP}, {"even", W_STOP}, {"evening", W_STOP}, {"every", W_STOP},
    {"fall", W_STOP}, {"family", W_STOP}, {"father", W_TITLE}, {"february", W_STOP},
    {"federal", W_STOP}, {"first", W_STOP}, {"for", W_STOP}, {"force", W_STOP}, {"forces", W_STOP},
    {"foreign", W_STOP}, {"former", W_STOP}, {"fort", W_STOP}, {"friday", W_STOP},
    {"friends", W_STOP}, {"friendship", W_STOP}, {"from", W_STOP | W_LOCATIVE}, {"gas", W_STOP},
    {"gen", W_STOP | W_TITLE}, {"general", W_STOP | W_TITLE}, {"girl", W_STOP}, {"global", W_STOP},
    {"globe", W_STOP}, {"god", W_STOP}, {"gold", W_STOP}, {"good", W_STOP}, {"gov", W_TITLE},
    {"government", W_STOP}, {"governor", W_STOP | W_TITLE}, {"governorate", W_DIVISION},
    {"grand", W_STOP}, {"great", W_STOP}, {"hall", W_STOP}, {"harmony", W_STOP}, {"he", W_STOP},
    {"health", W_STOP}, {"her", W_STOP}, {"herald", W_STOP}, {"here", W_STOP}, {"high", W_STOP},
    {"his", W_STOP}, {"home", W_STOP}, {"hope", W_STOP}, {"hospital", W_STOP}, {"house", W_STOP},
    {"how", W_STOP}, {"however", W_STOP}, {"i", W_STOP}, {"if", W_STOP},
    {"in", W_STOP | W_LOCATIVE}, {"independence", W_STOP}, {"industry", W_STOP},
    {"inside", W_LOCATIVE}, {"international", W_STOP}, {"internet", W_STOP}, {"into", W_LOCATIVE},
    {"iron", W_STOP}, {"it", W_STOP}, {"its", W_STOP}, {"jackson", W_STOP}, {"january", W_STOP},
    {"johnson", W_STOP}, {"journal", W_STOP}, {"judge", W_TITLE}, {"july", W_STOP},
    {"june", W_STOP}, {"just", W_STOP}, {"justice", W_STOP | W_TITLE}, {"king", W_STOP | W_TITLE},
    {"la", W_CONNECTOR}, {"lady", W_TITLE}, {"lake", W_STOP}, {"last", W_STOP}, {"late", W_STOP},
    {"later", W_STOP}, {"lavrov", W_STOP}, {"le", W_CONNECTOR}, {"liberty", W_STOP},
    {"life", W_STOP}, {"like", W_STOP}, {"lincoln", W_STOP}, {"little", W_STOP}, {"local", W_STOP},
    {"long", W_STOP}, {"lord", W_STOP | W_TITLE}, {"love", W_STOP}, {"lt", W_STOP | W_TITLE},
    {"man", W_STOP}, {"many", W_STOP}, {"march", W_STOP}, {"market", W_STOP}, {"may", W_STOP},
    {"mayor", W_STOP | W_TITLE}, {"meanwhile", W_STOP}, {"media", W_STOP}, {"member", W_STOP},
    {"members", W_STOP}, {"men", W_STOP}, {"minister", W_STOP | W_TITLE}, {"ministers", W_STOP},
    {"ministry", W_STOP}, {"mission", W_STOP}, {"monday", W_STOP}, {"month", W_STOP},
    {"more", W_STOP}, {"morning", W_STOP}, {"most", W_STOP}, {"mount", W_STOP},
    {"mr", W_STOP | W_TITLE}, {"mrs", W_STOP | W_TITLE}, {"ms", W_STOP | W_TITLE},
    {"much", W_STOP}, {"national", W_STOP}, {"navy", W_STOP}, {"near", W_LOCATIVE},
    {"new", W_STOP}, {"news", W_STOP}, {"next", W_STOP}, {"night", W_STOP}, {"no", W_STOP},
    {"noon", W_STOP}, {"north", W_STOP}, {"northern", W_STOP}, {"not", W_STOP},
    {"november", W_STOP}, {"now", W_STOP}, {"obama", W_STOP}, {"oblast", W_DIVISION},
    {"october", W_STOP}, {"of", W_STOP | W_LOCATIVE | W_CONNECTOR}, {"office", W_STOP},
    {"officer", W_TITLE}, {"officials", W_STOP}, {"oil", W_STOP},
    {"on", W_STOP | W_LOCATIVE | W_CONNECTOR}, {"once", W_STOP}, {"one", W_STOP},
    {"online", W_STOP}, {"only", W_STOP}, {"opportunity", W_STOP}, {"or", W_STOP},
    {"other", W_STOP}, {"our", W_STOP}, {"outside", W_LOCATIVE}, {"over", W_STOP | W_LOCATIVE},
    {"paradise", W_STOP}, {"parish", W_DIVISION}, {"park", W_STOP}, {"parliament", W_STOP},
    {"party", W_STOP}, {"peace", W_STOP}, {"people", W_STOP}, {"photo", W_STOP}, {"plaza", W_STOP},
    {"police", W_STOP}, {"pope", W_TITLE}, {"port", W_STOP}, {"post", W_STOP}, {"power", W_STOP},
    {"prefecture", W_DIVISION}, {"president", W_STOP | W_TITLE}, {"press", W_STOP},
    {"prime", W_STOP}, {"prince", W_STOP | W_TITLE}, {"princess", W_TITLE}, {"prof", W_TITLE},
    {"professor", W_TITLE}, {"progress", W_STOP}, {"province", W_DIVISION}, {"public", W_STOP},
    {"putin", W_STOP}, {"queen", W_STOP | W_TITLE}, {"reform", W_STOP}, {"region", W_DIVISION},
    {"rep", W_TITLE}, {"representative", W_TITLE}, {"republic", W_STOP}, {"republican", W_STOP},
    {"rev", W_TITLE}, {"river", W_STOP}, {"road", W_STOP}, {"royal", W_STOP}, {"rutte", W_STOP},
    {"saint", W_STOP | W_TITLE}, {"saturday", W_STOP}, {"school", W_STOP},
    {"secretary", W_STOP | W_TITLE}, {"security", W_STOP}, {"sen", W_TITLE}, {"senate", W_STOP},
    {"senator", W_TITLE}, {"september", W_STOP}, {"sgt", W_STOP | W_TITLE}, {"she", W_STOP},
    {"sheriff", W_TITLE}, {"silver", W_STOP}, {"since", W_STOP}, {"sir", W_STOP | W_TITLE},
    {"so", W_STOP}, {"some", W_STOP}, {"south", W_STOP}, {"southern", W_STOP}, {"speaker", W_STOP},
    {"speaking", W_STOP}, {"spokesman", W_TITLE}, {"spokeswoman", W_TITLE}, {"sports", W_STOP},
    {"spring", W_STOP}, {"square", W_STOP}, {"st", W_STOP | W_TITLE}, {"star", W_STOP},
    {"state", W_STOP | W_DIVISION}, {"states", W_STOP}, {"station", W_STOP}, {"steel", W_STOP},
    {"still", W_STOP}, {"stoltenberg", W_STOP}, {"strategic", W_STOP}, {"street", W_STOP},
    {"summer", W_STOP}, {"summit", W_STOP}, {"sun", W_STOP}, {"sunday", W_STOP},
    {"supreme", W_STOP}, {"sur", W_CONNECTOR}, {"talks", W_STOP}, {"that", W_STOP},
    {"the", W_STOP}, {"their", W_STOP}, {"then", W_STOP}, {"there", W_STOP}, {"these", W_STOP},
    {"they", W_STOP}, {"this", W_STOP}, {"those", W_STOP}, {"though", W_STOP},
    {"through", W_LOCATIVE}, {"thursday", W_STOP}, {"time", W_STOP}, {"times", W_STOP},
    {"to", W_STOP | W_LOCATIVE}, {"today", W_STOP}, {"tomorrow", W_STOP}, {"toward", W_LOCATIVE},
    {"towards", W_LOCATIVE}, {"tower", W_STOP}, {"tribune", W_STOP}, {"trooper", W_TITLE},
    {"trump", W_STOP}, {"trust", W_STOP}, {"tuesday", W_STOP}, {"two", W_STOP}, {"under", W_STOP},
    {"union", W_STOP}, {"unity", W_STOP}, {"university", W_STOP}, {"until", W_STOP},
    {"upon", W_CONNECTOR}, {"victory", W_STOP}, {"video", W_STOP}, {"visited", W_LOCATIVE},
    {"visiting", W_LOCATIVE}, {"voivodeship", W_DIVISION}, {"war", W_STOP}, {"was", W_STOP},
    {"way", W_STOP}, {"we", W_STOP}, {"wednesday", W_STOP}, {"week", W_STOP}, {"weekly", W_STOP},
    {"well", W_STOP}, {"west", W_STOP}, {"western", W_STOP}, {"what", W_STOP}, {"when", W_STOP},
    {"where", W_STOP}, {"while", W_STOP}, {"white", W_STOP}, {"who", W_STOP}, {"why", W_STOP},
    {"will", W_STOP}, {"winter", W_STOP}, {"with", W_STOP}, {"within", W_LOCATIVE},
    {"woman", W_STOP}, {"women", W_STOP}, {"world", W_STOP}, {"y", W_CONNECTOR}, {"year", W_STOP},
    {"years", W_STOP}, {"yesterday", W_STOP}, {"you", W_STOP}, {"your", W_STOP},
};

#define N_WORD_CLASSES (sizeof word_classes / sizeof word_classes[0])

static unsigned word_class_of(const char *key, size_t n)
{
    size_t lo = 0, hi = N_WORD_CLASSES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *w = word_classes[mid].word;
        int c = strncmp(key, w, n);
        if (c == 0 && w[n] != '\0')
            c = -1; /* key is a proper prefix of w */
        if (c == 0)
            return word_classes[mid].classes;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int sr_places_tables_ok(void)
{
    for (size_t i = 1; i < N_WORD_CLASSES; i++)
        if (strcmp(word_classes[i - 1].word, word_classes[i].word) >= 0)
            return 0;
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
};

static const char *ap_state(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof ap_forms / sizeof ap_forms[0]; i++)
        if (strlen(ap_forms[i][0]) == len && !memcmp(ap_forms[i][0], s, len))
            return ap_forms[i][1];
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
    return !is_cap(k) && k->byte_end - k->byte_start <= 4 && (token_class(body, k) & W_CONNECTOR);
}

/* The strongest candidate without context: postings come sorted by it. */
static const sr_gaz_place *top_place(const sr_gazetteer *g, const uint32_t *post, uint32_t n)
{
    return n ? sr_gazetteer_place(g, post[0] & ~SR_GAZ_ALTERNATE) : NULL;
}

static int is_major(const sr_gaz_place *p)
{
    return p && (p->kind == SR_PLACE_COUNTRY || p->kind == SR_PLACE_ADM1 ||
                 p->kind == SR_PLACE_FEATURE || p->kind == SR_PLACE_CAPITAL ||
                 p->kind == SR_PLACE_DEMONYM || p->population >= 100000);
}

/* A small open-addressing set of the article's lower-case word keys,
 * built the first time a small place's name needs checking. */
typedef struct word_set {
    uint64_t *slots;
    uint32_t mask;
    int built;
} word_set;

static int word_set_build(const char *body, const sr_text *t, sr_arena *arena, word_set *ws)
{
    uint32_t cap = 64;
    while (cap < t->n_tokens * 2 + 2)
        cap *= 2;
    ws->slots = sr_arena_calloc(arena, cap, sizeof *ws->slots);
    if (!ws->slots)
        return -1;
    ws->mask = cap - 1;
    ws->built = 1;
    for (size_t i = 0; i < t->n_tokens; i++) {
        const sr_token *k = &t->tokens[i];
        if (k->kind != SR_TOK_WORD || (k->flags & (SR_TOKF_CAPITALIZED | SR_TOKF_ALL_CAPS)))
            continue;
        char key[KEY_CAP];
        size_t n = token_key(body, k, key, sizeof key);
        if (n < 2)
            continue;
        uint64_t h = sr_place_key_hash(key, n);
        uint32_t j = (uint32_t)h & ws->mask;
        while (ws->slots[j] && ws->slots[j] != h)
            j = (j + 1) & ws->mask;
        ws->slots[j] = h;
    }
    return 0;
}

static int word_set_has(const word_set *ws, const char *key, size_t n)
{
    uint64_t h = sr_place_key_hash(key, n);
    for (uint32_t j = (uint32_t)h & ws->mask;; j = (j + 1) & ws->mask) {
        if (!ws->slots[j])
            return 0;
        if (ws->slots[j] == h)
            return 1;
    }
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
        /* AP abbreviations come folded: "la", "calif", "nc" */
        for (size_t s = 0; s < sizeof us_states / sizeof us_states[0]; s++) {
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

/* ------------------------------------------------------------ resolution */

/* One mention as recognition (or the caller's span) found it. */
typedef struct work {
    uint32_t first_tok, end_tok; /* tokens [first, end) */
    const uint32_t *post;
    uint32_t n_post;
    uint32_t qualifier;  /* place index named by ", X" after it, or SR_GAZ_NONE */
    int division_suffix; /* followed by county/province/... */
    uint32_t name;       /* its entry in the resolver's names */
} work;

typedef struct cand {
    const sr_gaz_place *p;
    uint32_t idx;     /* gazetteer place */
    float coslat;     /* for distances between near points */
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
    uint32_t group;
    double weight; /* votes for the article's regions: a dateline counts twice */
    cand *c;
    uint32_t n;
    uint32_t best, plain; /* index into c with context and without; SR_GAZ_NONE when n == 0 */
} name;

/* A plausible candidate that supports others: a point (city, county) on
 * the grid, or a first-level division. */
typedef struct support {
    uint32_t group;
    uint32_t admin1; /* for a point: its division; for a division: itself */
    float lat, lon, coslat, v;
    int32_t next;    /* the next point in the same grid cell, or -1 */
} support;

typedef struct resolver {
    const sr_gazetteer *g;
    name *names;
    size_t n_names;
    uint16_t main_country;
    double main_share; /* the main country's part of all country support */
    uint32_t main_admin1;
    support *pts;      /* points */
    size_t n_pts;
    support *divs;     /* first-level divisions */
    size_t n_divs;
    uint32_t *cell_key; /* grid: open addressing on a cell's key, 0 = empty */
    int32_t *cell_head;
    uint32_t cell_mask;
    double *group_best; /* per group, while one candidate is scored */
    uint32_t *group_stamp;
    uint32_t stamp;
} resolver;

#define PLAUSIBLE_T 3.0     /* score difference that makes a candidate e times less plausible */
#define SUPPORT_MIN 0.05    /* plausibility below which a candidate supports nothing */
#define CELL_DEG 1.5        /* grid cell: neighbours within ~150 km lie in the 3x3 cells around */
#define NEAR_FULL_KM 30.0   /* this near, full support */
#define NEAR_NONE_KM 150.0  /* this far, none */
#define NEAR_WEIGHT 3.0     /* score per supporting name nearby ... */
#define NEAR_CAP 2.0        /* ... counting at most this many */
#define ADM_IN_WEIGHT 4.0   /* a candidate inside a division another name names */
#define HOLDS_WEIGHT 1.5    /* a division that holds another name's candidate, per name ... */
#define HOLDS_CAP 2.0       /* ... counting at most this many */

static int is_point(const sr_gaz_place *p)
{
    return p->kind == SR_PLACE_CITY || p->kind == SR_PLACE_CAPITAL || p->kind == SR_PLACE_ADM2;
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

static int cell_of(float deg)
{
    return (int)floor(deg / CELL_DEG);
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

/* Score without context. */
static double base_score(const sr_gazetteer *g, const name *nm, const sr_gaz_place *p, uint32_t idx,
                         uint32_t posting)
{
    double s = sr_place_posting_prior(p, posting);
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
        nm->c[c].v = d < -PLAUSIBLE_T * 3.5 ? 0 : exp(d / PLAUSIBLE_T);
    }
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
    double *country_votes = sr_arena_calloc(arena, 512, sizeof *country_votes);
    double *name_country = sr_arena_alloc(arena, 512 * sizeof *name_country);
    uint32_t *country_stamp = sr_arena_calloc(arena, 512, sizeof *country_stamp);
    uint32_t cap = 16;
    while (cap < n_cand * 2)
        cap *= 2;
    uint32_t *adm_key = sr_arena_alloc(arena, cap * sizeof *adm_key);
    double *adm_votes = sr_arena_calloc(arena, cap, sizeof *adm_votes);
    double *adm_name = sr_arena_alloc(arena, cap * sizeof *adm_name);
    uint32_t *adm_stamp = sr_arena_calloc(arena, cap, sizeof *adm_stamp);
    if (!country_votes || !name_country || !country_stamp || !adm_key || !adm_votes || !adm_name ||
        !adm_stamp)
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
            uint16_t co = k->p->country;
            if (co < 512) {
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
    double best = 0, total = 0;
    for (uint16_t c = 0; c < 512; c++) {
        total += country_votes[c];
        if (country_votes[c] > best) {
            best = country_votes[c];
            r->main_country = c;
        }
    }
    r->main_share = total > 0 ? best / total : 0;
    best = 1.5; /* one name is not yet a region */
    for (uint32_t j = 0; j < cap; j++)
        if (adm_key[j] != SR_GAZ_NONE &&
            (adm_votes[j] > best || (adm_votes[j] == best && best > 1.5 && adm_key[j] < r->main_admin1))) {
            best = adm_votes[j];
            r->main_admin1 = adm_key[j];
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
    if (!r->pts || !r->divs || !r->cell_key || !r->cell_head)
        return -1;
    r->cell_mask = cap - 1;
    r->n_pts = r->n_divs = 0;
    for (size_t i = 0; i < r->n_names; i++) {
        const name *nm = &r->names[i];
        for (uint32_t c = 0; c < nm->n; c++) {
            const cand *k = &nm->c[c];
            if (k->v < SUPPORT_MIN)
                continue;
            support s = {nm->group, k->p->admin1, k->p->lat, k->p->lon, k->coslat, (float)k->v, -1};
            if (is_point(k->p)) {
                int32_t *head = cell_slot(r, cell_key(cell_of(s.lat), cell_of(s.lon)), 1);
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
    int la = cell_of(k->p->lat), lo = cell_of(k->p->lon);
    for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) {
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
    /* local news names local places, international news many countries:
     * the bonus grows with how much the article is about one country */
    if (r->main_country != 0xffff && p->country == r->main_country)
        s += p->kind == SR_PLACE_COUNTRY ? 1 : 7 * r->main_share * r->main_share;
    if (r->main_admin1 != SR_GAZ_NONE && p->kind != SR_PLACE_COUNTRY &&
        (p->admin1 == r->main_admin1 || k->idx == r->main_admin1))
        s += 4;
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
                if (o->qualifier == w[i].qualifier && o->division_suffix == w[i].division_suffix)
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
        nm->group = group != SR_GAZ_NONE ? group : (uint32_t)r->n_names;
        nm->weight = (int32_t)i == dateline ? 2 : 1;
        nm->best = nm->plain = SR_GAZ_NONE;
        uint32_t nc = w[i].post ? (w[i].n_post < MAX_CANDIDATES ? w[i].n_post : MAX_CANDIDATES) : 0;
        nm->c = sr_arena_alloc(arena, (nc ? nc : 1) * sizeof *nm->c);
        if (!nm->c)
            return -1;
        for (uint32_t c = 0; c < nc; c++) {
            uint32_t idx = w[i].post[c] & ~SR_GAZ_ALTERNATE;
            const sr_gaz_place *p = sr_gazetteer_place(r->g, idx);
            if (!p)
                continue;
            cand *k = &nm->c[nm->n++];
            k->p = p;
            k->idx = idx;
            k->coslat = cos_deg(p->lat);
            k->base = k->score = base_score(r->g, nm, p, idx, w[i].post[c]);
        }
        set_plausibility(nm);
        nm->plain = nm->best;
        w[i].name = (uint32_t)r->n_names++;
    }
    return 0;
}

static int resolve(const sr_gazetteer *g, work *w, size_t n, int32_t dateline, sr_arena *arena,
                   sr_places *out)
{
    resolver r;
    memset(&r, 0, sizeof r);
    r.g = g;
    if (build_names(&r, w, n, dateline, arena) != 0 || build_context(&r, arena) != 0)
        return -1;
    r.group_best = sr_arena_alloc(arena, (r.n_names + 1) * sizeof *r.group_best);
    r.group_stamp = sr_arena_calloc(arena, r.n_names + 1, sizeof *r.group_stamp);
    if (!r.group_best || !r.group_stamp)
        return -1;
    /* twice: the second pass sees the first's plausibilities */
    if (context_pass(&r, arena) != 0 || context_pass(&r, arena) != 0)
        return -1;
    out->main_country = r.main_country;
    for (size_t i = 0; i < n; i++) {
        sr_place_mention *m = &out->mentions[i];
        const name *nm = &r.names[w[i].name];
        if (nm->best == SR_GAZ_NONE) {
            m->place = SR_GAZ_NONE;
            continue;
        }
        m->place = nm->c[nm->best].idx;
        m->kind = nm->c[nm->best].p->kind;
        if (nm->n == 1)
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

int sr_places_analyze(const sr_gazetteer *g, const char *body, const sr_text *t, sr_arena *arena,
                      sr_places *out)
{
    memset(out, 0, sizeof *out);
    out->gazetteer = g;
    out->dateline = -1;
    out->main_country = 0xffff;
    if (!g || !t || t->n_tokens == 0)
        return 0;
    word_set lower = {NULL, 0, 0};
    size_t cap = 16, n = 0;
    work *w = sr_arena_alloc(arena, cap * sizeof *w);
    uint32_t *sent_of = sr_arena_alloc(arena, cap * sizeof *sent_of);
    if (!w || !sent_of)
        return -1;
    char key[KEY_CAP];
    size_t klen[MAX_RUN + 1];
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
            /* the run's key, folded once: klen[j - i] is the length of the
             * key of tokens [i, j), 0 when they have none */
            klen[0] = 0;
            for (uint32_t j = i; j < run_end; j++) {
                size_t at = klen[j - i];
                klen[j - i + 1] = 0;
                if (j > i && !at)
                    continue;
                if (j > i && tok(t, j)->byte_start > tok(t, j - 1)->byte_end) {
                    if (at + 1 >= sizeof key)
                        continue;
                    key[at++] = ' ';
                }
                klen[j - i + 1] = token_key(body, tok(t, j), key + at, sizeof key - at);
                if (klen[j - i + 1])
                    klen[j - i + 1] += at;
            }
            int matched = 0;
            for (uint32_t j = run_end; j > i; j--) {
                if (!is_cap(tok(t, j - 1)))
                    continue;
                size_t kn = klen[j - i];
                if (kn < 2)
                    continue;
                uint32_t np;
                const uint32_t *post = sr_gazetteer_lookup(g, key, kn, &np);
                if (!post)
                    continue;
                const sr_gaz_place *top = top_place(g, post, np);
                int single = j == i + 1;
                if (single && (word_class_of(key, kn) & W_STOP))
                    continue;
                /* part of a longer capitalized name: "Jens Stoltenberg", "Washington Post" */
                int inside = (j < end && is_cap(tok(t, j)) && adjacent(body, tok(t, j - 1), tok(t, j))) ||
                             (i > first && is_cap(tok(t, i - 1)) &&
                              adjacent(body, tok(t, i - 1), tok(t, i)));
                if (inside && !is_major(top))
                    continue;
                /* an acronym ("NATO", "OSCE") is a place only when it is a
                 * country's or region's short name ("US", "UK", "EU") */
                if (single && (k->flags & SR_TOKF_ALL_CAPS) && k->byte_end - k->byte_start <= 5 && top &&
                    top->kind != SR_PLACE_COUNTRY && top->kind != SR_PLACE_FEATURE &&
                    top->kind != SR_PLACE_ADM1 && top->kind != SR_PLACE_DEMONYM)
                    continue;
                if (top && top->kind != SR_PLACE_COUNTRY && top->kind != SR_PLACE_DEMONYM &&
                    preceded_by(body, t, i, first, W_TITLE))
                    continue;
                /* a small place whose name the article also writes in lower case */
                if (single && top && top->population < 100000 &&
                    (top->kind == SR_PLACE_CITY || top->kind == SR_PLACE_ADM2)) {
                    if (!lower.built && word_set_build(body, t, arena, &lower) != 0)
                        return -1;
                    if (word_set_has(&lower, key, kn))
                        continue;
                }
                /* sentence-initial: only places of some size */
                if (single && i == first && top && top->kind == SR_PLACE_CITY && top->population < 20000)
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
                m->qualifier = qualifier_after(g, body, t, j, end);
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
    if (resolve(g, w, n, out->dateline, arena, out) != 0)
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
    memset(out, 0, sizeof *out);
    out->gazetteer = g;
    out->dateline = -1;
    out->main_country = 0xffff;
    out->mentions = sr_arena_calloc(arena, n ? n : 1, sizeof *out->mentions);
    work *w = sr_arena_calloc(arena, n ? n : 1, sizeof *w);
    if (!out->mentions || !w)
        return -1;
    out->n_mentions = n;
    char key[KEY_CAP];
    uint32_t ti = 0;
    for (size_t i = 0; i < n; i++) {
        sr_place_mention *m = &out->mentions[i];
        m->byte_start = byte_spans[i][0];
        m->byte_end = byte_spans[i][1];
        m->place = SR_GAZ_NONE;
        w[i].qualifier = SR_GAZ_NONE;
        /* the tokens the span covers, for the qualifier and suffix checks */
        while (ti > 0 && tok(t, ti)->byte_start > m->byte_start)
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
        const char *state = ap_state(text, len);
        const uint32_t *post = state ? lookup_name(g, state, &np)
                               : kn  ? sr_gazetteer_lookup(g, key, kn, &np)
                                     : NULL;
        if (state)
            w[i].qualifier = SR_GAZ_NONE, w[i].division_suffix = 1; /* the state, not a town */
        w[i].post = post;
        w[i].n_post = post ? np : 0;
    }
    return resolve(g, w, n, -1, arena, out);
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
