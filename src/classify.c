#include "classify.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "phrases.h"
#include "strbuf.h"
#include "utf8.h"

static const char *const ROLE_KINDS[] = {
    [ROLE_BODY] = "body",
    [ROLE_TITLE] = "title",
    [ROLE_HEADING] = "heading",
    [ROLE_FORUM] = "forum",
    [ROLE_DATELINE] = "dateline",
    [ROLE_REFERENCE] = "reference",
    [ROLE_DISTRIBUTION] = "distribution",
    [ROLE_DISCLAIMER] = "disclaimer",
    [ROLE_ALIGNMENT] = "alignment",
    [ROLE_FOOTNOTE] = "footnote",
    [ROLE_SIGNATURE] = "signature",
    [ROLE_SALUTATION] = "salutation",
    [ROLE_FRAMING] = "framing",
    [ROLE_SOCIAL_POST] = "social-post",
    [ROLE_RELATED] = "related-content",
    [ROLE_NAVIGATION] = "navigation",
    [ROLE_PAGE_FURNITURE] = "page-furniture",
    [ROLE_BREADCRUMB] = "breadcrumb",
    [ROLE_LANGUAGE_MENU] = "language-selector",
    [ROLE_CALENDAR] = "calendar",
    [ROLE_SHARE_LINKS] = "share-links",
    [ROLE_COOKIE_NOTICE] = "cookie-notice",
    [ROLE_AUTHOR_BOX] = "author-box",
    [ROLE_UNSET] = "unclassified",
};

const char *role_kind(int role)
{
    return role >= 0 && role <= ROLE_UNSET ? ROLE_KINDS[role] : "unclassified";
}

int role_is_noise(int role)
{
    return role == ROLE_NAVIGATION || role == ROLE_RELATED || role == ROLE_PAGE_FURNITURE ||
           (role >= ROLE_BREADCRUMB && role <= ROLE_AUTHOR_BOX);
}

int dateline_parse(const char *s, struct date_match *m, size_t *place_len, size_t *id_at,
                   size_t *id_len)
{
    *id_at = *id_len = 0;
    size_t len = strlen(s);
    const char *id = find_ci(s, "UNIQUE ID:");
    if (id) {
        const char *v = id + 10;
        while (*v == ' ')
            v++;
        size_t vl = strcspn(v, " ,");
        if (vl && v[vl] == '\0') {
            *id_at = (size_t)(v - s);
            *id_len = vl;
        }
        len = (size_t)(id - s);
    }
    /* Trailing ", " and " - 12:43" between the date and the id. */
    for (;;) {
        while (len && (s[len - 1] == ' ' || s[len - 1] == ','))
            len--;
        size_t t = len;
        while (t && (isdigit((unsigned char)s[t - 1]) || s[t - 1] == ':'))
            t--;
        if (t < len && len - t >= 4 && memchr(s + t, ':', len - t) && t >= 2 &&
            (s[t - 1] == ' ') && (s[t - 2] == '-' || s[t - 2] == ',')) {
            len = t - 2;
            continue;
        }
        break;
    }
    char *head = xstrndup(s, len);
    int whole = date_is_whole(head, m, place_len);
    free(head);
    return whole;
}

/* "PC.DEL/80/21/Rev.1", "FSC.DEL/12/19": OSCE-style document numbers. */
int is_document_reference(const char *s)
{
    const char *p = s;
    if (!isupper((unsigned char)*p))
        return 0;
    while (isupper((unsigned char)*p) || *p == '.')
        p++;
    if (*p != '/' || !memchr(s, '.', (size_t)(p - s)))
        return 0;
    int groups = 0;
    while (*p == '/') {
        p++;
        if (!isalnum((unsigned char)*p))
            return 0;
        while (isalnum((unsigned char)*p) || *p == '.')
            p++;
        groups++;
    }
    return groups >= 2 && *p == '\0';
}

static int is_all_caps(const char *s)
{
    int letters = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (islower(*p))
            return 0;
        if (isupper(*p))
            letters++;
    }
    return letters >= 2;
}

static size_t word_count(const char *s)
{
    size_t n = 0;
    int in_word = 0;
    for (; *s; s++) {
        if (*s == ' ')
            in_word = 0;
        else if (!in_word) {
            in_word = 1;
            n++;
        }
    }
    return n;
}

