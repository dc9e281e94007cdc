/* classify — the block model: find the statement, then read it.
 *
 * Every block first gets what it says of itself (recognise.c: noise of a
 * named kind, or a statement cue such as a dateline or the alignment
 * clause).  Every other block gets a prose score from its features:
 * length, sentence shape, share of function words and capitalised words,
 * link look.  The body is the contiguous run of blocks with the best total
 * score (noise and cues count against it), so page chrome above and
 * trailer boilerplate below fall outside it whatever their wording.  The
 * title is the best title-like block before the run (closest to it on a
 * tie); what lies between is heading; what follows is the signature or
 * page furniture.  Nothing is dropped: every block becomes a piece. */
#include "classify.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "phrases.h"
#include "recognise.h"
#include "strbuf.h"
#include "utf8.h"

static void add_piece(struct classified *c, int role, const char *text, size_t len,
                      struct span lines)
{
    while (len && text[0] == ' ')
        text++, len--;
    while (len && text[len - 1] == ' ')
        len--;
    if (!len)
        return;
    struct piece *p = array_push(&c->pieces, &c->n_pieces, sizeof *p);
    p->role = role;
    p->text = xstrndup(text, len);
    p->lines = lines;
}

/* Quoted segments shorter than this inside framing are a reporter's
 * citations of a phrase, not the statement. */
#define MIN_QUOTED_BODY 40

/* "Sasse called the verdicts …", "She said …", "Germany calls for …": a
 * report's paragraph that opens with its speaker (one to three
 * capitalised words or a pronoun) and a verb of saying gives the
 * statement's words in reported speech. */
static int opens_with_reported_speech(const char *t)
{
    const char *p = t;
    for (int words = 0; words < 3 && *p; words++) {
        if (!utf8_starts_upper(p) && words == 0)
            return 0;
        size_t n = strcspn(p, " ,.;:");
        if (!n || p[n] != ' ')
            return 0;
        p += n + 1;
        size_t v = strcspn(p, " ,.;:");
        for (const char *const *w = SPEECH_VERBS; *w; w++)
            if (strlen(*w) == v && strncmp(p, *w, v) == 0)
                return 1;
        if (!utf8_starts_upper(p))
            return 0;
    }
    return 0;
}

/* A quotation attributed after it closes (‘"…," a ministry spokeswoman,
 * X, told reporters’): a report quoting a statement. */
static int attributed_quote(const char *t)
{
    size_t len = strlen(t);
    for (size_t i = 0; i < len; i++) {
        int style = opening_quote_style(t + i);
        if (!style)
            continue;
        size_t j = i + opening_quote(t + i), q = 0;
        while (j < len && !(q = closing_quote_for(t + j, style)))
            j++;
        if (j >= len)
            return 0;
        if (j - i >= MIN_QUOTED_BODY) {
            /* a verb of saying among the next few words */
            const char *a = t + j + q;
            for (int words = 0; words < 8 && *a; words++) {
                while (*a == ' ' || *a == ',')
                    a++;
                size_t n = strcspn(a, " ,.;:");
                for (const char *const *w = SPEECH_VERBS; *w; w++)
                    if (strlen(*w) == n && strncmp(a, *w, n) == 0)
                        return 1;
                if (!n)
                    break;
                a += n;
            }
        }
        i = j + q;
    }
    return 0;
}

/* Splits one block of a news report into quoted body and framing.
 * *in_quote carries a quotation that runs on into the next paragraph
 * (each such paragraph reopens with a quote mark and only the last
 * closes it). */
