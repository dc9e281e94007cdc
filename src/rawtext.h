/* rawtext — stage 1 of the pipeline: read one raw statement into memory.
 *
 * Contract: raw_text_load() either fills *out with UTF-8 text whose line
 * ends are "\n" (BOM removed, CRLF/CR converted, form feeds kept as page
 * breaks) plus the SHA-256 of the bytes as read, or returns -1 with a
 * one-line reason in err (no file name: the caller prefixes it).  It never
 * accepts text that could not be written into an XML 1.0 document.  An
 * HTML page (by its content, not its name) is parsed and read as text; a
 * PDF is read with poppler (pdftext.h); Word, ODF, images and other
 * binary formats are refused with what to do instead (binformat.h). */
#ifndef COMMUNIQUE_RAWTEXT_H
#define COMMUNIQUE_RAWTEXT_H

#include <stddef.h>

#include "sha256.h"
#include "strbuf.h"

/* Raw statements are pages, not books: anything larger is refused rather
 * than read whole into memory.  8 MiB is some twenty times the text of the
 * longest statement page seen, and keeps the whole pipeline within the
 * memory bound the README states.  The line limit bounds the document's
 * structure (every line can become an XML element): a 300-page PDF has
 * some 15,000 lines. */
#define RAW_TEXT_MAX_BYTES (8u * 1024u * 1024u)
#define RAW_TEXT_MAX_LINES 100000u

struct raw_text {
    char *text;                     /* NUL-terminated UTF-8, "\n" line ends */
    size_t len;
    char sha256[SHA256_HEX_LEN + 1]; /* of the bytes before any decoding */
    /* An HTML page is read as the text of its elements (htmltext.h); then
     * these map each text line to its source line and chrome flag.  NULL
     * for plain text, whose lines are the source lines. */
    int html;
    int *source_lines;
    unsigned char *line_flags;
    size_t n_lines;
    char *canonical_url;            /* an HTML page's canonical link, or NULL */
    /* A PDF (pdftext.h): its text is poppler's, page by page; page k + 1
     * starts on text line page_starts[k]. */
    int pdf;
    int *page_starts;
    size_t n_pages;
};

/* line_flags: per text line. */
enum raw_line_flag {
    RAW_LINE_CHROME = 1 << 0,  /* an HTML page's chrome (HTML_LINE_CHROME) */
    RAW_LINE_RUNNING = 1 << 1, /* a PDF's running header or footer */
    /* A PDF's line: a blank line before it is a gap measured on the page
     * (a paragraph break), not a guess, except at a page break. */
    RAW_LINE_MEASURED = 1 << 2
};

/* The length of an invisible character at p (soft hyphen, zero-width
 * space, bidi controls, word joiner, a BOM inside the text), or 0: it is
 * dropped as the text is read. */
size_t raw_invisible_at(const unsigned char *p, size_t n);

/* path "-" reads standard input. */
int raw_text_load(const char *path, struct raw_text *out, char *err, size_t errlen);
/* Same checks on bytes already in memory (used by tests and fuzzers). */
int raw_text_from_bytes(const char *bytes, size_t len, struct raw_text *out,
                        char *err, size_t errlen);
/* Reads a whole file ("-" = standard input) into out, refusing
 * directories, special files and anything over limit bytes. */
int read_file_bytes(const char *path, size_t limit, struct strbuf *out, char *err,
                    size_t errlen);
void raw_text_free(struct raw_text *rt);

#endif
