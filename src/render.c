#include "render.h"

#include <jansson.h>
#include <stdarg.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "xmldoc.h"
#include "xslfunc.h"

static const char *const FORMAT_NAMES[FORMAT_COUNT] = {"xml", "json", "html", "text", "akn", "csv"};
/* Akoma Ntoso files are NAME.akn, not NAME.akn.xml: feed and validate
 * take every *.xml of a directory as statement XML. */
static const char *const FORMAT_EXTENSIONS[FORMAT_COUNT] = {"xml", "json", "html", "txt", "akn", "csv"};
static const char *const STYLESHEETS[FORMAT_COUNT] = {
    NULL, "statement-json.xsl", "statement-html.xsl", "statement-text.xsl", "statement-akn.xsl",
    "statement-csv.xsl"};

static const char *const COLLECTION_NAMES[COLLECTION_COUNT] = {"atom", "index", "csv", "search"};
static const char *const COLLECTION_SHEETS[COLLECTION_COUNT] = {
    "collection-atom.xsl", "collection-index.xsl", "collection-csv.xsl", "collection-search.xsl"};

struct renderer {
    xsltStylesheetPtr sheets[FORMAT_COUNT];
    xsltStylesheetPtr collection_sheets[COLLECTION_COUNT];
    xsltSecurityPrefsPtr prefs;
};

int format_from_name(const char *name)
{
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (strcmp(name, FORMAT_NAMES[f]) == 0)
            return f;
    if (strcmp(name, "txt") == 0)
        return FORMAT_TEXT;
    return -1;
}

const char *format_extension(enum format f)
{
    return FORMAT_EXTENSIONS[f];
}

/* libxslt and libxml2's XPath print their errors in several lines of
 * their own ("compilation error: file F line N element E", then the
 * message).  They are collected here instead, so that communique says
 * each failure once, in its own "FILE:LINE: message" form. */
static void collect_error(void *ctx, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    strbuf_vprintf(ctx, fmt, ap);
    va_end(ap);
}

static void collect_errors(struct strbuf *sb)
{
    xsltSetGenericErrorFunc(sb, collect_error);
    xmlSetGenericErrorFunc(sb, collect_error);
}

static void stop_collecting_errors(void)
{
    xsltSetGenericErrorFunc(NULL, NULL);
    xmlSetGenericErrorFunc(NULL, NULL);
}

/* From collected text: the last line that is a message rather than a
 * location, into msg; returns the stylesheet line libxslt's location line
 * names ("... error: file F line N element E"), 0 if none. */
static int collected_error(const char *text, char *msg, size_t size)
{
    const char *where = text ? strstr(text, " error: file ") : NULL;
    const char *at = where ? strstr(where, " line ") : NULL;
    msg[0] = '\0';
    for (const char *line = text; line && *line;) {
        const char *end = strchr(line, '\n');
        size_t len = end ? (size_t)(end - line) : strlen(line);
        int location = strncmp(line, "compilation error:", 18) == 0 ||
                       strncmp(line, "runtime error:", 14) == 0;
        if (len && !location)
            snprintf(msg, size, "%.*s", (int)len, line);
        line = end ? end + 1 : NULL;
    }
    return at ? atoi(at + 6) : 0;
}

static xsltStylesheetPtr load_sheet(const char *dir, const char *file)
{
    struct strbuf path = {0};
    strbuf_printf(&path, "%s/%s", dir, file);
    /* The stylesheet is the tool's own file, read with the same safe
     * parser options as any other XML. */
    xmlDocPtr doc = xmldoc_read_file(path.data);
    if (doc)
        xslfunc_drop_portable(doc);
    struct strbuf errors = {0};
    collect_errors(&errors);
    xsltStylesheetPtr sheet = doc ? xsltParseStylesheetDoc(doc) : NULL;
    stop_collecting_errors();
    if (!sheet && doc) {
        char msg[512];
        int line = collected_error(errors.data, msg, sizeof msg);
        if (line > 0 && msg[0])
            diag("%s:%d: not a usable XSLT stylesheet: %s", path.data, line, msg);
        else
            diag("%s: not a usable XSLT stylesheet%s%s", path.data, msg[0] ? ": " : "", msg);
        xmlFreeDoc(doc);
    }
    strbuf_free(&errors);
    strbuf_free(&path);
    return sheet;
}

