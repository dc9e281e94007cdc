#include "xmldoc.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <stdio.h>
#include <string.h>

#include "rawtext.h"
#include "diag.h"
#include "strbuf.h"
#include "xmlbuild.h"

/* No NOENT (entities stay unexpanded), no DTDLOAD/DTDATTR (nothing
 * external is fetched), NONET as a second lock; NONET alone is not enough
 * if a catalog or a file: URL is involved. */
#define SAFE_PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA)

/* XML documents may be larger than raw statements: they carry the text
 * twice over (the paragraphs and the source blocks), escaped ("<" is four
 * bytes), plus an element per line.  16 times the raw limit is well above
 * the 4.5 times measured for the worst escaping, so every output the
 * converter writes can be read back. */
#define XML_MAX_BYTES ((size_t)RAW_TEXT_MAX_BYTES * 16)

/* A statement's elements have a handful of attributes each; libxml2 2.9
 * checks each attribute of a tag against all the earlier ones, so 100,000
 * on one element cost it minutes.  And a document of millions of empty
 * elements costs a hundred bytes of tree each.  The converter writes about
 * one element per raw line at most; four per line of the raw limit is far
 * above anything it makes.  Both are checked on the bytes, in one pass,
 * before libxml2 parses them. */
#define XML_MAX_ATTRIBUTES 64
#define XML_MAX_ELEMENTS ((size_t)RAW_TEXT_MAX_LINES * 4)
/* Messages per document; the rest are counted ("… N more errors"). */
#define XML_MAX_MESSAGES 20

struct error_sink {
    const char *name;
    int count;
};

/* Statements never need a DTD.  Stopping the parser at the DOCTYPE, before
 * its internal subset is read, means entity declarations — the material of
 * "billion laughs" and quadratic-blowup bombs — are never even parsed. */
static void refuse_doctype(void *user, const xmlChar *name, const xmlChar *external_id,
                           const xmlChar *system_id)
{
    (void)name;
    (void)external_id;
    (void)system_id;
    xmlParserCtxtPtr ctxt = user;
    struct error_sink *sink = ctxt->_private;
    sink->count++;
    diag("%s:%d: DOCTYPE declarations are not allowed", sink->name,
            xmlSAX2GetLineNumber(ctxt));
    xmlStopParser(ctxt);
}

static void report(void *ctx, xmlErrorPtr err)
{
    struct error_sink *sink = ctx;
    if (!err || err->level == XML_ERR_WARNING)
        return;
    if (++sink->count > XML_MAX_MESSAGES)
        return;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", err->message ? err->message : "error");
    size_t len = strlen(msg);
    while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' '))
        msg[--len] = '\0';
    diag("%s:%d: %s", sink->name, err->line, msg);
}

/* After a document's errors: how many were not printed. */
static void report_unprinted(const struct error_sink *sink)
{
    if (sink->count > XML_MAX_MESSAGES)
        diag("%s: … %d more errors", sink->name, sink->count - XML_MAX_MESSAGES);
}

/* Returns the end of the construct that starts at p (after its closing
 * delimiter), or NULL if it is not closed. */
static const char *skip_past(const char *p, const char *end, const char *close, int *line)
{
    size_t n = strlen(close);
    for (; p + n <= end; p++) {
        if (*p == '\n')
            (*line)++;
        if (memcmp(p, close, n) == 0)
            return p + n;
    }
    return NULL;
}

/* The attribute and element caps, on the bytes: each '=' outside quotes
 * in a start tag is an attribute.  What is not well-formed is left to the
 * parser to report; this only counts.  Returns 0, or 1 after reporting. */
