/* xslfunc — XPath extension functions for the tool's stylesheets.
 *
 * Two jobs that XSLT 1.0 can only do by recursion over strings, which
 * costs memory quadratic in a paragraph's length and hits libxslt's
 * recursion limit on long ones; in C they are linear:
 *
 *   fn:json(nodes)                     null for an empty node-set, else
 *                                      the first node's string value as a
 *                                      JSON string literal, quotes
 *                                      included (escaped as jansson does)
 *   fn:wrap(s, width[, indent[, first]])
 *                                      normalize-space(s) filled into lines
 *                                      of at most width characters, each
 *                                      ending in "\n" and starting with
 *                                      indent (the first with first, which
 *                                      defaults to indent); a word longer
 *                                      than a line is broken at the width
 *   fn:csv(s)                          s as one RFC 4180 field: quoted (a
 *                                      quote doubled) when it holds a
 *                                      comma, quote, CR or LF, and with a
 *                                      leading apostrophe inside the
 *                                      quotes when it starts with = + - @
 *                                      (no formula in a spreadsheet)
 *   fn:search-words(s)                 the words of s case-folded, accents
 *                                      stripped, each once (the index's
 *                                      search.js)
 *
 * and one naming rule shared with the C side, so a page links to another
 * statement's page by the name convert gave it:
 *
 *   fn:stem(file)                      output_stem(file): "a/b.txt" → "b"
 *
 * with fn bound to XSLFUNC_NS.  xslfunc_register() is called once, before
 * any transform; the functions are pure (no I/O).
 *
 * A stylesheet may carry portable definitions of these functions (EXSLT
 * func:function, which xsltproc runs) so it works under other processors
 * too.  Those would take precedence over a registered C function in
 * libxslt, so xslfunc_drop_portable() removes them from a stylesheet's
 * document before it is compiled: the C versions serve instead. */
#ifndef COMMUNIQUE_XSLFUNC_H
#define COMMUNIQUE_XSLFUNC_H

#include <libxml/tree.h>
#include <stddef.h>

#define XSLFUNC_NS "urn:communique:functions"

void xslfunc_register(void);
/* Removes the top-level func:function elements of sheet (a stylesheet
 * document, not yet compiled) that define one of the functions above. */
void xslfunc_drop_portable(xmlDocPtr sheet);

/* The C side of fn:wrap, for tests: returns a malloc'ed string. */
char *xslfunc_wrap(const char *text, int width, const char *indent, const char *first);

#endif
