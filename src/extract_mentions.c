/* Mentions: organisations (from the ORGANISATIONS table), agreements
 * ("… Agreement (EPCA)", "UN Charter") and people ("President Tokayev",
 * "Kassym-Jomart Tokayev"), read from the title, framing and body. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "countries.h"
#include "extract_parts.h"
#include "phrase_index.h"
#include "phrases.h"
#include "strbuf.h"
#include "utf8.h"

size_t find_word_ci(const char *text, size_t from, const char *word)
{
    size_t n = strlen(word);
    /* strpbrk finds the first letter in either case far faster than a
     * loop that lower-cases every byte. */
    char first[3] = {(char)tolower((unsigned char)word[0]),
                     (char)toupper((unsigned char)word[0]), '\0'};
    for (const char *p = strpbrk(text + from, first); p; p = strpbrk(p + 1, first)) {
        size_t at = (size_t)(p - text);
        if (is_word_start(text, at) && strncasecmp(p, word, n) == 0 && is_word_end(text, at + n))
            return at;
    }
    return (size_t)-1;
}

/* Offset of the next whole-word, case-sensitive occurrence of word (not
 * empty) in text, whose length is len, from byte from, or -1.  memchr and
 * memcmp over the known length, not strstr: ASan's strstr measures the
 * whole rest of the text at every call, which made a loop over many
 * matches quadratic under the sanitizer (tests/linear.sh, agreement-run). */
static size_t find_word_cs(const char *text, size_t len, size_t from, const char *word)
{
    size_t n = strlen(word);
    for (size_t at = from; n && at + n <= len; at++) {
        const char *p = memchr(text + at, word[0], len - at - n + 1);
        if (!p)
            break;
        at = (size_t)(p - text);
        if (memcmp(p, word, n) == 0 && is_word_start(text, at) && is_word_end(text, at + n))
            return at;
    }
    return (size_t)-1;
}

/* Case-sensitive whole-word search: abbreviations such as "UN" or "EU"
 * must not match "un" inside a French word or "eu" in a name. */
static int has_word(const char *text, const char *word)
{
    /* "OSCE" inside "OSCE/ODIHR" is still a mention of the OSCE. */
    return find_word_cs(text, strlen(text), 0, word) != (size_t)-1;
}

static int is_capitalised(const char *w)
{
    return isupper((unsigned char)w[0]);
}

/* Where a name ending at text+at begins: back over capitalised words and
 * the joiners between them ("Enhanced Partnership and Cooperation"), not
 * over a word with a comma, a full stop or a bracket, nor a sentence's
 * "The"; joiners left at its front are not part of it.  Returns at when
 * no word before it belongs to the name. */
/* A name is at most this many words before its head, each at most
 * NAME_WORD_MAX bytes: the walk back is bounded, so a paragraph of
 * capitalised words costs the same per head as any other. */
#define NAME_WORDS_MAX 12
/* Each mentions list (organisations, agreements, people) keeps at most
 * this many entries: a statement names a few dozen at most, and every
 * entry is compared with those before it, so an unbounded list of
 * generated names would cost time quadratic in the text.  The text
 * itself keeps every name. */
#define MENTIONS_MAX 100
#define NAME_WORD_MAX 48

static size_t name_start_before(const char *text, size_t at, const char *const *joiners)
{
    size_t start = at;
    for (int words = 0; words < NAME_WORDS_MAX && start > 1 && text[start - 1] == ' '; words++) {
        size_t w = start - 1;
        while (w > 0 && text[w - 1] != ' ' && start - 1 - w < NAME_WORD_MAX)
            w--;
        if (w > 0 && text[w - 1] != ' ')
            break; /* a word too long to be part of a name */
        char *word = xstrndup(text + w, start - 1 - w);
        int joiner = 0;
        for (const char *const *j = joiners; *j; j++)
            joiner |= strcmp(word, *j) == 0;
        int ok = (is_capitalised(word) || joiner) && !strchr(word, ',') && !strchr(word, '.') &&
                 !strchr(word, '(') && strcmp(word, "The") != 0;
        free(word);
        if (!ok)
            break;
        start = w;
    }
    while (start < at && !is_capitalised(text + start)) {
        while (text[start] && text[start] != ' ')
            start++;
        start++;
    }
    return start < at ? start : at;
}

/* Agreements and charters: the capitalised words before "Agreement" or
 * "Charter" ("and", "of", "on" may join them), plus "(ABBR)" after. */