static int check_shape(const char *bytes, size_t len, const char *name)
{
    const char *p = bytes, *end = bytes + len;
    size_t elements = 0;
    int line = 1;
    while (p < end) {
        if (*p == '\n') {
            line++;
            p++;
            continue;
        }
        if (*p != '<') {
            p++;
            continue;
        }
        size_t rest = (size_t)(end - p);
        if (rest >= 4 && memcmp(p, "<!--", 4) == 0)
            p = skip_past(p + 4, end, "-->", &line);
        else if (rest >= 9 && memcmp(p, "<![CDATA[", 9) == 0)
            p = skip_past(p + 9, end, "]]>", &line);
        else if (rest >= 2 && p[1] == '?')
            p = skip_past(p + 2, end, "?>", &line);
        else if (rest >= 2 && p[1] == '!')
            return 0; /* a DOCTYPE: the parser refuses it */
        else if (rest >= 2 && p[1] == '/')
            p = skip_past(p + 2, end, ">", &line);
        else {
            int at = line, attributes = 0;
            char quote = 0;
            for (p++; p < end && (quote || *p != '>'); p++) {
                if (*p == '\n')
                    line++;
                if (quote)
                    quote = *p == quote ? 0 : quote;
                else if (*p == '"' || *p == '\'')
                    quote = *p;
                else if (*p == '=' && ++attributes > XML_MAX_ATTRIBUTES) {
                    diag("%s:%d: an element with more than %d attributes; "
                         "statement elements have a few", name, at, XML_MAX_ATTRIBUTES);
                    return 1;
                }
            }
            if (++elements > XML_MAX_ELEMENTS) {
                diag("%s:%d: more than %zu elements; a statement document has fewer", name,
                     at, XML_MAX_ELEMENTS);
                return 1;
            }
        }
        if (!p)
            return 0;
    }
    return 0;
}

xmlDocPtr xmldoc_parse(const char *bytes, size_t len, const char *name)
{
    struct error_sink sink = {name, 0};
    if (len > XML_MAX_BYTES) {
        diag("%s: file too large", name);
        return NULL;
    }
    if (len == 0) {
        diag("%s: empty file", name);
        return NULL;
    }
    if (check_shape(bytes, len, name) != 0)
        return NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt)
        return NULL;
    ctxt->_private = &sink;
    ctxt->sax->internalSubset = refuse_doctype;
    xmlSetStructuredErrorFunc(&sink, report);
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes, (int)len, name, NULL, SAFE_PARSE_OPTIONS);
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (doc && (sink.count || !ctxt->wellFormed)) {
        xmlFreeDoc(doc);
        doc = NULL;
    }
    if (!doc && !sink.count)
        diag("%s: not a well-formed XML document", name);
    report_unprinted(&sink);
    xmlFreeParserCtxt(ctxt);
    return doc;
}

xmlDocPtr xmldoc_read_file(const char *path)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    struct strbuf sb = {0};
    char err[256];
    if (read_file_bytes(path, XML_MAX_BYTES, &sb, err, sizeof err) != 0) {
        diag("%s: %s", name, err);
        return NULL;
    }
    xmlDocPtr doc = xmldoc_parse(sb.data ? sb.data : "", sb.len, name);
    strbuf_free(&sb);
    return doc;
}

xmlSchemaPtr xmldoc_load_schema(const char *dir)
{
    struct strbuf path = {0};
    strbuf_printf(&path, "%s/statement.xsd", dir);
    struct error_sink sink = {path.data, 0};
    xmlSetStructuredErrorFunc(&sink, report);
    xmlSchemaParserCtxtPtr pctxt = xmlSchemaNewParserCtxt(path.data);
    xmlSchemaPtr schema = pctxt ? xmlSchemaParse(pctxt) : NULL;
    xmlSetStructuredErrorFunc(NULL, NULL);
    if (!schema && !sink.count)
        diag("%s: cannot load the schema", path.data);
    xmlSchemaFreeParserCtxt(pctxt);
    strbuf_free(&path);
    return schema;
}

/* The major version is in two places: the namespace URI's last segment
 * and statement/@version.  Either naming another major than the one this
 * build reads means the document follows a schema this program does not
 * have; say so plainly instead of the XSD's "no matching global
 * declaration" or a pattern facet. */
