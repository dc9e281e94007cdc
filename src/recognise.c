#include "recognise.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "normalise.h"
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

/* Is there a digit in the first limit bytes of s? */
static int has_digit_before(const char *s, size_t limit)
{
    for (size_t i = 0; i < limit && s[i]; i++)
        if (isdigit((unsigned char)s[i]))
            return 1;
    return 0;
}

int dateline_parse(const char *s, struct date_match *m, size_t *place_len, size_t *id_at,
                   size_t *id_len)
{
    *id_at = *id_len = 0;
    size_t len = strlen(s);
    if (len > 160 || !has_digit_before(s, len))
        return 0; /* a paragraph, or no date at all */
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
    /* "4 април 2023 г.", "20 ноября 2022 года": the word for "year"
     * after the year (Bulgarian, Russian). */
    for (const char *const *y = YEAR_WORDS; *y; y++) {
        size_t yl = strlen(*y);
        if (len > yl + 5 && s[len - yl - 1] == ' ' && strncmp(s + len - yl, *y, yl) == 0 &&
            isdigit((unsigned char)s[len - yl - 2])) {
            len -= yl + 1;
            break;
        }
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

/* "7512/09 (Presse 78)", "PRESSE 123": the Council's press numbers. */
static int is_council_reference(const char *s)
{
    const char *p = s;
    if (p[0] == 'A' && p[1] == ' ')
        p += 2; /* "A 141/11": the High Representative's press numbers */
    if (strncasecmp(p, "Presse ", 7) == 0) {
        p += 7;
        size_t n = strspn(p, "0123456789");
        return n && p[n] == '\0';
    }
    size_t n = strspn(p, "0123456789");
    if (n < 3 || n > 6 || p[n] != '/')
        return 0;
    p += n + 1;
    n = strspn(p, "0123456789");
    if (n < 1 || n > 2)
        return 0;
    p += n;
    if (*p == '\0')
        return 1;
    if (strncasecmp(p, " (Presse ", 9) != 0)
        return 0;
    p += 9;
    n = strspn(p, "0123456789");
    return n && strcmp(p + n, ")") == 0;
}

int text_is_all_caps(const char *s)
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

size_t text_word_count(const char *s)
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


/* "Home > Press material > Statements", "Home / News": segments joined
 * by a path separator, none of them a sentence. */
static int is_breadcrumb(const char *s)
{
    static const char *const seps[] = {" > ", " \xe2\x80\xba ", " \xc2\xbb ", " / ", NULL};
    if (strncasecmp(s, "You are here", 12) == 0)
        return 1;
    if (text_ends_sentence(s) || utf8_longer_than(s, 120))
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
    return phrase_list_prefix(COOKIE_PREFIXES, s) ||
           (find_ci(s, "cookie") && text_word_count(s) <= 60);
}

/* "Published 21 October 2024", "By Staff Reporter | 11 August 2020". */
static int is_labelled_date(const char *s)
{
    struct date_match m;
    if (strlen(s) > 200 || !has_digit_before(s, 200) || !date_find(s, 0, &m) || !m.year ||
        m.relative != DATE_ABSOLUTE)
        return 0;
    if (strncmp(s, "By ", 3) == 0)
        return text_word_count(s) <= 12 && !text_ends_sentence(s);
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
    return phrase_list_equals(NAVIGATION_LINES, s) || phrase_list_prefix(NAVIGATION_PREFIXES, s);
}

static int is_salutation(const char *s)
{
    if (utf8_longer_than(s, 60))
        return 0;
    for (const char *const *p = SALUTATIONS; *p; p++)
        if (strncasecmp(s, *p, strlen(*p)) == 0)
            return 1;
    return 0;
}

/* "The Ministry issued the following statement today:", "Mr Chairman,
 * let me share …:": a line that announces the statement after it. */
static int is_framing(const char *s)
{
    size_t len = strlen(s);
    return len && s[len - 1] == ':' && !utf8_longer_than(s, 300) &&
           phrase_list_find(FRAMING_PHRASES, s) != NULL;
}

static int is_forum_line(const char *s)
{
    if (utf8_longer_than(s, 120) || text_ends_sentence(s))
        return 0;
    for (const struct forum_phrase *f = FORUMS; f->phrase; f++)
        if (find_ci(s, f->phrase))
            return 1;
    return 0;
}

int looks_signature_line(const char *s)
{
    if (text_is_phone(s) || text_is_email(s) || phrase_list_find(PRESS_ROLES, s))
        return 1;
    /* "Secretary of State" under a name: an office on a short line. */
    if (phrase_list_prefix(AUTHOR_ROLES, s) && text_word_count(s) <= 8 && !text_ends_sentence(s))
        return 1;
    /* "Stéphane Dujarric, Porte-parole du Secrétaire général": a name,
     * a comma, an office. */
    const char *comma = strstr(s, ", ");
    if (comma && comma - s <= 40 && text_word_count(s) <= 12 && !text_ends_sentence(s) &&
        phrase_list_prefix(AUTHOR_ROLES, comma + 2)) {
        size_t words = 0;
        for (const char *p = s; p < comma; p++)
            if (p == s || p[-1] == ' ')
                words += utf8_starts_upper(p) ? 1 : 100;
        return words >= 2 && words <= 4;
    }
    return 0;
}

/* A short line of capitalised words: a name, an office, a city. */
int looks_name_line(const char *s)
{
    size_t words = text_word_count(s);
    if (words == 0 || words > 10 || text_ends_sentence(s))
        return 0;
    return isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0x80;
}



/* Quote marks that open and close a quoted statement. */
size_t opening_quote(const char *p)
{
    if (strncmp(p, "\xe2\x80\x9c", 3) == 0 || strncmp(p, "\xe2\x80\x9e", 3) == 0)
        return 3; /* “ „ */
    if (strncmp(p, "\xc2\xab", 2) == 0)
        return 2; /* « */
    return *p == '"' ? 1 : 0;
}

int opening_quote_style(const char *p)
{
    if (strncmp(p, "\xe2\x80\x9c", 3) == 0)
        return QUOTE_CURLY;
    if (strncmp(p, "\xe2\x80\x9e", 3) == 0)
        return QUOTE_GERMAN;
    if (strncmp(p, "\xc2\xab", 2) == 0)
        return QUOTE_GUILLEMET;
    return *p == '"' ? QUOTE_STRAIGHT : QUOTE_NONE;
}

size_t closing_quote_for(const char *p, int style)
{
    switch (style) {
    case QUOTE_CURLY:
        return strncmp(p, "\xe2\x80\x9d", 3) == 0 ? 3 : 0;
    case QUOTE_GERMAN: /* „…“, also „…” */
        return strncmp(p, "\xe2\x80\x9c", 3) == 0 || strncmp(p, "\xe2\x80\x9d", 3) == 0 ? 3 : 0;
    case QUOTE_GUILLEMET:
        return strncmp(p, "\xc2\xbb", 2) == 0 ? 2 : 0;
    case QUOTE_STRAIGHT:
        return *p == '"' ? 1 : 0;
    default:
        return closing_quote(p);
    }
}

size_t closing_quote(const char *p)
{
    if (strncmp(p, "\xe2\x80\x9d", 3) == 0)
        return 3; /* ” */
    if (strncmp(p, "\xc2\xbb", 2) == 0)
        return 2; /* » */
    return *p == '"' ? 1 : 0;
}

/* "TASHKENT, 25 October 2021 – Uzbekistan's…": a press release's
 * dateline run into its first paragraph.  Returns the bytes up to and
 * including the dash, or 0. */
/* The bytes of a dateline at the start of t: "TASHKENT, 25 October
 * 2021 –", "VELGRAD, Ruritania, March 20, 2023 /Agency/ —", "BRUSSELS,
 * Belgium, October 6, 2017/APO/ --" (dash included), or 0.  *dashed
 * says whether a dash closed it. */
static size_t place_and_date_end(const char *t, const struct date_match *mp, int *dashed);

static size_t dateline_head(const char *t, int *dashed)
{
    struct date_match m;
    *dashed = 0;
    const char *comma = strchr(t, ',');
    /* Every dated form has a digit: most paragraphs are let go unparsed. */
    if (!utf8_starts_upper(t) || !has_digit_before(t, 43) || !date_find_before(t, 0, 43, &m) ||
        !m.year)
        return 0;
    if (!comma || (size_t)(comma - t) > m.offset) {
        /* "Addis Ababa 31 March 2015 -": a place of up to three
         * capitalised words, no comma; a dash must close it. */
        size_t words = 0;
        for (const char *w = t; w < t + m.offset; w++)
            if (w == t || w[-1] == ' ') {
                if (!utf8_starts_upper(w))
                    return 0;
                words++;
            }
        if (words == 0 || words > 3)
            return 0;
        size_t n = place_and_date_end(t, &m, dashed);
        return *dashed ? n : 0;
    }
    /* A wire dateline names the country between the city and the date. */
    const char *second = strchr(comma + 1, ',');
    if (m.offset != (size_t)(comma - t) + 2 &&
        !(second && second - comma <= 40 && m.offset == (size_t)(second - t) + 2))
        return 0;
    return place_and_date_end(t, &m, dashed);
}

/* Past the date of a dateline: an agency, a dash, EEAS time and id. */
static size_t place_and_date_end(const char *t, const struct date_match *mp, int *dashed)
{
    struct date_match m = *mp;
    const char *p = t + m.offset + m.length;
    /* "/Agency/" or "(Agency)" between the date and the dash. */
    const char *q = p + (*p == ' ');
    if (*q == '/' || *q == '(') {
        const char *close = strchr(q + 1, *q == '/' ? '/' : ')');
        if (close && close - q <= 60)
            p = close + 1;
    }
    static const char *const dashes[] = {" \xe2\x80\x93", " \xe2\x80\x94", " --", " -", NULL};
    for (const char *const *d = dashes; *d; d++)
        if (strncmp(p, *d, strlen(*d)) == 0 && (p[strlen(*d)] == ' ' || !p[strlen(*d)])) {
            *dashed = 1;
            p += strlen(*d);
            /* EEAS: "– 12:43, UNIQUE ID: 200626_9" after the dash. */
            const char *r = p + (*p == ' ');
            if (isdigit((unsigned char)r[0]) && isdigit((unsigned char)r[1]) && r[2] == ':' &&
                isdigit((unsigned char)r[3]) && isdigit((unsigned char)r[4])) {
                r += 5;
                if (strncmp(r, ", UNIQUE ID: ", 13) == 0 && strspn(r + 13, "0123456789_"))
                    r += 13 + strspn(r + 13, "0123456789_");
                p = r;
            }
            return (size_t)(p - t);
        }
    return (size_t)(p - t);
}

size_t dateline_closed(const char *t)
{
    int dashed;
    size_t n = dateline_head(t, &dashed);
    return dashed ? n : 0;
}

size_t dateline_prefix(const char *t)
{
    int dashed;
    size_t n = dateline_head(t, &dashed);
    /* "…UNIQUE ID: 201109_6Statements by …": a page glued the next line on. */
    return dashed && (t[n] == ' ' || isupper((unsigned char)t[n])) ? n : 0;
}

/* "(AGENPARL) – BRUSSELS (BELGIUM), …": an agency's dateline.  Returns
 * the bytes of the "(AGENCY) – " before the place, or 0. */
size_t agency_dateline(const char *t)
{
    if (t[0] != '(')
        return 0;
    size_t n = 1;
    while (isupper((unsigned char)t[n]) || t[n] == '-' || t[n] == ' ')
        n++;
    if (n < 3 || t[n] != ')')
        return 0;
    n++;
    static const char *const dashes[] = {" \xe2\x80\x93 ", " \xe2\x80\x94 ", " - ", NULL};
    for (const char *const *d = dashes; *d; d++)
        if (strncmp(t + n, *d, strlen(*d)) == 0 && isupper((unsigned char)t[n + strlen(*d)]) &&
            !utf8_longer_than(t, 120))
            return n + strlen(*d);
    return 0;
}

/* A whole block that is a dateline of a wire or a byline: "BRUSSELS,
 * Belgium, October 6, 2017/APO/ --", "16.08.2022 EEAS Press Team". */
int is_dateline_block(const char *t)
{
    int dashed;
    size_t n = dateline_head(t, &dashed);
    if (n && t[n] == '\0')
        return 1;
    if (agency_dateline(t))
        return 1;
    /* "Brussels, 11 May 2012 A": a stray character left by the page. */
    if (n && t[n] == ' ' && t[n + 1] && utf8_length(t + n + 1) == 1)
        return 1;
    struct date_match m;
    return date_find_before(t, 0, 1, &m) && m.year && m.day &&
           text_word_count(t + m.length) <= 4 && !text_ends_sentence(t);
}


/* "-", "***", "* * *": a separator line, no letter or digit in it. */
int text_is_separator(const char *t)
{
    for (const unsigned char *p = (const unsigned char *)t; *p; p++)
        if (isalnum(*p) || *p >= 0x80)
            return 0;
    return *t != '\0' && strlen(t) <= 20;
}

int recognise_noise(const char *t)
{
    size_t dash;
    if (text_is_separator(t))
        return ROLE_PAGE_FURNITURE;
    /* "<p class="MsoNoSpacing" >": markup left in a copied page. */
    size_t tl = strlen(t);
    if (t[0] == '<' && tl > 2 && t[tl - 1] == '>' && !strchr(t + 1, '<') && tl <= 200)
        return ROLE_PAGE_FURNITURE;
    if (is_navigation(t) || phrase_list_equals(FURNITURE_LINES, t))
        return ROLE_NAVIGATION;
    if (phrase_list_prefix(FURNITURE_PREFIXES, t))
        return ROLE_PAGE_FURNITURE;
    if (phrase_list_prefix(LANGUAGE_MENU_PREFIXES, t) || phrase_list_equals(LANGUAGE_NAMES, t))
        return ROLE_LANGUAGE_MENU;
    if (only_words_of(SHARE_WORDS, t, 1))
        return ROLE_SHARE_LINKS;
    if (is_breadcrumb(t))
        return ROLE_BREADCRUMB;
    if (is_calendar(t))
        return ROLE_CALENDAR;
    if (is_cookie_notice(t))
        return ROLE_COOKIE_NOTICE;
    if (social_post_signature(t, &dash))
        return ROLE_SOCIAL_POST;
    return ROLE_UNSET;
}

int recognise_cue(const char *t, int after_alignment)
{
    struct date_match m;
    size_t place_len, id_at, id_len;
    if (phrase_list_find(ALIGNMENT_PHRASES, t))
        return ROLE_ALIGNMENT;
    if (after_alignment && (t[0] == '*' || strncmp(t, "\xc2\xb9", 2) == 0 ||
                            (t[0] == '(' && isdigit((unsigned char)t[1]))))
        return ROLE_FOOTNOTE;
    if (phrase_list_prefix(ALIGNMENT_OPENINGS, t) && text_word_count(t) >= 8)
        return ROLE_ALIGNMENT; /* a clause cut before "align themselves" */
    if (is_document_reference(t) || is_council_reference(t))
        return ROLE_REFERENCE;
    if (is_distribution(t))
        return ROLE_DISTRIBUTION;
    if (phrase_list_find(DISCLAIMER_PHRASES, t))
        return ROLE_DISCLAIMER;
    /* "OSCE Permanent Council No 1400, Vienna, 12 January 2023" is the
     * forum's line, with its dateline. */
    if (is_forum_line(t))
        return ROLE_FORUM;
    if (dateline_parse(t, &m, &place_len, &id_at, &id_len) || is_labelled_date(t) ||
        is_dateline_block(t))
        return ROLE_DATELINE;
    const struct header_label *label = header_label_of(t, NULL);
    if (label)
        return label->field == LABEL_DATE ? ROLE_DATELINE : ROLE_HEADING;
    if (phrase_list_equals(KIND_LINES, t) || strncmp(t, "From:", 5) == 0)
        return ROLE_HEADING;
    if (phrase_list_equals(CONTACT_HEADINGS, t))
        return ROLE_SIGNATURE;
    if (is_framing(t))
        return ROLE_FRAMING;
    /* "EU statement delivered by H.E. Ambassador …": who speaks. */
    if (text_word_count(t) <= 20 && !text_ends_sentence(t) && phrase_list_find(SPEAKER_PHRASES, t))
        return ROLE_HEADING;
    if (is_salutation(t))
        return ROLE_SALUTATION;
    return ROLE_UNSET;
}

/* "Date of Speech : 03-03-2005", "Place: Vienna", "Speaker : J. Reuter":
 * a label from the table, a colon (spaces allowed before it), a value. */
size_t label_value_at(const char *t, const char *label, const char *marks)
{
    size_t ll = strlen(label);
    if (strncasecmp(t, label, ll) != 0)
        return 0;
    const char *p = t + ll;
    while (*p == ' ')
        p++;
    if (!*p || !strchr(marks, *p))
        return 0;
    p++;
    while (*p == ' ')
        p++;
    return *p ? (size_t)(p - t) : 0;
}

const struct header_label *header_label_of(const char *t, const char **value)
{
    for (const struct header_label *l = HEADER_LABELS; l->label; l++) {
        size_t at = label_value_at(t, l->label, ":");
        if (!at)
            continue;
        if (value)
            *value = t + at;
        return l;
    }
    return NULL;
}