static void find_agreements(const char *text, struct statement *st)
{
    static const char *const heads[] = {"Agreement", "Charter", "Treaty", "Convention", NULL};
    static const char *const joiners[] = {"and", "of", "on", "for", "the", NULL};
    size_t len = strlen(text);
    for (const char *const *h = heads; *h; h++) {
        size_t hl = strlen(*h);
        for (size_t at = 0; (at = find_word_cs(text, len, at, *h)) != (size_t)-1; at += hl) {
            size_t start = name_start_before(text, at, joiners);
            if (start == at)
                continue; /* a bare "Agreement" names nothing */
            size_t end = at + hl;
            if (text[end] == ' ' && text[end + 1] == '(') {
                const char *close = strchr(text + end + 2, ')');
                if (close && close - (text + end) < 14)
                    end = (size_t)(close - text) + 1;
            }
            char *name = xstrndup(text + start, end - start);
            /* Keep one entry per agreement: the one that gives its abbreviation. */
            int dup = st->n_agreements >= MENTIONS_MAX;
            for (size_t i = 0; i < st->n_agreements; i++) {
                size_t base = end > at + hl ? at + hl - start : strlen(name);
                if (strncmp(st->agreements[i], name, base) == 0) {
                    dup = 1;
                    if (strlen(name) > strlen(st->agreements[i])) {
                        free(st->agreements[i]);
                        st->agreements[i] = xstrdup(name);
                    }
                }
            }
            if (!dup)
                string_set_add(&st->agreements, &st->n_agreements, name);
            free(name);
        }
    }
}

/* Capitalised name words ("Kassym-Jomart", "Tokayev") from text+at. */
static size_t name_words(const char *text, size_t at, int max_words)
{
    size_t end = at;
    int words = 0;
    while (words < max_words && utf8_starts_upper(text + end)) {
        size_t w = end;
        while (isalpha((unsigned char)text[w]) || text[w] == '-' || (unsigned char)text[w] >= 0x80)
            w++;
        if (w - end < 2)
            break;
        end = w;
        words++;
        if (text[end] != ' ' || !utf8_starts_upper(text + end + 1))
            break;
        end++;
    }
    while (end > at && text[end - 1] == ' ')
        end--;
    return words ? end - at : 0;
}

static const char *last_word(const char *name)
{
    const char *sp = strrchr(name, ' ');
    return sp ? sp + 1 : name;
}

/* "Inter-American Democratic Charter": a name with an office's or a
 * document's word in it is no person's. */
static int has_non_name_word(const char *name)
{
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, " ");
        for (const char *const *w = NON_NAME_WORDS; *w; w++)
            if (strlen(*w) == n && strncmp(*w, p, n) == 0)
                return 1;
        p += n;
        while (*p == ' ')
            p++;
    }
    return 0;
}

/* lines: where the piece being read stands, for the people found in it. */
/* The title of the statement being read: a person it names as who
 * speaks ("Statement by the High Representative Josep Borrell …",
 * "President X congratulates …") is its author, not a person it is
 * about. */
static int names_author(const char *author_title, const char *name)
{
    if (!author_title)
        return 0;
    const char *surname = last_word(name);
    size_t sl = strlen(surname);
    const char *by = strstr(author_title, " by ");
    for (size_t at = 0; (at = find_word_ci(author_title, at, surname)) != (size_t)-1; at += sl) {
        /* The headline's subject: "President Cyril Ramaphosa congratulates …" */
        int subject = at < 40;
        for (size_t k = 0; k < at && subject; k++)
            if ((k == 0 || author_title[k - 1] == ' ') && islower((unsigned char)author_title[k]))
                subject = 0;
        if (subject)
            return 1;
        if (by && (size_t)(by - author_title) + 4 <= at)
            return 1; /* "Statement by … NAME" */
    }
    return 0;
}

static void add_person(struct statement *st, const char *name, const char *role,
                       struct span lines, const char *title)
{
    if (st->n_people >= MENTIONS_MAX || has_non_name_word(name) || names_author(title, name))
        return;
    /* The author is who speaks, not a person spoken of. */
    if (st->author.name && strcmp(last_word(st->author.name), last_word(name)) == 0)
        return;
    for (size_t i = 0; i < st->n_people; i++) {
        struct person *p = &st->people[i];
        if (strcmp(last_word(p->name), last_word(name)) == 0) {
            if (strlen(name) > strlen(p->name)) {
                free(p->name);
                p->name = xstrdup(name);
            }
            if (!p->role && role)
                p->role = xstrdup(role);
            return;
        }
    }
    struct person *p = array_push(&st->people, &st->n_people, sizeof *p);
    p->name = xstrdup(name);
    p->role = role ? xstrdup(role) : NULL;
    statement_note_origin(st, lines, "/people/%zu", st->n_people - 1);
}

/* Capitalised words with lower-case letters, none an office's or a
 * country's: a person's name. */
static int looks_like_name(const char *name)
{
    struct country_match m;
    if (has_non_name_word(name) || country_find(name, 0, NULL, &m))
        return 0;
    for (const char *p = name; *p; p++)
        if (isdigit((unsigned char)*p) || *p == '/' || *p == '(')
            return 0;
    return 1;
}

