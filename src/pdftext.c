#include "pdftext.h"

#include <poppler.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rawtext.h"
#include "strbuf.h"

/* Statements are a few pages; a report of hundreds is still read, but a
 * file claiming more pages than this is not a statement. */
enum { PDF_MAX_PAGES = 2000 };

/* The top and bottom tenth of a page hold its running header and footer. */
#define BAND 0.10
/* A gap between two lines wider than this many line pitches is a
 * paragraph break. */
#define PARAGRAPH_GAP 1.5

/* poppler keeps global state (its GlobalParams, font caches) that is made
 * on first use; one document at a time is safe everywhere, and PDFs are
 * few in a batch. */
static pthread_mutex_t poppler_lock = PTHREAD_MUTEX_INITIALIZER;

long pdf_sniff(const char *bytes, size_t len)
{
    size_t n = len < 1024 ? len : 1024;
    for (size_t i = 0; i + 5 <= n; i++)
        if (memcmp(bytes + i, "%PDF-", 5) == 0)
            return (long)i;
    return -1;
}

enum { BAND_TOP = 1, BAND_BOTTOM = 2 };

/* One line of a page's text as poppler gives it. */
struct pdf_line {
    char *text;        /* cleaned UTF-8 */
    int page;          /* 0-based */
    int band;          /* 0, or in the top or bottom tenth */
    int blank_before;  /* a paragraph gap above it */
    double top, height; /* on the page, top-down; top -1 if unknown */
    int running;       /* a repeat of a running header or footer */
    char *key;         /* text with digits as '#', for the repeat test */
};

/* Common ligatures as their letters: "ﬁnal" must read as "final". */
static const struct {
    const char *from, *to;
} LIGATURES[] = {{"\xef\xac\x80", "ff"}, {"\xef\xac\x81", "fi"}, {"\xef\xac\x82", "fl"},
                 {"\xef\xac\x83", "ffi"}, {"\xef\xac\x84", "ffl"}, {"\xef\xac\x86", "st"}};

static char *clean_line(const char *s, size_t len)
{
    struct strbuf sb = {0};
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < len; i++) {
        size_t skip = raw_invisible_at(p + i, len - i);
        if (skip) {
            i += skip - 1;
            continue;
        }
        if (p[i] < 0x20 && p[i] != '\t') {
            continue; /* a control character is never text */
        }
        if (p[i] == 0x7f)
            continue;
        if (i + 3 <= len && p[i] == 0xef && p[i + 1] == 0xbf && (p[i + 2] == 0xbe || p[i + 2] == 0xbf)) {
            i += 2;
            continue; /* U+FFFE, U+FFFF: no XML can carry them */
        }
        int lig = 0;
        for (size_t k = 0; k < sizeof LIGATURES / sizeof *LIGATURES && !lig; k++)
            if (i + 3 <= len && memcmp(p + i, LIGATURES[k].from, 3) == 0) {
                strbuf_puts(&sb, LIGATURES[k].to);
                i += 2;
                lig = 1;
            }
        if (!lig)
            strbuf_putc(&sb, (char)p[i]);
    }
    /* trailing spaces are layout */
    while (sb.len && (sb.data[sb.len - 1] == ' ' || sb.data[sb.len - 1] == '\t'))
        sb.data[--sb.len] = '\0';
    return sb.data ? strbuf_detach(&sb) : xstrdup("");
}

static char *repeat_key(const char *t)
{
    char *k = xstrdup(t);
    for (char *q = k; *q; q++)
        if (*q >= '0' && *q <= '9')
            *q = '#';
    return k;
}

