/*
 * date.h - calendar dates as written in news metadata.
 */
#ifndef SR_UTIL_DATE_H
#define SR_UTIL_DATE_H

#include <stddef.h>

/* Reads a date from a metadata value and writes it as "YYYY-MM-DD".
 * Accepts ISO 8601 (2022-02-11, 2022-02-11T10:00:00Z, "2022-02-11 10:00"),
 * 20220211, RFC 1123 / HTTP and WARC dates ("Fri, 11 Feb 2022 10:00:00 GMT"),
 * "Feb. 10, 2022", "February 10, 2022", "Thursday, February 10, 2022",
 * "10 February 2022", "10 Feb. 2022", European "10.02.2022" and US
 * "02/10/2022".  Leading and trailing text is not allowed except a weekday
 * before and a time after.  Returns 1 when a valid calendar date was read,
 * else 0 (out is then ""). */
int sr_date_parse(const char *s, size_t len, char out[11]);

/* Days in a month of a year (Gregorian). */
int sr_date_days_in_month(int year, int month);

#endif
