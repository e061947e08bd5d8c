/*
 * langid.c - language identification through libexttextcat.
 *
 * libexttextcat compares character n-gram fingerprints; its data package
 * (Debian: libexttextcat-data) ships one .lm file per language and an
 * fpdb.conf that names them with strings like "en--utf8", "zh-Hans" or
 * "uz-Cyrl-utf8".  We report the part before the first '-', which is the
 * ISO 639-1 code where the language has one and the ISO 639-3 code where
 * it does not ("haw", "ace"), as BCP 47 does.
 *
 * Where the data lives differs between distributions, so sr_langid_open()
 * tries SITREP_TEXTCAT_DIR from the environment, then the usual prefixes.
 * It checks that fpdb.conf is readable before handing it to the library,
 * which otherwise prints its own complaint on stderr.
 */
#include "text/text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libexttextcat/textcat.h>

struct sr_langid {
    void *handle;
};

/* Classifying more text costs time and gains nothing: the library's own
 * note says a few hundred bytes suffice. */
enum { LANGID_MAX_BYTES = 2048, LANGID_MIN_LETTERS = 24 };
/* Fewer words than this (letters only: "Shr 17 cts vs 12 cts ...") and no
 * language is named.  Tables of figures in wire copy are the usual case. */
enum { LANGID_MIN_WORDS = 20 };

static const char *const textcat_dirs[] = {
    "/usr/share/libexttextcat",
    "/usr/local/share/libexttextcat",
    "/usr/share/libexttextcat-2.0",
    "/usr/local/share/libexttextcat-2.0",
    "/opt/homebrew/share/libexttextcat",
    "/usr/pkg/share/libexttextcat",
};

static void *try_dir(const char *dir)
{
    char conf[4096], prefix[4096];
    size_t dl = strlen(dir);
    while (dl > 1 && dir[dl - 1] == '/')
        dl--;
    if (dl == 0 || dl + 16 > sizeof conf)
        return NULL;
    snprintf(conf, sizeof conf, "%.*s/fpdb.conf", (int)dl, dir);
    snprintf(prefix, sizeof prefix, "%.*s/", (int)dl, dir);
    if (access(conf, R_OK) != 0)
        return NULL;
    return special_textcat_Init(conf, prefix);
}

/* Our own list of models (data/langid/fpdb.conf) over the fingerprints of
 * a libexttextcat data folder: 58 languages instead of ~170 makes each
 * fallback guess about three times cheaper. */
static void *try_our_list(const char *fingerprint_dir)
{
    const char *data = getenv("SITREP_DATA_DIR");
#ifdef SITREP_DATA_DIR
    if (!data || !*data)
        data = SITREP_DATA_DIR;
#endif
    if (!data || !*data)
        return NULL;
    char conf[4096], prefix[4096], probe[4200];
    snprintf(conf, sizeof conf, "%s/langid/fpdb.conf", data);
    snprintf(prefix, sizeof prefix, "%s/", fingerprint_dir);
    snprintf(probe, sizeof probe, "%s/en.lm", fingerprint_dir);
    if (access(conf, R_OK) != 0 || access(probe, R_OK) != 0)
        return NULL;
    return special_textcat_Init(conf, prefix);
}

sr_langid *sr_langid_open(char *err, size_t errlen)
{
    void *h = NULL;
    const char *env = getenv("SITREP_TEXTCAT_DIR");
    if (env && *env)
        h = try_dir(env);
    for (size_t i = 0; !h && i < sizeof textcat_dirs / sizeof textcat_dirs[0]; i++)
        h = try_our_list(textcat_dirs[i]);
    for (size_t i = 0; !h && i < sizeof textcat_dirs / sizeof textcat_dirs[0]; i++)
        h = try_dir(textcat_dirs[i]);
    if (!h) {
        if (err && errlen)
            snprintf(err, errlen,
                     "libexttextcat data not found (fpdb.conf in %s%s%s or /usr/share/libexttextcat): "
                     "install libexttextcat-data or set SITREP_TEXTCAT_DIR",
                     env && *env ? "SITREP_TEXTCAT_DIR=" : "", env && *env ? env : "",
                     env && *env ? "," : "");
        return NULL;
    }
    sr_langid *lid = malloc(sizeof *lid);
    if (!lid) {
        textcat_Done(h);
        if (err && errlen)
            snprintf(err, errlen, "out of memory");
        return NULL;
    }
    lid->handle = h;
    return lid;
}