static void split_quotes(struct classified *c, const struct block *b, int *in_quote)
{
    const char *s = b->text;
    size_t len = strlen(s);
    if (!*in_quote && len && s[len - 1] != ':' &&
        ((!strpbrk(s, "\"") && !strstr(s, "\xe2\x80\x9c") && !strstr(s, "\xe2\x80\x9e") &&
          !strstr(s, "\xc2\xab") && phrase_list_find(REPORTED_SPEECH, s)) ||
         phrase_list_prefix(REPORTED_SPEECH, s) || opens_with_reported_speech(s))) {
        add_piece(c, ROLE_BODY, s, len, b->lines); /* the statement, reported */
        return;
    }
    struct strbuf body = {0}, framing = {0};
    size_t i = 0, opened_at = 0;
    int cited = 0; /* the framing's last words are a citation, as written */
    if (*in_quote) {
        size_t q = opening_quote(s);
        if (q) {
            *in_quote = opening_quote_style(s);
            i = q;
        } else {
            *in_quote = 0;
        }
    }
    while (i < len) {
        if (!*in_quote) {
            size_t j = i, q = 0;
            while (j < len && !(q = opening_quote(s + j)))
                j++;
            if (framing.len && j > i && !cited)
                strbuf_putc(&framing, ' ');
            strbuf_append(&framing, s + i, j - i);
            cited = 0;
            if (j >= len)
                break;
            *in_quote = opening_quote_style(s + j);
            opened_at = j;
            i = j + q;
        } else {
            size_t j = i, q = 0;
            while (j < len && !(q = closing_quote_for(s + j, *in_quote)))
                j++;
            int whole_rest = j >= len;
            if (j - i >= MIN_QUOTED_BODY || whole_rest || (i <= 3 && j + q >= len)) {
                if (body.len)
                    strbuf_putc(&body, ' ');
                strbuf_append(&body, s + i, j - i);
            } else {
                /* A short citation stays in the framing, quotes and all,
                 * as written. */
                strbuf_append(&framing, s + opened_at, j + q - opened_at);
                cited = 1;
            }
            if (whole_rest)
                break; /* the quotation runs on into the next paragraph */
            i = j + q;
            *in_quote = 0;
        }
    }
    /* "…on 28 May 2023," the statement said: the comma is the reporter's. */
    while (body.len && (body.data[body.len - 1] == ',' || body.data[body.len - 1] == ' '))
        body.len--;
    if (body.len)
        add_piece(c, ROLE_BODY, body.data, body.len, b->lines);
    if (framing.len)
        add_piece(c, ROLE_FRAMING, framing.data, framing.len, b->lines);
    strbuf_free(&body);
    strbuf_free(&framing);
}


/* Is this word (bytes w..w+len) in a word list, ignoring case? */
static int word_in(const char *const *list, const char *w, size_t len)
{
    int first = tolower((unsigned char)w[0]);
    for (const char *const *p = list; *p; p++)
        if (tolower((unsigned char)(*p)[0]) == first && strncasecmp(*p, w, len) == 0 &&
            (*p)[len] == '\0')
            return 1;
    return 0;
}

/* The features of one block that tell prose from everything else. */
struct features {
    size_t words;       /* words of letters */
    size_t function;    /* of them, function words */
    size_t capitalised; /* of them, starting upper-case */
    size_t digits;      /* tokens that hold a digit */
    int sentence;       /* ends like a sentence */
    int link;           /* holds a URL */
    size_t clauses;     /* ", " "; " ". " inside: the marks of sentences */
};

static void block_features(const char *t, struct features *f)
{
    memset(f, 0, sizeof *f);
    f->sentence = text_ends_sentence(t);
    f->link = strstr(t, "http://") || strstr(t, "https://") || strstr(t, "www.");
    for (const char *q = t; *q && q[1]; q++)
        if ((*q == ',' || *q == ';' || *q == '.') && q[1] == ' ')
            f->clauses++;
    const char *p = t;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        int digit = 0, letter = 0;
        while (*p && *p != ' ') {
            unsigned char c = (unsigned char)*p;
            digit |= isdigit(c) != 0;
            letter |= isalpha(c) || c >= 0x80;
            p++;
        }
        if (p == w)
            break;
        if (digit)
            f->digits++;
        if (!letter)
            continue;
        f->words++;
        /* Punctuation around the word does not change it. */
        const char *a = w, *b = p;
        while (a < b && !isalnum((unsigned char)*a) && (unsigned char)*a < 0x80)
            a++;
        size_t q = opening_quote(a); /* „Die, «Les */
        if (q && a + q < b)
            a += q;
        while (b > a && !isalnum((unsigned char)b[-1]) && (unsigned char)b[-1] < 0x80)
            b--;
        if (is_function_word(a, (size_t)(b - a)))
            f->function++;
        else if (utf8_starts_upper(a))
            f->capitalised++;
    }
}

/* How much a block looks like a paragraph of a statement: positive for
 * prose, negative for labels, menus, headlines and lists of names. */
