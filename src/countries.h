/* countries — find ISO 3166-1 countries named in text.
 *
 * Names come from the generated ISO table (short, official and common
 * names) plus countries_aliases.c (other spellings and adjectives such as
 * "Kazakh" or "Kyrgyz Republic").  Matching is ASCII-case-insensitive and
 * on word boundaries, longest name first, so "REPUBLIC of NORTH MACEDONIA"
 * is one match and "Niger" never matches inside "Nigeria". */
#ifndef COMMUNIQUE_COUNTRIES_H
#define COMMUNIQUE_COUNTRIES_H

#include <stddef.h>

struct iso_country {
    const char *alpha2;
    const char *name;           /* ISO short name, e.g. "Russian Federation" */
    const char *official_name;  /* may be NULL */
    const char *common_name;    /* may be NULL, e.g. "Moldova" */
};

extern const struct iso_country ISO_COUNTRIES[];
extern const size_t ISO_COUNTRY_COUNT;

struct country_alias {
    const char *text;
    const char *alpha2;
    int adjective;              /* "Kazakh": names a country, not a place */
};

extern const struct country_alias COUNTRY_ALIASES[];
extern const size_t COUNTRY_ALIAS_COUNT;

struct country_match {
    size_t offset, length;      /* bytes of the match in the text */
    const char *alpha2;
    int adjective;
};

/* The name a reader expects for a code ("Moldova", not "Moldova,
 * Republic of"), or NULL for an unknown code. */
const char *country_display_name(const char *alpha2);

/* Finds the first country name at or after text[from]; returns 1 and fills
 * *m, or 0 when there is none. */
int country_find(const char *text, size_t from, struct country_match *m);

#endif
