/* Elections: what was elected (type, early, chamber) and when.
 *
 * The subject election is named in the title or in the first sentence of
 * the statement that speaks of an election; its date is the first date in
 * the first election sentence that has one.  "held along with the local
 * elections" adds a companion election on the same day. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "extract_parts.h"
#include "phrases.h"
#include "strbuf.h"
#include "utf8.h"

/* How many words before "election" may carry its type ("early Kazakhstan
 * Presidential election"). */
#define TYPE_WINDOW_WORDS 4
#define TYPE_WINDOW_BYTES 256

struct sentence {
    const char *start;
    size_t len;
};

/* Words as the cue tables see them: letters, digits, hyphens and any
 * non-ASCII character but curly quotes, dashes and guillemets. */
static inline int word_byte_at(const char *s, size_t at)
{
    unsigned char c = (unsigned char)s[at];
    /* ASCII holds no separator of utf8_word_separator's */
    if (c < 0x80)
        return utf8_ascii_alnum(c) || c == '-';
    return !utf8_word_separator(s + at);
}

static size_t word_end_at(const char *s, size_t at)
{
    while (s[at] && word_byte_at(s, at))
        at++;
    return at;
}

#define CUE_WORD_MAX 96

/* The same, no further than a cue word can be: a run of hyphenated words
 * is a word start at every hyphen, and must not be scanned to its end
 * from each. */
static size_t cue_word_end(const char *s, size_t at)
{
    size_t end = at;
    while (s[end] && end - at < CUE_WORD_MAX && word_byte_at(s, end))
        end++;
    return end;
}

/* Is the word at s+at (to end) a cue of table?  Its value, or NULL. */
static const char *cue_at(const char *s, size_t at, size_t end, const struct cue_word *table)
{
    char folded[CUE_WORD_MAX];
    if (end <= at || !utf8_fold(s + at, end - at, folded, sizeof folded))
        return NULL;
    const struct cue_word *c = cue_word_match(table, folded);
    return c ? c->value : NULL;
}

/* Offset of the next "election(s)" or "referendum" word, in English or
 * any language of ELECTION_NOUNS, or -1; *len gets the word's length. */
static size_t find_election_word(const char *s, size_t from, int *referendum, size_t *len)
{
    for (size_t at = from; s[at]; at++) {
        /* inside a word of non-ASCII letters is no word start; after a
         * curly apostrophe ("l’élection") is */
        if (!is_word_start(s, at) ||
            (at > 0 && (unsigned char)s[at - 1] >= 0x80 && word_byte_at(s, at - 1) &&
             !(at >= 3 && utf8_word_separator(s + at - 3) == 3)))
            continue;
        /* the first letter before the call: most word starts are neither */
        if (((unsigned char)s[at] | 0x20) == 'e' && strncasecmp(s + at, "election", 8) == 0 &&
            (is_word_end(s, at + 8) || (s[at + 8] == 's' && is_word_end(s, at + 9)))) {
            /* "election observation mission", "Election Commission": a
             * body named after elections, not an election. */
            size_t end = at + 8 + (s[at + 8] == 's');
            int body = 0;
            for (const char *const *w = ELECTION_BODY_WORDS; *w && !body; w++)
                body = s[end] == ' ' && strncasecmp(s + end + 1, *w, strlen(*w)) == 0;
            if (body)
                continue;
            *referendum = 0;
            *len = end - at;
            return at;
        }
        if (((unsigned char)s[at] | 0x20) == 'r' && strncasecmp(s + at, "referendum", 10) == 0) {
            *referendum = 1;
            *len = 10;
            return at;
        }
        if (!isalpha((unsigned char)s[at]) && (unsigned char)s[at] < 0x80)
            continue;
        size_t end = cue_word_end(s, at);
        const char *noun = cue_at(s, at, end, ELECTION_NOUNS);
        if (noun) {
            *referendum = strcmp(noun, "referendum") == 0;
            *len = end - at;
            return at;
        }
    }
    return (size_t)-1;
}

/* A sentence ends at '.', '!' or '?' followed by a space or the end. */
static int sentence_end_at(const char *text, size_t b)
{
    return (text[b] == '.' || text[b] == '!' || text[b] == '?') &&
           (text[b + 1] == ' ' || text[b + 1] == '\0');
}

/* Characters between an election word and a date that belongs to it:
 * "the 20 November presidential election", "yesterday's elections". */
#define DATE_NEAR_BYTES 60
/* A character is at most 4 bytes: no date further than this in bytes is
 * near. */