static int is_known_non_person(const char *name)
{
    for (const struct org_phrase *o = ORGANISATIONS; o->phrase; o++)
        if (strncmp(name, o->phrase, strlen(o->phrase)) == 0)
            return 1;
    return 0;
}

static void find_people(const char *text, struct span lines, struct statement *st,
                        const char *title)
{
    /* Only the titles and cues the text holds at all are looked for
     * word by word (phrase_index.h: one pass for the whole list). */
    unsigned char *present = xmalloc(phrase_index_count(PERSON_TITLES, sizeof(char *)) +
                                     phrase_index_count(PERSON_CUES, sizeof(char *)) + 1);
    PHRASE_LIST_MARK(PERSON_TITLES, text, present);
    /* A title and a name: "President Tokayev". */
    for (const char *const *t = PERSON_TITLES; *t; t++) {
        if (!present[t - PERSON_TITLES])
            continue;
        size_t tl = strlen(*t);
        for (size_t at = 0; (at = find_word_ci(text, at, *t)) != (size_t)-1; at += tl) {
            /* "President X", not "the president of"; a title the table
             * writes in lower case may stand so ("presidente eleito X"). */
            if ((!utf8_starts_upper(text + at) && !islower((unsigned char)(*t)[0])) ||
                text[at + tl] != ' ')
                continue;
            size_t n = name_words(text, at + tl + 1, 4);
            if (!n)
                continue;
            char *name = xstrndup(text + at + tl + 1, n);
            /* "Mr", "Mme", "Frau": a form of address, not a role. */
            int honorific = phrase_list_equals(HONORIFICS, *t);
            if (!is_known_non_person(name))
                add_person(st, name, honorific ? NULL : *t, lines, title);
            free(name);
        }
    }
    /* A lower-case cue and a full name: "foreign policy chief Josep
     * Borrell", "congratulates Maia Sandu".  Two words at least, so the
     * cue "elected" does not take "elected President" for a name. */
    PHRASE_LIST_MARK(PERSON_CUES, text, present);
    for (const char *const *cue = PERSON_CUES; *cue; cue++) {
        if (!present[cue - PERSON_CUES])
            continue;
        size_t cl = strlen(*cue);
        for (size_t at = 0; (at = find_word_ci(text, at, *cue)) != (size_t)-1; at += cl) {
            size_t from = at + cl;
            while (text[from] == ' ' || text[from] == ',')
                from++;
            size_t n = name_words(text, from, 3);
            if (!n || !memchr(text + from, ' ', n))
                continue;
            char *name = xstrndup(text + from, n);
            if (!is_known_non_person(name))
                add_person(st, name, NULL, lines, title);
            free(name);
        }
    }
    /* A list of delegates: "Alberto Ribolla (Italy, EC/DA)" — a name and
     * the country in brackets after it. */
    for (const char *b = text; (b = strstr(b, " (")) != NULL; b += 2) {
        size_t close = (size_t)(b - text);
        /* The country is looked for in the bracket only: a text of many
         * brackets and no country must not be scanned once for each. */
        char inside[64];
        size_t il = strcspn(b + 2, ",)");
        if (il == 0 || il >= sizeof inside || !strchr(",)", b[2 + il]))
            continue;
        memcpy(inside, b + 2, il);
        inside[il] = '\0';
        struct country_match m;
        if (!country_find(inside, 0, NULL, &m) || m.offset != 0 || m.length != il)
            continue;
        size_t start = close;
        int words = 0;
        while (start > 0 && words < 4) {
            size_t w = start;
            while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n')
                w--;
            if (!utf8_starts_upper(text + w))
                break;
            words++;
            start = w;
            if (start == 0 || text[start - 1] != ' ')
                break;
            start--;
        }
        while (text[start] == ' ')
            start++;
        if (words >= 2 && (start == 0 || text[start - 1] == '\n' ||
                           (start >= 2 && text[start - 2] == ','))) {
            char *name = xstrndup(text + start, close - start);
            if (!is_known_non_person(name) && looks_like_name(name))
                add_person(st, name, NULL, lines, title);
            free(name);
        }
    }
    /* A hyphenated given name and a surname: "Kassym-Jomart Tokayev". */
    for (size_t at = 0; text[at]; at++) {
        if (!is_word_start(text, at) || !isupper((unsigned char)text[at]))
            continue;
        size_t w = at;
        while (isalpha((unsigned char)text[w]))
            w++;
        if (text[w] != '-' || !isupper((unsigned char)text[w + 1]))
            continue;
        if (w - at >= 2 && isupper((unsigned char)text[at + 1]))
            continue; /* "EU-Kenya …" joins abbreviations, not given names */
        size_t n = name_words(text, at, 3);
        if (n && memchr(text + at, ' ', n)) {
            char *name = xstrndup(text + at, n);
            add_person(st, name, NULL, lines, title);
            free(name);
        }
        /* Past the name; the loop's own step is the last byte of it, so
         * a name that ends the text does not step over the NUL. */
        if (n)
            at += n - 1;
    }
    free(present);
}

