/*
 * dates.c - finding and resolving dates in running text (see dates.h).
 *
 * A scanner over a sentence's word tokens, trying at each word the forms
 * below in turn.  The conventions, where news leaves a choice:
 *   - a bare weekday ("said on Friday") is the latest such day on or before
 *     the publication date, unless the sentence speaks of the future ("will",
 *     "next", "is due to"): then the first one after it;
 *   - "last Monday" is the one before the publication date's own week day
 *     (a week back when they coincide); "next Monday" the one after;
 *   - a month and day without a year ("January 20") take the year that puts
 *     them nearest the publication date, so a January 3 story's "December
 *     28" is last year's; a month alone ("in January") likewise;
 *   - "last week" is seven days back (week precision); "last month" and
 *     "next month" are months (month precision); "14 years ago" and "two
 *     decades ago" are years.
 */
#include "time/dates.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/arena.h"
#include "util/date.h"

long sr_days_from_civil(int y, int m, int d)
{
    /* Howard Hinnant's days_from_civil */
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void sr_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int sr_weekday(int y, int m, int d)
{
    long z = sr_days_from_civil(y, m, d);
    /* 1970-01-01 was a Thursday (3) */
    long w = (z + 3) % 7;
    return (int)(w < 0 ? w + 7 : w);
}

typedef struct word {
    const char *s;
    size_t len;
    uint32_t tok;
    int number; /* value when the token is a plain number, else -1 */
} word;

static const char *const month_names[12] = {"january", "february", "march", "april", "may", "june",
                                            "july", "august", "september", "october", "november",
                                            "december"};
static const char *const weekday_names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                             "friday", "saturday", "sunday"};

static int word_is(const word *w, const char *s)
{
    return strlen(s) == w->len && strncasecmp(w->s, s, w->len) == 0;
}

/* "January", "Jan", "Jan.", "Sept." (not "may" in lower case: the verb) */
static int month_of(const word *w)
{
    size_t len = w->len;
    if (len && w->s[len - 1] == '.')
        len--;
    if (len < 3)
        return 0;
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(month_names[m]);
        if ((len == full || (len == 3 && m != 4) || (m == 8 && len == 4)) && len <= full &&
            strncasecmp(w->s, month_names[m], len) == 0) {
            if (m == 4 && !isupper((unsigned char)w->s[0]))
                return 0;
            if (len < full && len == 3 && !isupper((unsigned char)w->s[0]))
                return 0; /* "mar", "dec" in lower case are not months */
            return m + 1;
        }
    }
    return 0;
}

static int weekday_of(const word *w)
{
    size_t len = w->len;
    if (len && w->s[len - 1] == '.')
        len--;
    for (int d = 0; d < 7; d++)
        if (len == strlen(weekday_names[d]) && strncasecmp(w->s, weekday_names[d], len) == 0)
            return d;
    return -1;
}