/* "ENGLISH only", "Original: ENGLISH", "(ENGLISH only)" */
static int is_distribution(const char *s)
{
    const char *p = s;
    if (*p == '(')
        p++;
    if (strncasecmp(p, "Original:", 9) == 0) {
        p += 9;
        while (*p == ' ')
            p++;
    }
    const char *lang = NULL;
    for (const char *const *l = DISTRIBUTION_LANGUAGES; *l; l++)
        if (strncmp(p, *l, strlen(*l)) == 0)
            lang = *l;
    if (!lang)
        return 0;
    p += strlen(lang);
    while (*p == ' ' || *p == ')' || *p == '.')
        p++;
    if (strncasecmp(p, "only", 4) == 0)
        p += 4;
    while (*p == ' ' || *p == ')' || *p == '.')
        p++;
    return *p == '\0';
}

/* An embedded post as news sites paste it:
 * "text — Author Name (@handle) June 10, 2019" */
int social_post_signature(const char *s, size_t *dash_at)
{
    const char *p = NULL;
    for (const char *q = s; (q = strstr(q, "(@")); q++)
        p = q;
    if (!p)
        return 0;
    const char *close = strchr(p, ')');
    if (!close)
        return 0;
    struct date_match m;
    const char *after = close + 1;
    while (*after == ' ')
        after++;
    if (!date_find(after, 0, &m) || m.offset != 0 || after[m.length] != '\0' || !m.year)
        return 0;
    /* The author stands between an em dash (or " - ") and the handle. */
    const char *dash = NULL;
    for (const char *q = s; q < p; q++)
        if (strncmp(q, "\xe2\x80\x94", 3) == 0 || strncmp(q, " - ", 3) == 0 ||
            strncmp(q, "\xe2\x80\x93", 3) == 0)
            dash = q;
    if (!dash)
        return 0;
    *dash_at = (size_t)(dash - s);
    return 1;
}

/* Does every space-separated word of s appear in list? */
static int only_words_of(const char *const *list, const char *s, size_t min_words)
{
    size_t words = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ' || *p == '|' || *p == ',')
            p++;
        if (!*p)
            break;
        size_t n = strcspn(p, " |,");
        int found = 0;
        for (const char *const *w = list; *w && !found; w++)
            found = strlen(*w) == n && strncasecmp(*w, p, n) == 0;
        if (!found)
            return 0;
        words++;
        p += n;
    }
    return words >= min_words;
}

static int has_prefix_from(const char *const *list, const char *s)
{
    for (; *list; list++)
        if (strncasecmp(s, *list, strlen(*list)) == 0)
            return 1;
    return 0;
}

/* "Home > Press material > Statements", "Home / News": segments joined
 * by a path separator, none of them a sentence. */
static int is_breadcrumb(const char *s)
{
    static const char *const seps[] = {" > ", " \xe2\x80\xba ", " \xc2\xbb ", " / ", NULL};
    if (strncasecmp(s, "You are here", 12) == 0)
        return 1;
    if (text_ends_sentence(s) || utf8_length(s) > 120)
        return 0;
    for (const char *const *sep = seps; *sep; sep++) {
        size_t count = 0;
        for (const char *p = s; (p = strstr(p, *sep)); p += strlen(*sep))
            count++;
        if (count >= 2 || (count == 1 && strncasecmp(s, "Home", 4) == 0))
            return 1;
    }
    return 0;
}

/* A month grid: day names or day numbers only. */
static int is_calendar(const char *s)
{
    if (only_words_of(CALENDAR_DAYS, s, 3))
        return 1;
    size_t numbers = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        char *end;
        long v = strtol(p, &end, 10);
        if (end == p || v < 1 || v > 31 || (*end && *end != ' '))
            return 0;
        numbers++;
        p = end;
    }
    return numbers >= 3;
}

static int is_cookie_notice(const char *s)
{
    return has_prefix_from(COOKIE_PREFIXES, s) ||
           (find_ci(s, "cookie") && word_count(s) <= 60);
}

/* "Published 21 October 2024", "By Staff Reporter | 11 August 2020". */
static int is_labelled_date(const char *s)
{
    struct date_match m;
    if (!date_find(s, 0, &m) || !m.year || m.relative != DATE_ABSOLUTE)
        return 0;
    if (strncmp(s, "By ", 3) == 0)
        return word_count(s) <= 12 && !text_ends_sentence(s);
    const char *rest = s + m.offset + m.length;
    while (*rest == ' ' || *rest == '.')
        rest++;
    if (*rest)
        return 0;
    for (const char *const *l = DATE_LABELS; *l; l++) {
        size_t ll = strlen(*l);
        if (strncasecmp(s, *l, ll) == 0 && m.offset <= ll + 2)
            return 1;
    }
    return 0;
}