/* Appends the lines of one page to *lines. */
static void read_page(PopplerPage *page, int index, struct pdf_line **lines, size_t *n,
                      size_t *cap)
{
    double width, height;
    poppler_page_get_size(page, &width, &height);
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint n_rects = 0;
    if (!poppler_page_get_text_layout(page, &rects, &n_rects))
        n_rects = 0;
    const char *p = text ? text : "";
    size_t ci = 0; /* the character index, as the layout counts */
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t len = eol ? (size_t)(eol - p) : strlen(p);
        double y1 = -1, y2 = -1;
        for (const char *q = p; q < p + len; q = g_utf8_next_char(q), ci++)
            if (ci < n_rects && *q != ' ') {
                if (y1 < 0 || rects[ci].y1 < y1)
                    y1 = rects[ci].y1;
                if (rects[ci].y2 > y2)
                    y2 = rects[ci].y2;
            }
        char *clean = clean_line(p, len);
        if (clean[0]) {
            if (*n == *cap) {
                *cap = *cap ? 2 * *cap : 64;
                *lines = xrealloc(*lines, *cap * sizeof **lines);
            }
            struct pdf_line *l = &(*lines)[(*n)++];
            memset(l, 0, sizeof *l);
            l->text = clean;
            l->page = index;
            l->band = y1 < 0 || height <= 0   ? 0
                      : y1 < BAND * height        ? BAND_TOP
                      : y2 > (1 - BAND) * height ? BAND_BOTTOM
                                                 : 0;
            l->key = repeat_key(clean);
            l->top = y1;
            l->height = y1 >= 0 ? y2 - y1 : 0;
        } else {
            free(clean);
        }
        p += len;
        if (*p == '\n') {
            p++;
            ci++;
        }
    }
    g_free(rects);
    g_free(text);
}

struct keyed {
    const char *key;
    size_t line;
};

