/* Country names, aliases and adjectives found in text. */
#include "countries.h"
#include "tap.h"

static const char *first_iso(const char *text, size_t *len)
{
    struct country_match m;
    if (!country_find(text, 0, &m))
        return NULL;
    if (len)
        *len = m.length;
    return m.alpha2;
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
    is_str(country_display_name("MD"), "Moldova", "display names prefer the common name");
    is_str(country_display_name("RU"), "Russian Federation", "and fall back to the ISO name");
    is_str(country_display_name("QQ"), NULL, "unknown codes have no name");
    return done_testing();
}