static int prose_score(const char *t)
{
    struct features f;
    block_features(t, &f);
    int s = 0;
    if (f.sentence && f.words >= 8)
        s += 3;
    else if (f.sentence && f.words >= 3)
        s += 1;
    else if (!f.sentence && !(f.words >= 25 && f.clauses))
        s -= 2; /* a long run of clauses is a paragraph cut off, not a line */
    if (f.words >= 40)
        s += 2;
    if (f.words >= 6 && f.function * 8 >= f.words)
        s += 1;
    if (f.words >= 6 && f.function * 20 < f.words)
        s -= 2; /* a list of names, links or tags */
    if (f.words >= 4 && f.capitalised * 10 > f.words * 7)
        s -= 1; /* Title Case */
    if (f.digits * 3 > f.words + 1)
        s -= 1;
    if (f.link && f.words < 12)
        s -= 2;
    return s;
}

/* What a block counts for or against the body run around it. */
static int run_weight(int role, const char *t)
{
    switch (role) {
    case ROLE_UNSET:
        return prose_score(t);
    case ROLE_SOCIAL_POST:
    case ROLE_SALUTATION:
        return 0; /* a statement may embed a post or open with "Mr Chairman," */
    case ROLE_RELATED:
        return -1000; /* the statement has ended */
    case ROLE_ALIGNMENT:
    case ROLE_FOOTNOTE:
    case ROLE_SIGNATURE:
    case ROLE_DISTRIBUTION:
        return -3;
    case ROLE_PAGE_FURNITURE:
        return text_is_separator(t) ? 0 : -3; /* "-" between paragraphs */
    default:
        return role_is_noise(role) ? -3 : -1;
    }
}

/* Does this block name what kind of text follows ("Statement by …")? */
static int names_statement(const char *t)
{
    return phrase_list_find(TITLE_CUES, t) != NULL;
}


static int mentions_election(const char *t)
{
    static const char *const words[] = {
        "election", "elecci", "elei", "lection", "Wahl", "referend", "vote", "ballot",
        "poll", "\xd0\xb2\xd1\x8b\xd0\xb1\xd0\xbe\xd1\x80", /* выбор */
        "\xd0\xb8\xd0\xb7\xd0\xb1\xd0\xbe\xd1\x80", /* избор */ NULL};
    return phrase_list_find(words, t) != NULL;
}

/* How good a title this block would be; below 0 it is none.  The text's
 * own words count ("Statement", an election) and its shape (a headline's
 * length, no long sentence). */
static int title_score(const char *t)
{
    size_t width = utf8_length(t), words = text_word_count(t);
    if (width > 250 || text_list_marker(t) || opening_quote(t))
        return -100;
    int s = 0;
    if (names_statement(t))
        s += phrase_list_find(SUBJECT_WORDS, t) || mentions_election(t) ? 3 : 0;
    if (mentions_election(t))
        s += 2;
    if (words >= 4 && words <= 40)
        s += 1;
    if (words <= 2)
        s -= 2;
    if (text_ends_sentence(t) && words > 30)
        s -= 3;
    if (text_is_all_caps(t))
        s -= 1; /* more often a section heading than the title */
    for (const char *const *l = SECTION_LABELS; *l; l++) {
        size_t ll = strlen(*l);
        if (strncmp(t, *l, ll) == 0 && (t[ll] == ' ' || t[ll] == '\0' || t[ll] == ':'))
            s -= 5; /* a site's section: "Statements by the Spokesperson" */
    }
    return s;
}

/* A two-line title: the first line runs on into the second. */
static int runs_on(const char *first, const char *second)
{
    if (text_ends_sentence(first) || !*second)
        return 0;
    if (islower((unsigned char)second[0]))
        return 1;
    /* "… ahead of the Presidential elections" / "23-24 May" */
    if (isdigit((unsigned char)second[0]) && text_word_count(second) <= 3)
        return 1;
    const char *end = first + strlen(first);
    const char *w = end;
    while (w > first && w[-1] != ' ')
        w--;
    static const char *const open_words[] = {
        "of", "on", "the", "in", "and", "for", "to", "by", "at", "de", "du", "des", "la", "le",
        "zu", "zur", "zum", "der", "die", "und", "sur", "et", "\xe2\x80\x93", "-", NULL};
    return word_in(open_words, w, (size_t)(end - w));
}

