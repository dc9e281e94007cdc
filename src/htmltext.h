/* htmltext — stage 1b: a raw HTML page → the plain text the pipeline reads.
 *
 * Web statements often arrive as saved pages.  libxml2's HTML parser (no
 * network, no entity loading, errors suppressed: real pages are rarely
 * valid) builds the tree; this module walks it and writes one line per
 * block element, a blank line between blocks, "N. " before the items of
 * an ordered list, and nothing from <head>, <script>, <style> and the
 * like.  Every output line remembers the source line it came from and
 * whether it sat inside page chrome (<nav>, <header>, <footer>, <aside>,
 * or a cookie banner), which the classifier sets aside as navigation.
 *
 * Contract: html_to_text() returns 0 and fills *out, or -1 with a one-line
 * reason in err.  The text is UTF-8 with "\n" line ends. */
#ifndef COMMUNIQUE_HTMLTEXT_H
#define COMMUNIQUE_HTMLTEXT_H

#include <stddef.h>

enum html_line_flag {
    HTML_LINE_CHROME = 1 << 0 /* navigation, header, footer, aside, cookie banner */
};

struct html_text {
    char *text;
    size_t len;
    int *source_lines;          /* per output line: line in the HTML source */
    unsigned char *line_flags;  /* per output line: enum html_line_flag */
    size_t n_lines;
    char *canonical_url;        /* <link rel="canonical" href>, http(s) only, or NULL */
};

/* Does this text look like an HTML document (doctype or <html> first)? */
int html_sniff(const char *text, size_t len);
int html_to_text(const char *html, size_t len, struct html_text *out, char *err, size_t errlen);
void html_text_free(struct html_text *h);

#endif