static int is_navigation(const char *s)
{
    return phrase_list_equals(NAVIGATION_LINES, s) || has_prefix_from(NAVIGATION_PREFIXES, s);
}

static int is_salutation(const char *s)
{
    if (utf8_length(s) > 60)
        return 0;
    for (const char *const *p = SALUTATIONS; *p; p++)
        if (strncasecmp(s, *p, strlen(*p)) == 0)
            return 1;
    return 0;
}

static int is_forum_line(const char *s)
{
    if (utf8_length(s) > 120 || text_ends_sentence(s))
        return 0;
    for (const struct forum_phrase *f = FORUMS; f->phrase; f++)
        if (find_ci(s, f->phrase))
            return 1;
    return 0;
}

static int looks_signature_line(const char *s)
{
    if (text_is_phone(s) || text_is_email(s) || phrase_list_find(PRESS_ROLES, s))
        return 1;
    return 0;
}

/* A short line of capitalised words: a name, an office, a city. */
static int looks_name_line(const char *s)
{
    size_t words = word_count(s);
    if (words == 0 || words > 10 || text_ends_sentence(s))
        return 0;
    return isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0x80;
}

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

/* Quote marks that open and close a quoted statement. */
static size_t opening_quote(const char *p)
{
    if (strncmp(p, "\xe2\x80\x9c", 3) == 0 || strncmp(p, "\xe2\x80\x9e", 3) == 0)
        return 3; /* “ „ */
    if (strncmp(p, "\xc2\xab", 2) == 0)
        return 2; /* « */
    return *p == '"' ? 1 : 0;
}

static size_t closing_quote(const char *p)
{
    if (strncmp(p, "\xe2\x80\x9d", 3) == 0)
        return 3; /* ” */
    if (strncmp(p, "\xc2\xbb", 2) == 0)
        return 2; /* » */
    return *p == '"' ? 1 : 0;
}

/* Quoted segments shorter than this inside framing are a reporter's
 * citations of a phrase, not the statement. */
#define MIN_QUOTED_BODY 40

/* Splits one block of a news report into quoted body and framing.
 * *in_quote carries a quotation that runs on into the next paragraph
 * (each such paragraph reopens with a quote mark and only the last
 * closes it). */