/* Length of the longest prefix of s[0..len) that is at most `max` bytes and
 * does not cut a UTF-8 sequence. */
static size_t utf8_prefix(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t k = max;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    return k;
}

/* Rough letter count: ASCII letters, plus one per non-ASCII sequence. */
static size_t count_letters(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')
            n++;
        else if (b >= 0xC0)
            n++;
    }
    return n;
}

static void set_und(char out[8])
{
    memcpy(out, "und", 4);
}

/* ------------------------------------------------------------ function words
 *
 * libexttextcat compares the text against every one of its ~170 language
 * fingerprints: about 0.36 ms an article whatever its length (measured with
 * a 200- to 2,000-byte English text), which alone would cap ingest near
 * 2,800 articles/s.  Most news is in a handful of languages whose commonest
 * words tell them apart at once, so we count those first and ask
 * libexttextcat only when the count is not decisive. */

enum { LANG_EN, LANG_FR, LANG_DE, LANG_ES, LANG_IT, LANG_PT, LANG_NL, LANG_RO, LANG_RU, LANG_UK,
       LANG_PL, LANG_COUNT };
static const char *const lang_codes[LANG_COUNT] = {"en", "fr", "de", "es", "it", "pt",
                                                   "nl", "ro", "ru", "uk", "pl"};

typedef struct function_word {
    const char *word;   /* lower case */
    unsigned langs;     /* bit per LANG_* */
} function_word;

#define L(x) (1u << LANG_##x)
/* Sorted by byte value (a test checks it): frequent words that are rare in
 * the other listed languages; a word shared by two languages names both. */
