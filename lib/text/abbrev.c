/*
 * abbrev.c - the word lists the sentence splitter consults: abbreviations
 * that swallow their trailing period, words that typically open a sentence,
 * and reporting verbs.
 *
 * Written by the sitrep team for news text in English first, with a few
 * Romanian, German and Russian abbreviations that turn up in the same
 * stories.  Every list is sorted by bytes (strcmp order, as
 * sr_abbrev_selfcheck() verifies in the tests) so a lookup is a binary
 * search: lookups happen once per candidate sentence end, not per token.
 * Case matters: "Gen." is a title, "gen." is not an abbreviation.
 */
#include "text/text_internal.h"

#include <string.h>

typedef struct abbrev_entry {
    const char *word;  /* without the trailing '.' */
    sr_abbrev_class cls;
} abbrev_entry;

/* NEVER_ENDS: titles before a name, and connectives that cannot close a
 * sentence.  MAY_END: company suffixes, days, "etc." and the like, which
 * end a sentence only before a typical opener (see sentences.c); dotted
 * acronyms not listed here (U.S., U.K., N.A.T.O.) behave the same.
 * BEFORE_NUMBER: months, "No.", "Art.", "Vol." and the like, which as
 * abbreviations are followed by a number ("Feb. 10", "No. 2202"), so a
 * capitalized word after them starts a sentence ("Ant and Dec. Natalie",
 * "No. Definitely not."). */