static int cmp_keyed(const void *a, const void *b)
{
    const struct keyed *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Paragraph gaps: a step from one line's top to the next on one page
 * wider than 1.5 times the line pitch of text of that size — the smallest
 * step to a line of about the same height (within a point) anywhere in
 * the document, so that small print (footnotes on a tighter pitch) and
 * the body are each measured by their own.  A step under half a line's
 * height is part of one line.  Poppler's text has no blank lines; the
 * re-flow wants them. */
static void mark_gaps(struct pdf_line *lines, size_t n)
{
    enum { SIZES = 200 }; /* line heights, to the point */
    double pitch[SIZES];
    for (size_t k = 0; k < SIZES; k++)
        pitch[k] = 0;
    for (size_t i = 1; i < n; i++) {
        double step = lines[i].top - lines[i - 1].top, h = lines[i].height;
        if (lines[i].page != lines[i - 1].page || lines[i - 1].top < 0 || lines[i].top < 0 ||
            h <= 0 || h >= SIZES - 1 || step <= 0 || step < 0.5 * h)
            continue;
        size_t k = (size_t)(h + 0.5);
        if (pitch[k] == 0 || step < pitch[k])
            pitch[k] = step;
    }
    for (size_t i = 1; i < n; i++) {
        double step = lines[i].top - lines[i - 1].top, h = lines[i].height;
        if (lines[i].page != lines[i - 1].page || lines[i - 1].top < 0 || lines[i].top < 0 ||
            h <= 0 || h >= SIZES - 1)
            continue;
        size_t k = (size_t)(h + 0.5);
        double p = 0;
        for (size_t j = k ? k - 1 : 0; j <= k + 1 && j < SIZES; j++)
            if (pitch[j] > 0 && (p == 0 || pitch[j] < p))
                p = pitch[j];
        if (p > 0 && step > PARAGRAPH_GAP * p)
            lines[i].blank_before = 1;
    }
}

/* A band line whose text (digits aside) is in the band of another page:
 * a running header or footer.  A footer is marked wherever it is (it
 * would run into the paragraph a page break cuts); of a header every
 * occurrence after the first, which may be the document's reference or
 * title.  Sorting keeps this O(n log n) in the lines. */
static void mark_running(struct pdf_line *lines, size_t n)
{
    struct keyed *band = xmalloc((n ? n : 1) * sizeof *band);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (lines[i].band)
            band[m++] = (struct keyed){lines[i].key, i};
    qsort(band, m, sizeof *band, cmp_keyed);
    for (size_t i = 0; i < m;) {
        size_t j = i + 1;
        while (j < m && strcmp(band[j].key, band[i].key) == 0)
            j++;
        /* in line order within the group: the first is band[i] */
        int pages = 0;
        for (size_t k = i + 1; k < j; k++)
            if (lines[band[k].line].page != lines[band[i].line].page) {
                lines[band[k].line].running = 1;
                pages = 1;
            }
        if (pages && lines[band[i].line].band == BAND_BOTTOM)
            lines[band[i].line].running = 1;
        i = j;
    }
    free(band);
}

int pdf_to_text(const char *bytes, size_t len, struct raw_text *out, char *err, size_t errlen)
{
    pthread_mutex_lock(&poppler_lock);
    GError *gerr = NULL;
    GBytes *data = g_bytes_new_static(bytes, len);
    PopplerDocument *doc = poppler_document_new_from_bytes(data, NULL, &gerr);
    int rc = 0;
    struct pdf_line *lines = NULL;
    size_t n = 0, cap = 0;
    int n_pages = 0;
    if (!doc) {
        if (gerr && g_error_matches(gerr, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
            snprintf(err, errlen, "a PDF that needs a password: save it without one, or as text");
        else
            snprintf(err, errlen, "a PDF that cannot be read (%s)",
                     gerr && gerr->message ? gerr->message : "damaged");
        rc = -1;
    } else {
        n_pages = poppler_document_get_n_pages(doc);
        if (n_pages > PDF_MAX_PAGES) {
            snprintf(err, errlen, "a PDF of %d pages (limit %d)", n_pages, PDF_MAX_PAGES);
            rc = -1;
        }
        for (int i = 0; i < n_pages && rc == 0; i++) {
            PopplerPage *page = poppler_document_get_page(doc, i);
            if (page) {
                read_page(page, i, &lines, &n, &cap);
                g_object_unref(page);
            }
            if (n > RAW_TEXT_MAX_LINES) {
                snprintf(err, errlen, "too many lines of text in the PDF (limit %u)",
                         RAW_TEXT_MAX_LINES);
                rc = -1;
            }
        }
        g_object_unref(doc);
    }
    if (gerr)
        g_error_free(gerr);
    g_bytes_unref(data);
    pthread_mutex_unlock(&poppler_lock);

    if (rc == 0 && n == 0) {
        snprintf(err, errlen, "a PDF with no text in it (a scan?): run OCR on it, or save it as text");
        rc = -1;
    }
    if (rc == 0) {
        mark_running(lines, n);
        mark_gaps(lines, n);
        /* The text: each page's lines, a blank line at each measured gap,
         * pages parted by form feeds.  Per text line its flags and its
         * line in the PDF (source_lines): the page's own lines counted
         * through the document, a blank line made here taking the number
         * of the line after it, so that page:line names what a reader
         * counts on the page (page_starts in the same numbering). */
        struct strbuf sb = {0};
        size_t n_out = 0, out_cap = 0;
        unsigned char *flags = NULL;
        int *source = NULL;
        int real = 0;
        out->page_starts = xmalloc((size_t)n_pages * sizeof *out->page_starts);
        out->n_pages = (size_t)n_pages;
        size_t at = 0;
        for (int pg = 0; pg < n_pages; pg++) {
            out->page_starts[pg] = real + 1;
            int first = 1;
            do {
                int has = at < n && lines[at].page == pg;
                if (n_out + 2 > out_cap) {
                    out_cap = out_cap ? 2 * out_cap : 256;
                    flags = xrealloc(flags, out_cap);
                    source = xrealloc(source, out_cap * sizeof *source);
                }
                if (has && lines[at].blank_before && !first) {
                    flags[n_out] = 0;
                    source[n_out++] = real + 1;
                    strbuf_putc(&sb, '\n');
                }
                /* every page has its break and its first line, text or not */
                if (first && pg > 0)
                    strbuf_putc(&sb, '\f');
                if (has) {
                    strbuf_puts(&sb, lines[at].text);
                    flags[n_out] = RAW_LINE_MEASURED | (lines[at].running ? RAW_LINE_RUNNING : 0);
                    source[n_out] = ++real;
                    at++;
                } else {
                    flags[n_out] = 0; /* a page without text: only its break */
                    source[n_out] = real + 1;
                }
                strbuf_putc(&sb, '\n');
                n_out++;
                first = 0;
            } while (at < n && lines[at].page == pg);
        }
        out->pdf = 1;
        out->text = strbuf_detach(&sb);
        out->len = strlen(out->text);
        out->line_flags = flags;
        out->n_lines = n_out;
        out->source_lines = source;
    }
    for (size_t i = 0; i < n; i++) {
        free(lines[i].text);
        free(lines[i].key);
    }
    free(lines);
    return rc;
}
