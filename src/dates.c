#include "dates.h"

#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phrase_index.h"
#include "strbuf.h"
#include "utf8.h"

/* A table of names ends with a NULL name (phrase_index.h indexes it). */
struct name_number {
    const char *name;
    int number;
};

/* Longer spellings first so "Sept." wins over "Sep". */
static const struct name_number MONTHS[] = {
    {"January", 1}, {"February", 2}, {"March", 3},    {"April", 4},
    {"May", 5},     {"June", 6},     {"July", 7},      {"August", 8},
    {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12},
    {"Sept.", 9},   {"Jan.", 1},     {"Feb.", 2},      {"Mar.", 3},
    {"Apr.", 4},    {"Aug.", 8},     {"Oct.", 10},     {"Nov.", 11},
    {"Dec.", 12},   {"Jan", 1},      {"Feb", 2},       {"Mar", 3},
    {"Apr", 4},     {"Jun", 6},      {"Jul", 7},       {"Aug", 8},
    {"Sep", 9},     {"Oct", 10},     {"Nov", 11},      {"Dec", 12},
    /* Statements in French, German, Spanish and Russian (genitive, as
     * dates are written), Portuguese, Italian, Dutch and Bulgarian: the
     * numbers are language-independent, the month names are data. */
    {"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12},
    {"Januar", 1}, {"Februar", 2}, {"März", 3}, {"Juni", 6}, {"Juli", 7}, {"Oktober", 10},
    {"Dezember", 12},
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12},
    {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6},
    {"июля", 7}, {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11},
    {"декабря", 12},
    /* Portuguese, Italian, Dutch and Bulgarian */
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
    {"setembro", 9}, {"outubro", 10}, {"dezembro", 12},
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5}, {"augustus", 8},
    {"януари", 1}, {"февруари", 2}, {"март", 3}, {"април", 4}, {"май", 5}, {"юни", 6},
    {"юли", 7}, {"август", 8}, {"септември", 9}, {"октомври", 10}, {"ноември", 11},
    {"декември", 12},
    {NULL, 0},
};

/* Articles that may stand between a dateline's place and its date. */
static const char *const DATE_ARTICLES[] = {"le", "el", "em", "den", "am", "il", NULL};

static const struct name_number WEEKDAYS[] = {
    {"Monday", 1}, {"Tuesday", 2}, {"Wednesday", 3}, {"Thursday", 4},
    {"Friday", 5}, {"Saturday", 6}, {"Sunday", 7},
    {NULL, 0},
};

static int word_end(const char *p)
{
    /* "yesterday’s": a curly apostrophe ends the word too. */
    if (strncmp(p, "\xe2\x80\x99", 3) == 0)
        return 1;
    return !isalnum((unsigned char)*p) && (unsigned char)*p < 0x80;
}

/* Matches a name from table at p (case-insensitive, whole word). */
static size_t match_name(const char *p, const struct name_number *table, int *number)
{
    /* Only the names that begin with p's first letter, in table order
     * (phrase_index.h): a date is tried at many places of every block. */
    size_t n;
    const size_t *candidates = phrase_index_starting(table, sizeof *table, (unsigned char)*p, &n);
    for (size_t c = 0; c < n; c++) {
        const struct name_number *e = &table[candidates[c]];
        size_t len = strlen(e->name);
        if (strncasecmp(p, e->name, len) == 0 && (e->name[len - 1] == '.' || word_end(p + len))) {
            *number = e->number;
            return len;
        }
    }
    return 0;
}

static size_t match_digits(const char *p, int min, int max, int *value)
{
    int n = 0, v = 0;
    while (isdigit((unsigned char)p[n]) && n < max) {
        v = v * 10 + (p[n] - '0');
        n++;
    }
    if (n < min || isdigit((unsigned char)p[n]))
        return 0;
    *value = v;
    return (size_t)n;
}

static int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
        return 29;
    return days[month - 1];
}

static int plausible(int year, int month, int day)
{
    if (year && (year < 1900 || year > 2200))
        return 0;
    if (month < 1 || month > 12)
        return 0;
    return day == 0 || (day >= 1 && day <= days_in_month(year ? year : 2000, month));
}