/* The best run of blocks by total weight (Kadane); *start == *end when no
 * run scores above zero. */
static void best_run(const int *weight, size_t n, size_t *start, size_t *end)
{
    long best = 0, sum = 0;
    size_t from = 0;
    *start = *end = 0;
    for (size_t i = 0; i < n; i++) {
        if (sum <= 0) {
            sum = 0;
            from = i;
        }
        sum += weight[i];
        if (sum > best) {
            best = sum;
            *start = from;
            *end = i + 1;
        }
    }
}

/* Bytes of a kind label before a title ("PRESS RELEASE : "), or 0. */
static size_t title_label(const char *t)
{
    for (const struct kind_phrase *k = KINDS; k->phrase; k++) {
        size_t at = label_value_at(t, k->phrase, ":|");
        if (at)
            return at;
    }
    return 0;
}

/* Where a date closing a title starts (", 09.09.2014", " (November 14,
 * 2012)", " [January 2024]"), or the title's length. */
static size_t title_date(const char *t)
{
    size_t len = strlen(t);
    struct date_match m;
    for (size_t from = 0; date_find(t, from, &m); from = m.offset + m.length) {
        size_t end = m.offset + m.length;
        size_t at = m.offset;
        char open = at > 0 ? t[at - 1] : 0;
        char want = open == '(' ? ')' : open == '[' ? ']' : 0;
        if (want) {
            if (end < len && t[end] == want && end + 1 == len && at >= 2 && t[at - 2] == ' ')
                return at - 2;
        } else if (end == len && at >= 2 && t[at - 2] == ',' && m.year)
            return at - 2;
    }
    return len;
}

/* The title, with what a page glued to it set aside: a kind label before
 * it, a date after it, a stray dash at its end. */
static void add_title(struct classified *c, const char *t, struct span lines)
{
    size_t label = title_label(t);
    if (label)
        add_piece(c, ROLE_HEADING, t, label, lines);
    t += label;
    size_t len = strlen(t), core = title_date(t);
    int role = ROLE_DATELINE;
    if (core == len && len > 2 && strcmp(t + len - 2, " -") == 0) {
        core = len - 2; /* a separator line run into the title */
        role = ROLE_PAGE_FURNITURE;
    } else if (core == len && len > 1 && t[len - 1] == ':') {
        core = len - 1; /* the colon that leads into the body */
        role = ROLE_PAGE_FURNITURE;
    }
    add_piece(c, ROLE_TITLE, t, core, lines);
    if (core < len)
        add_piece(c, role, t + core, len - core, lines);
}

/* "…, made the following statement today: "One year ago …": the bytes
 * of a framing sentence run into the quoted statement, or 0. */
static size_t framing_run_in(const char *t)
{
    const char *cue = phrase_list_find(FRAMING_PHRASES, t);
    if (!cue)
        return 0;
    const char *at = find_ci(t, cue);
    const char *colon = at ? strchr(at, ':') : NULL;
    if (!colon || colon - at > 60 || colon[1] != ' ' || !opening_quote(colon + 2))
        return 0;
    return (size_t)(colon + 1 - t);
}

/* A paragraph of a statement quoted whole ("The EU …" or „Ich …“): the
 * quote marks around it are the page's, not the statement's words. */
static void add_body(struct classified *c, const char *t, struct span lines, int *quoting)
{
    while (*t == ' ')
        t++;
    size_t len = strlen(t), open = opening_quote(t);
    if (!open && *quoting) {
        /* A quotation over several paragraphs closes in its last one. */
        for (size_t q = 1; q <= 3 && q < len; q++)
            if (closing_quote_for(t + len - q, *quoting) == q) {
                len -= q;
                *quoting = 0;
                break;
            }
        add_piece(c, ROLE_BODY, t, len, lines);
        return;
    }
    if (open && len > open) {
        int style = opening_quote_style(t);
        int inner = 0;
        for (size_t k = open; k < len && !inner; k++)
            inner = opening_quote(t + k) && t[k] != '"' && !closing_quote_for(t + k, style);
        size_t close = 0;
        for (size_t q = 1; q <= 3 && q < len - open && !close; q++)
            if (closing_quote_for(t + len - q, style) == q)
                close = q;
        if (!inner) {
            t += open;
            len -= open + close;
            *quoting = close ? 0 : style;
            /* « … »: the spaces inside the guillemets are not the words' */
            while (len && (*t == ' ' || strncmp(t, "\xc2\xa0", 2) == 0)) {
                size_t sp = *t == ' ' ? 1 : 2;
                t += sp;
                len -= sp;
            }
            while (len && (t[len - 1] == ' ' ||
                           (len >= 2 && strncmp(t + len - 2, "\xc2\xa0", 2) == 0)))
                len -= t[len - 1] == ' ' ? 1 : 2;
        }
    }
    add_piece(c, ROLE_BODY, t, len, lines);
}

