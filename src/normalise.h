/* normalise — stage 2: raw text → logical paragraphs ("blocks").
 *
 * Statements arrive hard-wrapped (PDF extraction), with page breaks in the
 * middle of a sentence, as markdown, or one paragraph per line (web
 * scrapes).  This stage undoes those layouts so that later stages see one
 * block per paragraph or per header line, each knowing its raw line span.
 *
 * Contract: every non-blank raw line lands in exactly one block, in order;
 * block text is the lines' text with markdown emphasis and escapes removed,
 * white space folded, and the lines joined by single spaces. */
#ifndef COMMUNIQUE_NORMALISE_H
#define COMMUNIQUE_NORMALISE_H

#include <stddef.h>

#include "statement.h"

enum block_flag {
    BLOCK_BOLD = 1 << 0,      /* every line was markdown-bold */
    BLOCK_MD_HEADING = 1 << 1, /* "# Heading" */
    BLOCK_PAGE_FURNITURE = 1 << 2, /* "Page 2 of 3" and the like */
    BLOCK_CHROME = 1 << 3      /* from an HTML page's nav, header, footer… */
};

struct block {
    char *text;
    struct span lines;
    unsigned flags;
    int role;                 /* filled by classify (enum block_role) */
};

struct doc_text {
    struct block *blocks;
    size_t n_blocks;
    int markdown;             /* markdown syntax was seen and removed */
    int hard_wrapped;         /* lines were wrapped at a fixed width */
    int wrap_width;           /* that width, in characters (0 if none) */
    int page_breaks;          /* form feeds or "Page N of M" lines seen */
};

void normalise_text(const char *text, struct doc_text *out);
/* The same for text read from an HTML page or a PDF: source_lines[i] is
 * the source line of text line i+1 (block spans use it), line_flags[i]
 * its enum raw_line_flag (rawtext.h): page chrome is never joined with
 * other lines; a PDF's running header or footer is page furniture, and a
 * paragraph it interrupts (at a page break) is joined across it. */
void normalise_mapped(const char *text, const int *source_lines,
                      const unsigned char *line_flags, size_t n_lines,
                      struct doc_text *out);
void doc_text_free(struct doc_text *doc);
/* A text flattened into one long line: the header items run in at its
 * start (document numbers, a dateline, a press reference) and a title run
 * into the opening words become blocks of their own (unflatten.c); any
 * other text is left as it is.  normalise_mapped calls it. */
void normalise_unflatten(struct doc_text *doc);

/* Helpers shared with the extractors. */
int text_ends_sentence(const char *s);
int text_starts_lower(const char *s);
/* A line that is only a phone number / only an e-mail address. */
int text_is_phone(const char *s);
int text_is_email(const char *s);
/* Length of a list or footnote marker at s ("3. ", "* ", "(2) "), or 0. */
size_t text_list_marker(const char *s);

#endif
