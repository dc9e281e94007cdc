/* The one-pass phrase index answers as the phrase-by-phrase scan it
 * replaces: the first entry of the list (in list order) that occurs in
 * the text, ASCII case-insensitively. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "phrase_index.h"
#include "phrases.h"
#include "utf8.h"
#include "tap.h"

static long naive(const char *const *list, const char *text)
{
    for (long i = 0; list[i]; i++)
        if (find_ci(text, list[i]))
            return i;
    return -1;
}

struct pair {
    const char *phrase;
    int value;
};

int main(void)
{
    static const char *const list[] = {"he said", "said", "EU", "European Union", "union", NULL};
    ok(PHRASE_LIST_FIRST(list, "The European Union") == 2, "list order wins, not text order: 'EU' (index 2) before 'European Union'");
    ok(PHRASE_LIST_FIRST(list, "nothing here") == -1, "no phrase: -1");
    ok(PHRASE_LIST_FIRST(list, "THE UNION") == 4, "case does not matter (ASCII)");
    ok(PHRASE_LIST_FIRST(list, "she said") == 0 && PHRASE_LIST_FIRST(list, "they said") == 1, "'he said' inside 'she said'; only 'said' in 'they said'");
    ok(PHRASE_LIST_FIRST(list, "") == -1, "an empty text holds none");
    static const struct pair table[] = {{"kazakh", 1}, {"kazakhstan", 2}, {"stan", 3}, {NULL, 0}};
    ok(phrase_index_first(table, sizeof *table, "in Kazakhstan") == 0, "a table of structs, by stride");
    ok(phrase_index_first(table, sizeof *table, "Afghanistan") == 2, "a suffix found through the failure links");
    static const char *const with_empty[] = {"x", "", NULL};
    ok(PHRASE_LIST_FIRST(with_empty, "abc") == 1, "an empty phrase is in every text, as find_ci says");

    /* Against the naive scan: every list of phrases.h over texts made of
     * their own phrases, cut and joined at random, and noise. */
    static const char *const *const lists[] = {TITLE_CUES, FRAMING_PHRASES, REPORTED_SPEECH,
                                               QUOTE_ANNOUNCERS, SUBJECT_WORDS, PRESS_ROLES,
                                               ALIGNMENT_PHRASES, DISCLAIMER_PHRASES, SPEAKER_PHRASES};
    srand(7);
    int same = 1, found = 0, checked = 0;
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
        size_t n = 0;
        while (lists[l][n])
            n++;
        for (int t = 0; t < 400; t++) {
            char text[512] = "";
            size_t len = 0;
            for (int k = 0; k < 6 && len < 400; k++) {
                const char *w = lists[l][rand() % n];
                size_t wl = strlen(w);
                size_t from = wl ? (size_t)rand() % (wl / 2 + 1) : 0;
                size_t cut = wl - from - (wl - from > 2 ? (size_t)rand() % 2 : 0);
                if (len + cut + 8 >= sizeof text)
                    break;
                memcpy(text + len, w + from, cut);
                len += cut;
                static const char *const NOISE[] = {" ", " the ", "X", ", ", "É ", ""};
                const char *z = NOISE[rand() % 6];
                memcpy(text + len, z, strlen(z));
                len += strlen(z);
                text[len] = '\0';
            }
            for (size_t i = 0; i < len; i++)
                if (rand() % 5 == 0 && text[i] >= 'a' && text[i] <= 'z')
                    text[i] = (char)(text[i] - 32);
            long want = naive(lists[l], text), got = PHRASE_LIST_FIRST(lists[l], text);
            same &= want == got;
            found += want >= 0;
            checked++;
        }
    }
    ok(same && found > checked / 4, "the same answer as the phrase-by-phrase scan on %d texts (%d with a phrase)", checked, found);

    /* phrase_index_mark: exactly the entries find_ci finds. */
    unsigned char present[8];
    static const char *const dup[] = {"union", "EU", "Union", "European Union", "xyz", NULL};
    size_t k = PHRASE_LIST_MARK(dup, "The European Union", present);
    ok(k == 4 && present[0] && present[1] && present[2] && present[3] && !present[4],
       "mark: every entry that occurs, a phrase given twice both times (%zu)", k);
    ok(PHRASE_LIST_MARK(dup, "", present) == 0, "mark: an empty text holds none");
    srand(11);
    int marks_same = 1;
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
        size_t n = phrase_index_count(lists[l], sizeof(char *));
        unsigned char *got = malloc(n + 1);
        for (int t = 0; t < 200; t++) {
            char text[256];
            size_t len = 0;
            for (int w = 0; w < 5; w++) {
                const char *src = lists[l][rand() % n];
                size_t sl = strlen(src) < 60 ? strlen(src) : 60;
                memcpy(text + len, src, sl);
                len += sl;
                text[len++] = rand() % 2 ? ' ' : 'q';
            }
            text[len] = '\0';
            PHRASE_LIST_MARK(lists[l], text, got);
            for (size_t i = 0; i < n; i++)
                marks_same &= got[i] == (find_ci(text, lists[l][i]) != NULL);
        }
        free(got);
    }
    ok(marks_same, "mark: the same entries as find_ci on 1,800 texts");

    /* phrase_index_prefix: strncasecmp(text, phrase, strlen(phrase)) for
     * some entry; texts that begin with an entry, a cut one, or noise. */
    static const char *const prefixes[] = {"Press", "press release", "Vice-President", NULL};
    ok(phrase_index_prefix(prefixes, sizeof(char *), "PRESS RELEASE today"), "prefix: any case");
    ok(!phrase_index_prefix(prefixes, sizeof(char *), "Pres"), "prefix: a text shorter than every entry");
    ok(!phrase_index_prefix(prefixes, sizeof(char *), "The press"), "prefix: an entry inside, not at the start");
    ok(phrase_index_prefix(with_empty, sizeof(char *), "abc"), "prefix: an empty entry begins every text");
    srand(13);
    int prefix_same = 1, prefix_found = 0;
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
        size_t n = phrase_index_count(lists[l], sizeof(char *));
        for (int t = 0; t < 300; t++) {
            char text[160];
            const char *src = lists[l][rand() % n];
            size_t sl = strlen(src) < 100 ? strlen(src) : 100;
            if (rand() % 3 == 0 && sl > 1)
                sl -= 1 + (size_t)rand() % (sl - 1); /* cut short */
            memcpy(text, src, sl);
            strcpy(text + sl, rand() % 2 ? " and more" : "x");
            for (size_t i = 0; text[i]; i++)
                if (rand() % 4 == 0 && text[i] >= 'a' && text[i] <= 'z')
                    text[i] = (char)(text[i] - 32);
            int want = 0;
            for (size_t i = 0; i < n; i++)
                want |= strncasecmp(text, lists[l][i], strlen(lists[l][i])) == 0;
            prefix_same &= want == phrase_index_prefix(lists[l], sizeof(char *), text);
            prefix_found += want;
        }
    }
    ok(prefix_same && prefix_found > 900, "prefix: the same answer as strncasecmp per entry on 2,700 texts (%d begin with one)", prefix_found);

    /* phrase_index_starting: exactly the entries whose first byte is the
     * asked one in either case, in table order. */
    int starting_same = 1;
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++) {
        size_t n = phrase_index_count(lists[l], sizeof(char *));
        for (int c = 0; c < 256; c++) {
            size_t got_n, want_n = 0;
            const size_t *got_i = phrase_index_starting(lists[l], sizeof(char *), (unsigned char)c, &got_n);
            for (size_t i = 0; i < n; i++)
                if (tolower((unsigned char)lists[l][i][0]) == tolower(c)) {
                    starting_same &= want_n < got_n && got_i[want_n] == i;
                    want_n++;
                }
            starting_same &= want_n == got_n;
        }
    }
    ok(starting_same, "starting: the entries of each first letter, either case, in table order");

    /* cue_word_match, which tries only the entries starting-indexes
     * give: the first entry the whole table would give, on words made of
     * the tables' own stems (a suffix stem after a prefix, extra letters,
     * an accented letter) and others. */
    static const struct cue_word *const cue_tables[] = {ELECTION_NOUNS, ELECTION_TYPE_CUES, EARLY_CUES};
    static const char *const affixes[] = {"", "s", "en", "ní", "xyzw", "präsidentschafts", "a"};
    srand(17);
    int cue_same = 1, cue_found = 0, cue_checked = 0;
    for (size_t t = 0; t < sizeof cue_tables / sizeof *cue_tables; t++) {
        size_t n = 0;
        while (cue_tables[t][n].stem)
            n++;
        for (int w = 0; w < 600; w++) {
            const char *stem = cue_tables[t][rand() % n].stem;
            char word[96];
            const char *pre = stem[0] == '*' ? affixes[rand() % 7] : "";
            snprintf(word, sizeof word, "%s%s%s", pre, stem + (stem[0] == '*'), affixes[rand() % 7]);
            if (rand() % 5 == 0)
                word[rand() % strlen(word)] = 'q';
            size_t len = strlen(word);
            const struct cue_word *want = NULL;
            for (const struct cue_word *c = cue_tables[t]; c->stem && !want; c++) {
                if (c->stem[0] == '*') {
                    size_t sl = strlen(c->stem + 1);
                    for (size_t extra = 0; extra <= (size_t)c->slack && extra + sl <= len; extra++) {
                        size_t at = len - extra - sl;
                        if (strncmp(word + at, c->stem + 1, sl) == 0 && at > 0 &&
                            utf8_length(word + at + sl) == extra)
                            want = c;
                    }
                } else if (strncmp(word, c->stem, strlen(c->stem)) == 0 &&
                           (c->slack < 0 || utf8_length(word + strlen(c->stem)) <= (size_t)c->slack)) {
                    want = c;
                }
            }
            cue_same &= cue_word_match(cue_tables[t], word) == want;
            cue_found += want != NULL;
            cue_checked++;
        }
    }
    ok(cue_same && cue_found > cue_checked / 4, "cue words: the entry the whole table gives, on %d words (%d match)", cue_checked, cue_found);
    return done_testing();
}
