/* dates — find and resolve dates as statements write them.
 *
 * Recognised: "24 November 2022", "Sunday, 20 November", "June 10, 2019",
 * "10th of June", "2019-06-10", "26/06/2020", "February 2023", and the
 * relative "yesterday", "today", "last Sunday".  A date without a year is
 * partial; resolving it against the statement's own date supplies the year
 * (the most recent such day on or before it), and never anything else. */
#ifndef COMMUNIQUE_DATES_H
#define COMMUNIQUE_DATES_H

#include <stddef.h>

enum date_relative { DATE_ABSOLUTE, DATE_YESTERDAY, DATE_TODAY, DATE_LAST_WEEKDAY };

struct date_match {
    size_t offset, length;  /* bytes in the searched text */
    int year, month, day;   /* 0 where not stated */
    int weekday;            /* 1 = Monday … 7 = Sunday, 0 if not stated */
    enum date_relative relative;
};

/* First date at or after text[from]; returns 1 and fills *m, else 0. */
int date_find(const char *text, size_t from, struct date_match *m);
/* date_find for a date that starts before byte limit: the recognisers of
 * header lines look at a line's opening bytes only, not at a paragraph. */
int date_find_before(const char *text, size_t from, size_t limit, struct date_match *m);

/* True when the whole of s (trimmed) is one date expression, optionally
 * preceded by "Place, " — stores the place prefix length in *place_len. */
int date_is_whole(const char *s, struct date_match *m, size_t *place_len);

/* Renders m as an XSD date value: "YYYY-MM-DD", "YYYY-MM", "YYYY" or
 * "--MM-DD".  anchor is the statement's date ("YYYY-MM-DD") or NULL; it
 * supplies a missing year and resolves relative dates.  Returns a heap
 * string, or NULL when the date cannot be pinned down. */
char *date_value(const struct date_match *m, const char *anchor);

/* Day of week (1 = Monday) of a calendar date. */
int date_weekday(int year, int month, int day);

#endif
