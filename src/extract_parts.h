/* extract_parts — the field extractors behind extract.c, one file each.
 * Internal to the extract stage; each fills its fields of st from the
 * classified pieces and touches nothing else. */
#ifndef COMMUNIQUE_EXTRACT_PARTS_H
#define COMMUNIQUE_EXTRACT_PARTS_H

#include "classify.h"
#include "statement.h"

/* Elections: type, early, chamber, date (needs st->date for the year). */
void extract_elections(const struct classified *c, struct statement *st);
/* Aligned countries and the alignment footnotes. */
void extract_alignment(const struct classified *c, struct statement *st);
/* Organisations, agreements and people named in title, framing and body. */
void extract_mentions(const struct classified *c, struct statement *st);
/* The author: who issues or delivers the statement (needs st->kind). */
void extract_author(const struct classified *c, struct statement *st);
/* Embedded social posts. */
void extract_social_posts(const struct classified *c, struct statement *st);
/* Subject country: the country the title and body speak of most. */
void extract_country(const struct classified *c, struct statement *st);

/* Helpers shared by the extractors. */
int is_word_start(const char *text, size_t at);
int is_word_end(const char *text, size_t at);
/* Case-insensitive whole-word search; returns offset or (size_t)-1. */
size_t find_word_ci(const char *text, size_t from, const char *word);

#endif
