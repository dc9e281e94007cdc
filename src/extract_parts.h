/* extract_parts — the field extractors behind extract.c, one file each.
 * Internal to the extract stage; each fills its fields of st from the
 * classified pieces and touches nothing else. */
#ifndef COMMUNIQUE_EXTRACT_PARTS_H
#define COMMUNIQUE_EXTRACT_PARTS_H

#include "classify.h"
#include "statement.h"
#include "utf8.h"

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
/* The issuer: labelled, named in the head, framing, signature or opening
 * paragraph, or the government that speaks in it (needs st->date and
 * st->forum). */
void extract_issuer(const struct classified *c, struct statement *st);
/* With no issuer named (or a ministry without its country): the
 * government that speaks of itself by its country's name in the opening
 * paragraph ("The United States congratulates …"), by its foreign
 * service's name, or its delegation at the OSCE Permanent Council.
 * After extract_kind, whose rules read "no issuer named" as a sign of a
 * government's own statement. */
void extract_issuer_speaker(const struct classified *c, struct statement *st);
/* Subject country: the country the title and body speak of most. */
void extract_country(const struct classified *c, struct statement *st);

/* Helpers shared by the extractors. */
/* Whether a word may begin at text[at] / end before text[at]: at an ASCII
 * byte that is neither letter nor digit, at the text's ends, or at a curly
 * quote or apostrophe (U+2018..U+201F bounds a word as "'" does: "L’ONU",
 * "l’OSCE").  Inline: the election and mention scans ask at every byte. */
static inline int word_curly_mark(const char *p)
{
    return (unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80 &&
           (unsigned char)p[2] >= 0x98 && (unsigned char)p[2] <= 0x9f;
}

static inline int word_boundary_byte(unsigned char c)
{
    return c < 0x80 && !utf8_ascii_alnum(c);
}

static inline int is_word_start(const char *text, size_t at)
{
    if (at == 0)
        return 1;
    if (at >= 3 && word_curly_mark(text + at - 3))
        return 1;
    return word_boundary_byte((unsigned char)text[at - 1]);
}

static inline int is_word_end(const char *text, size_t at)
{
    return word_curly_mark(text + at) || word_boundary_byte((unsigned char)text[at]);
}
/* Case-insensitive whole-word search; returns offset or (size_t)-1. */
size_t find_word_ci(const char *text, size_t from, const char *word);

#endif