static const function_word function_words[] = {
    {"a", L(IT) | L(PT) | L(ES) | L(RO)},
    {"al", L(RO) | L(ES)},
    {"alla", L(IT)},
    {"als", L(DE) | L(NL)},
    {"anche", L(IT)},
    {"and", L(EN)},
    {"ao", L(PT)},
    {"are", L(EN) | L(RO)},
    {"au", L(FR) | L(RO)},
    {"auch", L(DE)},
    {"auf", L(DE)},
    {"aux", L(FR)},
    {"avec", L(FR)},
    {"by", L(EN)},
    {"ca", L(RO)},
    {"care", L(RO)},
    {"ces", L(FR)},
    {"cette", L(FR)},
    {"che", L(IT)},
    {"como", L(ES) | L(PT)},
    {"con", L(ES) | L(IT)},
    {"cu", L(RO)},
    {"dans", L(FR)},
    {"das", L(DE) | L(PT)},
    {"dat", L(NL)},
    {"de", L(FR) | L(ES) | L(PT) | L(NL) | L(RO)},
    {"dei", L(IT)},
    {"del", L(ES) | L(IT)},
    {"della", L(IT)},
    {"delle", L(IT)},
    {"dem", L(DE)},
    {"den", L(DE) | L(NL)},
    {"der", L(DE)},
    {"des", L(FR) | L(DE)},
    {"di", L(IT)},
    {"die", L(DE)},
    {"din", L(RO)},
    {"dla", L(PL)},
    {"do", L(PT) | L(PL)},
    {"dos", L(PT)},
    {"du", L(FR)},
    {"een", L(NL)},
    {"eine", L(DE)},
    {"el", L(ES)},
    {"em", L(PT)},
    {"en", L(FR) | L(ES) | L(NL)},
    {"est", L(FR)},
    {"esta", L(ES)},
    {"este", L(ES)},
    {"et", L(FR)},
    {"foi", L(PT)},
    {"for", L(EN)},
    {"fost", L(RO)},
    {"from", L(EN)},
    {"fue", L(ES)},
    {"gli", L(IT)},
    {"has", L(EN)},
    {"have", L(EN)},
    {"het", L(NL)},
    {"il", L(IT) | L(FR)},
    {"im", L(DE)},
    {"in", L(EN) | L(DE) | L(IT) | L(NL) | L(RO)},
    {"is", L(EN) | L(NL)},
    {"ist", L(DE)},
    {"it", L(EN)},
    {"jak", L(PL)},
    {"jest", L(PL)},
    {"la", L(FR) | L(ES) | L(IT) | L(RO)},
    {"las", L(ES)},
    {"le", L(FR)},
    {"les", L(FR)},
    {"leur", L(FR)},
    {"los", L(ES)},
    {"lui", L(RO)},
    {"mai", L(RO)},
    {"mais", L(PT)},
    {"met", L(NL)},
    {"mit", L(DE)},
    {"\x6d\xc3\xa1\x73", L(ES)}, /* más */
    {"na", L(PT) | L(PL)},
    {"nel", L(IT)},
    {"nicht", L(DE)},
    {"nie", L(PL)},
    {"niet", L(NL)},
    {"non", L(IT)},
    {"nu", L(RO)},
    {"\x6e\xc3\xa3\x6f", L(PT)}, /* não */
    {"o", L(PT) | L(RO)},
    {"of", L(EN)},
    {"on", L(EN)},
    {"ont", L(FR)},
    {"ook", L(NL)},
    {"op", L(NL)},
    {"oraz", L(PL)},
    {"os", L(PT)},
    {"para", L(ES) | L(PT)},
    {"pas", L(FR)},
    {"pe", L(RO)},
    {"pela", L(PT)},
    {"pelo", L(PT)},
    {"pentru", L(RO)},
    {"per", L(IT)},
    {"pero", L(ES)},
    {"por", L(ES) | L(PT)},
    {"pour", L(FR)},
    {"przez", L(PL)},
    {"que", L(FR) | L(ES) | L(PT)},
    {"qui", L(FR)},
    {"said", L(EN)},
    {"se", L(ES) | L(IT) | L(PT) | L(RO) | L(PL)},
    {"si", L(RO)},
    {"sich", L(DE)},
    {"sie", L(DE) | L(PL)},
    {"sind", L(DE)},
    {"\x73\x69\xc4\x99", L(PL)}, /* się */
    {"sono", L(IT)},
    {"sont", L(FR)},
    {"sunt", L(RO)},
    {"sur", L(FR)},
    {"sus", L(ES)},
    {"te", L(NL)},
    {"that", L(EN)},
    {"the", L(EN)},
    {"to", L(EN) | L(PL)},
    {"uma", L(PT)},
    {"una", L(ES) | L(IT)},
    {"und", L(DE)},
    {"une", L(FR)},
    {"van", L(NL)},
    {"von", L(DE)},
    {"voor", L(NL)},
    {"w", L(PL)},
    {"was", L(EN)},
    {"were", L(EN)},
    {"which", L(EN)},
    {"will", L(EN)},
    {"wird", L(DE)},
    {"with", L(EN)},
    {"wordt", L(NL)},
    {"z", L(PL)},
    {"zijn", L(NL)},
    {"zu", L(DE)},
    {"\xc3\xa0", L(FR)}, /* à */
    {"\xc3\xa9\x74\xc3\xa9", L(FR)}, /* été */
    {"\xc5\xbc\x65", L(PL)}, /* że */
    {"\xc8\x99i", L(RO)}, /* și */
    {"\xd0\xb2", L(RU) | L(UK)}, /* в */
    {"\xd0\xb2\xd1\x96\xd0\xb4", L(UK)}, /* від */
    {"\xd0\xb4\xd0\xbb\xd1\x8f", L(UK)}, /* для */
    {"\xd0\xb4\xd0\xbe", L(UK) | L(RU)}, /* до */
    {"\xd0\xb7", L(UK)}, /* з */
    {"\xd0\xb7\xd0\xb0", L(RU) | L(UK)}, /* за */
    {"\xd0\xb8", L(RU)}, /* и */
    {"\xd0\xb8\xd0\xb7", L(RU)}, /* из */
    {"\xd0\xba\xd0\xb0\xd0\xba", L(RU)}, /* как */
    {"\xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80\xd1\x8b\xd0\xb9", L(RU)}, /* который */
    {"\xd0\xbd\xd0\xb0", L(RU) | L(UK)}, /* на */
    {"\xd0\xbd\xd0\xb5", L(RU) | L(UK)}, /* не */
    {"\xd0\xbe\xd1\x82", L(RU)}, /* от */
    {"\xd0\xbf\xd0\xbe", L(RU)}, /* по */
    {"\xd0\xbf\xd1\x80\xd0\xbe", L(UK)}, /* про */
    {"\xd1\x81", L(RU)}, /* с */
    {"\xd1\x82\xd0\xb0", L(UK)}, /* та */
    {"\xd1\x83", L(UK) | L(RU)}, /* у */
    {"\xd1\x86\xd0\xb5", L(UK)}, /* це */
    {"\xd1\x87\xd1\x82\xd0\xbe", L(RU)}, /* что */
    {"\xd1\x89\xd0\xbe", L(UK)}, /* що */
    {"\xd1\x8d\xd1\x82\xd0\xbe", L(RU)}, /* это */
    {"\xd1\x8f\xd0\xba\xd0\xb8\xd0\xb9", L(UK)}, /* який */
    {"\xd1\x8f\xd0\xba\xd1\x96", L(UK)}, /* які */
    {"\xd1\x96", L(UK)}, /* і */
};
#undef L

