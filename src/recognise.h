/* recognise — what a single block is by its own content alone.
 *
 * The recognisers of classify's block model: each looks at one block's
 * text, with no context, and says whether it is page noise of a named
 * kind (navigation, furniture, share links, a breadcrumb, a calendar, a
 * cookie notice, an embedded post) or a statement cue (a dateline, a
 * labelled header field, a reference, the alignment clause, a forum
 * line, a salutation…).  The vocabularies they use are data in
 * phrases.c; classify.c decides from context what the rest is.
 *
 * Contract: pure functions of their arguments; ROLE_UNSET when nothing
 * is recognised. */
#ifndef COMMUNIQUE_RECOGNISE_H
#define COMMUNIQUE_RECOGNISE_H

#include <stddef.h>

#include "classify.h"
#include "phrases.h"

/* Page noise, or ROLE_UNSET. */
int recognise_noise(const char *text);
/* A statement cue (after_alignment: the alignment clause came before, so
 * a "*" or "(1)" line is its footnote), or ROLE_UNSET. */
int recognise_cue(const char *text, int after_alignment);
/* A labelled header field ("Place : Vienna"): its table row, and in
 * *value (if not NULL) where the value starts; NULL if there is none. */
const struct header_label *header_label_of(const char *text, const char **value);
/* "LABEL : value": where the value starts when text opens with label
 * (any case), then one of marks (spaces allowed around it) and a value;
 * 0 otherwise. */
size_t label_value_at(const char *text, const char *label, const char *marks);

/* "-", "***": a separator line, no letter or digit in it. */
int text_is_separator(const char *t);
/* "PRESIDENTIAL ELECTION": at least two letters, no lower-case one. */
int text_is_all_caps(const char *s);
size_t text_word_count(const char *s);
/* A press role, phone number or e-mail address line. */
int looks_signature_line(const char *s);
/* A short line of capitalised words: a name, an office, a city. */
int looks_name_line(const char *s);
/* A whole block that is a dateline of a wire or a byline: "BRUSSELS,
 * Belgium, October 6, 2017/APO/ --", "(AGENPARL) – BRUSSELS (BELGIUM), …". */
int is_dateline_block(const char *t);
/* Bytes of the quote mark opening / closing at p (“ „ « " / ” » "), or 0. */
size_t opening_quote(const char *p);
size_t closing_quote(const char *p);
/* Which mark opened a quotation, so that its own closing mark is looked
 * for: German „…“ closes with the mark English opens with, French «…»
 * with ». */
enum quote_style { QUOTE_NONE, QUOTE_CURLY, QUOTE_GERMAN, QUOTE_GUILLEMET, QUOTE_STRAIGHT };
int opening_quote_style(const char *p);
/* Bytes of the closing mark of style at p, or 0 (QUOTE_NONE: any). */
size_t closing_quote_for(const char *p, int style);
/* "TASHKENT, 25 October 2021 – …": the bytes of a dateline run into the
 * first paragraph, dash included, or 0. */
size_t dateline_prefix(const char *t);
/* The bytes of a dateline closed by a dash at the start of t ("Addis
 * Ababa 31 March 2015 -"), whatever follows, or 0. */
size_t dateline_closed(const char *t);
/* "(AGENPARL) – BRUSSELS (BELGIUM), …": the bytes of the agency and its
 * dash before the place, or 0 when t is no agency's dateline. */
size_t agency_dateline(const char *t);

#endif
