/* classify — stage 3a: give every normalised block its role.
 *
 * Decides which blocks are the statement's body and which are its title,
 * header lines, reference, alignment clause, signature, news framing,
 * embedded social posts or page noise.  In a news report that quotes a
 * statement, the quoted words become body pieces and the reporter's words
 * around them framing pieces.
 *
 * How: a block model (classify.c) over per-block recognisers
 * (recognise.h): the body is the best-scoring contiguous run of
 * statement-like blocks, the title the best title-like block before it.
 *
 * Contract: the pieces cover the text of every block exactly once (quote
 * marks aside), in document order, so nothing is lost. */
#ifndef COMMUNIQUE_CLASSIFY_H
#define COMMUNIQUE_CLASSIFY_H

#include <stddef.h>

#include "dates.h"
#include "normalise.h"

enum block_role {
    ROLE_BODY,
    ROLE_TITLE,
    ROLE_HEADING,
    ROLE_FORUM,
    ROLE_DATELINE,
    ROLE_REFERENCE,
    ROLE_DISTRIBUTION,
    ROLE_DISCLAIMER,
    ROLE_ALIGNMENT,
    ROLE_FOOTNOTE,
    ROLE_SIGNATURE,
    ROLE_SALUTATION,
    ROLE_FRAMING,
    ROLE_SOCIAL_POST,
    ROLE_RELATED,
    ROLE_NAVIGATION,
    ROLE_PAGE_FURNITURE,
    ROLE_BREADCRUMB,
    ROLE_LANGUAGE_MENU,
    ROLE_CALENDAR,
    ROLE_SHARE_LINKS,
    ROLE_COOKIE_NOTICE,
    ROLE_AUTHOR_BOX,
    ROLE_UNSET
};

/* The schema's name for a set-aside block of this role (these helpers
 * live in recognise.c with the other recognisers). */
const char *role_kind(int role);

struct piece {
    int role;
    char *text;
    struct span lines;
};

struct classified {
    struct piece *pieces;
    size_t n_pieces;
    int news;          /* a news report: framing around a quoted statement */
    int web_page;      /* navigation or related-content noise was present */
};

/* Is this role web-page noise (navigation, breadcrumb, cookie text…)? */
int role_is_noise(int role);
/* A dateline as EEAS pages print it: "Skopje, 26/06/2020 - 12:43, UNIQUE
 * ID: 200626_9".  Returns 1 when s is a dateline (with or without the
 * time and id), filling the date, the place length and the id's offset
 * and length (0 when there is none). */
int dateline_parse(const char *s, struct date_match *m, size_t *place_len, size_t *id_at,
                   size_t *id_len);

/* "PC.DEL/80/21/Rev.1"-style document numbers. */
int is_document_reference(const char *s);
/* "text — Author (@handle) June 10, 2019": returns 1 and the byte offset
 * of the dash before the author. */
int social_post_signature(const char *s, size_t *dash_at);

void classify_blocks(const struct doc_text *doc, struct classified *out);
void classified_free(struct classified *c);

#endif