static int number_word(const word *w)
{
    static const char *const small[] = {"zero",    "one",     "two",       "three",    "four",
                                        "five",    "six",     "seven",     "eight",    "nine",
                                        "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                                        "twenty"};
    if (w->number >= 0)
        return w->number;
    for (int i = 0; i <= 20; i++)
        if (word_is(w, small[i]))
            return i;
    if (word_is(w, "a") || word_is(w, "an"))
        return 1;
    if (word_is(w, "thirty"))
        return 30;
    if (word_is(w, "forty"))
        return 40;
    if (word_is(w, "fifty"))
        return 50;
    if (word_is(w, "hundred"))
        return 100;
    return -1;
}

/* A day of the month: "20", "20th", "1st". */
static int day_of(const word *w)
{
    size_t i = 0;
    int v = 0;
    while (i < w->len && i < 2 && isdigit((unsigned char)w->s[i]))
        v = v * 10 + (w->s[i++] - '0');
    if (i == 0 || v < 1 || v > 31)
        return 0;
    if (i == w->len)
        return v;
    const char *rest = w->s + i;
    size_t rl = w->len - i;
    if (rl == 2 && (!strncasecmp(rest, "st", 2) || !strncasecmp(rest, "nd", 2) ||
                    !strncasecmp(rest, "rd", 2) || !strncasecmp(rest, "th", 2)))
        return v;
    return 0;
}

static int year_of(const word *w)
{
    if (w->len == 4 && w->number >= 1000 && w->number <= 2999)
        return w->number;
    return 0;
}

typedef struct scan {
    const word *w;
    size_t n;
    int py, pm, pd; /* publication date; py = 0 when unknown */
    long pub;       /* its day number */
    int future;     /* the sentence speaks of the future */
} scan;

static void set_day(sr_date_mention *m, long days, int how)
{
    sr_civil_from_days(days, &m->year, &m->month, &m->day);
    m->precision = SR_DATE_DAY;
    m->how = (uint8_t)how;
}

/* The year that puts month/day nearest the publication date. */
static int nearest_year(const scan *sc, int month, int day)
{
    int best = sc->py;
    long bestd = -1;
    for (int y = sc->py - 1; y <= sc->py + 1; y++) {
        int d = day ? day : 15;
        if (d > sr_date_days_in_month(y, month))
            continue;
        long dist = labs(sr_days_from_civil(y, month, d) - sc->pub);
        /* a tie (rare: half a year away) goes to the past, as news reports it */
        if (bestd < 0 || dist < bestd) {
            bestd = dist;
            best = y;
        }
    }
    return best;
}

static void add_months(int *y, int *m, int delta)
{
    int t = *y * 12 + (*m - 1) + delta;
    int r = t % 12; /* floored: "30000 months ago" lands before year 0 */
    *y = t / 12 - (r < 0);
    *m = r + (r < 0 ? 12 : 0) + 1;
}

/* A day of a month, in either order ("February 10", "10 February"): with
 * its year when written (then `with_year` words long), else the year that
 * puts it nearest the publication date (`without_year` words); 0 when the
 * day does not exist or there is no publication date to go by. */
static size_t day_of_month(const scan *sc, sr_date_mention *m, int day, int mo, int year,
                           size_t with_year, size_t without_year)
{
    int how = SR_DATE_ABSOLUTE;
    size_t words = with_year;
    if (!year || day > sr_date_days_in_month(year, mo)) {
        if (!sc->py)
            return 0;
        year = nearest_year(sc, mo, day);
        how = SR_DATE_RELATIVE;
        words = without_year;
        if (day > sr_date_days_in_month(year, mo))
            return 0;
    }
    m->year = year;
    m->month = mo;
    m->day = day;
    m->precision = SR_DATE_DAY;
    m->how = (uint8_t)how;
    return words;
}

/* Tries a date expression at word i; on success fills m and returns the
 * number of words it spans. */
static size_t match_at(const scan *sc, size_t i, sr_date_mention *m)
{
    const word *w = sc->w;
    size_t n = sc->n;
    memset(m, 0, sizeof *m);
    int have_pub = sc->py != 0;

    /* ISO and numeric dates inside one token: 2022-02-11, 10.02.2022 */
    if (w[i].len >= 8 && w[i].len <= 10 && isdigit((unsigned char)w[i].s[0])) {
        char out[11];
        if (sr_date_parse(w[i].s, w[i].len, out)) {
            m->year = atoi(out);
            m->month = atoi(out + 5);
            m->day = atoi(out + 8);
            m->precision = SR_DATE_DAY;
            m->how = SR_DATE_ABSOLUTE;
            return 1;
        }
    }
    /* Month day[, year] */
    int mo = month_of(&w[i]);
    if (mo) {
        size_t j = i + 1;
        int day = j < n ? day_of(&w[j]) : 0;
        if (day) {
            j++;
            if (j < n && word_is(&w[j], ","))
                j++;
            int y = j < n ? year_of(&w[j]) : 0;
            return day_of_month(sc, m, day, mo, y, j + 1 - i, 2);
        }
        /* Month year: "February 2022" */
        int y = j < n ? year_of(&w[j]) : 0;
        if (y) {
            m->year = y;
            m->month = mo;
            m->precision = SR_DATE_MONTH;
            m->how = SR_DATE_ABSOLUTE;
            return 2;
        }
        /* a month alone, after a preposition: "in January", "last March" */
        if (i > 0 && have_pub &&
            (word_is(&w[i - 1], "in") || word_is(&w[i - 1], "since") || word_is(&w[i - 1], "until") ||
             word_is(&w[i - 1], "by") || word_is(&w[i - 1], "from") || word_is(&w[i - 1], "early") ||
             word_is(&w[i - 1], "late") || word_is(&w[i - 1], "mid") || word_is(&w[i - 1], "of"))) {
            m->year = nearest_year(sc, mo, 0);
            m->month = mo;
            m->precision = SR_DATE_MONTH;
            m->how = SR_DATE_RELATIVE;
            return 1;
        }
        return 0;
    }
    /* day Month [year]: "10 February 2022", "20 January" */
    int day = day_of(&w[i]);
    if (day && i + 1 < n && (mo = month_of(&w[i + 1])) != 0) {
        int y = i + 2 < n ? year_of(&w[i + 2]) : 0;
        return day_of_month(sc, m, day, mo, y, 3, 2);
    }
    /* a year after a preposition: "in 2014", "since 2014" */
    int y = year_of(&w[i]);
    if (y && i > 0 &&
        (word_is(&w[i - 1], "in") || word_is(&w[i - 1], "since") || word_is(&w[i - 1], "until") ||
         word_is(&w[i - 1], "by") || word_is(&w[i - 1], "from") || word_is(&w[i - 1], "of") ||
         word_is(&w[i - 1], "before") || word_is(&w[i - 1], "after") ||
         word_is(&w[i - 1], "than")) &&
        !(i + 1 < n && (word_is(&w[i + 1], "%") || word_is(&w[i + 1], "troops") ||
                        word_is(&w[i + 1], "people")))) {
        m->year = y;
        m->precision = SR_DATE_YEAR;
        m->how = SR_DATE_ABSOLUTE;
        return 1;
    }
    if (!have_pub)
        return 0;
    /* today, yesterday, tomorrow, tonight */
    if (word_is(&w[i], "today") || word_is(&w[i], "tonight")) {
        set_day(m, sc->pub, SR_DATE_RELATIVE);
        return 1;
    }
    if (word_is(&w[i], "yesterday")) {
        set_day(m, sc->pub - 1, SR_DATE_RELATIVE);
        return 1;
    }
    if (word_is(&w[i], "tomorrow")) {
        set_day(m, sc->pub + 1, SR_DATE_RELATIVE);
        return 1;
    }
    /* [last|next|this|on|coming|past] Weekday */
    int wd = weekday_of(&w[i]);
    if (wd >= 0) {
        int pub_wd = sr_weekday(sc->py, sc->pm, sc->pd);
        const word *prev = i > 0 ? &w[i - 1] : NULL;
        long back = (pub_wd - wd + 7) % 7;    /* days back to the latest such day, 0..6 */
        long ahead = (wd - pub_wd + 7) % 7;   /* days ahead to the next, 0..6 */
        long day_no;
        if (prev && (word_is(prev, "last") || word_is(prev, "past")))
            day_no = sc->pub - (back ? back : 7);
        else if (prev && (word_is(prev, "next") || word_is(prev, "coming")))
            day_no = sc->pub + (ahead ? ahead : 7);
        else if (sc->future)
            day_no = sc->pub + ahead;
        else
            day_no = sc->pub - back;
        set_day(m, day_no, SR_DATE_RELATIVE);
        if (prev && (word_is(prev, "last") || word_is(prev, "past") || word_is(prev, "next") ||
                     word_is(prev, "coming") || word_is(prev, "this")))
            return 1 | 0x100; /* the span starts one word earlier */
        return 1;
    }
    /* last/next/this week|month|year */
    if ((word_is(&w[i], "last") || word_is(&w[i], "next") || word_is(&w[i], "this") ||
         word_is(&w[i], "past")) &&
        i + 1 < n) {
        int dir = word_is(&w[i], "next") ? 1 : word_is(&w[i], "this") ? 0 : -1;
        if (word_is(&w[i + 1], "week")) {
            sr_civil_from_days(sc->pub + 7 * dir, &m->year, &m->month, &m->day);
            m->precision = SR_DATE_WEEK;
            m->how = SR_DATE_RELATIVE;
            return 2;
        }
        if (word_is(&w[i + 1], "month")) {
            m->year = sc->py;
            m->month = sc->pm;
            add_months(&m->year, &m->month, dir);
            m->precision = SR_DATE_MONTH;
            m->how = SR_DATE_RELATIVE;
            return 2;
        }
        if (word_is(&w[i + 1], "year")) {
            m->year = sc->py + dir;
            m->precision = SR_DATE_YEAR;
            m->how = SR_DATE_RELATIVE;
            return 2;
        }
    }
    /* N days|weeks|months|years|decades ago */
    int count = number_word(&w[i]);
    if (count >= 0 && i + 2 < n && word_is(&w[i + 2], "ago")) {
        const word *unit = &w[i + 1];
        if (word_is(unit, "day") || word_is(unit, "days")) {
            set_day(m, sc->pub - count, SR_DATE_RELATIVE);
        } else if (word_is(unit, "week") || word_is(unit, "weeks")) {
            sr_civil_from_days(sc->pub - 7L * count, &m->year, &m->month, &m->day);
            m->precision = SR_DATE_WEEK;
        } else if (word_is(unit, "month") || word_is(unit, "months")) {
            m->year = sc->py;
            m->month = sc->pm;
            add_months(&m->year, &m->month, -count);
            m->precision = SR_DATE_MONTH;
        } else if (word_is(unit, "year") || word_is(unit, "years")) {
            m->year = sc->py - count;
            m->precision = SR_DATE_YEAR;
        } else if (word_is(unit, "decade") || word_is(unit, "decades")) {
            /* capped so that the product cannot overflow ("999999999
             * decades ago"); the text clamps below year 0 anyway */
            m->year = sc->py - 10 * (count < 100000 ? count : 100000);
            m->precision = SR_DATE_YEAR;
        } else {
            return 0;
        }
        m->how = SR_DATE_RELATIVE;
        return 3;
    }
    return 0;
}

/* Writes the mention's text form; years outside 0..9999 clamp (the
 * scanner only reads four-digit years, but "N decades ago" can reach below). */
static void format_mention(sr_date_mention *m)
{
    unsigned y = m->year < 0 ? 0u : m->year > 9999 ? 9999u : (unsigned)m->year;
    unsigned mo = (unsigned)m->month % 13u, d = (unsigned)m->day % 32u;
    char *o = m->text;
    o[0] = (char)('0' + y / 1000);
    o[1] = (char)('0' + y / 100 % 10);
    o[2] = (char)('0' + y / 10 % 10);
    o[3] = (char)('0' + y % 10);
    o[4] = '\0';
    if (m->precision == SR_DATE_YEAR)
        return;
    o[4] = '-';
    o[5] = (char)('0' + mo / 10);
    o[6] = (char)('0' + mo % 10);
    o[7] = '\0';
    if (m->precision == SR_DATE_MONTH)
        return;
    o[7] = '-';
    o[8] = (char)('0' + d / 10);
    o[9] = (char)('0' + d % 10);
    o[10] = '\0';
}

/* Words that put a sentence in the future: "will meet on Monday". */
static int speaks_of_future(const word *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (word_is(&w[i], "will") || word_is(&w[i], "shall") || word_is(&w[i], "'ll") ||
            word_is(&w[i], "’ll") || word_is(&w[i], "upcoming"))
            return 1;
        if ((word_is(&w[i], "due") || word_is(&w[i], "scheduled") || word_is(&w[i], "set") ||
             word_is(&w[i], "going") || word_is(&w[i], "plans") || word_is(&w[i], "planned")) &&
            i + 1 < n && word_is(&w[i + 1], "to"))
            return 1;
    }
    return 0;
}