/* Noise first: it decides where the statement can be. */
static void mark_noise(const struct block *blocks, size_t n, const size_t *prefix, int *role,
                       struct classified *c)
{
    for (size_t i = 0; i < n; i++) {
        const char *t = blocks[i].text + prefix[i];
        if (role[i] != ROLE_UNSET)
            continue;
        if (blocks[i].flags & BLOCK_PAGE_FURNITURE)
            role[i] = ROLE_PAGE_FURNITURE;
        else if (blocks[i].flags & BLOCK_CHROME)
            role[i] = ROLE_NAVIGATION;
        else if (i > 0 && phrase_list_equals(RELATED_HEADINGS, t)) {
            for (size_t j = i; j < n; j++)
                role[j] = ROLE_RELATED;
            c->web_page = 1;
            return;
        } else if (phrase_list_equals(AUTHOR_HEADINGS, t)) {
            role[i] = ROLE_AUTHOR_BOX;
            /* The box's next line is the author's name or team. */
            if (i + 1 < n && text_word_count(blocks[i + 1].text) <= 8 &&
                !text_ends_sentence(blocks[i + 1].text))
                role[++i] = ROLE_AUTHOR_BOX;
        } else
            role[i] = recognise_noise(t);
        if (role_is_noise(role[i]) && role[i] != ROLE_PAGE_FURNITURE)
            c->web_page = 1;
    }
    /* A site's name or slogan between two pieces of navigation is part of
     * the page's chrome too. */
    for (size_t i = 1; i + 1 < n; i++)
        if (role[i] == ROLE_UNSET && role_is_noise(role[i - 1]) && role_is_noise(role[i + 1]) &&
            role[i - 1] != ROLE_PAGE_FURNITURE && !text_ends_sentence(blocks[i].text))
            role[i] = ROLE_NAVIGATION;
}

static void mark_cues(const struct block *blocks, size_t n, const size_t *prefix, int *role)
{
    int after_alignment = 0;
    for (size_t i = 0; i < n; i++) {
        if (role[i] != ROLE_UNSET)
            continue;
        role[i] = recognise_cue(blocks[i].text + prefix[i], after_alignment);
        after_alignment |= role[i] == ROLE_ALIGNMENT;
    }
}

/* The signature: a run of short lines that carries a press role, a phone
 * number or an e-mail address, read backwards from end over unset blocks
 * (at most max_lines).  Returns 1 when it was marked. */
static int mark_signature(const struct block *blocks, size_t from, size_t end, int *role,
                          size_t max_lines)
{
    size_t start = end;
    int contact = 0;
    while (start > from && role[start - 1] == ROLE_UNSET &&
           (looks_signature_line(blocks[start - 1].text) ||
            looks_name_line(blocks[start - 1].text)) &&
           !utf8_longer_than(blocks[start - 1].text, 100)) {
        contact |= looks_signature_line(blocks[start - 1].text);
        start--;
        if (end - start >= max_lines)
            break;
    }
    if (contact)
        for (size_t i = start; i < end; i++)
            role[i] = ROLE_SIGNATURE;
    return contact;
}

/* "Contact: …": a label and its value, which ends a list. */
static int header_label_like(const char *t)
{
    const char *colon = strchr(t, ':');
    return colon && colon - t <= 20 && colon[1] == ' ';
}

/* After the run: a contact heading ("Press contacts") and the short
 * lines under it, or a group of lines that reads as a contact block. */