/* Bodies named by what they are ("Independent National Electoral
 * Commission", "EU Election Observation Mission"): a head from the
 * ORGANISATION_HEADS table and the capitalised words before it. */
/* "Multi-National Observer Group" and "Multinational Observer Group"
 * name one body: compared without hyphens and case. */
static int same_body_listed(const struct statement *st, const char *name)
{
    for (size_t i = 0; i < st->n_organisations; i++) {
        const char *a = st->organisations[i], *b = name;
        while (*a && *b) {
            if (*a == '-') {
                a++;
                continue;
            }
            if (*b == '-') {
                b++;
                continue;
            }
            if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
                break;
            a++, b++;
        }
        while (*a == '-')
            a++;
        while (*b == '-')
            b++;
        if (!*a && !*b)
            return 1;
    }
    return 0;
}

static void find_named_bodies(const char *text, struct span lines, struct statement *st)
{
    static const char *const joiners[] = {"and", "of", "for", "on", NULL};
    unsigned char *present = xmalloc(phrase_index_count(ORGANISATION_HEADS, sizeof(char *)) + 1);
    PHRASE_LIST_MARK(ORGANISATION_HEADS, text, present);
    size_t len = strlen(text);
    for (const char *const *h = ORGANISATION_HEADS; *h; h++) {
        if (!present[h - ORGANISATION_HEADS])
            continue;
        size_t hl = strlen(*h);
        for (size_t at = 0; (at = find_word_cs(text, len, at, *h)) != (size_t)-1; at += hl) {
            size_t start = name_start_before(text, at, joiners);
            /* "an Election Observation Mission": a kind of body, not one. */
            int generic = (start >= 2 && strncmp(text + start - 2, "a ", 2) == 0 &&
                           (start == 2 || text[start - 3] == ' ')) ||
                          (start >= 3 && strncmp(text + start - 3, "an ", 3) == 0 &&
                           (start == 3 || text[start - 4] == ' '));
            if (generic)
                continue;
            char *name = xstrndup(text + start, at + hl - start);
            int listed = 0; /* the table's own name for it is recorded already */
            /* "ODIHR Election Observation Mission" is the ODIHR's: a body
             * named after a listed organisation is that organisation. */
            for (const struct org_phrase *o = ORGANISATIONS; o->phrase && !listed; o++) {
                size_t ol = strlen(o->phrase);
                listed = strcmp(name, o->phrase) == 0 ||
                         (strncmp(name, o->phrase, ol) == 0 && name[ol] == ' ');
            }
            /* "Egyptian Supreme Presidential Election Committee": the
             * country's adjective is not part of the body's name. */
            struct country_match m;
            const char *named = name;
            if (country_find(name, 0, NULL, &m) && m.offset == 0 && m.adjective &&
                name[m.length] == ' ' && strchr(name + m.length + 1, ' '))
                named = name + m.length + 1;
            if (strchr(named, ' ') && !listed && st->n_organisations < MENTIONS_MAX &&
                !same_body_listed(st, named)) {
                size_t k = string_set_add(&st->organisations, &st->n_organisations, named);
                statement_note_origin(st, lines, "/organisations/%zu", k);
            }
            free(name);
        }
    }
    free(present);
}

void extract_mentions(const struct classified *c, struct statement *st)
{
    const char *title = NULL;
    for (size_t i = 0; i < c->n_pieces && !title; i++)
        if (c->pieces[i].role == ROLE_TITLE)
            title = c->pieces[i].text;
    for (size_t i = 0; i < c->n_pieces; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY && p->role != ROLE_TITLE && p->role != ROLE_FRAMING)
            continue;
        unsigned char *present = xmalloc(phrase_index_count(ORGANISATIONS, sizeof *ORGANISATIONS) + 1);
        phrase_index_mark(ORGANISATIONS, sizeof *ORGANISATIONS, p->text, present);
        for (const struct org_phrase *o = ORGANISATIONS; o->phrase; o++)
            if (present[o - ORGANISATIONS] && has_word(p->text, o->phrase)) {
                size_t k = string_set_add(&st->organisations, &st->n_organisations, o->name);
                statement_note_origin(st, p->lines, "/organisations/%zu", k);
            }
        free(present);
        find_named_bodies(p->text, p->lines, st);
        find_agreements(p->text, st);
        find_people(p->text, p->lines, st, title);
    }
}
