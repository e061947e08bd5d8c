/*
 * lexicon.c - the word lists the statements stage reads: cue verbs, titles,
 * organization words, pronouns and the small closed classes that bound a
 * speaker's noun phrase.
 *
 * Lists are lowercase ASCII, sorted (strcmp order) so a lookup is a
 * bisection; sr_quotes_self_check() verifies the order, and a unit test
 * calls it, so a word added out of place fails the build's tests rather
 * than silently never matching.  The words are ordinary English; nothing
 * here is taken from another tool's dictionaries.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quotes/lexicon.h"
#include "util/hash.h"

/* Verbs and nouns that introduce reported speech or thought, the object
 * cues below included, so that one lookup rejects every other word. */
static const char *const cue_words[] = {
    "accuse", "accused", "accuses", "accusing", "acknowledge", "acknowledged", "acknowledges",
    "acknowledging", "added", "adding", "adds", "admit", "admits", "admitted", "admitting",
    "affirm", "affirmed", "affirming", "affirms", "agree", "agreed", "agreeing", "agrees", "aim",
    "aimed", "aims", "allege", "alleged", "alleges", "alleging", "announce", "announced",
    "announces", "announcing", "answered", "answering", "applauded", "applauds", "argue", "argued",
    "argues", "arguing", "ask", "asked", "asking", "asks", "assert", "asserted", "asserting",
    "asserts", "assume", "assumed", "assumes", "assuming", "assure", "assured", "assures",
    "assuring", "attacked", "attacking", "barked", "barks", "beamed", "beams", "began", "believe",
    "believed", "believes", "believing", "bellowed", "bellows", "blamed", "blames", "blaming",
    "boasted", "boasting", "bragged", "call", "called", "calling", "calls", "caution", "cautioned",
    "cautioning", "cautions", "chanted", "charged", "cheered", "chimed", "chimes", "chuckled",
    "chuckles", "cite", "cited", "cites", "citing", "claim", "claimed", "claiming", "claims",
    "commented", "commenting", "complain", "complained", "complaining", "complains", "concede",
    "conceded", "concedes", "conceding", "conclude", "concluded", "concludes", "concluding",
    "condemn", "condemned", "condemning", "condemns", "confess", "confessed", "confesses",
    "confessing", "confide", "confided", "confides", "confiding", "confirm", "confirmed",
    "confirming", "confirms", "contend", "contended", "contending", "contends", "continued",
    "continues", "countered", "countering", "cried", "criticise", "criticised", "criticises",
    "criticising", "criticize", "criticized", "criticizes", "criticizing", "crowed", "crows",
    "decide", "decided", "decides", "deciding", "declare", "declared", "declares", "declaring",
    "decline", "declined", "declines", "defend", "defended", "defending", "defends", "demanded",
    "demanding", "demands", "denied", "denies", "denounce", "denounced", "denounces", "denouncing",
    "deny", "denying", "describe", "described", "describes", "describing", "discover",
    "discovered", "discovering", "discovers", "dismissed", "dismisses", "dismissing", "doubted",
    "doubting", "echoed", "echoing", "elaborate", "elaborated", "elaborates", "elaborating",
    "emphasise", "emphasised", "emphasises", "emphasising", "emphasize", "emphasized",
    "emphasizes", "emphasizing", "endorse", "endorsed", "endorses", "endorsing", "estimated",
    "estimating", "exclaim", "exclaimed", "exclaiming", "exclaims", "expect", "expected",
    "expecting", "expects", "explain", "explained", "explaining", "explains", "express",
    "expressed", "expresses", "expressing", "fear", "feared", "fearing", "fears", "feel", "feels",
    "felt", "found", "fumed", "fumes", "grinned", "grins", "groaned", "groans", "grumbled",
    "grumbles", "guessed", "guessing", "gushed", "gushes", "hint", "hinted", "hinting", "hints",
    "hollered", "hollers", "hope", "hoped", "hopes", "hoping", "huffed", "huffs", "imagine",
    "imagined", "imagines", "imagining", "indicate", "indicated", "indicates", "indicating",
    "inform", "informed", "informing", "informs", "insist", "insisted", "insisting", "insists",
    "intend", "intends", "interjected", "interjects", "interrupted", "joked", "joking", "knew",
    "know", "known", "knows", "lamented", "lamenting", "lauded", "lauds", "laughed", "laughs",
    "learned", "maintain", "maintained", "maintaining", "maintains", "marveled", "mention",
    "mentioned", "mentioning", "mentions", "moaned", "moans", "mocked", "mocks", "mused", "musing",
    "noted", "notes", "noting", "observe", "observed", "observes", "observing", "offered", "opine",
    "opined", "opines", "opining", "oppose", "opposed", "opposes", "opposing", "persisted", "plan",
    "planned", "plans", "pleaded", "pleads", "pledge", "pledged", "pledges", "pledging", "pointed",
    "pointing", "points", "posted", "praise", "praised", "praises", "praising", "predict",
    "predicted", "predicting", "predicts", "pressed", "proclaim", "proclaimed", "proclaiming",
    "proclaims", "promise", "promised", "promises", "promising", "propose", "proposed", "proposes",
    "proposing", "put", "questioned", "questioning", "quipped", "quoted", "raged", "reacted",
    "reacts", "read", "reads", "reaffirm", "reaffirmed", "reaffirming", "reaffirms", "realise",
    "realised", "realises", "realising", "realize", "realized", "realizes", "realizing",
    "reassure", "reassured", "reassures", "reassuring", "rebutted", "recall", "recalled",
    "recalling", "recalls", "reckon", "reckoned", "reckoning", "reckons", "recognise",
    "recognised", "recognises", "recognising", "recognize", "recognized", "recognizes",
    "recognizing", "recommend", "recommended", "recommending", "recommends", "recount",
    "recounted", "recounting", "recounts", "referred", "referring", "refers", "refuse", "refused",
    "refuses", "reiterate", "reiterated", "reiterates", "reiterating", "rejected", "rejecting",
    "rejects", "remarked", "remarking", "remembered", "remind", "reminded", "reminding", "reminds",
    "repeat", "repeated", "repeating", "repeats", "replied", "replying", "reported", "reporting",
    "reports", "responded", "responding", "responds", "retorted", "retorting", "reveal",
    "revealed", "revealing", "reveals", "roared", "roars", "said", "say", "saying", "says",
    "scoffed", "scoffing", "screamed", "screams", "seek", "seeking", "seeks", "shouted",
    "shouting", "show", "showed", "shows", "shrieked", "shrieks", "shrugged", "shrugs", "sighed",
    "sighs", "signaled", "signaling", "slammed", "slamming", "slams", "smiled", "smiles",
    "snapped", "sneered", "sneers", "snorted", "snorts", "sought", "speak", "speaking", "speaks",
    "speculate", "speculated", "speculates", "speculating", "spoke", "started", "stated", "stating",
    "stressed", "stresses", "stressing", "suggest", "suggested", "suggesting", "suggests",
    "summed", "supported", "supports", "suspect", "suspected", "suspecting", "suspects", "talk",
    "talked", "talking", "talks", "taunted", "taunts", "teased", "teases", "tell", "telling",
    "tells", "testified", "testifies", "testify", "testifying", "think", "thinks", "thought",
    "threaten", "threatened", "threatening", "threatens", "thundered", "thunders", "told",
    "touted", "touting", "touts", "tweeted", "tweeting", "underline", "underlined", "underlines",
    "underlining", "underscore", "underscored", "underscores", "underscoring", "understand",
    "understands", "understood", "urge", "urged", "urges", "urging", "vow", "vowed", "vowing",
    "vows", "wailed", "wails", "want", "wanted", "wanting", "wants", "warn", "warned", "warning",
    "warns", "whispered", "whispering", "wonder", "wondered", "wondering", "wonders", "worried",
    "worries", "worry", "worrying", "write", "writes", "writing", "wrote", "yell", "yelled",
    "yelling", "yells",
};
/* Cues that attribute only with a "that" clause ("polls show that"): alone they are too often plain verbs. */
static const char *const weak_cues[] = {
    "assume", "assumed", "assumes", "assuming", "believe", "believed", "believes", "believing",
    "charged", "conclude", "concluded", "concludes", "concluding", "decide", "decided",
    "decides", "deciding", "discover", "discovered", "discovering", "discovers", "doubted",
    "doubting", "estimated", "estimating", "expect", "expected", "expecting", "expects", "fear",
    "feared", "fearing", "fears", "feel", "feels", "felt", "found", "guessed", "guessing",
    "hint", "hinted", "hinting", "hints", "hope", "hoped", "hopes", "hoping", "imagine",
    "imagined", "imagines", "imagining", "indicate", "indicated", "indicates", "indicating",
    "knew", "know", "known", "knows", "learned", "predict", "predicted", "predicting",
    "predicts", "realise", "realised", "realises", "realising", "realize", "realized",
    "realizes", "realizing", "reckon", "reckoned", "reckoning", "reckons", "recognise",
    "recognised", "recognises", "recognising", "recognize", "recognized", "recognizes",
    "recognizing", "show", "showed", "shows", "signaled", "signaling", "suspect", "suspected",
    "suspecting", "suspects", "think", "thinks", "thought", "threaten", "threatened",
    "threatening", "threatens", "understand", "understands", "understood", "worried", "worries",
    "worry", "worrying",
};
/* Cues followed by an addressee ("told Reuters that"). */
static const char *const tell_cues[] = {
    "tell", "telling", "tells", "told",
};
/* Verbs of news-source tags ("..., Agerpres informs"). */
static const char *const outlet_cues[] = {
    "informs", "reported", "reports", "writes", "wrote",
};
/* Words between a speaker and the cue ("Stoltenberg also said", "has said", "went on to claim"). */
static const char *const skip_before[] = {
    "again", "already", "also", "continued", "did", "do", "does", "earlier", "further", "had",
    "has", "have", "is", "just", "later", "on", "once", "previously", "recently", "repeatedly",
    "then", "to", "was", "went", "were", "will", "would",
};
/* Words a speaker phrase never crosses when read backwards from its cue. */
static const char *const np_boundary[] = {
    "after", "against", "although", "and", "as", "because", "before", "but", "for", "from", "if",
    "in", "into", "nor", "of", "on", "or", "since", "so", "than", "that", "then", "though",
    "through", "to", "what", "when", "where", "whereas", "which", "while", "who", "whom", "whose",
    "with", "without",
};
static const char *const determiners[] = {
    "a", "an", "another", "her", "his", "its", "my", "our", "some", "that", "the", "their",
    "these", "this", "those", "your",
};
static const char *const pronouns[] = {
    "he", "her", "him", "i", "it", "she", "them", "they", "we",
};
/* Titles and offices: what precedes a name or makes a role phrase. */
static const char *const titles[] = {
    "adm.", "admiral", "ambassador", "attorney", "captain", "ceo", "chair", "chairman",
    "chairwoman", "chancellor", "chief", "col.", "colonel", "commander", "commissioner",
    "congressman", "congresswoman", "director", "dr.", "envoy", "gen.", "general", "gov.",
    "governor", "head", "judge", "justice", "king", "leader", "lt.", "mayor", "minister", "mr.",
    "mrs.", "ms.", "premier", "president", "prince", "prosecutor", "queen", "rep.",
    "representative", "secretary", "sen.", "senator", "sheikh", "speaker", "spokesman",
    "spokesperson", "spokeswoman",
};
/* Head words of organizations and outlets. */
static const char *const org_words[] = {
    "administration", "agency", "alliance", "army", "assembly", "association", "bank", "board",
    "bureau", "cabinet", "campaign", "center", "centre", "church", "coalition", "commission",
    "committee", "company", "congress", "corp.", "corporation", "council", "court", "daily",
    "department", "embassy", "federation", "forces", "foundation", "fund", "government",
    "group", "guard", "herald", "house", "inc.", "institute", "journal", "kremlin", "league",
    "magazine", "ministry", "navy", "network", "news", "office", "organisation", "organization",
    "parliament", "party", "pentagon", "police", "post", "press", "radio", "senate", "service",
    "television", "times", "tribune", "union", "university",
};
/* Common-noun speakers ("officials said", "polls show"). */
static const char *const generic_nouns[] = {
    "aides", "analysts", "authorities", "critics", "data", "diplomats", "documents", "experts",
    "lawmakers", "observers", "officials", "people", "poll", "polls", "prosecutors", "report",
    "reports", "residents", "source", "sources", "statement", "study", "supporters", "survey",
    "voters", "witnesses",
};
/* Capitalized words that are not person names: days, months, places, demonyms. */
static const char *const not_person[] = {
    "african", "america", "american", "americans", "april", "asia", "atlantic", "august",
    "baltic", "base", "black", "britain", "british", "china", "chinese", "christian", "cold",
    "conference", "county", "december", "democrat", "democratic", "democrats", "east",
    "eastern", "election", "europe", "european", "february", "france", "french", "friday",
    "german", "germany", "iran", "iranian", "islamic", "january", "july", "june", "kingdom",
    "korea", "korean", "march", "may", "meeting", "monday", "moscow", "muslim", "north",
    "northern", "november", "october", "pacific", "republican", "republicans", "romania",
    "romanian", "russia", "russian", "saturday", "sea", "seas", "september", "south",
    "southern", "state", "states", "sunday", "talks", "thursday", "today", "tuesday", "ukraine",
    "ukrainian", "united", "war", "washington", "wednesday", "west", "western",
};
/* Capitalized function words that open a sentence and start no name. */
static const char *const cap_stop[] = {
    "a", "about", "according", "after", "all", "also", "although", "among", "an", "and", "another",
    "as", "at", "because", "before", "between", "both", "but", "by", "despite", "during", "few",
    "following", "for", "former", "from", "he", "her", "here", "his", "how", "however", "i", "if",
    "in", "it", "its", "last", "many", "meanwhile", "more", "most", "my", "next", "no", "not",
    "now", "of", "on", "or", "other", "others", "our", "over", "said", "says", "several", "she",
    "since", "so", "some", "still", "such", "that", "the", "their", "then", "there", "therefore",
    "these", "they", "this", "those", "though", "thus", "to", "today", "under", "we", "what",
    "when", "where", "which", "while", "who", "why", "with", "yesterday", "yet", "you",
};
/* Particles inside names ("Ursula von der Leyen"). */
static const char *const connectors[] = {
    "al", "bin", "da", "de", "del", "der", "di", "dos", "du", "la", "le", "van", "von",
};
static const char *const adverbials_after[] = {
    "again", "also", "earlier", "later", "today", "yesterday",
};