#define DATE_NEAR_SPAN (4 * (DATE_NEAR_BYTES + 1))

/* A date of the current sentence: where it is, and what the rules below
 * ask of it, worked out once. */
struct sentence_date {
    struct date_match m;
    unsigned char own; /* "Statement of 8 November 2021": the statement's */
    unsigned char on;  /* introduced by "on" ("took place on 10 January") */
};

/* The sentences of one piece, met in the order of its election words: each
 * sentence is found, and its dates read, once however many election words
 * it holds, so a paragraph of them costs time in its length, not in its
 * length times its election words. */
struct sentence_cursor {
    const char *text;
    struct sentence s;            /* the current one; s.start NULL before any */
    struct sentence_date *dates;  /* its dates, in order */
    size_t n_dates, cap_dates;
    size_t first_on;              /* the first "on" date not the statement's, or n_dates */
    size_t near_from;             /* dates before it end too early to be near what follows */
};

static int dates_the_statement(const char *text, size_t at);

/* The sentence around offset at (at after the previous call's). */
static struct sentence cursor_sentence(struct sentence_cursor *c, size_t at)
{
    const char *text = c->text;
    size_t done = c->s.start ? (size_t)(c->s.start - text) + c->s.len : 0;
    if (c->s.start && at < done)
        return c->s;
    /* The previous sentence ends before this one starts: the scan back
     * stops there at the latest. */
    size_t a = at;
    while (a > done && !(text[a - 1] == ' ' && a >= 2 &&
                         (text[a - 2] == '.' || text[a - 2] == '!' || text[a - 2] == '?')))
        a--;
    size_t b = at;
    while (text[b] && !sentence_end_at(text, b))
        b++;
    c->s = (struct sentence){text + a, b - a};
    c->n_dates = 0;
    c->near_from = 0;
    struct date_match m;
    /* date_find_before: only the sentence is searched, not the text after */
    for (size_t pos = a; date_find_before(text, pos, b, &m) && m.offset < b;
         pos = m.offset + m.length) {
        if (c->n_dates == c->cap_dates) {
            c->cap_dates = c->cap_dates ? 2 * c->cap_dates : 8;
            c->dates = xrealloc(c->dates, c->cap_dates * sizeof *c->dates);
        }
        struct sentence_date *d = &c->dates[c->n_dates++];
        d->m = m;
        d->own = (unsigned char)dates_the_statement(text, m.offset);
        d->on = m.offset >= 3 && strncmp(text + m.offset - 3, "on ", 3) == 0;
    }
    c->first_on = c->n_dates;
    for (size_t k = 0; k < c->n_dates && c->first_on == c->n_dates; k++)
        if (c->dates[k].on && !c->dates[k].own)
            c->first_on = k;
    return c->s;
}

/* The other types joined to an election's ("presidential, parliamentary
 * and local elections"). */
struct joined {
    const char *type[3];
    size_t n;
};

static void joined_add(struct joined *j, const char *type, const char *first)
{
    if (first && strcmp(type, first) == 0)
        return;
    for (size_t k = 0; k < j->n; k++)
        if (strcmp(j->type[k], type) == 0)
            return;
    if (j->n < sizeof j->type / sizeof j->type[0])
        j->type[j->n++] = type;
}

/* Other languages put the type before the noun ("парламентских
 * выборов"), after it ("élections législatives anticipées") or at the
 * head of a compound ("Parlamentswahlen"): the noun itself, then up to
 * TYPE_WINDOW_WORDS words after it, then before it, nearest first, within
 * its clause; the first type found is the election's. */