static const abbrev_entry abbrevs[] = {
    {"Adm", SR_ABBR_NEVER_ENDS},
    {"Amb", SR_ABBR_NEVER_ENDS},
    {"Apr", SR_ABBR_BEFORE_NUMBER},
    {"Art", SR_ABBR_BEFORE_NUMBER},
    {"Assn", SR_ABBR_MAY_END},
    {"Atty", SR_ABBR_NEVER_ENDS},
    {"Aug", SR_ABBR_BEFORE_NUMBER},
    {"Ave", SR_ABBR_MAY_END},
    {"Blvd", SR_ABBR_MAY_END},
    {"Brig", SR_ABBR_NEVER_ENDS},
    {"Bros", SR_ABBR_MAY_END},
    {"Capt", SR_ABBR_NEVER_ENDS},
    {"Cdr", SR_ABBR_NEVER_ENDS},
    {"Cmdr", SR_ABBR_NEVER_ENDS},
    {"Co", SR_ABBR_MAY_END},
    {"Col", SR_ABBR_NEVER_ENDS},
    {"Corp", SR_ABBR_MAY_END},
    {"Cos", SR_ABBR_MAY_END},
    {"Cpl", SR_ABBR_NEVER_ENDS},
    {"Dec", SR_ABBR_BEFORE_NUMBER},
    {"Dept", SR_ABBR_MAY_END},
    {"Dl", SR_ABBR_NEVER_ENDS},
    {"Dna", SR_ABBR_NEVER_ENDS},
    {"Dr", SR_ABBR_NEVER_ENDS},
    {"Feb", SR_ABBR_BEFORE_NUMBER},
    {"Fig", SR_ABBR_BEFORE_NUMBER},
    {"Figs", SR_ABBR_BEFORE_NUMBER},
    {"Fr", SR_ABBR_NEVER_ENDS},
    {"Fri", SR_ABBR_MAY_END},
    {"Ft", SR_ABBR_NEVER_ENDS},
    {"Gen", SR_ABBR_NEVER_ENDS},
    {"Gens", SR_ABBR_NEVER_ENDS},
    {"Gov", SR_ABBR_NEVER_ENDS},
    {"Govt", SR_ABBR_MAY_END},
    {"Hon", SR_ABBR_NEVER_ENDS},
    {"Hr", SR_ABBR_NEVER_ENDS},
    {"Inc", SR_ABBR_MAY_END},
    {"Insp", SR_ABBR_NEVER_ENDS},
    {"Intl", SR_ABBR_MAY_END},
    {"Jan", SR_ABBR_BEFORE_NUMBER},
    {"Jr", SR_ABBR_MAY_END},
    {"Jul", SR_ABBR_BEFORE_NUMBER},
    {"Jun", SR_ABBR_BEFORE_NUMBER},
    {"Lt", SR_ABBR_NEVER_ENDS},
    {"Ltd", SR_ABBR_MAY_END},
    {"Maj", SR_ABBR_NEVER_ENDS},
    {"Mar", SR_ABBR_BEFORE_NUMBER},
    {"Messrs", SR_ABBR_NEVER_ENDS},
    {"Mfg", SR_ABBR_MAY_END},
    {"Mlle", SR_ABBR_NEVER_ENDS},
    {"Mme", SR_ABBR_NEVER_ENDS},
    {"Mmes", SR_ABBR_NEVER_ENDS},
    {"Mon", SR_ABBR_MAY_END},
    {"Mr", SR_ABBR_NEVER_ENDS},
    {"Mrs", SR_ABBR_NEVER_ENDS},
    {"Ms", SR_ABBR_NEVER_ENDS},
    {"Mt", SR_ABBR_NEVER_ENDS},
    {"No", SR_ABBR_BEFORE_NUMBER},
    {"Nos", SR_ABBR_BEFORE_NUMBER},
    {"Nov", SR_ABBR_BEFORE_NUMBER},
    {"Nr", SR_ABBR_BEFORE_NUMBER},
    {"Oct", SR_ABBR_BEFORE_NUMBER},
    {"Pres", SR_ABBR_NEVER_ENDS},
    {"Prof", SR_ABBR_NEVER_ENDS},
    {"Pvt", SR_ABBR_NEVER_ENDS},
    {"Rd", SR_ABBR_MAY_END},
    {"Rep", SR_ABBR_NEVER_ENDS},
    {"Reps", SR_ABBR_NEVER_ENDS},
    {"Rev", SR_ABBR_NEVER_ENDS},
    {"Rt", SR_ABBR_NEVER_ENDS},
    {"Sat", SR_ABBR_MAY_END},
    {"Sen", SR_ABBR_NEVER_ENDS},
    {"Sens", SR_ABBR_NEVER_ENDS},
    {"Sep", SR_ABBR_BEFORE_NUMBER},
    {"Sept", SR_ABBR_BEFORE_NUMBER},
    {"Sgt", SR_ABBR_NEVER_ENDS},
    {"Sr", SR_ABBR_MAY_END},
    {"St", SR_ABBR_NEVER_ENDS},
    {"Supt", SR_ABBR_NEVER_ENDS},
    {"Thu", SR_ABBR_MAY_END},
    {"Thur", SR_ABBR_MAY_END},
    {"Thurs", SR_ABBR_MAY_END},
    {"Tue", SR_ABBR_MAY_END},
    {"Tues", SR_ABBR_MAY_END},
    {"Univ", SR_ABBR_MAY_END},
    {"Vol", SR_ABBR_BEFORE_NUMBER},
    {"Vols", SR_ABBR_BEFORE_NUMBER},
    {"Wed", SR_ABBR_MAY_END},
    {"a.k.a", SR_ABBR_NEVER_ENDS},
    {"a.m", SR_ABBR_MAY_END},
    {"al", SR_ABBR_MAY_END},
    {"approx", SR_ABBR_NEVER_ENDS},
    {"bzw", SR_ABBR_NEVER_ENDS},
    {"ca", SR_ABBR_NEVER_ENDS},
    {"cf", SR_ABBR_NEVER_ENDS},
    {"d.h", SR_ABBR_NEVER_ENDS},
    {"dl", SR_ABBR_NEVER_ENDS},
    {"dna", SR_ABBR_NEVER_ENDS},
    {"e.g", SR_ABBR_NEVER_ENDS},
    {"ed", SR_ABBR_MAY_END},
    {"eds", SR_ABBR_MAY_END},
    {"esp", SR_ABBR_NEVER_ENDS},
    {"est", SR_ABBR_MAY_END},
    {"etc", SR_ABBR_MAY_END},
    {"i.e", SR_ABBR_NEVER_ENDS},
    {"incl", SR_ABBR_NEVER_ENDS},
    {"jud", SR_ABBR_NEVER_ENDS},
    {"nr", SR_ABBR_MAY_END},
    {"p", SR_ABBR_MAY_END},
    {"p.m", SR_ABBR_MAY_END},
    {"pp", SR_ABBR_MAY_END},
    {"str", SR_ABBR_NEVER_ENDS},
    {"usw", SR_ABBR_MAY_END},
    {"v", SR_ABBR_NEVER_ENDS},
    {"viz", SR_ABBR_NEVER_ENDS},
    {"vs", SR_ABBR_NEVER_ENDS},
    {"z.B", SR_ABBR_NEVER_ENDS},
    {"акад", SR_ABBR_NEVER_ENDS},
    {"г", SR_ABBR_MAY_END},
    {"гг", SR_ABBR_MAY_END},
    {"ген", SR_ABBR_NEVER_ENDS},
    {"др", SR_ABBR_MAY_END},
    {"им", SR_ABBR_NEVER_ENDS},
    {"млн", SR_ABBR_MAY_END},
    {"млрд", SR_ABBR_MAY_END},
    {"напр", SR_ABBR_NEVER_ENDS},
    {"проф", SR_ABBR_NEVER_ENDS},
    {"руб", SR_ABBR_MAY_END},
    {"см", SR_ABBR_NEVER_ENDS},
    {"т.д", SR_ABBR_MAY_END},
    {"т.е", SR_ABBR_NEVER_ENDS},
    {"т.к", SR_ABBR_NEVER_ENDS},
    {"тыс", SR_ABBR_MAY_END},
    {"ул", SR_ABBR_NEVER_ENDS},
};

