/* xslfunc — XPath extension functions for the tool's stylesheets.
 *
 * Two jobs that XSLT 1.0 can only do by recursion over strings, which
 * costs memory quadratic in a paragraph's length and hits libxslt's
 * recursion limit on long ones; in C they are linear:
 *
 *   fn:json-string(s)                  s as a JSON string literal, quotes
 *                                      included (jansson does the escaping)
 *   fn:wrap(s, width[, indent[, first]])
 *                                      normalize-space(s) filled into lines
 *                                      of at most width characters, each
 *                                      ending in "\n" and starting with
 *                                      indent (the first with first, which
 *                                      defaults to indent); a word longer
 *                                      than a line is broken at the width
 *
 * and one naming rule shared with the C side, so a page links to another
 * statement's page by the name convert gave it:
 *
 *   fn:stem(file)                      output_stem(file): "a/b.txt" → "b"
 *
 * with fn bound to XSLFUNC_NS.  xslfunc_register() is called once, before
 * any transform; the functions are pure (no I/O). */
#ifndef COMMUNIQUE_XSLFUNC_H
#define COMMUNIQUE_XSLFUNC_H

#include <stddef.h>

#define XSLFUNC_NS "urn:communique:functions"

void xslfunc_register(void);

/* The C side of fn:wrap, for tests: returns a malloc'ed string. */
char *xslfunc_wrap(const char *text, int width, const char *indent, const char *first);

#endif
