#include "countries.h"

#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "strbuf.h"
#include "utf8.h"

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

/* Words as gencountries splits names: runs of letters, digits, hyphens
 * and any non-ASCII character but the separators of utf8_word_separator. */
static inline int separator_at(const unsigned char *s)
{
    /* utf8_word_separator knows no ASCII separator: one test per byte */
    unsigned char c = *s;
    if (c < 0x80)
        return !utf8_ascii_alnum(c) && c != '-';
    return utf8_word_separator((const char *)s) != 0;
}

static size_t word_end(const char *text, size_t at)
{
    const unsigned char *p = (const unsigned char *)text + at;
    while (*p && !separator_at(p))
        p++;
    return (size_t)(p - (const unsigned char *)text);
}

static int starts_upper(const char *s)
{
    /* ASCII's only upper-case letters (Lu; it has no Lt) */
    if ((unsigned char)*s < 0x80)
        return *s >= 'A' && *s <= 'Z';
    utf8proc_int32_t cp;
    if (utf8proc_iterate((const utf8proc_uint8_t *)s, -1, &cp) <= 0)
        return 0;
    return utf8proc_get_property(cp)->category == UTF8PROC_CATEGORY_LU ||
           utf8proc_get_property(cp)->category == UTF8PROC_CATEGORY_LT;
}

/* A stem entry's word matches a folded text word that begins with it and
 * runs at most this many characters further. */
#define STEM_SLACK 3

static int word_matches(const char *want, size_t want_len, const char *folded, int stem)
{
    if (!stem)
        return strlen(folded) == want_len && memcmp(folded, want, want_len) == 0;
    return strncmp(folded, want, want_len) == 0 && utf8_chars_after(folded, want_len) <= STEM_SLACK;
}

/* The entries' keys (folded first words) in a hash table built once per
 * process: every word of a text is looked up, and most are no country's,
 * so one hash and a probe or two beat a binary search over 40,000 names. */
#define NO_KEY UINT32_MAX
static uint32_t *key_slots;
static size_t key_mask;     /* slots - 1, slots a power of two > 2 × entries */
static pthread_once_t key_index_once = PTHREAD_ONCE_INIT;

static void free_key_index(void)
{
    free(key_slots);
}

/* COUNTRY_NAMES is sorted by key: each key's first entry goes in. */
static void build_key_index(void)
{
    size_t slots = 1024;
    while (slots < 2 * COUNTRY_NAME_COUNT)
        slots *= 2;
    key_mask = slots - 1;
    key_slots = xmalloc(slots * sizeof *key_slots);
    for (size_t i = 0; i < slots; i++)
        key_slots[i] = NO_KEY;
    atexit(free_key_index);
    for (size_t i = 0; i < COUNTRY_NAME_COUNT; i++) {
        if (i > 0 && strcmp(COUNTRY_NAMES[i - 1].key, COUNTRY_NAMES[i].key) == 0)
            continue;
        size_t h = string_hash(COUNTRY_NAMES[i].key) & key_mask;
        while (key_slots[h] != NO_KEY)
            h = (h + 1) & key_mask;
        key_slots[h] = (uint32_t)i;
    }
}

/* The first entry whose key is key (or COUNTRY_NAME_COUNT). */
static size_t first_with_key(const char *key)
{
    for (size_t h = string_hash(key) & key_mask; key_slots[h] != NO_KEY; h = (h + 1) & key_mask)
        if (strcmp(COUNTRY_NAMES[key_slots[h]].key, key) == 0)
            return key_slots[h];
    return COUNTRY_NAME_COUNT;
}

/* How well a match ranks among those of the same length: names as
 * written before stems, the text's own language and English before
 * other languages. */
static int rank_of(const struct country_name *e, const char *lang)
{
    int r = e->stem ? 0 : 4;
    if (!e->foreign || (lang && strcmp(e->lang, lang) == 0))
        r += 2;
    return r;
}

#define WORD_MAX 128

/* Where entry e, whose first word matched text[at, first_end), ends in
 * the text, or 0 when its other words do not follow. */