/* Capitalized words that often open an English sentence.  After "U.S." or
 * an initial a capital letter proves nothing ("U.S. Army", "Jens S.
 * Stoltenberg"); one of these words does ("in the U.S. The visit"). */
static const char *const openers[] = {
    "A", "After", "Again", "All", "Also", "Although", "An", "And", "Another", "Any", "As", "At",
    "Because", "Before", "Both", "But", "By", "Despite", "During", "Each", "Earlier", "Even",
    "Every", "For", "From", "Further", "Furthermore", "He", "Her", "Here", "His", "How", "However",
    "I", "If", "In", "Instead", "It", "Its", "Last", "Later", "Many", "Meanwhile", "Moreover",
    "Most", "Much", "My", "Neither", "Nevertheless", "Next", "No", "Nor", "Not", "Now", "Of", "On",
    "One", "Only", "Or", "Our", "Over", "Separately", "She", "Since", "So", "Some", "Still", "Such",
    "That", "The", "Their", "There", "These", "They", "This", "Those", "Though", "Three", "Thus",
    "To", "Today", "Two", "Under", "Unlike", "Until", "We", "What", "When", "Where", "Whether",
    "Which", "While", "Who", "Why", "With", "Without", "Yesterday", "Yet", "You", "Your",
};

static const char *const reporting_verbs[] = {
    "acknowledged", "added", "adds", "admitted", "affirmed", "announced", "answered", "argued",
    "asked", "asks", "asserted", "assured", "boasted", "claimed", "commented", "complained",
    "concluded", "confirmed", "continued", "cried", "declared", "demanded", "denied", "emphasised",
    "emphasized", "exclaimed", "explained", "insisted", "joked", "noted", "notes", "observed",
    "recalled", "remarked", "replied", "reported", "responded", "said", "says", "shouted", "stated",
    "stressed", "suggested", "summed", "tells", "told", "tweeted", "urged", "warned", "warns",
    "wondered", "writes", "wrote",
};

/* strcmp order between word[0..len) (no NUL inside) and a C string. */
static int cmp_word(const char *word, size_t len, const char *s)
{
    size_t slen = strlen(s);
    int c = memcmp(word, s, len < slen ? len : slen);
    if (c)
        return c;
    return len < slen ? -1 : len > slen ? 1 : 0;
}

/* Binary search over a sorted array of `n` records of `stride` bytes whose
 * first member is a const char *. */
static const void *find_word(const void *base, size_t n, size_t stride,
                             const char *word, size_t len)
{
    const unsigned char *b = base;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const char *const *rec = (const char *const *)(const void *)(b + mid * stride);
        int c = cmp_word(word, len, *rec);
        if (c == 0)
            return rec;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

sr_abbrev_class sr_abbrev_lookup(const char *word, size_t len)
{
    if (len == 0 || len > 12)
        return SR_ABBR_NONE;
    const abbrev_entry *e = find_word(abbrevs, sizeof abbrevs / sizeof abbrevs[0],
                                      sizeof abbrevs[0], word, len);
    return e ? e->cls : SR_ABBR_NONE;
}

int sr_abbrev_is_sentence_opener(const char *word, size_t len)
{
    if (len == 0 || len > 12)
        return 0;
    return find_word(openers, sizeof openers / sizeof openers[0], sizeof openers[0],
                     word, len) != NULL;
}

int sr_abbrev_is_reporting_verb(const char *word, size_t len)
{
    if (len < 4 || len > 12)
        return 0;
    return find_word(reporting_verbs, sizeof reporting_verbs / sizeof reporting_verbs[0],
                     sizeof reporting_verbs[0], word, len) != NULL;
}

static int sorted_strings(const char *const *v, size_t stride, size_t n)
{
    const unsigned char *b = (const unsigned char *)v;
    for (size_t i = 1; i < n; i++) {
        const char *prev = *(const char *const *)(const void *)(b + (i - 1) * stride);
        const char *cur = *(const char *const *)(const void *)(b + i * stride);
        if (strcmp(prev, cur) >= 0)
            return 0;
    }
    return 1;
}

int sr_abbrev_selfcheck(void)
{
    return sorted_strings(&abbrevs[0].word, sizeof abbrevs[0], sizeof abbrevs / sizeof abbrevs[0]) &&
           sorted_strings(openers, sizeof openers[0], sizeof openers / sizeof openers[0]) &&
           sorted_strings(reporting_verbs, sizeof reporting_verbs[0],
                          sizeof reporting_verbs / sizeof reporting_verbs[0]);
}
