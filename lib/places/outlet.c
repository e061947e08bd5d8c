/*
 * outlet.c - where an article's outlet is, from its web address.
 *
 * A careful reader knows that the Irish Independent writing "Dublin"
 * means Dublin, Ireland, and that the London Free Press writing "London"
 * may well mean the one in Ontario.  The web address says as much: a
 * national top-level domain (.ie, .co.uk, .ca, .com.lb) is where the
 * outlet is registered and, for news, nearly always where it writes from.
 * The generic domains (.com, .org, .net) say nothing, and neither do the
 * national domains sold worldwide for their letters (.tv, .io, .co, .me,
 * ...).  Resolution takes the country as one more vote for the article's
 * country (places.c), never as a rule.
 */
#include <string.h>

#include "places/places.h"

/* National domains sold as generic ones: the letters, not the country,
 * are what their owners buy (Google's list of generic country-code
 * domains, plus .ai, .ly, .to, .gg that are used the same way). */
static const char generic_cctlds[][3] = {"ad", "ai", "as", "bz", "cc", "cd", "co", "dj", "fm",
                                         "gg", "io", "la", "ly", "me", "ms", "nu", "sc", "sr",
                                         "su", "tk", "to", "tv", "vc", "ws"};

int sr_outlet_tld(const char *source, char code[3])
{
    code[0] = '\0';
    if (!source)
        return 0;
    /* the host: after "scheme://" and any "user@", up to the port, path,
     * query or fragment; a bare host ("lfpress.ca") is itself */
    const char *h = strstr(source, "://");
    h = h ? h + 3 : source;
    while (*h == ' ' || *h == '\t' || *h == '\n' || *h == '\r')
        h++;
    size_t n = strcspn(h, "/?#: \t\r\n");
    const char *at = memchr(h, '@', n);
    if (at) {
        n -= (size_t)(at + 1 - h);
        h = at + 1;
    }
    while (n > 0 && h[n - 1] == '.')
        n--; /* "example.ie." */
    /* a host has a dot and no spaces; an outlet's name ("The Irish Times") is not one */
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++) {
        char c = h[i];
        if (c == '.')
            dot = h + i;
        else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return 0;
    }
    if (!dot || h + n - dot != 3)
        return 0; /* no dot, or a last label not of two letters (.com, .org, .info) */
    char a = (char)(dot[1] | 0x20), b = (char)(dot[2] | 0x20);
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z')
        return 0;
    for (size_t i = 0; i < sizeof generic_cctlds / sizeof generic_cctlds[0]; i++)
        if (generic_cctlds[i][0] == a && generic_cctlds[i][1] == b)
            return 0;
    if (a == 'u' && b == 'k') { /* the United Kingdom's domain is not its ISO code (GB) */
        a = 'g';
        b = 'b';
    }
    if (a == 'e' && b == 'u')
        return 0; /* the European Union: no one country */
    code[0] = (char)(a & ~0x20);
    code[1] = (char)(b & ~0x20);
    code[2] = '\0';
    return 1;
}

uint16_t sr_places_outlet_country(const sr_gazetteer *g, const char *source)
{
    char code[3];
    return sr_outlet_tld(source, code) ? sr_gazetteer_country_by_iso2(g, code) : 0xffff;
}