static size_t match_rest(const char *text, size_t first_end, const struct country_name *e)
{
    size_t pos = first_end;
    const char *w = e->rest;
    char folded[WORD_MAX];
    while (*w) {
        size_t wl = strcspn(w, " ");
        size_t gap = pos;
        while (text[gap] == ' ' || text[gap] == '\t' || text[gap] == '\n')
            gap++;
        if (gap == pos || !text[gap] || separator_at((const unsigned char *)text + gap))
            return 0;
        size_t end = word_end(text, gap);
        if (!utf8_fold(text + gap, end - gap, folded, sizeof folded) ||
            !word_matches(w, wl, folded, e->stem))
            return 0;
        pos = end;
        w += wl;
        while (*w == ' ')
            w++;
    }
    return pos;
}

/* A translation into another language than the text's is only taken when
 * it is long enough not to be a word of the text's own language. */
static int usable_here(const struct country_name *e, const char *lang, size_t len)
{
    if (!e->foreign || (lang && strcmp(e->lang, lang) == 0))
        return 1;
    return len >= 6 || *e->rest;
}

static void consider_entries(const char *text, size_t at, size_t first_end, const char *key,
                             int stem, const char *lang, int capital,
                             struct country_match *best, int *best_rank)
{
    for (size_t i = first_with_key(key);
         i < COUNTRY_NAME_COUNT && strcmp(COUNTRY_NAMES[i].key, key) == 0; i++) {
        const struct country_name *e = &COUNTRY_NAMES[i];
        if (e->stem != stem || (stem && (!lang || strcmp(e->lang, lang) != 0)))
            continue;
        if (!capital && !(e->adjective && e->lang[0]))
            continue;
        size_t end = match_rest(text, first_end, e);
        if (!*e->rest)
            end = first_end;
        if (!end || !usable_here(e, lang, end - at))
            continue;
        int rank = rank_of(e, lang);
        if (end - at > best->length || (end - at == best->length && rank > *best_rank)) {
            best->offset = at;
            best->length = end - at;
            best->alpha2 = e->alpha2;
            best->adjective = e->adjective;
            *best_rank = rank;
        }
    }
}

/* "pt-BR" → "pt"; "en" and "und" have no stem entries, so a text in
 * them is not looked up for stems at all. */
static const char *stem_language(const char *lang, char *buf, size_t size)
{
    if (!lang)
        return NULL;
    size_t n = strcspn(lang, "-");
    if (n == 0 || n >= size || (n == 2 && strncmp(lang, "en", 2) == 0) ||
        (n == 3 && strncmp(lang, "und", 3) == 0))
        return NULL;
    memcpy(buf, lang, n);
    buf[n] = '\0';
    return buf;
}

int country_find(const char *text, size_t from, const char *lang, struct country_match *m)
{
    pthread_once(&key_index_once, build_key_index);
    char lang_buf[8];
    const char *l = stem_language(lang, lang_buf, sizeof lang_buf);
    /* No strlen(text) here: count_in calls this once per match, and a
     * text full of country names would make that quadratic. */
    for (size_t at = from; text[at];) {
        const unsigned char *p = (const unsigned char *)text + at;
        if (separator_at(p)) {
            size_t u = utf8_word_separator((const char *)p);
            at += u ? u : 1;
            continue;
        }
        size_t end = word_end(text, at);
        char folded[WORD_MAX];
        if (utf8_fold(text + at, end - at, folded, sizeof folded)) {
            struct country_match best = {0};
            int best_rank = -1, capital = starts_upper(text + at);
            consider_entries(text, at, end, folded, 0, l, capital, &best, &best_rank);
            if (l) {
                /* The stem is the word less up to STEM_SLACK characters. */
                size_t len = strlen(folded);
                for (int cut = 0; cut <= STEM_SLACK && len > 0; cut++) {
                    folded[len] = '\0';
                    consider_entries(text, at, end, folded, 1, l, capital, &best, &best_rank);
                    do
                        len--;
                    while (len > 0 && ((unsigned char)folded[len] & 0xc0) == 0x80);
                }
            }
            if (best.length) {
                *m = best;
                return 1;
            }
        }
        at = end;
    }
    return 0;
}