static void read_type_cues(const char *text, size_t at, size_t len, struct election *e,
                           struct joined *joined)
{
    size_t words[2 * TYPE_WINDOW_WORDS + 1][2];
    size_t n = 0;
    words[n][0] = at, words[n][1] = at + len, n++;
    /* after; a list's commas go on ("présidentielle, législatives et
     * municipales") */
    size_t p = at + len;
    int listed = 0;
    for (int k = 0; k < TYPE_WINDOW_WORDS; k++) {
        size_t q = p;
        if (text[q] == ',' && text[q + 1] == ' ') {
            q++;
            listed = 1;
        }
        while (text[q] == ' ')
            q++;
        if (q == p || !text[q] || !word_byte_at(text, q))
            break;
        size_t b = word_end_at(text, q);
        words[n][0] = q, words[n][1] = b, n++;
        p = b;
    }
    /* before */
    p = at;
    for (int k = 0; k < TYPE_WINDOW_WORDS && p > 0; k++) {
        size_t q = p;
        while (q > 0 && text[q - 1] == ' ')
            q--;
        if (q == p || q == 0 || !word_byte_at(text, q - 1))
            break; /* punctuation ends the clause */
        size_t b = q;
        while (b > 0 && word_byte_at(text, b - 1))
            b--;
        /* An article or preposition ends the words that qualify the noun
         * ("l'Union européenne sur les élections"). */
        char folded[CUE_WORD_MAX];
        if (utf8_fold(text + b, q - b, folded, sizeof folded) &&
            is_function_word(folded, strlen(folded)))
            break;
        words[n][0] = b, words[n][1] = q, n++;
        p = b;
    }
    int conjunction = listed;
    for (size_t k = 0; k < n; k++) {
        const char *type = cue_at(text, words[k][0], words[k][1], ELECTION_TYPE_CUES);
        if (type && !e->type)
            e->type = xstrdup(type);
        else if (type && e->type)
            joined_add(joined, type, e->type);
        if (cue_at(text, words[k][0], words[k][1], EARLY_CUES))
            e->early = 1;
        char folded[CUE_WORD_MAX];
        if (utf8_fold(text + words[k][0], words[k][1] - words[k][0], folded, sizeof folded))
            for (const char *const *j = JOINT_WORDS; *j; j++)
                conjunction |= strcmp(folded, *j) == 0;
    }
    if (!conjunction)
        joined->n = 0;
}

/* "… elections and a referendum", "élections législatives et le
 * référendum constitutionnel": a referendum joined to the election within
 * a few words after it, in its clause. */
static int referendum_joined(const char *text, size_t p)
{
    int conjunction = 0;
    for (int k = 0; k < TYPE_WINDOW_WORDS + 2; k++) {
        size_t q = p;
        while (text[q] == ' ')
            q++;
        if (q == p || !text[q] || !word_byte_at(text, q))
            return 0;
        size_t b = word_end_at(text, q);
        char folded[CUE_WORD_MAX];
        if (!utf8_fold(text + q, b - q, folded, sizeof folded))
            return 0;
        for (const char *const *j = JOINT_WORDS; *j; j++)
            conjunction |= strcmp(folded, *j) == 0;
        const char *noun = cue_at(text, q, b, ELECTION_NOUNS);
        if (conjunction && (strcmp(folded, "referendum") == 0 ||
                            (noun && strcmp(noun, "referendum") == 0)))
            return 1;
        p = b;
    }
    return 0;
}

/* Type and earliness from the words just before the election word (and,
 * in other languages, around it); *joined gets the other types joined to
 * the first ("presidential and parliamentary elections"). */
static void read_type(const char *text, size_t at, size_t len, const char *lang,
                      struct election *e, struct joined *joined)
{
    joined->n = 0;
    /* Words longer than this are not types: the scan back is bounded, so a
     * text without spaces costs no more per election word than any. */
    size_t floor = at > TYPE_WINDOW_BYTES ? at - TYPE_WINDOW_BYTES : 0;
    size_t start = at, words = 0;
    while (start > floor && words < TYPE_WINDOW_WORDS) {
        start--;
        while (start > floor && text[start - 1] != ' ')
            start--;
        words++;
        if (start == 0)
            break;
        if (text[start - 1] == ' ' && start >= 2 && strchr(".,;:", text[start - 2]))
            break;
    }
    /* "his election as the ninth executive president" */
    if (strncmp(text + at, "election as ", 12) == 0) {
        char *after = xstrndup(text + at + 12, strnlen(text + at + 12, 48));
        if (find_word_ci(after, 0, "president") != (size_t)-1)
            e->type = xstrdup("presidential");
        free(after);
    }
    /* "the elections of the President", "… of the Governors": who is
     * elected names the type. */
    const char *of = text + at + len;
    if (strncmp(of, " of the ", 8) == 0)
        for (const struct election_word *w = ELECTED_OFFICES; w->word && !e->type; w++)
            if (strncasecmp(of + 8, w->word, strlen(w->word)) == 0 &&
                is_word_end(of + 8, strlen(w->word)))
                e->type = xstrdup(w->type);
    char *window = xstrndup(text + start, at - start);
    for (const struct election_word *w = ELECTION_TYPES; w->word && !e->type; w++)
        if (find_word_ci(window, 0, w->word) != (size_t)-1)
            e->type = xstrdup(w->type);
    if (e->type && (find_word_ci(window, 0, "and") != (size_t)-1 || strchr(window, ',') ||
                    strchr(window, '&')))
        for (const struct election_word *w = ELECTION_TYPES; w->word; w++)
            if (find_word_ci(window, 0, w->word) != (size_t)-1)
                joined_add(joined, w->type, e->type);
    for (const char *const *w = EARLY_WORDS; *w; w++)
        if (find_word_ci(window, 0, *w) != (size_t)-1)
            e->early = 1;
    free(window);
    /* English has its reading above; the cue words are other languages'. */
    if (!lang || strncmp(lang, "en", 2) != 0)
        read_type_cues(text, at, len, e, joined);
    if (e->type && strcmp(e->type, "referendum") != 0 && referendum_joined(text, at + len))
        joined_add(joined, "referendum", e->type);
}

