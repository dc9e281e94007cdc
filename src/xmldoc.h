/* xmldoc — reading statement XML safely and validating it (stage 5).
 *
 * Every XML document the tool reads — a user's file given to validate or
 * render, or its own serialised output — goes through xmldoc_parse, which
 * never loads external entities or DTDs and never touches the network.
 *
 * Contract: errors are reported as one line each, "NAME:LINE: message",
 * on stderr, and counted in the return values. */
#ifndef COMMUNIQUE_XMLDOC_H
#define COMMUNIQUE_XMLDOC_H

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

/* Parses bytes (name is used in messages and as the document URL).
 * Returns NULL after reporting the errors. */
xmlDocPtr xmldoc_parse(const char *bytes, size_t len, const char *name);
/* Reads and parses a file ("-" for standard input). */
xmlDocPtr xmldoc_read_file(const char *path);

/* Loads schema/statement.xsd from dir once; NULL after reporting why. */
xmlSchemaPtr xmldoc_load_schema(const char *dir);
/* Refuses (one message, returns 1) a <statement> whose namespace or
 * version attribute names a major version other than STATEMENT_MAJOR;
 * 0 otherwise.  xmldoc_validate calls it first. */
int xmldoc_check_version(xmlDocPtr doc, const char *name);
/* Validates doc; returns the number of errors reported (0 = valid). */
int xmldoc_validate(xmlSchemaPtr schema, xmlDocPtr doc, const char *name);

/* Serialises a document the tool built (and frees it), then parses those
 * bytes with xmldoc_parse: what is validated afterwards is exactly what
 * will be written, and its errors carry line numbers.  When bytes is not
 * NULL the serialised form is handed over too (*bytes, *len; free with
 * xmlFree), to be written as it is.  NULL after reporting why. */
xmlDocPtr xmldoc_reread(xmlDocPtr built, const char *name, char **bytes, size_t *len);

/* Serialises doc as indented UTF-8; caller frees with xmlFree. */
void xmldoc_serialise(xmlDocPtr doc, xmlChar **out, int *len);
/* Whether a converted statement holds nothing a statement has: no issuer,
 * date, country or election, and no kind but "other" (a CSV, a shopping
 * list).  convert still writes it, with a warning. */
int xmldoc_reads_as_no_statement(xmlDocPtr doc);

#endif
