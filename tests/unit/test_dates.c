/* Dates as statements write them, and how partial ones are resolved. */
#include <stdlib.h>

#include <string.h>

#include "dates.h"
#include "tap.h"

static char *value_of(const char *text, const char *anchor)
{
    struct date_match m;
    if (!date_find(text, 0, &m))
        return NULL;
    return date_value(&m, anchor);
}

static void check(const char *text, const char *anchor, const char *want)
{
    char *got = value_of(text, anchor);
    is_str(got, want, "\"%s\" (anchor %s) -> %s", text, anchor ? anchor : "none", want ? want : "nothing");
    free(got);
}

int main(void)
{
    check("Vienna, 24 November 2022", NULL, "2022-11-24");
    check("which took place on Sunday, 20 November.", "2022-11-24", "2022-11-20");
    check("on 20 December, a month later", "2023-01-05", "2022-12-20");
    check("the 20 November presidential election", NULL, "--11-20");
    check("June 10, 2019", NULL, "2019-06-10");
    check("date 2019-06-10 text", NULL, "2019-06-10");
    check("Skopje, 26/06/2020 - 12:43", NULL, "2020-06-26");
    check("in February 2023", NULL, "2023-02");
    check("the 10th of June 2019", NULL, "2019-06-10");
    check("yesterday's elections", "2023-03-20", "2023-03-19");
    check("yesterday\xe2\x80\x99s elections", "2023-03-01", "2023-02-28");
    check("yesterday's elections", NULL, NULL);
    check("last Sunday", "2022-11-24", "2022-11-20");
    check("31 February 2021", NULL, "2021-02"); /* no 31st: only the month stands */
    check("No date in 1400 here", NULL, NULL);
    check("May 2024 vote", NULL, "2024-05");

    struct date_match m;
    size_t place = 0;
    ok(date_is_whole("Vienna, 24 November 2022", &m, &place) && place == 6, "a dateline yields its place length");
    ok(date_is_whole("22 February 2021", &m, &place) && place == 0, "a bare date line is a whole date");
    ok(!date_is_whole("The vote on 22 February 2021 was held.", &m, &place), "a sentence with a date is not a dateline");
    ok(date_weekday(2022, 11, 20) == 7, "20 November 2022 was a Sunday");
    check("Brussels, 18.03.2024", NULL, "2024-03-18");
    check("held from 15 to 17 March 2024", NULL, "2024-03-15");
    check("vom 17. bis 19. September 2021", NULL, "2021-09-17");
    check("le 9 août 2020", NULL, "2020-08-09");
    check("24 ноября 2022", NULL, "2022-11-24");
    size_t place_len;
    ok(date_is_whole("Брюссель, 20.03.2023", &m, &place_len) && place_len == strlen("Брюссель"),
       "a dateline's place may be written in Cyrillic");
    return done_testing();
}