static void mark_tail(const struct block *blocks, size_t from, size_t n, int *role)
{
    size_t i = from;
    while (i < n) {
        size_t j = i + 1;
        if (role[i] == ROLE_SIGNATURE) {
            while (j < n && j - i <= 8 && role[j] == ROLE_UNSET &&
                   !utf8_longer_than(blocks[j].text, 100))
                role[j++] = ROLE_SIGNATURE;
        } else if (role[i] == ROLE_UNSET) {
            while (j < n && j - i < 12 && role[j] == ROLE_UNSET)
                j++;
            mark_signature(blocks, i, j, role, 12);
        }
        i = j;
    }
}

/* Before the run: the title, the headings around it, and chrome above. */
static void mark_head(const struct block *blocks, size_t run_start, const size_t *prefix,
                      int *role, int web_page, size_t *title_at, int *title_joined)
{
    int best = -1; /* a title scores 0 or more; the first of equals wins */
    size_t title = run_start;
    for (size_t i = 0; i < run_start; i++) {
        const char *t = blocks[i].text + prefix[i];
        /* "Permanent Council No 546 of the OSCE: EU Statement on …" */
        int forum_title = role[i] == ROLE_FORUM && names_statement(t);
        if (role[i] != ROLE_UNSET && !forum_title)
            continue;
        int s = title_score(t);
        /* An aggregator's headline and the statement's own title both
         * name a statement: the one closer to the body is its own. */
        if (s > best || (s >= 0 && title < run_start && names_statement(t) &&
                         names_statement(blocks[title].text + prefix[title]))) {
            best = s;
            title = i;
        }
    }
    *title_at = title;
    *title_joined = 0;
    if (title < run_start) {
        role[title] = ROLE_TITLE;
        /* A title over two lines: one runs on into the other. */
        size_t first = title > 0 ? title - 1 : title;
        if (first == title || role[first] != ROLE_UNSET || prefix[first] ||
            !runs_on(blocks[first].text, blocks[title].text))
            first = title;
        int forward = 0;
        if (first == title && title + 1 < run_start && role[title + 1] == ROLE_UNSET &&
            !prefix[title + 1] && runs_on(blocks[title].text, blocks[title + 1].text)) {
            first = title++;
            forward = 1;
        }
        if (first < title && !prefix[title] &&
            utf8_length(blocks[first].text) + utf8_length(blocks[title].text) <= 250) {
            role[first] = role[title] = ROLE_TITLE;
            *title_at = title;
            *title_joined = 1;
        } else if (forward) {
            title = first; /* too long for one title: the first line is it */
        }
    }
    for (size_t i = 0; i < run_start; i++) {
        if (role[i] != ROLE_UNSET)
            continue;
        /* Above the title, lines of a page's chrome are navigation; an
         * issuer's or office's name there is a heading. */
        if (i < title && web_page && !text_is_all_caps(blocks[i].text))
            role[i] = ROLE_NAVIGATION;
        else
            role[i] = ROLE_HEADING;
    }
}

/* An official document (a press release, a declaration) may quote
 * people, but its own words are its body: no quote splitting. */
static int is_official(const struct block *blocks, size_t n, const int *role)
{
    for (size_t i = 0; i < n; i++)
        if (role[i] == ROLE_FRAMING)
            return 1; /* "… issued the following statement:" */
    for (size_t i = 0; i < n; i++)
        if (role[i] == ROLE_TITLE || role[i] == ROLE_HEADING)
            for (const struct kind_phrase *k = KINDS; k->phrase; k++)
                if (find_ci(blocks[i].text, k->phrase))
                    return 1;
    return 0;
}

static int ends_with_lead_in(const char *t)
{
    size_t tl = strlen(t);
    for (const char *const *e = LEAD_IN_ENDINGS; *e; e++) {
        size_t el = strlen(*e);
        if (tl >= el && strcasecmp(t + tl - el, *e) == 0)
            return 1;
    }
    return 0;
}