static size_t skip_spaces(const char *p)
{
    size_t n = 0;
    while (p[n] == ' ')
        n++;
    return n;
}

/* Ordinal suffix after a day number: "10th", "1st". */
static size_t skip_ordinal(const char *p)
{
    if ((strncmp(p, "st", 2) == 0 || strncmp(p, "nd", 2) == 0 || strncmp(p, "rd", 2) == 0 ||
         strncmp(p, "th", 2) == 0) && word_end(p + 2))
        return 2;
    /* French "1er mars", Portuguese and Spanish "1º de março" */
    if (strncmp(p, "er", 2) == 0 && word_end(p + 2))
        return 2;
    if (strncmp(p, "\xc2\xba", 2) == 0 || strncmp(p, "\xc2\xaa", 2) == 0)
        return 2;
    return 0;
}

/* "15 to 17 March", "17. bis 19. September", "15-17 March": a range of
 * days.  Returns the bytes from the first day's end to the second day's
 * end (the date is the first day), or 0. */
static size_t skip_day_range(const char *p)
{
    static const char *const joiners[] = {" to ", " - ", "-", " \xe2\x80\x93 ", "\xe2\x80\x93",
                                          " bis ", " au ", " al ", " and ", NULL};
    for (const char *const *j = joiners; *j; j++) {
        size_t jl = strlen(*j);
        int day;
        size_t n;
        if (strncmp(p, *j, jl) == 0 && (n = match_digits(p + jl, 1, 2, &day)) && day >= 1 &&
            day <= 31) {
            n += jl;
            n += skip_ordinal(p + n);
            if (p[n] == '.')
                n++;
            return n;
        }
    }
    return 0;
}

/* Tries every written form at p; returns the length matched or 0. */
/* The bytes a date can begin with: a digit, or the first letter (either
 * case) of a month, a weekday, "yesterday", "today" or "last".  Every
 * other word is passed over without trying each name at it. */
static unsigned char date_first_byte[256];
static pthread_once_t date_first_once = PTHREAD_ONCE_INIT;

static void mark_first(const char *name)
{
    unsigned char c = (unsigned char)name[0];
    date_first_byte[c] = 1;
    date_first_byte[(unsigned char)tolower(c)] = 1;
    date_first_byte[(unsigned char)toupper(c)] = 1;
}

static void build_date_first_bytes(void)
{
    for (int c = '0'; c <= '9'; c++)
        date_first_byte[c] = 1;
    for (size_t i = 0; MONTHS[i].name; i++)
        mark_first(MONTHS[i].name);
    for (size_t i = 0; WEEKDAYS[i].name; i++)
        mark_first(WEEKDAYS[i].name);
    mark_first("yesterday");
    mark_first("today");
    mark_first("last");
}

