/* extract — stage 3: raw text → statement model.
 *
 * Runs normalise and classify, then reads every field the schema holds out
 * of the classified pieces.  A field is filled only where the text states
 * it; the one derived field (a title for a statement that has none) is
 * flagged as derived.
 *
 * Contract: never fails on valid UTF-8 text; the result always has an id,
 * a title, a kind, a language and a source, and every non-body piece of
 * the input is recorded as a set-aside block. */
#ifndef COMMUNIQUE_EXTRACT_H
#define COMMUNIQUE_EXTRACT_H

#include "rawtext.h"
#include "statement.h"

/* file_label is recorded as the source file name (may be "-"). */
void extract_statement(const struct raw_text *raw, const char *file_label,
                       struct statement *st);
/* The same, with the body's language already known (a static tag that an
 * earlier extraction of the same bytes gave), so it is not identified
 * again; NULL: identify it. */
void extract_statement_in(const struct raw_text *raw, const char *file_label,
                          const char *language, struct statement *st);

/* After fields were corrected (sidecar.h): a derived title is derived
 * again and the id made again from the date, country and kind. */
void extract_refresh(struct statement *st);

#endif