/* The chamber's own name where the text gives one ("lower chamber of the
 * parliament (Mäjilis)"), else the generic words. */
static char *find_chamber(const char *s, size_t len)
{
    char *sent = xstrndup(s, len);
    char *found = NULL;
    for (const char *const *c = CHAMBERS; *c && !found; c++) {
        size_t at = find_word_ci(sent, 0, *c);
        if (at == (size_t)-1)
            continue;
        const char *open = strchr(sent + at, '(');
        const char *close = open ? strchr(open, ')') : NULL;
        if (islower((unsigned char)(*c)[0]) && open && close && open - (sent + at) < 40 &&
            close - open > 2 && !isdigit((unsigned char)open[1]))
            found = xstrndup(open + 1, (size_t)(close - open - 1));
        else
            found = xstrndup(sent + at, strlen(*c));
    }
    free(sent);
    return found;
}

static void set_date(struct stated_date *d, const char *text, const struct date_match *m,
                     const char *anchor)
{
    d->text = xstrndup(text + m->offset, m->length);
    d->value = date_value(m, anchor);
    d->relative = m->relative != DATE_ABSOLUTE;
}

/* "Statement of 8 November 2021": the date is the statement's own. */
static int dates_the_statement(const char *text, size_t at)
{
    if (at < 4 || strncmp(text + at - 4, " of ", 4) != 0)
        return 0;
    size_t w = at - 4;
    while (w > 0 && text[w - 1] != ' ')
        w--;
    for (const char *const *c = TITLE_CUES; *c; c++)
        if (strncasecmp(text + w, *c, strlen(*c)) == 0)
            return 1;
    return 0;
}

/* The election's date in its sentence: the first date that is close to
 * the election word, or introduced by "on" ("took place on 10 January
 * 2021").  Other dates in the sentence ("after the events of January 2022")
 * are not it, nor the statement's own.  at must not decrease from one call
 * to the next within a sentence. */
static int election_date_in(struct sentence_cursor *c, size_t at, struct date_match *out)
{
    const char *text = c->text;
    while (c->near_from < c->n_dates &&
           c->dates[c->near_from].m.offset + DATE_NEAR_SPAN < at)
        c->near_from++;
    size_t best = c->first_on;
    for (size_t k = c->near_from; k < best && c->dates[k].m.offset <= at + DATE_NEAR_SPAN; k++) {
        const struct date_match *m = &c->dates[k].m;
        if (c->dates[k].own)
            continue;
        /* In characters, so Cyrillic's two bytes a letter count once. */
        size_t lo = m->offset > at ? at : m->offset, hi = m->offset > at ? m->offset : at;
        size_t distance = 0;
        for (size_t i = lo; i < hi && distance <= DATE_NEAR_BYTES; i++)
            distance += ((unsigned char)text[i] & 0xc0) != 0x80;
        if (distance <= DATE_NEAR_BYTES)
            best = k;
    }
    if (best == c->n_dates)
        return 0;
    *out = c->dates[best].m;
    return 1;
}

/* "along with the local elections", "together with municipal elections" */
static const char *companion_type(const char *sent, size_t len)
{
    static const char *const joiners[] = {"along with the ", "together with the ",
                                          "along with ", "together with ", NULL};
    char *s = xstrndup(sent, len);
    const char *type = NULL;
    for (const char *const *j = joiners; *j && !type; j++) {
        const char *p = find_ci(s, *j);
        if (!p)
            continue;
        p += strlen(*j);
        for (const struct election_word *w = ELECTION_TYPES; w->word; w++) {
            size_t wl = strlen(w->word);
            if (strncasecmp(p, w->word, wl) == 0 && strncasecmp(p + wl, " election", 9) == 0) {
                type = w->type;
                break;
            }
        }
    }
    free(s);
    return type;
}

