#include "countries.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *country_display_name(const char *alpha2)
{
    for (size_t i = 0; i < ISO_COUNTRY_COUNT; i++)
        if (strcmp(ISO_COUNTRIES[i].alpha2, alpha2) == 0)
            return ISO_COUNTRIES[i].common_name ? ISO_COUNTRIES[i].common_name
                                                : ISO_COUNTRIES[i].name;
    if (strcmp(alpha2, "XK") == 0)
        return "Kosovo";
    return NULL;
}

static int is_word_byte(unsigned char c)
{
    return isalnum(c) || c >= 0x80 || c == '-';
}

/* Length of name if it stands at text+at as a whole word, else 0. */
static size_t match_at(const char *text, size_t at, const char *name)
{
    if (!name)
        return 0;
    size_t n = strlen(name);
    /* ISO names with a comma ("Korea, Republic of") never occur in prose. */
    if (strchr(name, ',') || strncasecmp(text + at, name, n) != 0)
        return 0;
    if (is_word_byte((unsigned char)text[at + n]))
        return 0;
    /* Require the capital a proper name has, so "chad" or "guinea pig" in
     * lower case are not countries. */
    if (!isupper((unsigned char)text[at]) && (unsigned char)text[at] < 0x80)
        return 0;
    return n;
}

static void consider(struct country_match *best, size_t at, size_t len,
                     const char *alpha2, int adjective)
{
    if (len > best->length) {
        best->offset = at;
        best->length = len;
        best->alpha2 = alpha2;
        best->adjective = adjective;
    }
}

int country_find(const char *text, size_t from, struct country_match *m)
{
    size_t len = strlen(text);
    for (size_t at = from; at < len; at++) {
        if (at > 0 && is_word_byte((unsigned char)text[at - 1]))
            continue;
        if (!isalpha((unsigned char)text[at]) && (unsigned char)text[at] < 0x80)
            continue;
        struct country_match best = {0};
        for (size_t i = 0; i < ISO_COUNTRY_COUNT; i++) {
            const struct iso_country *c = &ISO_COUNTRIES[i];
            consider(&best, at, match_at(text, at, c->name), c->alpha2, 0);
            consider(&best, at, match_at(text, at, c->official_name), c->alpha2, 0);
            consider(&best, at, match_at(text, at, c->common_name), c->alpha2, 0);
        }
        for (size_t i = 0; i < COUNTRY_ALIAS_COUNT; i++) {
            const struct country_alias *a = &COUNTRY_ALIASES[i];
            consider(&best, at, match_at(text, at, a->text), a->alpha2, a->adjective);
        }
        if (best.length) {
            *m = best;
            return 1;
        }
    }
    return 0;
}
