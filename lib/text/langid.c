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

sr_langid *sr_langid_open(char *err, size_t errlen)
{
    void *h = NULL;
    const char *env = getenv("SITREP_TEXTCAT_DIR");
    if (env && *env)
        h = try_dir(env);
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

void sr_langid_guess(sr_langid *lid, const char *text, size_t len, char out[8])
{
    set_und(out);
    if (!lid || !text)
        return;
    size_t n = utf8_prefix(text, len, LANGID_MAX_BYTES);
    if (count_letters(text, n) < LANGID_MIN_LETTERS)
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
