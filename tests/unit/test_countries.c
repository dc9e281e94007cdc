/* Country names, aliases and adjectives found in text. */
#include "countries.h"
#include "tap.h"

static const char *first_iso_in(const char *text, const char *lang, size_t *len)
{
    struct country_match m;
    if (!country_find(text, 0, lang, &m))
        return NULL;
    if (len)
        *len = m.length;
    return m.alpha2;
}

static const char *first_iso(const char *text, size_t *len)
{
    return first_iso_in(text, "en", len);
}

int main(void)
{
    size_t len = 0;
    ok(ISO_COUNTRY_COUNT >= 249, "the generated table holds all ISO 3166-1 countries (%zu)", ISO_COUNTRY_COUNT);
    is_str(first_iso("elections in Kazakhstan", NULL), "KZ", "a short name");
    is_str(first_iso("the Kazakh authorities", NULL), "KZ", "an adjective");
    is_str(first_iso("the Kyrgyz Republic held", NULL), "KG", "an alias");
    is_str(first_iso("REPUBLIC of NORTH MACEDONIA*", &len), "MK", "official name in capitals");
    ok(len == 27, "the longest name wins (%zu bytes)", len);
    is_str(first_iso("BOSNIA and HERZEGOVINA", NULL), "BA", "mixed-case name");
    is_str(first_iso("in Nigeria today", NULL), "NG", "Niger does not match inside Nigeria");
    is_str(first_iso("the Republic of Moldova and", NULL), "MD", "Moldova by its official name");
    is_str(first_iso("a guinea pig", NULL), NULL, "a lower-case word is not a country");
    is_str(first_iso("statement on Kosovo", NULL), "XK", "Kosovo has the EU's user-assigned code");
    /* Names in every language iso-codes ships, and their inflected forms. */
    ok(COUNTRY_NAME_COUNT > 10000, "the generated names hold the translations (%zu)", COUNTRY_NAME_COUNT);
    is_str(first_iso_in("Wahlen in Russland", "de", NULL), "RU", "German: Russland");
    is_str(first_iso_in("die Wahlen Kasachstans", "de", NULL), "KZ", "German genitive: Kasachstans");
    is_str(first_iso_in("l'\xc3\xa9lection en Bi\xc3\xa9lorussie", "fr", NULL), "BY",
           "French: Bi\xc3\xa9lorussie");
    is_str(first_iso_in("les \xc3\xa9lections en Guin\xc3\xa9" "e", "fr", NULL), "GN", "French: Guin\xc3\xa9" "e");
    is_str(first_iso_in("\xd0\xb2\xd1\x8b\xd0\xb1\xd0\xbe\xd1\x80\xd1\x8b \xd0\xb2 "
                        "\xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x85\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb5",
                        "ru", NULL), "KZ", "Russian prepositional: \xd0\xb2 \xd0\x9a\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x85\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb5");
    is_str(first_iso_in("\xd0\xb8\xd0\xb7\xd0\xb1\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xb2 "
                        "\xd0\x91\xd1\x8a\xd0\xbb\xd0\xb3\xd0\xb0\xd1\x80\xd0\xb8\xd1\x8f",
                        "bg", NULL), "BG", "Bulgarian: \xd0\x91\xd1\x8a\xd0\xbb\xd0\xb3\xd0\xb0\xd1\x80\xd0\xb8\xd1\x8f");
    is_str(first_iso_in("elei\xc3\xa7\xc3\xb5" "es no Brasil", "pt", NULL), "BR", "Portuguese: Brasil");
    is_str(first_iso_in("elecciones en Venezuela y M\xc3\xa9xico", "es", NULL), "VE", "Spanish");
    is_str(first_iso_in("GUIN\xc3\x89" "E", "fr", NULL), "GN", "case folding beyond ASCII");
    is_str(first_iso_in("Kasachstans", "en", NULL), NULL, "inflected forms only in their language");
    is_str(first_iso_in("President Malik said", "fr", NULL), NULL, "a stem needs the name's own language");
    is_str(first_iso_in("Kenya\xe2\x80\x99s elections", "en", NULL), "KE", "a curly apostrophe ends the name");
    is_str(country_display_name("MD"), "Moldova", "display names prefer the common name");
    is_str(country_display_name("RU"), "Russian Federation", "and fall back to the ISO name");
    is_str(country_display_name("QQ"), NULL, "unknown codes have no name");
    return done_testing();
}