static void split_quotes(struct classified *c, const struct block *b, int *in_quote)
{
    const char *s = b->text;
    size_t len = strlen(s);
    struct strbuf body = {0}, framing = {0};
    size_t i = 0;
    if (*in_quote) {
        size_t q = opening_quote(s);
        if (q)
            i = q;
        else
            *in_quote = 0;
    }
    while (i < len) {
        if (!*in_quote) {
            size_t j = i, q = 0;
            while (j < len && !(q = opening_quote(s + j)))
                j++;
            if (framing.len && j > i)
                strbuf_putc(&framing, ' ');
            strbuf_append(&framing, s + i, j - i);
            if (j >= len)
                break;
            i = j + q;
            *in_quote = 1;
        } else {
            size_t j = i, q = 0;
            while (j < len && !(q = closing_quote(s + j)))
                j++;
            int whole_rest = j >= len;
            if (j - i >= MIN_QUOTED_BODY || whole_rest || (i <= 3 && j + q >= len)) {
                if (body.len)
                    strbuf_putc(&body, ' ');
                strbuf_append(&body, s + i, j - i);
            } else {
                /* A short citation stays in the framing, quotes and all. */
                strbuf_puts(&framing, " \xe2\x80\x9c");
                strbuf_append(&framing, s + i, j - i);
                strbuf_puts(&framing, "\xe2\x80\x9d ");
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

/* "TASHKENT, 25 October 2021 – Uzbekistan's…": a press release's
 * dateline run into its first paragraph.  Returns the bytes up to and
 * including the dash, or 0. */
static size_t dateline_prefix(const char *t)
{
    struct date_match m;
    const char *comma = strchr(t, ',');
    if (!comma || comma - t > 40 || !utf8_starts_upper(t) || !date_find(t, 0, &m) ||
        !m.year || m.offset != (size_t)(comma - t) + 2)
        return 0;
    const char *p = t + m.offset + m.length;
    static const char *const dashes[] = {" \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL};
    for (const char *const *d = dashes; *d; d++)
        if (strncmp(p, *d, strlen(*d)) == 0)
            return (size_t)(p - t) + strlen(*d) - 1;
    return 0;
}

void classify_blocks(const struct doc_text *doc, struct classified *c)
{
    memset(c, 0, sizeof *c);
    size_t n = doc->n_blocks;
    const struct block *blocks = doc->blocks;
    int *role = xmalloc((n + 1) * sizeof *role);
    /* "date 2019-06-10 …": a scraper's date prefix, split off the block. */
    size_t *prefix = xmalloc((n + 1) * sizeof *prefix);
    for (size_t i = 0; i < n; i++) {
        role[i] = ROLE_UNSET;
        prefix[i] = 0;
        struct date_match m;
        const char *t = blocks[i].text;
        if (strncasecmp(t, "date ", 5) == 0 && date_find(t, 5, &m) && m.offset == 5 && m.year) {
            prefix[i] = 5 + m.length;
            if (t[prefix[i]] == '\0') {
                prefix[i] = 0; /* the whole block is the date */
                role[i] = ROLE_DATELINE;
            }
        } else {
            size_t place_len, id_at, id_len;
            if (!dateline_parse(t, &m, &place_len, &id_at, &id_len))
                prefix[i] = dateline_prefix(t);
        }
    }

    /* Noise first: it decides where the statement ends. */
    for (size_t i = 0; i < n; i++) {
        const char *t = blocks[i].text + prefix[i];
        size_t dash;
        if (blocks[i].flags & BLOCK_PAGE_FURNITURE)
            role[i] = ROLE_PAGE_FURNITURE;
        else if (blocks[i].flags & BLOCK_CHROME) {
            role[i] = ROLE_NAVIGATION;
            c->web_page = 1;
        }
        else if (i > 0 && phrase_list_equals(RELATED_HEADINGS, t)) {
            for (size_t j = i; j < n; j++)
                role[j] = ROLE_RELATED;
            c->web_page = 1;
            break;
        } else if (is_navigation(t)) {
            role[i] = ROLE_NAVIGATION;
        } else if (has_prefix_from(LANGUAGE_MENU_PREFIXES, t)) {
            role[i] = ROLE_LANGUAGE_MENU;
        } else if (only_words_of(SHARE_WORDS, t, 1)) {
            role[i] = ROLE_SHARE_LINKS;
        } else if (is_breadcrumb(t)) {
            role[i] = ROLE_BREADCRUMB;
        } else if (is_calendar(t)) {
            role[i] = ROLE_CALENDAR;
        } else if (is_cookie_notice(t)) {
            role[i] = ROLE_COOKIE_NOTICE;
        } else if (phrase_list_equals(AUTHOR_HEADINGS, t)) {
            role[i] = ROLE_AUTHOR_BOX;
            /* The box's next line is the author's name or team. */
            if (i + 1 < n && word_count(blocks[i + 1].text) <= 8 &&
                !text_ends_sentence(blocks[i + 1].text))
                role[++i] = ROLE_AUTHOR_BOX;
        } else if (social_post_signature(t, &dash))
            role[i] = ROLE_SOCIAL_POST;
        if (role_is_noise(role[i]) && role[i] != ROLE_PAGE_FURNITURE)
            c->web_page = 1;
    }
    /* A site's name or slogan between two pieces of navigation is part of
     * the page's chrome too. */
    for (size_t i = 1; i + 1 < n; i++)
        if (role[i] == ROLE_UNSET && role_is_noise(role[i - 1]) && role_is_noise(role[i + 1]) &&
            role[i - 1] != ROLE_PAGE_FURNITURE && !text_ends_sentence(blocks[i].text))
            role[i] = ROLE_NAVIGATION;

    /* Blocks recognised by their own content. */
    int after_alignment = 0;
    for (size_t i = 0; i < n; i++) {
        if (role[i] != ROLE_UNSET) {
            continue;
        }
        const char *t = blocks[i].text + prefix[i];
        struct date_match m;
        size_t place_len, id_at, id_len;
        if (phrase_list_find(ALIGNMENT_PHRASES, t)) {
            role[i] = ROLE_ALIGNMENT;
            after_alignment = 1;
        } else if (after_alignment && (t[0] == '*' || strncmp(t, "\xc2\xb9", 2) == 0 ||
                                       (t[0] == '(' && isdigit((unsigned char)t[1]))))
            role[i] = ROLE_FOOTNOTE;
        else if (is_document_reference(t))
            role[i] = ROLE_REFERENCE;
        else if (is_distribution(t))
            role[i] = ROLE_DISTRIBUTION;
        else if (phrase_list_find(DISCLAIMER_PHRASES, t))
            role[i] = ROLE_DISCLAIMER;
        else if (dateline_parse(t, &m, &place_len, &id_at, &id_len) || is_labelled_date(t))
            role[i] = ROLE_DATELINE;
        else if (phrase_list_equals(KIND_LINES, t) || strncmp(t, "From:", 5) == 0)
            role[i] = ROLE_HEADING;
        else if (phrase_list_equals(CONTACT_HEADINGS, t))
            role[i] = ROLE_SIGNATURE;
        else if (is_forum_line(t))
            role[i] = ROLE_FORUM;
        else if (is_salutation(t))
            role[i] = ROLE_SALUTATION;
    }

    /* The signature: a run of short lines at the end of the statement
     * (before the alignment clause, reference or noise) that carries a
     * press role, a phone number or an e-mail address. */
    size_t end = n;
    while (end > 0 && role[end - 1] != ROLE_UNSET)
        end--;
    size_t start = end;
    int contact = 0;
    while (start > 0 && role[start - 1] == ROLE_UNSET &&
           (looks_signature_line(blocks[start - 1].text) ||
            looks_name_line(blocks[start - 1].text)) &&
           utf8_length(blocks[start - 1].text) <= 100) {
        contact |= looks_signature_line(blocks[start - 1].text);
        start--;
        if (end - start >= 6)
            break;
    }
    if (contact)
        for (size_t i = start; i < end; i++)
            role[i] = ROLE_SIGNATURE;

    /* The head: headings and the title, before the first real paragraph.
     * After the title, short capitalised lines that are not sentences
     * (a subtitle, an office, "Republic of X - Presidential Election")
     * are headings too. */
    int have_title = 0;
    for (size_t i = 0; i < n; i++) {
        const char *t = blocks[i].text + prefix[i];
        if (role[i] != ROLE_UNSET) {
            if (role[i] == ROLE_SOCIAL_POST || role[i] == ROLE_RELATED)
                break;
            continue;
        }
        size_t width = utf8_length(t);
        int sentence = text_ends_sentence(t);
        if (!have_title && is_all_caps(t) && width <= 80 && !sentence && word_count(t) < 5) {
            role[i] = ROLE_HEADING;
            continue;
        }
        if (!have_title && width <= 250 && !sentence && !text_list_marker(t) &&
            !opening_quote(t)) {
            role[i] = ROLE_TITLE;
            have_title = 1;
            continue;
        }
        if (have_title && !sentence && word_count(t) <= 20 && utf8_starts_upper(t) &&
            !text_list_marker(t) && !opening_quote(t) && !prefix[i]) {
            role[i] = ROLE_HEADING;
            continue;
        }
        break;
    }

    /* An official document (a press release, a declaration) may quote
     * people, but its own words are its body: no quote splitting. */
    int official = 0;
    for (size_t i = 0; i < n; i++)
        if (role[i] == ROLE_TITLE || role[i] == ROLE_HEADING)
            for (const struct kind_phrase *k = KINDS; k->phrase; k++)
                if (find_ci(blocks[i].text, k->phrase))
                    official = 1;

    /* A news report's lead-in ("In a statement it said:") ends the framing. */
    size_t lead_in = n;
    for (size_t i = 0; i < n; i++) {
        const char *t = blocks[i].text + prefix[i];
        if (role[i] == ROLE_UNSET && utf8_length(t) <= 200) {
            for (const char *const *e = LEAD_IN_ENDINGS; *e; e++) {
                size_t tl = strlen(t), el = strlen(*e);
                if (tl >= el && strcasecmp(t + tl - el, *e) == 0)
                    lead_in = i;
            }
            if (lead_in == i)
                break;
        }
    }
    int lead_in_quoted = 0;
    if (lead_in < n) {
        c->news = 1;
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
        if (phrase_list_find(QUOTE_ANNOUNCERS, t))
            announced++;
    }
    int quote_mode = (!c->news && !official && quoted >= 1 && (quoted >= 2 || posts || announced)) ||
                     lead_in_quoted;
    if (quote_mode || posts)
        c->news = 1;

    int in_quote = 0;
    for (size_t i = 0; i < n; i++) {
        const struct block *b = &blocks[i];
        if (prefix[i])
            add_piece(c, ROLE_DATELINE, b->text, prefix[i], b->lines);
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
        add_piece(c, role[i], b->text + prefix[i], strlen(b->text + prefix[i]), b->lines);
    }
    free(role);
    free(prefix);
}

void classified_free(struct classified *c)
{
    for (size_t i = 0; i < c->n_pieces; i++)
        free(c->pieces[i].text);
    free(c->pieces);
    memset(c, 0, sizeof *c);
}
