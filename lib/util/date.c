/*
 * date.c - parsing the date forms that news metadata uses (see date.h).
 *
 * A small hand scanner rather than strptime: strptime is locale-dependent and
 * would need one pattern per form.  Relative dates ("on Friday") belong to
 * the places-and-time stage, not here.
 */
#include "util/date.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

typedef struct scan {
    const char *s;
    size_t len, i;
} scan;

static const char *const month_names[12] = {"january", "february", "march",     "april",
                                            "may",     "june",     "july",      "august",
                                            "september", "october", "november", "december"};

int sr_date_days_in_month(int year, int month)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

static void skip_space(scan *sc)
{
    while (sc->i < sc->len && (isspace((unsigned char)sc->s[sc->i]) || sc->s[sc->i] == ','))
        sc->i++;
}

/* Reads 1..max digits; returns the count read. */
static int read_number(scan *sc, int max, int *value)
{
    int n = 0, v = 0;
    while (sc->i < sc->len && n < max && isdigit((unsigned char)sc->s[sc->i])) {
        v = v * 10 + (sc->s[sc->i] - '0');
        sc->i++;
        n++;
    }
    *value = v;
    return n;
}

static size_t word_length(const scan *sc)
{
    size_t k = 0;
    while (sc->i + k < sc->len && isalpha((unsigned char)sc->s[sc->i + k]))
        k++;
    return k;
}

/* A month name or its three-letter (or "Sept") abbreviation, optional '.'. */
static int read_month_name(scan *sc)
{
    size_t k = word_length(sc);
    if (k < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(month_names[m]);
        if ((k == full || k == 3 || (m == 8 && k == 4)) && k <= full &&
            strncasecmp(sc->s + sc->i, month_names[m], k) == 0) {
            sc->i += k;
            if (sc->i < sc->len && sc->s[sc->i] == '.')
                sc->i++;
            return m + 1;
        }
    }
    return 0;
}

static void skip_weekday(scan *sc)
{
    static const char *const days[7] = {"monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    size_t k = word_length(sc);
    for (int d = 0; d < 7 && k >= 3; d++) {
        if ((k == 3 || k == strlen(days[d])) && strncasecmp(sc->s + sc->i, days[d], k) == 0) {
            sc->i += k;
            if (sc->i < sc->len && sc->s[sc->i] == '.')
                sc->i++;
            skip_space(sc);
            return;
        }
    }
}

/* After the date: nothing, or a time and zone ("T10:00:00Z", " 08:15",
 * " 10:00:00 GMT", "+02:00"). */
static int rest_is_time(const scan *sc)
{
    size_t i = sc->i;
    while (i < sc->len && isspace((unsigned char)sc->s[i]))
        i++;
    if (i == sc->len)
        return 1;
    if (sc->s[i] == 'T' || sc->s[i] == 't')
        i++;
    if (i < sc->len && isdigit((unsigned char)sc->s[i])) {
        for (; i < sc->len; i++) {
            unsigned char c = (unsigned char)sc->s[i];
            if (!(isalnum(c) || c == ':' || c == '.' || c == '+' || c == '-' || c == ' ' ||
                  c == ','))
                return 0;
        }
        return 1;
    }
    return 0;
}

static int emit(int y, int m, int d, char out[11])
{
    if (y < 1000 || y > 9999 || d < 1 || d > sr_date_days_in_month(y, m))
        return 0;
    /* ranges checked above: the fields fit exactly */
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
    return 1;
}

int sr_date_parse(const char *s, size_t len, char out[11])
{
    scan sc = {s, len, 0};
    out[0] = '\0';
    skip_space(&sc);
    skip_weekday(&sc);
    size_t start = sc.i;
    int a, b, c;
    int na = read_number(&sc, 8, &a);

    if (na == 8 && rest_is_time(&sc)) /* 20220211 */
        return emit(a / 10000, a / 100 % 100, a % 100, out);
    if (na == 4 && sc.i < len && (s[sc.i] == '-' || s[sc.i] == '/' || s[sc.i] == '.')) {
        char sep = s[sc.i++];
        if (read_number(&sc, 2, &b) && sc.i < len && s[sc.i] == sep) {
            sc.i++;
            if (read_number(&sc, 2, &c) && rest_is_time(&sc))
                return emit(a, b, c, out);
        }
        return 0;
    }
    if ((na == 1 || na == 2) && sc.i < len && (s[sc.i] == '.' || s[sc.i] == '/')) {
        char sep = s[sc.i++];
        if (read_number(&sc, 2, &b) && sc.i < len && s[sc.i] == sep) {
            sc.i++;
            if (read_number(&sc, 4, &c) == 4 && rest_is_time(&sc))
                /* dots are European day.month, slashes US month/day */
                return sep == '.' ? emit(c, b, a, out) : emit(c, a, b, out);
        }
        if (sep != '.')
            return 0;
        /* "10. February 2022" falls through to the day-month form */
    }
    if (na == 1 || na == 2) { /* 10 February 2022, 11 Feb 2022 10:00:00 GMT */
        skip_space(&sc);
        int m = read_month_name(&sc);
        skip_space(&sc);
        if (m && read_number(&sc, 4, &c) == 4 && rest_is_time(&sc))
            return emit(c, m, a, out);
        return 0;
    }
    if (na == 0) { /* February 10, 2022 */
        sc.i = start;
        int m = read_month_name(&sc);
        skip_space(&sc);
        if (m && read_number(&sc, 2, &b)) {
            while (sc.i < len && isalpha((unsigned char)s[sc.i])) /* 10th */
                sc.i++;
            skip_space(&sc);
            if (read_number(&sc, 4, &c) == 4 && rest_is_time(&sc))
                return emit(c, m, b, out);
        }
    }
    return 0;
}