/* For tests: the table must stay sorted for the binary search. */
int sr_langid_function_words_sorted(void);
int sr_langid_function_words_sorted(void)
{
    size_t n = sizeof function_words / sizeof *function_words;
    for (size_t i = 1; i < n; i++)
        if (strcmp(function_words[i - 1].word, function_words[i].word) >= 0)
            return 0;
    return 1;
}

static unsigned function_word_langs(const char *w, size_t len)
{
    size_t lo = 0, hi = sizeof function_words / sizeof *function_words;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *f = function_words[mid].word;
        int c = strncmp(f, w, len);
        if (c == 0)
            c = f[len] ? 1 : 0;
        if (c == 0)
            return function_words[mid].langs;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

/* The leading language when the evidence is decisive: `need` sixtieths of
 * score (three words' worth at the end, more for an early exit), function
 * words making up a twelfth of the words (wire tables dilute them), two and
 * a half times the runner-up's score, and a script that fits (a few English
 * words inside Japanese or Arabic text are not English).  -1 otherwise. */
static int decisive_language(const unsigned hits[], const unsigned score[], size_t words,
                             size_t ascii_letters, size_t other_bytes, unsigned need)
{
    int best = -1, second = -1;
    for (int l = 0; l < LANG_COUNT; l++) {
        if (best < 0 || score[l] > score[best]) {
            second = best;
            best = l;
        } else if (second < 0 || score[l] > score[second]) {
            second = l;
        }
    }
    if (best < 0 || score[best] < need || hits[best] * 12 < words ||
        (second >= 0 && 2 * score[best] < 5 * score[second]))
        return -1;
    int cyrillic = best == LANG_RU || best == LANG_UK;
    if (cyrillic ? ascii_letters * 2 > other_bytes : other_bytes * 3 > ascii_letters)
        return -1;
    return best;
}

/* Counts function words in the first words of the text; writes a language
 * and returns 1 when one language leads clearly, -1 when the text has too
 * few words to tell (tables of figures, a headline), else 0. */
int sr_langid_by_function_words(const char *text, size_t len, char out[8]);
int sr_langid_by_function_words(const char *text, size_t len, char out[8])
{
    /* A word shared by k of the languages gives each 1/k: counted in
     * sixtieths so that k = 1..5 divide evenly. */
    unsigned hits[LANG_COUNT] = {0}, score[LANG_COUNT] = {0};
    size_t words = 0, i = 0, ascii_letters = 0, other_bytes = 0;
    char w[16];
    while (i < len && words < 200) {
        while (i < len && !(isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80))
            i++;
        size_t start = i, k = 0;
        while (i < len && (isalpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)) {
            unsigned char c = (unsigned char)text[i];
            if (c >= 0x80)
                other_bytes++;
            else
                ascii_letters++;
            if (k < sizeof w - 1)
                w[k++] = (char)tolower(c);
            i++;
        }
        if (i == start)
            break;
        words++;
        if (i - start < sizeof w - 1) {
            /* Cyrillic capitals: lower-case the two-byte letters А-Я (U+0410-042F) */
            for (size_t j = 0; j + 1 < k; j++) {
                unsigned char a = (unsigned char)w[j], b = (unsigned char)w[j + 1];
                if (a == 0xD0 && b >= 0x90 && b <= 0x9F)
                    w[j + 1] = (char)(b + 0x20);
                else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF) {
                    w[j] = (char)0xD1;
                    w[j + 1] = (char)(b - 0x20);
                }
            }
            unsigned langs = function_word_langs(w, k);
            unsigned share = langs ? 60u / (unsigned)__builtin_popcount(langs) : 0;
            for (int l = 0; langs && l < LANG_COUNT; l++)
                if (langs & (1u << l)) {
                    hits[l]++;
                    score[l] += share;
                }
        }
        /* most articles are decided within their first sentences: stop
         * early on strong evidence (eight words' worth) */
        if (words % 40 == 0) {
            int early = decisive_language(hits, score, words, ascii_letters, other_bytes, 8 * 60);
            if (early >= 0) {
                memcpy(out, lang_codes[early], strlen(lang_codes[early]) + 1);
                return 1;
            }
        }
    }
    /* few words in a Latin-script sample: a table of figures, a headline.
     * (Chinese or Japanese have few space-separated words: textcat decides.) */
    if (words < LANGID_MIN_WORDS)
        return other_bytes * 4 < ascii_letters ? -1 : 0;
    int best = decisive_language(hits, score, words, ascii_letters, other_bytes, 3 * 60);
    if (best < 0)
        return 0;
    memcpy(out, lang_codes[best], strlen(lang_codes[best]) + 1);
    return 1;
}