/* Verbs that frame a quotation ("“…,” Toomey fumed") but report nothing
 * without one: "she laughed" is no statement.  They are cue words too, so
 * that one lookup rejects the many words that are no cue at all. */
static const char *const frame_cues[] = {
    "barked", "barks", "beamed", "beams", "began", "bellowed", "bellows", "chanted", "cheered",
    "chimed", "chimes", "chuckled", "chuckles", "continued", "continues", "cried", "crowed",
    "crows", "fumed", "fumes", "grinned", "grins", "groaned", "groans", "grumbled", "grumbles",
    "gushed", "gushes", "hollered", "hollers", "huffed", "huffs", "interjected", "interjects",
    "interrupted", "laughed", "laughs", "marveled", "moaned", "moans", "mocked", "mocks",
    "offered", "persisted", "pleaded", "pleads", "pledged", "pledging", "posted", "pressed",
    "quoted", "raged", "reacted", "reacts", "read", "reads", "remembered", "roared", "roars",
    "screamed", "screams", "shrieked", "shrieks", "shrugged", "shrugs", "sighed", "sighs",
    "smiled", "smiles", "sneered", "sneers", "snorted", "snorts", "started", "taunted", "taunts",
    "teased", "teases", "thundered", "thunders", "wailed", "wails",
};

