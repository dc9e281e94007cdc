#include "countries.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"

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

/* Every name and alias, grouped by its first byte (lower-cased), so a
 * word is compared only with the names that start with its letter.
 * Within a group the table order is kept: ties go to the earlier name. */
struct name_entry {
    const char *name;
    size_t len;
    const char *alpha2;
    int adjective;
};

static struct name_entry *names;          /* grouped by first byte */
static size_t group_start[257];           /* group b is [start[b], start[b+1]) */
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static void each_name(void (*fn)(const char *, const char *, int, void *), void *arg)
{
    for (size_t i = 0; i < ISO_COUNTRY_COUNT; i++) {
        const struct iso_country *c = &ISO_COUNTRIES[i];
        fn(c->name, c->alpha2, 0, arg);
        fn(c->official_name, c->alpha2, 0, arg);
        fn(c->common_name, c->alpha2, 0, arg);
    }
    for (size_t i = 0; i < COUNTRY_ALIAS_COUNT; i++)
        fn(COUNTRY_ALIASES[i].text, COUNTRY_ALIASES[i].alpha2, COUNTRY_ALIASES[i].adjective, arg);
}

/* ISO names with a comma ("Korea, Republic of") never occur in prose. */
static int usable(const char *name)
{
    return name && *name && !strchr(name, ',');
}

static void count_name(const char *name, const char *alpha2, int adjective, void *arg)
{
    (void)alpha2;
    (void)adjective;
    (void)arg;
    if (usable(name))
        group_start[tolower((unsigned char)name[0]) + 1]++;
}

static void place_name(const char *name, const char *alpha2, int adjective, void *arg)
{
    size_t *next = arg;
    if (!usable(name))
        return;
    struct name_entry *e = &names[next[tolower((unsigned char)name[0])]++];
    e->name = name;
    e->len = strlen(name);
    e->alpha2 = alpha2;
    e->adjective = adjective;
}

/* Built once per process; never freed (a few kB, like the tables). */
static void build_index(void)
{
    each_name(count_name, NULL);
    for (size_t b = 1; b <= 256; b++)
        group_start[b] += group_start[b - 1];
    static size_t next[256];
    memcpy(next, group_start, sizeof next);
    names = xmalloc((group_start[256] ? group_start[256] : 1) * sizeof *names);
    each_name(place_name, next);
}

/* Length of the name if it stands at text+at as a whole word, else 0. */
static size_t match_at(const char *text, size_t at, const struct name_entry *e)
{
    size_t n = e->len;
    if (strncasecmp(text + at, e->name, n) != 0)
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
    pthread_once(&names_once, build_index);
    /* No strlen(text) here: count_in calls this once per match, and a
     * text full of country names would make that quadratic. */
    for (size_t at = from; text[at]; at++) {
        if (at > 0 && is_word_byte((unsigned char)text[at - 1]))
            continue;
        if (!isalpha((unsigned char)text[at]) && (unsigned char)text[at] < 0x80)
            continue;
        struct country_match best = {0};
        unsigned b = (unsigned)tolower((unsigned char)text[at]);
        for (size_t i = group_start[b]; i < group_start[b + 1]; i++)
            consider(&best, at, match_at(text, at, &names[i]), names[i].alpha2,
                     names[i].adjective);
        if (best.length) {
            *m = best;
            return 1;
        }
    }
    return 0;
}
