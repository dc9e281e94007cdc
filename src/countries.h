/* countries — find ISO 3166-1 countries named in text, in any language.
 *
 * Names come from tables generated at build time (src/gen/gencountries.c)
 * from Debian's iso-codes — the English short, official and common names
 * and every translation iso-codes ships — plus countries_aliases.tsv
 * (other spellings and adjectives: "Kyrgyz Republic", "Kazakh",
 * "Biélorussie").  Words are compared case-folded and NFC-normalised
 * (utf8proc), on word boundaries, longest name first, so "REPUBLIC of
 * NORTH MACEDONIA" is one match and "Niger" never matches inside
 * "Nigeria".  A name must start with a capital (an adjective of a
 * language that writes them in lower case need not).  In a text whose
 * language has stem entries, a name also matches its inflected forms:
 * each word may run up to three characters past the name's stem
 * ("Kasachstans", "в Казахстане"). */
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

/* One name as matching needs it (generated, sorted by key). */
struct country_name {
    const char *key;            /* the first word, case-folded (or its stem) */
    const char *rest;           /* the other words, space-separated, "" if none */
    const char *lang;           /* a translation's or stem's language, "" for English */
    char alpha2[3];
    unsigned char adjective;    /* "Kazakh": names a country, not a place */
    unsigned char stem;         /* words are stems: inflected forms match */
    unsigned char foreign;      /* a translation, not an English name or alias */
};

extern const struct country_name COUNTRY_NAMES[];
extern const size_t COUNTRY_NAME_COUNT;

struct country_match {
    size_t offset, length;      /* bytes of the match in the text */
    const char *alpha2;
    int adjective;
};

/* The name a reader expects for a code ("Moldova", not "Moldova,
 * Republic of"), or NULL for an unknown code. */
const char *country_display_name(const char *alpha2);

/* Finds the first country name at or after text[from]; returns 1 and fills
 * *m, or 0 when there is none.  lang: the text's language (BCP 47), whose
 * inflected forms are matched too; NULL or "und" for names as written. */
int country_find(const char *text, size_t from, const char *lang, struct country_match *m);

#endif