static size_t match_date_at(const char *p, struct date_match *m)
{
    memset(m, 0, sizeof *m);
    pthread_once(&date_first_once, build_date_first_bytes);
    if (!date_first_byte[(unsigned char)*p])
        return 0;
    size_t n, k;
    int a, b, c;

    if (strncasecmp(p, "yesterday", 9) == 0 && word_end(p + 9)) {
        m->relative = DATE_YESTERDAY;
        return 9;
    }
    if (strncasecmp(p, "today", 5) == 0 && word_end(p + 5)) {
        m->relative = DATE_TODAY;
        return 5;
    }
    if (strncasecmp(p, "last ", 5) == 0 && (k = match_name(p + 5, WEEKDAYS, &a))) {
        m->relative = DATE_LAST_WEEKDAY;
        m->weekday = a;
        return 5 + k;
    }
    /* 2019-06-10 */
    if ((n = match_digits(p, 4, 4, &a)) && p[4] == '-' && match_digits(p + 5, 2, 2, &b) &&
        p[7] == '-' && match_digits(p + 8, 2, 2, &c) && plausible(a, b, c)) {
        m->year = a, m->month = b, m->day = c;
        return 10;
    }
    /* 2018-10: a year and month, as a scraper's "date" prefix gives them */
    if ((n = match_digits(p, 4, 4, &a)) && p[4] == '-' && match_digits(p + 5, 2, 2, &b) &&
        p[7] != '-' && word_end(p + 7) && b >= 1 && b <= 12 && a >= 1900 && a <= 2100) {
        m->year = a, m->month = b;
        return 7;
    }
    /* 26/06/2020, 26.06.2020 or 26-06-2020 (day first, as European statements write) */
    if ((n = match_digits(p, 1, 2, &a)) && (p[n] == '/' || p[n] == '.' || p[n] == '-')) {
        char sep = p[n];
        size_t n2 = match_digits(p + n + 1, 1, 2, &b);
        if (n2 && p[n + 1 + n2] == sep &&
            (k = match_digits(p + n + 2 + n2, 4, 4, &c)) && plausible(c, b, a)) {
            m->year = c, m->month = b, m->day = a;
            return n + 2 + n2 + k;
        }
    }
    size_t pos = 0;
    /* Optional weekday: "Sunday, " or "Sunday " */
    if ((k = match_name(p, WEEKDAYS, &a))) {
        size_t q = k + (p[k] == ',' ? 1 : 0);
        q += skip_spaces(p + q);
        if (isdigit((unsigned char)p[q])) {
            m->weekday = a;
            pos = q;
        } else if (match_name(p + q, MONTHS, &b)) {
            m->weekday = a;
            pos = q;
        }
    }
    /* 20 November [2022] / 20th of November / 20. November / 15 to 17 March */
    if ((n = match_digits(p + pos, 1, 2, &a))) {
        size_t q = pos + n;
        q += skip_ordinal(p + q);
        if (p[q] == '.' && p[q + 1] == ' ')
            q++;
        q += skip_day_range(p + q);
        q += skip_spaces(p + q);
        if (strncmp(p + q, "of ", 3) == 0)
            q += 3;
        else if (strncmp(p + q, "de ", 3) == 0 || strncmp(p + q, "De ", 3) == 0)
            q += 3; /* "6 de março de 2005", "6 de junio de 2021" */
        if ((k = match_name(p + q, MONTHS, &b))) {
            q += k;
            m->day = a, m->month = b;
            size_t r = q + skip_spaces(p + q);
            if (r > q && strncmp(p + r, "de ", 3) == 0 && isdigit((unsigned char)p[r + 3]))
                r += 3;
            if (r > q && (k = match_digits(p + r, 4, 4, &c))) {
                m->year = c;
                q = r + k;
            }
            if (plausible(m->year, m->month, m->day))
                return q;
        }
        memset(m, 0, sizeof *m);
        return 0;
    }
    /* June 10, 2019 / June 10 / June 2019 */
    if ((k = match_name(p + pos, MONTHS, &b))) {
        size_t q = pos + k;
        size_t r = q + skip_spaces(p + q);
        if (r > q && (n = match_digits(p + r, 1, 2, &a))) {
            size_t s = r + n + skip_ordinal(p + r + n);
            m->month = b, m->day = a;
            if (p[s] == ',' && p[s + 1] == ' ' && (k = match_digits(p + s + 2, 4, 4, &c))) {
                m->year = c;
                s += 2 + k;
            } else if (p[s] == ' ' && (k = match_digits(p + s + 1, 4, 4, &c))) {
                m->year = c;
                s += 1 + k;
            }
            if (plausible(m->year, m->month, m->day))
                return s;
        } else if (r > q && (n = match_digits(p + r, 4, 4, &c)) && pos == 0) {
            m->month = b, m->year = c;
            if (plausible(c, b, 0))
                return r + n;
        }
        memset(m, 0, sizeof *m);
    }
    return 0;
}

int date_find(const char *text, size_t from, struct date_match *m)
{
    return date_find_before(text, from, (size_t)-1, m);
}

int date_find_before(const char *text, size_t from, size_t limit, struct date_match *m)
{
    size_t len = strnlen(text, limit);
    for (size_t at = from; at < len; at++) {
        if (at > 0 && (isalnum((unsigned char)text[at - 1]) || (unsigned char)text[at - 1] >= 0x80))
            continue;
        size_t n = match_date_at(text + at, m);
        if (n) {
            m->offset = at;
            m->length = n;
            return 1;
        }
    }
    return 0;
}