/* "…, the local election", "… and the first round of the elections":
 * between two election words of one sentence, a list's comma or
 * conjunction and a few words. */
static int list_between(const char *text, size_t from, size_t to)
{
    if (to <= from || to - from > 90)
        return 0;
    int joiner = 0, words = 0;
    for (size_t k = from; k < to; k++) {
        if (text[k] == ',')
            joiner = 1;
        if (text[k] == ' ') {
            words++;
            for (const char *const *j = JOINT_WORDS; *j; j++) {
                size_t jl = strlen(*j);
                if (strncmp(text + k + 1, *j, jl) == 0 && text[k + 1 + jl] == ' ')
                    joiner = 1;
            }
        }
        if (text[k] == '.' || text[k] == ';' || text[k] == ':')
            return 0;
    }
    return joiner && words <= 16;
}

/* The static type name for a type read from text (ELECTION_TYPES' own). */
static const char *companion_word(const char *type)
{
    for (const struct election_word *w = ELECTION_TYPES; w->word; w++)
        if (strcmp(w->type, type) == 0)
            return w->type;
    return "unspecified";
}

/* The same for any type, a referendum included. */
static const char *companion_word_any(const char *type)
{
    return strcmp(type, "referendum") == 0 ? "referendum" : companion_word(type);
}

