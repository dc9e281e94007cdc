/* xmlbuild — stage 4: statement model → XML document (libxml2 tree API).
 *
 * Contract: the document follows schema/statement.xsd for any statement
 * extract_statement() produces; empty optional parts are left out. */
#ifndef COMMUNIQUE_XMLBUILD_H
#define COMMUNIQUE_XMLBUILD_H

#include <libxml/tree.h>

#include "statement.h"

/* The schema's major version, kept in step with the namespace URI and
 * statement.xsd's version pattern; a document of another major is refused
 * (xmldoc_check_version). */
#define STATEMENT_MAJOR 1
#define STATEMENT_NS "urn:communique:statement:1"
#define STATEMENT_VERSION "1.3"

xmlDocPtr statement_to_xml(const struct statement *st);

/* Appends one <statement> to a <related> element (in its namespace); the
 * feed stage uses it to record links in documents it has read. */
void xmlbuild_add_related(xmlNodePtr related, const struct related *r);

/* Gives a built statement document its <related> element (where the schema
 * puts it: just before <source>) holding r[0..n-1]; nothing when n is 0.
 * statement_to_xml uses it, and so does convert for a document the link
 * pass built before the relations were known. */
void xmlbuild_insert_related(xmlDocPtr doc, const struct related *r, size_t n);

/* The same in serialised form, for a document written out before its
 * relations were known (convert's link pass): given xml, a document as
 * xmldoc_serialise writes it, returns that of the document with
 * xmlbuild_insert_related(r, n) applied — byte for byte what serialising
 * the changed tree would give, without parsing xml.  A malloc'ed copy of
 * xml (len in *out_len) when n is 0; NULL when xml has no <source> child
 * of the root where the serialiser puts one. */
char *xmlbuild_splice_related(const char *xml, size_t len, const struct related *r, size_t n,
                              size_t *out_len);

#endif