size_t sr_dates_find(const char *body, const sr_text *t, uint32_t first_tok, uint32_t end_tok,
                     const char *published, sr_date_mention *out, size_t cap)
{
    if (end_tok > t->n_tokens)
        end_tok = (uint32_t)t->n_tokens;
    if (first_tok >= end_tok)
        return 0;
    size_t n = end_tok - first_tok;
    word stack_words[128];
    word *w = n <= 128 ? stack_words : malloc(n * sizeof *w);
    if (!w)
        return 0;
    for (size_t i = 0; i < n; i++) {
        const sr_token *k = &t->tokens[first_tok + i];
        w[i].s = body + k->byte_start;
        w[i].len = k->byte_end - k->byte_start;
        w[i].tok = first_tok + (uint32_t)i;
        w[i].number = -1;
        if (k->kind == SR_TOK_NUMBER && w[i].len <= 9) {
            int v = 0, ok = 1;
            for (size_t c = 0; c < w[i].len; c++) {
                if (!isdigit((unsigned char)w[i].s[c])) {
                    ok = 0;
                    break;
                }
                v = v * 10 + (w[i].s[c] - '0');
            }
            if (ok)
                w[i].number = v;
        }
    }
    scan sc = {w, n, 0, 0, 0, 0, speaks_of_future(w, n)};
    char pub[11];
    if (published && sr_date_parse(published, strlen(published), pub)) {
        sc.py = atoi(pub);
        sc.pm = atoi(pub + 5);
        sc.pd = atoi(pub + 8);
        sc.pub = sr_days_from_civil(sc.py, sc.pm, sc.pd);
    }
    size_t found = 0;
    for (size_t i = 0; i < n;) {
        sr_date_mention m;
        size_t r = match_at(&sc, i, &m);
        if (!r) {
            i++;
            continue;
        }
        size_t span = r & 0xff, first = (r & 0x100) && i > 0 ? i - 1 : i;
        const sr_token *a = &t->tokens[w[first].tok], *b = &t->tokens[w[i + span - 1].tok];
        m.start = a->start;
        m.end = b->end;
        m.byte_start = a->byte_start;
        m.byte_end = b->byte_end;
        format_mention(&m);
        if (found < cap)
            out[found] = m;
        found++;
        i += span;
    }
    if (w != stack_words)
        free(w);
    return found;
}