/* Verbs whose content is their object, a noun phrase or an infinitive:
 * "Sanders endorsed Mrs. Clinton", "Clinton accused Sanders of …", "he
 * wants to be a hero".  PolNeAR counts them as attributions; they never
 * frame a quotation.  Forms that are as often nouns or adjectives
 * ("attacks", "plans", "support", "supporting") are left out; "call",
 * "refer", "talk" and "speak" forms are cues only with "for", "to" and
 * "about" ("talked about the economy"). */
static const char *const object_cues[] = {
    "accuse", "accused", "accuses", "accusing", "applauded", "applauds", "attacked", "attacking",
    "blamed", "blames", "blaming", "call", "called", "calling", "calls", "cite", "cited", "cites",
    "citing", "condemn", "condemned", "condemning", "condemns", "criticise", "criticised",
    "criticises", "criticising", "criticize", "criticized", "criticizes", "criticizing", "defend",
    "defended", "defending", "defends", "demanded", "demanding", "demands", "denounce",
    "denounced", "denounces", "denouncing", "describe", "described", "describes", "describing",
    "dismissed", "dismisses", "dismissing", "endorse", "endorsed", "endorses", "endorsing",
    "express", "expressed", "expresses", "expressing", "lauded", "lauds", "oppose", "opposed",
    "opposes", "opposing", "planned", "praise", "praised", "praises", "praising", "propose",
    "proposed", "proposes", "proposing", "questioned", "questioning", "referred", "referring",
    "refers", "rejected", "rejecting", "rejects", "slammed", "slamming", "slams", "speak",
    "speaking", "speaks", "spoke", "supported", "supports", "talk", "talked", "talking", "talks",
    "touted", "touting", "touts", "want", "wanted", "wanting", "wants",
};

