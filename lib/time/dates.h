/*
 * dates.h - dates stated in a sentence, resolved against the article's
 * publication date: "on Friday", "last week", "next month", "January 20"
 * (across a year boundary), "14 years ago", "two decades ago",
 * "10 January 2022", "2022-02-11".
 *
 * Absolute metadata dates are util/date.h's job (sr_date_parse); this is
 * the running text.  Results live in the caller's arena or array.
 */
#ifndef SR_TIME_DATES_H
#define SR_TIME_DATES_H

#include <stddef.h>
#include <stdint.h>

#include "text/text.h"

typedef enum sr_date_precision {
    SR_DATE_DAY = 1,   /* "YYYY-MM-DD" */
    SR_DATE_WEEK = 2,  /* a day inside the week meant ("last week": seven days before) */
    SR_DATE_MONTH = 3, /* "YYYY-MM" */
    SR_DATE_YEAR = 4   /* "YYYY" */
} sr_date_precision;

typedef enum sr_date_how {
    SR_DATE_ABSOLUTE = 1, /* the text gives the full date: "10 January 2022" */
    SR_DATE_RELATIVE = 2  /* resolved against the publication date: "on Friday" */
} sr_date_how;

typedef struct sr_date_mention {
    uint32_t start, end;           /* code points into the body */
    uint32_t byte_start, byte_end;
    int year, month, day;          /* month and day are 0 below their precision */
    uint8_t precision;             /* sr_date_precision */
    uint8_t how;                   /* sr_date_how */
    char text[11];                 /* "2022-02-11", "2022-02", "2022" */
} sr_date_mention;

/* Finds the date expressions in tokens [first_tok, end_tok) of t (one
 * sentence, or a clause of it) and resolves them against `published`
 * ("YYYY-MM-DD"; relative expressions are skipped when it is NULL or not a
 * date).  Writes up to cap mentions, in text order; returns how many were
 * found (may exceed cap). */
size_t sr_dates_find(const char *body, const sr_text *t, uint32_t first_tok, uint32_t end_tok,
                     const char *published, sr_date_mention *out, size_t cap);

/* An event's date: the first date of day (or week) precision its sentence
 * states, else the publication date.  Writes "YYYY-MM-DD" to out and
 * returns "stated" or "publication" (NULL when there is neither). */
const char *sr_dates_for_sentence(const char *body, const sr_text *t, uint32_t sentence,
                                  const char *published, char out[11]);

/* Resolves the first date expression in a piece of text (for tests and
 * tools): writes its text form to out and returns 1, or returns 0. */
int sr_dates_resolve_string(const char *text, size_t len, const char *published, char out[11]);

/* Day arithmetic on the proleptic Gregorian calendar. */
long sr_days_from_civil(int y, int m, int d);
void sr_civil_from_days(long z, int *y, int *m, int *d);
/* 0 = Monday ... 6 = Sunday */
int sr_weekday(int y, int m, int d);

#endif