static int major_of(const char *s, const char **end)
{
    int major = 0;
    const char *p = s;
    while (*p >= '0' && *p <= '9' && major < 100000)
        major = major * 10 + (*p++ - '0');
    *end = p;
    return p == s ? -1 : major;
}

int xmldoc_check_version(xmlDocPtr doc, const char *name)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root || !xmlStrEqual(root->name, BAD_CAST "statement"))
        return 0;    /* not a statement at all: the schema says why */
    static const char ns_stem[] = "urn:communique:statement:";
    const char *ns = root->ns ? (const char *)root->ns->href : NULL;
    const char *rest;
    if (ns && strncmp(ns, ns_stem, sizeof ns_stem - 1) == 0) {
        int major = major_of(ns + sizeof ns_stem - 1, &rest);
        if (major >= 0 && *rest == '\0' && major != STATEMENT_MAJOR) {
            diag("%s:%d: statement schema major version %d (namespace %s) is not supported; "
                 "this communique reads version %d.x", name, (int)xmlGetLineNo(root), major, ns,
                 STATEMENT_MAJOR);
            return 1;
        }
    }
    xmlChar *version = xmlGetNoNsProp(root, BAD_CAST "version");
    int bad = 0;
    if (version) {
        int major = major_of((const char *)version, &rest);
        if (major >= 0 && (*rest == '.' || *rest == '\0') && major != STATEMENT_MAJOR) {
            diag("%s:%d: statement schema version %s is not supported; "
                 "this communique reads version %d.x", name, (int)xmlGetLineNo(root),
                 (const char *)version, STATEMENT_MAJOR);
            bad = 1;
        }
        xmlFree(version);
    }
    return bad;
}

int xmldoc_validate(xmlSchemaPtr schema, xmlDocPtr doc, const char *name)
{
    if (xmldoc_check_version(doc, name) != 0)
        return 1;
    struct error_sink sink = {name, 0};
    xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(schema);
    if (!vctxt) {
        diag("%s: cannot create a validation context", name);
        return 1;
    }
    xmlSchemaSetValidStructuredErrors(vctxt, report, &sink);
    int rc = xmlSchemaValidateDoc(vctxt, doc);
    xmlSchemaFreeValidCtxt(vctxt);
    if (rc != 0 && sink.count == 0) {
        diag("%s: not valid", name);
        sink.count = 1;
    }
    report_unprinted(&sink);
    return sink.count;
}

xmlDocPtr xmldoc_reread(xmlDocPtr built, const char *name, char **bytes, size_t *len)
{
    xmlChar *xml;
    int xml_len;
    xmldoc_serialise(built, &xml, &xml_len);
    xmlFreeDoc(built);
    xmlDocPtr doc = xml ? xmldoc_parse((const char *)xml, (size_t)xml_len, name) : NULL;
    if (doc && bytes) {
        *bytes = (char *)xml;
        *len = (size_t)xml_len;
    } else {
        xmlFree(xml);
    }
    return doc;
}

void xmldoc_serialise(xmlDocPtr doc, xmlChar **out, int *len)
{
    xmlDocDumpFormatMemoryEnc(doc, out, len, "UTF-8", 1);
}

int xmldoc_reads_as_no_statement(xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root)
        return 0;
    static const char *const SIGNS[] = {"issuer", "date", "country", "elections", NULL};
    for (xmlNodePtr n = root->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        for (const char *const *s = SIGNS; *s; s++)
            if (xmlStrEqual(n->name, BAD_CAST *s))
                return 0;
        if (xmlStrEqual(n->name, BAD_CAST "kind")) {
            xmlChar *k = xmlNodeGetContent(n);
            int other = k && xmlStrEqual(k, BAD_CAST "other");
            xmlFree(k);
            if (!other)
                return 0;
        }
    }
    return 1;
}