int date_is_whole(const char *s, struct date_match *m, size_t *place_len)
{
    *place_len = 0;
    if (!date_find(s, 0, m))
        return 0;
    const char *rest = s + m->offset + m->length;
    /* A dash may close a dateline run into a paragraph ("…2021 –"). */
    while (*rest == ' ' || *rest == '.' || *rest == '-' || strncmp(rest, "\xe2\x80\x93", 3) == 0 ||
           strncmp(rest, "\xe2\x80\x94", 3) == 0)
        rest += (unsigned char)*rest >= 0x80 ? 3 : 1;
    if (*rest)
        return 0;
    if (m->offset == 0)
        return m->relative == DATE_ABSOLUTE;
    /* "Vienna, 24 November 2022": a short capitalised place before a comma. */
    const char *comma = s + m->offset;
    while (comma > s && (comma[-1] == ' '))
        comma--;
    /* "Bruxelles, le 24 septembre 2012", "Madrid, el 6 de junio": an
     * article before the date. */
    for (const char *const *a = DATE_ARTICLES; *a; a++) {
        size_t al = strlen(*a);
        if ((size_t)(comma - s) > al + 1 && strncmp(comma - al, *a, al) == 0 &&
            *(comma - al - 1) == ' ') {
            comma -= al;
            while (comma > s && comma[-1] == ' ')
                comma--;
            break;
        }
    }
    if (comma == s || comma[-1] != ',')
        return 0;
    size_t plen = (size_t)(comma - 1 - s);
    if (plen == 0 || plen > 40 || !utf8_starts_upper(s) || memchr(s, ',', plen))
        return 0;
    *place_len = plen;
    return m->relative == DATE_ABSOLUTE;
}

int date_weekday(int y, int mo, int d)
{
    /* Sakamoto's method, shifted so Monday = 1. */
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (mo < 3)
        y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[mo - 1] + d) % 7; /* 0 = Sunday */
    return w == 0 ? 7 : w;
}

static int parse_anchor(const char *anchor, int *y, int *mo, int *d)
{
    return anchor && strlen(anchor) == 10 && sscanf(anchor, "%4d-%2d-%2d", y, mo, d) == 3;
}

static void step_back(int *y, int *mo, int *d, int days)
{
    while (days-- > 0) {
        if (--*d == 0) {
            if (--*mo == 0) {
                *mo = 12;
                --*y;
            }
            *d = days_in_month(*y, *mo);
        }
    }
}

char *date_value(const struct date_match *m, const char *anchor)
{
    int ay, am, ad;
    int have_anchor = parse_anchor(anchor, &ay, &am, &ad);
    struct strbuf sb = {0};
    if (m->relative != DATE_ABSOLUTE) {
        if (!have_anchor)
            return NULL;
        if (m->relative == DATE_YESTERDAY)
            step_back(&ay, &am, &ad, 1);
        else if (m->relative == DATE_LAST_WEEKDAY) {
            int back = (date_weekday(ay, am, ad) - m->weekday + 7) % 7;
            step_back(&ay, &am, &ad, back ? back : 7);
        }
        strbuf_printf(&sb, "%04d-%02d-%02d", ay, am, ad);
        return strbuf_detach(&sb);
    }
    int year = m->year;
    if (!year && m->month && m->day && have_anchor) {
        /* The nearest such day to the statement, before or after it: a
         * statement looks back on a vote or ahead to one, within months. */
        int months = (m->month - am) * 31 + (m->day - ad); /* days, roughly */
        year = months > 183 ? ay - 1 : months < -183 ? ay + 1 : ay;
    }
    if (year && m->month && m->day)
        strbuf_printf(&sb, "%04d-%02d-%02d", year, m->month, m->day);
    else if (year && m->month)
        strbuf_printf(&sb, "%04d-%02d", year, m->month);
    else if (m->month && m->day)
        strbuf_printf(&sb, "--%02d-%02d", m->month, m->day);
    else if (year)
        strbuf_printf(&sb, "%04d", year);
    else
        return NULL;
    return strbuf_detach(&sb);
}