const char *sr_dates_for_sentence(const char *body, const sr_text *t, uint32_t sentence,
                                  const char *published, char out[11])
{
    out[0] = '\0';
    if (sentence < t->n_sentences) {
        const sr_sentence *s = &t->sentences[sentence];
        sr_date_mention m[8];
        size_t n = sr_dates_find(body, t, s->first_token, s->first_token + s->n_tokens, published, m, 8);
        for (size_t i = 0; i < n && i < 8; i++)
            if (m[i].precision == SR_DATE_DAY || m[i].precision == SR_DATE_WEEK) {
                memcpy(out, m[i].text, 11);
                return "stated";
            }
    }
    if (published && sr_date_parse(published, strlen(published), out))
        return "publication";
    out[0] = '\0';
    return NULL;
}

int sr_dates_resolve_string(const char *text, size_t len, const char *published, char out[11])
{
    sr_arena arena;
    sr_arena_init(&arena);
    sr_text t;
    int ok = 0;
    out[0] = '\0';
    if (sr_text_analyze(text, len, &arena, &t) == 0) {
        sr_date_mention m;
        if (sr_dates_find(text, &t, 0, (uint32_t)t.n_tokens, published, &m, 1) > 0) {
            memcpy(out, m.text, 11);
            ok = 1;
        }
    }
    sr_arena_free(&arena);
    return ok;
}