struct renderer *renderer_new(const char *dir, const int wanted[FORMAT_COUNT],
                              int with_collections)
{
    struct renderer *r = xmalloc(sizeof *r);
    memset(r, 0, sizeof *r);
    xslfunc_register();
    r->prefs = xsltNewSecurityPrefs();
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_READ_FILE, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(r->prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (STYLESHEETS[f] && (!wanted || wanted[f]) &&
            !(r->sheets[f] = load_sheet(dir, STYLESHEETS[f]))) {
            renderer_free(r);
            return NULL;
        }
    for (int c = 0; c < COLLECTION_COUNT && with_collections; c++)
        if (!(r->collection_sheets[c] = load_sheet(dir, COLLECTION_SHEETS[c]))) {
            renderer_free(r);
            return NULL;
        }
    return r;
}

void renderer_free(struct renderer *r)
{
    if (!r)
        return;
    for (int f = 0; f < FORMAT_COUNT; f++)
        if (r->sheets[f])
            xsltFreeStylesheet(r->sheets[f]);
    for (int c = 0; c < COLLECTION_COUNT; c++)
        if (r->collection_sheets[c])
            xsltFreeStylesheet(r->collection_sheets[c]);
    xsltFreeSecurityPrefs(r->prefs);
    free(r);
}

static int transform(struct renderer *r, xsltStylesheetPtr sheet, const char *what,
                     xmlDocPtr doc, const char *name, char **out, size_t *out_len)
{
    xsltTransformContextPtr ctxt = xsltNewTransformContext(sheet, doc);
    if (!ctxt) {
        diag("%s: cannot start the %s transform", name,
                what);
        return -1;
    }
    xsltSetCtxtSecurityPrefs(r->prefs, ctxt);
    /* Per context and per thread: the worker threads each collect their
     * own document's errors. */
    struct strbuf errors = {0};
    xsltSetTransformErrorFunc(ctxt, &errors, collect_error);
    xmlSetGenericErrorFunc(&errors, collect_error);
    xmlDocPtr result = xsltApplyStylesheetUser(sheet, doc, NULL, NULL, NULL, ctxt);
    xmlSetGenericErrorFunc(NULL, NULL);
    int failed = !result || ctxt->state != XSLT_STATE_OK;
    xsltFreeTransformContext(ctxt);
    if (failed) {
        char msg[512];
        int line = collected_error(errors.data, msg, sizeof msg);
        if (msg[0] && line > 0)
            diag("%s: the %s transform failed: %s (stylesheet line %d)", name, what, msg, line);
        else
            diag("%s: the %s transform failed%s%s", name, what, msg[0] ? ": " : "", msg);
        xmlFreeDoc(result);
        strbuf_free(&errors);
        return -1;
    }
    strbuf_free(&errors);
    xmlChar *buf = NULL;
    int len = 0;
    if (xsltSaveResultToString(&buf, &len, result, sheet) != 0) {
        xmlFreeDoc(result);
        diag("%s: cannot serialise the %s result", name, what);
        return -1;
    }
    xmlFreeDoc(result);
    *out = xstrndup(buf ? (const char *)buf : "", (size_t)len);
    *out_len = (size_t)len;
    xmlFree(buf);
    return 0;
}

/* The statement JSON as a value, for the feeds: the rendering parsed by
 * jansson (duplicate keys refused), so a broken one is an error here. */
json_t *render_json(struct renderer *r, xmlDocPtr doc, const char *name)
{
    char *out;
    size_t len;
    if (render_format(r, doc, FORMAT_JSON, name, &out, &len) != 0)
        return NULL;
    json_error_t error;
    json_t *value = json_loadb(out, len, JSON_REJECT_DUPLICATES, &error);
    free(out);
    if (!value)
        diag("%s: internal error: the JSON rendering does not parse (line %d: %s)", name,
             error.line, error.text);
    return value;
}

int render_format(struct renderer *r, xmlDocPtr doc, enum format f, const char *name,
                  char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    if (f == FORMAT_XML) {
        xmlChar *buf;
        int len;
        xmldoc_serialise(doc, &buf, &len);
        *out = xstrndup((const char *)buf, (size_t)len);
        *out_len = (size_t)len;
        xmlFree(buf);
        return 0;
    }
    if (!r->sheets[f]) {
        diag("%s: internal error: the %s stylesheet was not loaded", name, FORMAT_NAMES[f]);
        return -1;
    }
    return transform(r, r->sheets[f], FORMAT_NAMES[f], doc, name, out, out_len);
}

int render_collection(struct renderer *r, xmlDocPtr collection, enum collection_format c,
                      const char *name, char **out, size_t *out_len)
{
    *out = NULL;
    *out_len = 0;
    if (!r->collection_sheets[c]) {
        diag("%s: internal error: the collection stylesheets were not loaded",
                name);
        return -1;
    }
    return transform(r, r->collection_sheets[c], COLLECTION_NAMES[c], collection, name, out,
                     out_len);
}