void extract_elections(const struct classified *c, struct statement *st)
{
    struct election subject = {0};
    int found = 0;
    const char *companion = NULL;
    struct joined joined_types = {{NULL}, 0}; /* "presidential and parliamentary elections" */
    /* Other types the title names ("… presidential election and referendum"). */
    const char *title_types[4];
    size_t n_title_types = 0;
    int have_date = 0;
    struct date_match when = {0};
    const char *when_text = NULL;
    struct span subject_at = {0, 0}, when_at = {0, 0};
    const char *first_body_sentence = NULL;
    /* Where elections are spoken of: a statement about one names it in
     * its head or its opening sentence, or more than once. */
    int head_mentions = 0, body_mentions = 0, opening_mention = 0;
    size_t opening_piece = c->n_pieces;
    for (size_t i = 0; i < c->n_pieces && opening_piece == c->n_pieces; i++)
        if (c->pieces[i].role == ROLE_BODY)
            opening_piece = i;

    struct sentence_cursor cursor = {0};
    /* Title first, then framing and body in document order. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < c->n_pieces; i++) {
            const struct piece *p = &c->pieces[i];
            int wanted = pass == 0 ? (p->role == ROLE_TITLE || p->role == ROLE_HEADING)
                                   : (p->role == ROLE_BODY || p->role == ROLE_FRAMING);
            if (!wanted)
                continue;
            int referendum;
            size_t at = 0, len = 0, prev_end = (size_t)-1;
            const char *prev_sentence = NULL;
            cursor.text = p->text;
            cursor.s.start = NULL;
            while ((at = find_election_word(p->text, at, &referendum, &len)) != (size_t)-1) {
                struct sentence s = cursor_sentence(&cursor, at);
                if (pass == 0)
                    head_mentions++;
                else
                    body_mentions++;
                /* the framing, or the body's first sentence */
                if (pass == 1 && (p->role == ROLE_FRAMING ||
                                  (i == opening_piece && s.start == p->text)))
                    opening_mention = 1;
                /* Only the first sentence of the body that speaks of
                 * elections lists the subject's ("… following the
                 * parliamentary election in 2010 and the presidential …"
                 * later on are past ones). */
                if (pass == 1 && !first_body_sentence)
                    first_body_sentence = s.start;
                int listed_after = prev_sentence == s.start && prev_end != (size_t)-1 &&
                                   s.start == first_body_sentence &&
                                   list_between(p->text, prev_end, at);
                prev_sentence = s.start;
                prev_end = at + len;
                struct election here = {0};
                struct joined joined = {{NULL}, 0};
                if (referendum)
                    here.type = xstrdup("referendum");
                else
                    read_type(p->text, at, len, st->language, &here, &joined);
                /* General elections comprise the others held with them. */
                int compatible = !found || !here.type || !subject.type ||
                                 strcmp(here.type, subject.type) == 0 ||
                                 strcmp(subject.type, "general") == 0;
                /* "… elections and the referendum" joins a second vote to
                 * the subject — unless the subject is general elections,
                 * which comprise those held with them. */
                if (joined.n && !joined_types.n && compatible &&
                    (!found || !subject.type || strcmp(subject.type, "general") != 0))
                    joined_types = joined;
                /* "the parliamentary election, the local election, and the
                 * autonomous regional election": a list of elections in
                 * one sentence. */
                if (found && listed_after && here.type && subject.type &&
                    strcmp(subject.type, "general") != 0)
                    joined_add(&joined_types, companion_word_any(here.type), subject.type);
                if (pass == 0 && p->role == ROLE_TITLE && found && here.type && !compatible &&
                    n_title_types < sizeof title_types / sizeof title_types[0]) {
                    size_t k = 0;
                    while (k < n_title_types && strcmp(title_types[k], here.type) != 0)
                        k++;
                    if (k == n_title_types)
                        title_types[n_title_types++] = strcmp(here.type, "referendum") == 0
                                                           ? "referendum"
                                                           : companion_word(here.type);
                }
                if (!found) {
                    subject = here;
                    subject_at = p->lines;
                    found = 1;
                } else {
                    if (!subject.type && here.type && compatible)
                        subject.type = xstrdup(here.type);
                    subject.early |= compatible && here.early;
                    free(here.type);
                }
                struct date_match m;
                /* "election [January 2024]" then "took place on 7 January
                 * 2024": a day found later completes a month and year. */
                int partial = have_date && !when.day;
                if ((!have_date || partial) && compatible &&
                    election_date_in(&cursor, at, &m) && (!partial || m.day)) {
                    when = m;
                    when_text = p->text;
                    when_at = p->lines;
                    have_date = 1;
                    if (!subject.chamber)
                        subject.chamber = find_chamber(s.start, s.len);
                    if (!companion)
                        companion = companion_type(s.start, s.len);
                }
                at += len;
            }
        }
    }
    free(cursor.dates);
    if (!found)
        return;
    /* "… as expressed in the November 2020 general election": a past
     * election named once in passing is not what the statement is about. */
    if (!head_mentions && !opening_mention && body_mentions < 2) {
        free(subject.type);
        free(subject.chamber);
        return;
    }
    /* "Nigerians voted on 9 March to elect …": the day of the vote where
     * no election sentence has a date. */
    for (size_t i = 0; i < c->n_pieces && !have_date; i++) {
        const struct piece *p = &c->pieces[i];
        if (p->role != ROLE_BODY && p->role != ROLE_FRAMING)
            continue;
        for (const char *const *v = VOTE_PHRASES; *v && !have_date; v++) {
            size_t at = find_word_ci(p->text, 0, *v);
            struct date_match m;
            if (at != (size_t)-1 && date_find(p->text, at + strlen(*v), &m) &&
                m.offset == at + strlen(*v) + 1) {
                when = m;
                when_text = p->text;
                when_at = p->lines;
                have_date = 1;
            }
        }
    }
    if (!subject.type)
        subject.type = xstrdup("unspecified");
    if (have_date)
        set_date(&subject.date, when_text, &when, st->date.value);
    struct election *e = array_push(&st->elections, &st->n_elections, sizeof *e);
    *e = subject;
    statement_note_origin(st, subject_at, "/elections/0");
    statement_note_origin(st, when_at, "/elections/0/date");
    for (size_t j = 0; j < joined_types.n; j++) {
        const char *jt = joined_types.type[j];
        if (strcmp(jt, subject.type) == 0)
            continue;
        size_t k = 0;
        while (k < n_title_types && strcmp(title_types[k], jt) != 0)
            k++;
        if (k == n_title_types && n_title_types < sizeof title_types / sizeof title_types[0])
            title_types[n_title_types++] = jt;
    }
    for (size_t k = 0; k < n_title_types; k++) {
        if (strcmp(title_types[k], subject.type) == 0 ||
            (companion && strcmp(title_types[k], companion) == 0))
            continue;
        struct election *t = array_push(&st->elections, &st->n_elections, sizeof *t);
        t->type = xstrdup(title_types[k]);
        statement_note_origin(st, subject_at, "/elections/%zu", st->n_elections - 1);
        if (have_date)
            set_date(&t->date, when_text, &when, st->date.value);
    }
    if (companion && strcmp(companion, subject.type) != 0) {
        struct election *k = array_push(&st->elections, &st->n_elections, sizeof *k);
        k->type = xstrdup(companion);
        statement_note_origin(st, when_at, "/elections/%zu", st->n_elections - 1);
        if (have_date)
            set_date(&k->date, when_text, &when, st->date.value);
    }
}