void sr_langid_guess(sr_langid *lid, const char *text, size_t len, char out[8])
{
    set_und(out);
    if (!lid || !text)
        return;
    size_t n = utf8_prefix(text, len, LANGID_MAX_BYTES);
    if (count_letters(text, n) < LANGID_MIN_LETTERS)
        return;
    /* -1: too few words; textcat's guess on a table of figures is noise too */
    if (sr_langid_by_function_words(text, n, out) != 0)
        return;
    const char *res = textcat_Classify(lid->handle, text, n);
    /* "[en--utf8]" or "[en--utf8][sco--utf8]" (best first), or
     * "UNKNOWN" / "SHORT". */
    if (!res || res[0] != '[')
        return;
    size_t k = 0;
    char code[8];
    for (const char *p = res + 1; *p && *p != ']' && *p != '-' && k < sizeof code - 1; p++)
        code[k++] = (char)tolower((unsigned char)*p);
    code[k] = '\0';
    if (k < 2 || k > 3)
        return;
    for (size_t i = 0; i < k; i++)
        if (code[i] < 'a' || code[i] > 'z')
            return;
    memcpy(out, code, k + 1);
}

void sr_langid_close(sr_langid *lid)
{
    if (!lid)
        return;
    textcat_Done(lid->handle);
    free(lid);
}
