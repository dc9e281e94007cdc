/* classify — stage 3a: give every normalised block its role.
 *
 * Decides which blocks are the statement's body and which are its title,
 * header lines, reference, alignment clause, signature, news framing,
 * embedded social posts or page noise.  In a news report that quotes a
 * statement, the quoted words become body pieces and the reporter's words
 * around them framing pieces.
 *
 * Contract: the pieces cover the text of every block exactly once (quote
 * marks aside), in document order, so nothing is lost. */
#ifndef COMMUNIQUE_CLASSIFY_H
#define COMMUNIQUE_CLASSIFY_H

#include <stddef.h>

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
    ROLE_UNSET
};

/* The schema's name for a set-aside block of this role. */
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

/* "PC.DEL/80/21/Rev.1"-style document numbers. */
int is_document_reference(const char *s);
/* "text — Author (@handle) June 10, 2019": returns 1 and the byte offset
 * of the dash before the author. */
int social_post_signature(const char *s, size_t *dash_at);

void classify_blocks(const struct doc_text *doc, struct classified *out);
void classified_free(struct classified *c);

#endif