void classify_blocks(const struct doc_text *doc, struct classified *c)
{
    memset(c, 0, sizeof *c);
    size_t n = doc->n_blocks;
    const struct block *blocks = doc->blocks;
    int *role = xmalloc((n + 1) * sizeof *role);
    int *weight = xmalloc((n + 1) * sizeof *weight);
    /* "date 2019-06-10 …" (a scraper's date prefix) or "TASHKENT, 25
     * October 2021 – …" (a run-in dateline): split off the block. */
    size_t *prefix = xmalloc((n + 1) * sizeof *prefix);
    size_t *scraped = xmalloc((n + 1) * sizeof *scraped); /* of it, the scraper's date */
    for (size_t i = 0; i < n; i++) {
        role[i] = ROLE_UNSET;
        prefix[i] = scraped[i] = 0;
        struct date_match m;
        const char *t = blocks[i].text;
        if (strncasecmp(t, "date ", 5) == 0 && date_find(t, 5, &m) && m.offset == 5 && m.year) {
            prefix[i] = 5 + m.length;
            if (t[prefix[i]] == '\0') {
                prefix[i] = 0; /* the whole block is the date */
                role[i] = ROLE_DATELINE;
            } else {
                /* "date 2025-10-23 BISHKEK, 23 October 2025 – …": the
                 * page's own dateline follows the scraper's date. */
                scraped[i] = prefix[i];
                const char *rest = t + prefix[i] + 1;
                size_t place_len, id_at, id_len;
                if (is_dateline_block(rest) ||
                    dateline_parse(rest, &m, &place_len, &id_at, &id_len)) {
                    /* "date 2021-02-01 (AGENPARL) – BRUSSELS (BELGIUM), …":
                     * the rest of the block is the page's own dateline. */
                    prefix[i] = strlen(t);
                    role[i] = ROLE_DATELINE;
                } else {
                    prefix[i] += 1 + dateline_prefix(rest);
                    if (prefix[i] == scraped[i] + 1)
                        prefix[i] = scraped[i];
                }
            }
        } else {
            size_t place_len, id_at, id_len;
            if (!dateline_parse(t, &m, &place_len, &id_at, &id_len))
                prefix[i] = dateline_prefix(t);
        }
    }

    mark_noise(blocks, n, prefix, role, c);
    mark_cues(blocks, n, prefix, role);

    for (size_t i = 0; i < n; i++) {
        const char *t = blocks[i].text + prefix[i];
        /* A page's header or footer between two pages of the statement
         * is layout, not a sign that the statement has ended. */
        weight[i] = blocks[i].flags & BLOCK_PAGE_FURNITURE ? 0 : run_weight(role[i], t);
        /* A line that names the statement heads it; it may end in a full
         * stop when it opens with its cue ("Statement by … on …."). */
        if (role[i] == ROLE_UNSET && text_word_count(t) <= 40 &&
            (!text_ends_sentence(t) || phrase_list_prefix(TITLE_CUES, t)) && names_statement(t))
            weight[i] = -3;
    }
    size_t run_start, run_end;
    best_run(weight, n, &run_start, &run_end);
    size_t title_at = n;
    int title_joined = 0;
    if (run_start == run_end) {
        /* No prose at all (a one-line notice, a list): the first short
         * line is the title, the rest is the body. */
        for (size_t i = 0; i < n; i++)
            if (role[i] == ROLE_UNSET) {
                const char *t = blocks[i].text + prefix[i];
                if (!utf8_longer_than(t, 250) && !text_ends_sentence(t) && !text_list_marker(t) &&
                    !opening_quote(t)) {
                    role[i] = ROLE_TITLE;
                    title_at = i;
                }
                break;
            }
        run_start = 0;
        run_end = n;
    } else {
        mark_head(blocks, run_start, prefix, role, c->web_page, &title_at, &title_joined);
        /* "The members of the delegation are:" and the list under it. */
        if (run_end < n && run_end > run_start) {
            const char *last = blocks[run_end - 1].text;
            size_t ll = strlen(last);
            if (ll && last[ll - 1] == ':')
                while (run_end < n && role[run_end] == ROLE_UNSET &&
                       text_word_count(blocks[run_end].text) <= 12 &&
                       !looks_signature_line(blocks[run_end].text) &&
                       !header_label_like(blocks[run_end].text))
                    run_end++;
        }
        /* A contact block closing the run, or after it. */
        mark_signature(blocks, run_start, run_end, role, 6);
        mark_tail(blocks, run_end, n, role);
        for (size_t i = run_end; i < n; i++)
            if (role[i] == ROLE_UNSET)
                role[i] = ROLE_PAGE_FURNITURE;
    }

    int official = is_official(blocks, n, role);

    /* A news report's lead-in ("In a statement it said:") ends the framing. */
    size_t lead_in = n;
    for (size_t i = run_start; i < run_end && lead_in == n; i++) {
        const char *t = blocks[i].text + prefix[i];
        if (role[i] == ROLE_UNSET && !utf8_longer_than(t, 200) && ends_with_lead_in(t))
            lead_in = i;
    }
    int lead_in_quoted = 0;
    /* "Minister for Africa X said:" opening the text is how a ministry's
     * own release gives its minister's words; a report leads in later. */
    int opens_release = lead_in < n && lead_in == run_start && title_at >= run_start &&
                        phrase_list_find(PERSON_TITLES, blocks[lead_in].text) != NULL;
    if (opens_release)
        official = 1;
    if (lead_in < n) {
        c->news = !opens_release;
        for (size_t i = 0; i <= lead_in; i++)
            if (role[i] == ROLE_UNSET)
                role[i] = ROLE_FRAMING;
        /* "… said:" then a quotation: the statement ends where it does. */
        for (size_t i = lead_in + 1; i < n && !lead_in_quoted; i++)
            if (role[i] == ROLE_UNSET) {
                lead_in_quoted = opening_quote(blocks[i].text + prefix[i]) != 0;
                break;
            }
    }

    /* A report that quotes a statement between its own words. */
    size_t quoted = 0, posts = 0, announced = 0;
    for (size_t i = 0; i < n; i++) {
        const char *t = blocks[i].text + prefix[i];
        if (role[i] == ROLE_SOCIAL_POST)
            posts++;
        if (role[i] != ROLE_UNSET)
            continue;
        if (opening_quote(t))
            quoted++;
        if (phrase_list_find(QUOTE_ANNOUNCERS, t) || attributed_quote(t))
            announced++;
    }
    int quote_mode = (!c->news && !official && quoted >= 1 && (quoted >= 2 || posts || announced)) ||
                     lead_in_quoted;
    if (quote_mode || posts)
        c->news = 1;

    int in_quote = 0, quoting = 0;
    for (size_t i = 0; i < n; i++) {
        const struct block *b = &blocks[i];
        if (scraped[i])
            add_piece(c, ROLE_DATELINE, b->text, scraped[i], b->lines);
        if (prefix[i] > scraped[i])
            add_piece(c, ROLE_DATELINE, b->text + scraped[i], prefix[i] - scraped[i], b->lines);
        if (role[i] == ROLE_UNSET && quote_mode) {
            struct block rest = *b;
            rest.text = b->text + prefix[i];
            split_quotes(c, &rest, &in_quote);
            continue;
        }
        if (role[i] == ROLE_UNSET)
            role[i] = ROLE_BODY;
        if (role[i] != ROLE_SOCIAL_POST)
            in_quote = 0;
        if (title_joined && i + 1 == title_at) {
            /* One title piece over both lines. */
            struct strbuf t = {0};
            strbuf_puts(&t, b->text);
            strbuf_putc(&t, ' ');
            strbuf_puts(&t, blocks[i + 1].text);
            struct span lines = {b->lines.first, blocks[i + 1].lines.last};
            add_piece(c, ROLE_TITLE, t.data, t.len, lines);
            strbuf_free(&t);
            i++;
            continue;
        }
        if (role[i] == ROLE_TITLE)
            add_title(c, b->text + prefix[i], b->lines);
        else if (role[i] == ROLE_BODY) {
            const char *t = b->text + prefix[i];
            size_t framing = framing_run_in(t);
            if (framing)
                add_piece(c, ROLE_FRAMING, t, framing, b->lines);
            add_body(c, t + framing, b->lines, &quoting);
        }
        else
            add_piece(c, role[i], b->text + prefix[i], strlen(b->text + prefix[i]), b->lines);
    }
    free(role);
    free(weight);
    free(prefix);
    free(scraped);
}

void classified_free(struct classified *c)
{
    for (size_t i = 0; i < c->n_pieces; i++)
        free(c->pieces[i].text);
    free(c->pieces);
    memset(c, 0, sizeof *c);
}