/* Verbs of intention: with an infinitive, what the subject intends is an
 * attribution ("Trump plans to visit Mexico", "he declined to comment",
 * "the two camps agreed to meet again"); without one they are no cue or
 * an ordinary one.  They are cue words too.  "planned" and "intended" are
 * left out: before "to" they are mostly passive or adjectival ("rules
 * intended to rein in lending"). */
static const char *const intent_cues[] = {
    "agree", "agreed", "agrees", "aim", "aimed", "aims", "decline", "declined", "declines",
    "expect", "expects", "hope", "hoped", "hopes", "intend", "intends", "plan", "plans", "pledge",
    "pledged", "pledges", "promise", "promised", "promises", "refuse", "refused", "refuses",
    "seek", "seeking", "seeks", "sought", "threaten", "threatened", "threatens", "vow", "vowed",
    "vows", "want", "wanted", "wants",
};

#define LIST(a) {a, sizeof a / sizeof *a}
static const struct {
    const char *const *words;
    size_t n;
} lists[QL_COUNT] = {
    [QL_CUE] = LIST(cue_words),           [QL_WEAK_CUE] = LIST(weak_cues),
    [QL_TELL_CUE] = LIST(tell_cues),      [QL_OUTLET_CUE] = LIST(outlet_cues),
    [QL_SKIP_BEFORE] = LIST(skip_before), [QL_NP_BOUNDARY] = LIST(np_boundary),
    [QL_DETERMINER] = LIST(determiners),  [QL_PRONOUN] = LIST(pronouns),
    [QL_TITLE] = LIST(titles),            [QL_ORG] = LIST(org_words),
    [QL_GENERIC] = LIST(generic_nouns),   [QL_NOT_PERSON] = LIST(not_person),
    [QL_CAP_STOP] = LIST(cap_stop),       [QL_CONNECTOR] = LIST(connectors),
    [QL_ADVERBIAL_AFTER] = LIST(adverbials_after), [QL_FRAME_CUE] = LIST(frame_cues),
    [QL_OBJECT_CUE] = LIST(object_cues), [QL_INTENT_CUE] = LIST(intent_cues),
};

