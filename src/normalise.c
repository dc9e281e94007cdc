#include "normalise.h"

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dates.h"
#include "phrases.h"
#include "rawtext.h"
#include "strbuf.h"
#include "utf8.h"

/* One physical line after markdown and white-space clean-up. */
struct line {
    char *text;        /* "" for a blank line */
    int lineno;
    int bold;
    int hard_break;    /* markdown "two spaces" or backslash line break */
    int md_heading;
    int chrome;        /* HTML page chrome */
    int running;       /* a PDF's running header or footer */
    int measured;      /* a PDF's: a blank line before it is a real gap */
    int page_break;    /* the blank line a form feed makes */
    int letter_spaced; /* "S T A T E M E N T" closed up to "STATEMENT" */
    size_t width;      /* code points */
};

static int is_space_cp(unsigned cp)
{
    /* Tabs, no-break and narrow no-break spaces, figure and thin spaces:
     * all are layout, not content, in a statement's text. */
    return cp == ' ' || cp == '\t' || cp == 0xa0 || cp == 0x202f ||
           cp == 0x2007 || cp == 0x2009 || cp == 0x200a || cp == 0x3000;
}

/* Detects markdown by syntax that plain statements never contain. */
static int looks_like_markdown(const char *text)
{
    if (strstr(text, "**") || strstr(text, "\\*") || strstr(text, "\\_") ||
        strstr(text, "](http"))
        return 1;
    for (const char *p = text; p; p = strchr(p, '\n')) {
        if (*p == '\n')
            p++;
        if (p[0] == '#' && (p[1] == ' ' || (p[1] == '#' && (p[2] == ' ' || p[2] == '#'))))
            return 1;
    }
    return 0;
}

/* "S T A T E M E N T   O N   T H E": a heading set in spaced capitals,
 * as PDF extraction returns it.  Most words are single letters; a gap of
 * two or more spaces separates the real words. */
static int is_letter_spaced(const char *s, size_t len)
{
    size_t singles = 0, tokens = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && s[i] == ' ')
            i++;
        if (i >= len)
            break;
        size_t start = i, adv;
        while (i < len && s[i] != ' ') {
            utf8_decode(s + i, &adv);
            i += adv;
        }
        tokens++;
        size_t cps = 0;
        for (size_t k = start; k < i; k += adv, cps++)
            utf8_decode(s + k, &adv);
        singles += cps == 1;
    }
    return tokens >= 5 && singles * 10 >= tokens * 9;
}

/* Closes the letter spacing up: single spaces vanish, wider gaps become
 * one space. */
static char *close_letter_spacing(const char *s, size_t len)
{
    struct strbuf sb = {0};
    for (size_t i = 0; i < len; i++) {
        if (s[i] != ' ') {
            strbuf_putc(&sb, s[i]);
            continue;
        }
        size_t run = 0;
        while (i + run < len && s[i + run] == ' ')
            run++;
        if (run >= 2 && sb.len)
            strbuf_putc(&sb, ' ');
        i += run - 1;
    }
    if (!sb.data)
        strbuf_puts(&sb, "");
    return strbuf_detach(&sb);
}

/* A byte clean_line copies as it stands: ASCII, neither space nor tab
 * nor (in markdown) emphasis or escape syntax. */
static int plain_byte(char c, int markdown)
{
    return (unsigned char)c < 0x80 && c != ' ' && c != '\t' &&
           !(markdown && (c == '*' || c == '_' || c == '\\'));
}

/* Cleans one raw line.  *bold_open carries markdown bold state across
 * lines, since "**" spans may cover several lines of a header. */
static void clean_line(const char *s, size_t len, int markdown, int *bold_open,
                       struct line *out)
{
    if (is_letter_spaced(s, len)) {
        char *closed = close_letter_spacing(s, len);
        clean_line(closed, strlen(closed), markdown, bold_open, out);
        out->letter_spaced = 1;
        free(closed);
        return;
    }
    struct strbuf sb = {0};
    size_t end = len;
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t'))
        end--;
    out->hard_break = markdown && (len - end >= 2 || (end > 0 && s[end - 1] == '\\'));
    if (markdown && end > 0 && s[end - 1] == '\\')
        end--;
    size_t i = 0;
    while (i < end && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (markdown && s[i] == '#') {
        size_t h = i;
        while (h < end && s[h] == '#')
            h++;
        if (h < end && s[h] == ' ') {
            out->md_heading = 1;
            i = h + 1;
        }
    }
    int text_outside_bold = 0;
    int pending_space = 0;
    while (i < end) {
        if (markdown && (s[i] == '*' || s[i] == '_') && i + 1 < end && s[i + 1] == s[i]) {
            *bold_open = !*bold_open;
            i += 2;
            continue;
        }
        /* A run of ASCII that is neither space nor markdown syntax is
         * copied as it stands, not character by character; so is one
         * space between two of its bytes, which the space handling below
         * would write back as it was. */
        size_t run = i;
        while (run < end && (plain_byte(s[run], markdown) ||
                             (s[run] == ' ' && run > i && run + 1 < end &&
                              plain_byte(s[run + 1], markdown))))
            run++;
        if (run > i) {
            if (pending_space)
                strbuf_putc(&sb, ' ');
            pending_space = 0;
            if (!*bold_open)
                text_outside_bold = 1;
            strbuf_append(&sb, s + i, run - i);
            i = run;
            continue;
        }
        if (markdown && s[i] == '\\' && i + 1 < end && ispunct((unsigned char)s[i + 1])) {
            i++;
        }
        size_t adv;
        unsigned cp = utf8_decode(s + i, &adv);
        if (is_space_cp(cp)) {
            pending_space = sb.len > 0;
            i += adv;
            continue;
        }
        if (pending_space)
            strbuf_putc(&sb, ' ');
        pending_space = 0;
        if (!*bold_open)
            text_outside_bold = 1;
        strbuf_append(&sb, s + i, adv);
        i += adv;
    }
    out->bold = markdown && sb.len > 0 && !text_outside_bold;
    out->text = strbuf_detach(&sb);
    out->width = utf8_length(out->text);
}

/* "Page 3", "Page 3 of 7", "- 3 -", "3/7": furniture a PDF extractor
 * leaves between pages.  A lone number is not: it may be a paragraph's. */
static int is_page_furniture(const char *t)
{
    /* A running footer: a few words, then "Page N of M". */
    const char *page = NULL;
    for (const char *q = t; (q = strstr(q, " Page ")); q++)
        page = q;
    if (page && !utf8_longer_than(t, 100) && is_page_furniture(page + 1))
        return 1;
    const char *p = t;
    int dashed = 0, paged = 0;
    if (strncmp(p, "Page ", 5) == 0 || strncmp(p, "page ", 5) == 0) {
        p += 5;
        paged = 1;
    } else if (p[0] == '-' && p[1] == ' ') {
        p += 2;
        dashed = 1;
    }
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    if (dashed)
        return strcmp(p, " -") == 0;
    if (*p == '\0')
        return paged;
    if (strncmp(p, " of ", 4) == 0)
        p += 4;
    else if (*p == '/')
        p++;
    else
        return 0;
    if (!isdigit((unsigned char)*p))
        return 0;
    while (isdigit((unsigned char)*p))
        p++;
    return *p == '\0';
}

int text_ends_sentence(const char *s)
{
    size_t len = strlen(s);
    /* Skip closing quotes, brackets and footnote marks after the stop. */
    while (len > 0) {
        unsigned char c = (unsigned char)s[len - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
            len--;
            continue;
        }
        /* ” (E2 80 9D), ’ (E2 80 99) and the German closing “ (E2 80 9C) */
        if (len >= 3 && (unsigned char)s[len - 3] == 0xe2 && (unsigned char)s[len - 2] == 0x80 &&
            (c == 0x9d || c == 0x99 || c == 0x9c)) {
            len -= 3;
            continue;
        }
        /* » (C2 BB), with the space French puts before it */
        if (len >= 2 && (unsigned char)s[len - 2] == 0xc2 && c == 0xbb) {
            len -= 2;
            while (len > 0 && s[len - 1] == ' ')
                len--;
            if (len >= 2 && (unsigned char)s[len - 2] == 0xc2 && (unsigned char)s[len - 1] == 0xa0)
                len -= 2;
            continue;
        }
        break;
    }
    if (!len)
        return 0;
    char c = s[len - 1];
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

int text_starts_lower(const char *s)
{
    size_t adv;
    unsigned cp = utf8_decode(s, &adv);
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xdf && cp <= 0xff && cp != 0xf7);
}

static int starts_upper_or_digit(const char *s)
{
    size_t adv;
    unsigned cp = utf8_decode(s, &adv);
    return (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
           (cp >= 0xc0 && cp <= 0xde && cp != 0xd7);
}

/* "Tel: ", "Telephone ", "E-mail: ": labels before a contact detail. */
static const char *skip_contact_label(const char *s)
{
    static const char *const labels[] = {"Telephone", "Tel.", "Tel", "Phone", "Mobile", "Mob.",
                                         "Fax", "E-mail", "Email", "Mail", "T", "M", "E", NULL};
    for (const char *const *l = labels; *l; l++) {
        size_t n = strlen(*l);
        if (strncasecmp(s, *l, n) == 0 && (s[n] == ':' || (s[n] == ' ' && n > 1))) {
            s += n + (s[n] == ':');
            while (*s == ' ')
                s++;
            return s;
        }
    }
    return s;
}

int text_is_phone(const char *s)
{
    s = skip_contact_label(s);
    int digits = 0;
    for (; *s; s++)
        if (isdigit((unsigned char)*s))
            digits++;
        else if (!strchr(" +()-./", *s))
            return 0;
    return digits >= 7;
}

/* Spellings that hide an address from harvesters: "name (at) host",
 * "name[at]host", "name AT host DOT eu". */
static const char *const AT_SIGNS[] = {"@", " (at) ", "(at)", " [at] ", "[at]", " {at} ",
                                       "{at}", " AT ", " at ", NULL};

int text_is_email(const char *s)
{
    s = skip_contact_label(s);
    for (const char *const *a = AT_SIGNS; *a; a++) {
        const char *at = strstr(s, *a);
        if (!at || at == s)
            continue;
        const char *host = at + strlen(*a);
        /* One token on each side (the obfuscation's own spaces aside). */
        if (memchr(s, ' ', (size_t)(at - s)) || !*host)
            continue;
        const char *dot = strchr(host, '.');
        int dotted = dot || strstr(host, " DOT ") || strstr(host, " dot ") || strstr(host, "(dot)");
        int spaces_ok = !strchr(host, ' ') || strstr(host, " DOT ") || strstr(host, " dot ");
        if (dotted && spaces_ok)
            return 1;
    }
    return 0;
}

size_t text_list_marker(const char *s)
{
    const char *p = s;
    if (isdigit((unsigned char)*p)) {
        while (isdigit((unsigned char)*p) && p - s < 3)
            p++;
        if ((*p == '.' || *p == ')') && p[1] == ' ')
            return (size_t)(p + 2 - s);
        return 0;
    }
    if (*p == '(' && isdigit((unsigned char)p[1])) {
        p++;
        while (isdigit((unsigned char)*p))
            p++;
        return *p == ')' && p[1] == ' ' ? (size_t)(p + 2 - s) : 0;
    }
    if (*p == '*') {
        while (*p == '*')
            p++;
        if (*p == ' ')
            p++;
        return isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80 ? (size_t)(p - s) : 0;
    }
    if ((*p == '-' || *p == '+') && p[1] == ' ')
        return 2;
    if (strncmp(p, "\xe2\x80\xa2 ", 4) == 0) /* • */
        return 4;
    return 0;
}

static size_t first_word_width(const char *s)
{
    size_t n = 0;
    while (s[n] && s[n] != ' ')
        n++;
    char *w = xstrndup(s, n);
    size_t width = utf8_length(w);
    free(w);
    return width;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* A document is hard-wrapped when its long lines cluster under a fixed
 * width and many of them stop mid-sentence. */
static void detect_wrap(const struct line *lines, size_t n, struct doc_text *doc)
{
    size_t *w = xmalloc((n + 1) * sizeof *w);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (lines[i].width)
            w[m++] = lines[i].width;
    if (m < 4) {
        free(w);
        return;
    }
    qsort(w, m, sizeof *w, cmp_size);
    size_t width = w[m - 1 - m / 20];
    free(w);
    if (width < 40 || width > 130)
        return;
    size_t mid_sentence = 0;
    for (size_t i = 0; i < n; i++)
        if (lines[i].width * 4 >= width * 3 && !text_ends_sentence(lines[i].text))
            mid_sentence++;
    if (mid_sentence >= 3 && mid_sentence * 5 >= m) {
        doc->hard_wrapped = 1;
        doc->wrap_width = (int)width;
    }
}

/* Would the next line's first word have fitted on prev?  If so, the line
 * break was chosen by the author, not by the wrapping.  PDF text comes
 * from proportional fonts, so a line's character count varies with its
 * letters: only a clear shortfall (a fifth of the width) counts. */
static int next_word_fits(const struct doc_text *doc, const struct line *prev,
                          const struct line *next)
{
    return (prev->width + 1 + first_word_width(next->text)) * 5 <= (size_t)doc->wrap_width * 4;
}

/* "From: …", "Speaker: …", "Published …": a header field on its own line. */
static int starts_with_label(const char *s)
{
    static const char *const labels[] = {"Published ", "Updated ", "Last updated ", NULL};
    for (const char *const *l = labels; *l; l++)
        if (strncmp(s, *l, strlen(*l)) == 0)
            return 1;
    const char *colon = strchr(s, ':');
    if (!colon || colon - s > 20 || colon[1] != ' ' || !starts_upper_or_digit(s))
        return 0;
    for (const char *p = s; p < colon; p++)
        if (!isalpha((unsigned char)*p) && *p != ' ')
            return 0;
    return 1;
}

/* "Brussels, 11 May 2012", "16.08.2022 …": a place and a date, or a
 * date, opening the line. */
static int starts_with_dateline(const char *s)
{
    struct date_match m;
    if (!date_find_before(s, 0, 43, &m) || !m.year)
        return 0;
    if (m.offset == 0)
        return 1;
    const char *comma = strchr(s, ',');
    return comma && (size_t)(comma - s) + 2 == m.offset && utf8_starts_upper(s);
}

static int joins(const struct doc_text *doc, const struct line *prev,
                 const struct line *next, int blank_between)
{
    if (text_list_marker(next->text) || is_page_furniture(next->text))
        return 0;
    if (prev->hard_break || prev->md_heading || next->md_heading || prev->bold != next->bold)
        return 0;
    if (starts_with_label(prev->text) || starts_with_label(next->text))
        return 0;
    if (prev->letter_spaced || next->letter_spaced)
        return prev->letter_spaced && next->letter_spaced && !blank_between;
    int ends = text_ends_sentence(prev->text);
    if (blank_between) {
        if (!ends && text_starts_lower(next->text))
            return 1; /* a page break or a wrap inside a sentence */
        return doc->hard_wrapped && !ends && !next_word_fits(doc, prev, next);
    }
    if (doc->hard_wrapped) {
        if (next_word_fits(doc, prev, next))
            return !ends && !(prev->width * 2 < (size_t)doc->wrap_width &&
                              starts_upper_or_digit(next->text));
        return 1;
    }
    if (ends || text_is_phone(next->text) || text_is_email(next->text))
        return 0;
    if (prev->width < 60 && starts_upper_or_digit(next->text))
        return 0; /* header, address or signature lines */
    /* A headline and the dateline under it, in text that is not wrapped:
     * two lines. */
    if (starts_with_dateline(next->text))
        return 0;
    /* "… issued the following statement today:" announces what follows:
     * a line of its own. */
    size_t nl = strlen(next->text);
    if (nl && next->text[nl - 1] == ':' && phrase_list_find(FRAMING_PHRASES, next->text))
        return 0;
    /* Text that is not wrapped breaks lines where its author did: a
     * headline over a much longer paragraph line stays a line of its
     * own; lines of about one width are a paragraph wrapped by hand. */
    return !starts_upper_or_digit(next->text) || next->width * 3 <= prev->width * 4;
}

/* The document's own words, lower-cased and sorted: the dictionary that
 * tells a word split by a PDF line break from two words.  The words are
 * held in one buffer, NUL after each. */
struct vocabulary {
    char **words;
    size_t n;
    char *chars;
};

static int is_word_byte(unsigned char c)
{
    return isalpha(c) || c >= 0x80;
}

static int cmp_word(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *lower_dup(const char *s, size_t n)
{
    char *w = xstrndup(s, n);
    for (char *p = w; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return w;
}

/* Only words inside a line count: the first and last words of a line are
 * where the halves of a split word stand. */
static void vocabulary_build(const char *text, struct vocabulary *v)
{
    memset(v, 0, sizeof *v);
    struct strbuf chars = {0};
    size_t *starts = NULL;
    for (const char *p = text; *p;) {
        if (!is_word_byte((unsigned char)*p)) {
            p++;
            continue;
        }
        size_t n = 0;
        while (is_word_byte((unsigned char)p[n]))
            n++;
        int line_start = p == text || p[-1] == '\n' || p[-1] == '\f';
        size_t e = n;
        while (p[e] && p[e] != '\n' && !is_word_byte((unsigned char)p[e]))
            e++;
        int line_end = p[e] == '\n' || p[e] == '\0';
        if (!line_start && !line_end) {
            *(size_t *)array_push(&starts, &v->n, sizeof *starts) = chars.len;
            for (size_t k = 0; k < n; k++)
                strbuf_putc(&chars, (char)tolower((unsigned char)p[k]));
            strbuf_putc(&chars, '\0');
        }
        p += n;
    }
    v->chars = strbuf_detach(&chars);
    v->words = xmalloc((v->n ? v->n : 1) * sizeof *v->words);
    for (size_t i = 0; i < v->n; i++)
        v->words[i] = v->chars + starts[i];
    free(starts);
    if (v->n)
        qsort(v->words, v->n, sizeof *v->words, cmp_word);
}

static int vocabulary_has(const struct vocabulary *v, const char *w)
{
    return v->n && bsearch(&w, v->words, v->n, sizeof *v->words, cmp_word) != NULL;
}

static void vocabulary_free(struct vocabulary *v)
{
    free(v->words);
    free(v->chars);
}

/* Endings that are never English words on their own: a line that starts
 * with one continues the word the line before broke off ("violen|ce"). */
static const char *const WORD_ENDINGS[] = {
    "ce", "ces", "ical", "ically", "tion", "tions", "sion", "sions", "ment", "ments",
    "ness", "ity", "ities", "ence", "ences", "ance", "ances", "dence", "ive", "ively",
    "ing", "ings", "ed", "ly", "ally", "ism", "ist", "ists", "ous", "ure", "ures",
    "ated", "ation", "ations", "ible", "able", "ics", "cy", "ial", "ional", "tic", NULL};

/* Length of the letters at the end of sb / the start of s. */
/* No word split over two lines is longer than this; a longer run of
 * letters (a line-joined run of them) is not read back to its start for
 * every line joined to it, so joining stays linear. */
#define SPLIT_WORD_MAX 64

static size_t tail_letters(const struct strbuf *sb)
{
    size_t n = 0;
    while (n < sb->len && n <= SPLIT_WORD_MAX &&
           is_word_byte((unsigned char)sb->data[sb->len - 1 - n]))
        n++;
    return n;
}

static size_t head_letters(const char *s)
{
    size_t n = 0;
    while (n <= SPLIT_WORD_MAX && is_word_byte((unsigned char)s[n]))
        n++;
    return n;
}

/* Does "head|tail" read as one word broken by the wrap? */
static int is_split_word(const struct vocabulary *v, const char *head, size_t hl,
                         const char *tail, size_t tl)
{
    if (hl < 2 || tl < 2 || hl > SPLIT_WORD_MAX || tl > SPLIT_WORD_MAX ||
        !text_starts_lower(tail))
        return 0;
    char *h = lower_dup(head, hl), *t = lower_dup(tail, tl);
    struct strbuf whole = {0};
    strbuf_puts(&whole, h);
    strbuf_puts(&whole, t);
    int ending = 0;
    for (const char *const *e = WORD_ENDINGS; *e; e++)
        ending |= strcmp(t, *e) == 0;
    /* The joined word occurs elsewhere and the halves do not, or the tail
     * is a bare ending after a stem that is no word of the document. */
    int split = (vocabulary_has(v, whole.data) && !vocabulary_has(v, h) &&
                 !vocabulary_has(v, t)) ||
                (ending && !vocabulary_has(v, t) && (hl >= 4 || !vocabulary_has(v, h)));
    free(h);
    free(t);
    strbuf_free(&whole);
    return split;
}

static void append_joined(struct strbuf *sb, const char *text, const struct doc_text *doc,
                          const struct vocabulary *v)
{
    if (sb->len) {
        size_t hl = tail_letters(sb), tl = head_letters(text);
        int hyphen = sb->data[sb->len - 1] == '-' && sb->len > 1 &&
                     isalpha((unsigned char)sb->data[sb->len - 2]) && text_starts_lower(text);
        if (hyphen) {
            /* "effect-|ive" loses its hyphen; "well-|managed" keeps it. */
            sb->len--;
            size_t stem = tail_letters(sb);
            if (!(doc->hard_wrapped && is_split_word(v, sb->data + sb->len - stem, stem, text, tl)))
                sb->len++;
            sb->data[sb->len] = '\0';
        } else if (!(doc->hard_wrapped && is_split_word(v, sb->data + sb->len - hl, hl, text, tl))) {
            strbuf_putc(sb, ' ');
        }
    }
    strbuf_puts(sb, text);
}

void normalise_text(const char *text, struct doc_text *doc)
{
    normalise_mapped(text, NULL, NULL, 0, doc);
}

void normalise_mapped(const char *text, const int *source_lines,
                      const unsigned char *line_flags, size_t n_lines,
                      struct doc_text *doc)
{
    memset(doc, 0, sizeof *doc);
    doc->markdown = looks_like_markdown(text);

    struct line *lines = NULL;
    size_t n = 0;
    int bold_open = 0;
    int lineno = 1;
    for (const char *p = text; *p;) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        /* A form feed inside a line splits it: both halves keep the line
         * number, and the page break itself is layout. */
        const char *seg = p;
        while (seg <= p + len) {
            const char *ff = memchr(seg, '\f', (size_t)(p + len - seg));
            size_t seglen = ff ? (size_t)(ff - seg) : (size_t)(p + len - seg);
            struct line *ln = array_push(&lines, &n, sizeof *ln);
            ln->lineno = lineno;
            if (source_lines && (size_t)lineno <= n_lines) {
                ln->lineno = source_lines[lineno - 1];
                ln->chrome = (line_flags[lineno - 1] & RAW_LINE_CHROME) != 0;
                ln->running = (line_flags[lineno - 1] & RAW_LINE_RUNNING) != 0;
                ln->measured = (line_flags[lineno - 1] & RAW_LINE_MEASURED) != 0;
            }
            clean_line(seg, seglen, doc->markdown, &bold_open, ln);
            if (!ff)
                break;
            doc->page_breaks++;
            struct line *blank = array_push(&lines, &n, sizeof *blank);
            blank->lineno = lineno;
            blank->text = xstrdup("");
            blank->page_break = 1;
            seg = ff + 1;
        }
        lineno++;
        p += len;
        if (*p == '\n')
            p++;
    }
    detect_wrap(lines, n, doc);
    /* Only a hard-wrapped text has words split by its line breaks. */
    struct vocabulary vocab = {0};
    if (doc->hard_wrapped)
        vocabulary_build(text, &vocab);

    struct strbuf sb = {0};
    /* The block being built is blocks[cur] (an index: pushing a furniture
     * block may move the array); SIZE_MAX before the first. */
    size_t cur = SIZE_MAX;
    const struct line *prev = NULL;
    int blank_between = 0, page_between = 0;
    for (size_t i = 0; i < n; i++) {
        struct line *ln = &lines[i];
        if (!ln->text[0]) {
            blank_between = 1;
            page_between |= ln->page_break;
            continue;
        }
        int furniture = ln->running || is_page_furniture(ln->text);
        if (furniture)
            doc->page_breaks++;
        if (furniture) {
            /* A page's header or footer ("Page 2 of 3", a PDF's running
             * lines) stands between the two halves of a paragraph a page
             * break cut: it is a block of its own, and joining goes on as
             * if it were not there. */
            struct block *fb = array_push(&doc->blocks, &doc->n_blocks, sizeof *fb);
            fb->lines.first = fb->lines.last = ln->lineno;
            fb->flags = BLOCK_PAGE_FURNITURE;
            fb->text = xstrdup(ln->text);
            continue;
        }
        /* A gap measured on a PDF's page is a paragraph break; only a
         * page break may fall inside a paragraph. */
        int measured_gap = ln->measured && blank_between && !page_between;
        if (cur != SIZE_MAX && prev && prev->chrome == ln->chrome && !measured_gap &&
            joins(doc, prev, ln, blank_between)) {
            struct block *b = &doc->blocks[cur];
            append_joined(&sb, ln->text, doc, &vocab);
            b->lines.last = ln->lineno;
            if (!ln->bold)
                b->flags &= ~(unsigned)BLOCK_BOLD;
        } else {
            if (cur != SIZE_MAX)
                doc->blocks[cur].text = strbuf_detach(&sb);
            struct block *b = array_push(&doc->blocks, &doc->n_blocks, sizeof *b);
            cur = doc->n_blocks - 1;
            b->lines.first = b->lines.last = ln->lineno;
            b->flags = (ln->bold ? BLOCK_BOLD : 0) | (ln->md_heading ? BLOCK_MD_HEADING : 0);
            b->flags |= ln->chrome ? BLOCK_CHROME : 0;
            strbuf_puts(&sb, ln->text);
        }
        prev = ln;
        blank_between = page_between = 0;
    }
    if (cur != SIZE_MAX)
        doc->blocks[cur].text = strbuf_detach(&sb);
    strbuf_free(&sb);
    vocabulary_free(&vocab);
    for (size_t i = 0; i < n; i++)
        free(lines[i].text);
    free(lines);
    normalise_unflatten(doc);
}

void doc_text_free(struct doc_text *doc)
{
    for (size_t i = 0; i < doc->n_blocks; i++)
        free(doc->blocks[i].text);
    free(doc->blocks);
    memset(doc, 0, sizeof *doc);
}