/* Every word of every list in one open-addressing table, with a bit per
 * list that holds it: one lookup answers all lists for a token, where a
 * bisection per list was the stage's largest cost.  The lists are
 * constant, so the table is built once per process. */
enum { TABLE_SIZE = 8192 }; /* a power of two, over twice the words (sr_quotes_self_check) */

static struct {
    const char *word;
    uint32_t lists;
} table[TABLE_SIZE];
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static size_t slot_of(const char *word)
{
    return (size_t)sr_hash64(SR_HASH_SEED, word, strlen(word)) & (TABLE_SIZE - 1);
}

static void build_table(void)
{
    for (int l = 0; l < QL_COUNT; l++)
        for (size_t i = 0; i < lists[l].n; i++) {
            size_t s = slot_of(lists[l].words[i]);
            while (table[s].word && strcmp(table[s].word, lists[l].words[i]) != 0)
                s = (s + 1) & (TABLE_SIZE - 1);
            table[s].word = lists[l].words[i];
            table[s].lists |= 1u << l;
        }
}

uint32_t sr_qlex_lists_of(const char *lower)
{
    pthread_once(&table_once, build_table);
    for (size_t s = slot_of(lower); table[s].word; s = (s + 1) & (TABLE_SIZE - 1))
        if (strcmp(table[s].word, lower) == 0)
            return table[s].lists;
    return 0;
}

int sr_qlex_has(sr_qlex list, const char *lower)
{
    return (sr_qlex_lists_of(lower) >> list) & 1u;
}

int sr_quotes_self_check(void)
{
    size_t total = 0;
    for (int l = 0; l < QL_COUNT; l++)
        total += lists[l].n;
    if (total * 2 > TABLE_SIZE || QL_COUNT > 32)
        return -1 - QL_COUNT;
    for (int l = 0; l < QL_COUNT; l++)
        for (size_t i = 1; i < lists[l].n; i++)
            if (strcmp(lists[l].words[i - 1], lists[l].words[i]) >= 0)
                return -1 - l;
    return 0;
}
